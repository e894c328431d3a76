"""English news constructions with no named speaker or with the source in an adverbial clause:
"It is understood that …", "reportedly", "is said to", "As Biden said, …", "…, as reported by X",
reporting verbs the tagger misreads before a that-clause, "quoted X as saying", and quotations over
several sentences after a colon. Sentences in tests/attribution/test_english_news.py.
"""

from __future__ import annotations

from . import english_clauses as EC
from . import english_estimates as EE
from . import english_fronted as EF
from . import english_per as EP
from . import english_quotes as EQ
from . import english_stances as ES
from . import messages as M
from . import messages_en as EM
from .event import Event
from .lexicon import ANON_HEADS, ANON_HEADS_EN, OBTAINED_WORDS
from .messages import content_end

THAT_ONLY_EN = frozenset(
    """vowed vows pledged pledges promised promises reiterated reiterates signalled signaled signals hinted hints
    revealed reveals disclosed discloses argued argues estimate estimates estimated understands understand
    learned learnt assured assures conceded recalled predicted predict announced announces insisted insists
    suggested suggests complained complains agreed agrees maintained maintains acknowledged acknowledges
    claimed claims alleged alleges stressed stresses explained explains warned warns confirmed confirms
    denied denies reckons reckon expects expect pointed worry worries worried hope hopes hoped doubt doubts
    suggest show find indicate conclude concluded concludes projected forecast forecasts wrote writes ruled
    rules posted tweeted testified noted notes added adds believes believe allege contend contends insist
    maintain stress acknowledge admit admits deny confirm warn argue note assert asserts asserted
    responded responds boasted boasts lamented laments repeated repeats recommended recommends proposed
    proposes underlined underlines implied implies confessed confesses protested protests reminded reminds
    informed informs texted emailed retorted retorts""".split()
)  # round 11: the last three lines
"""English verbs that report speech when a that-clause follows, whatever the tagger calls them."""
DETERMINERS_EN = frozenset("a an the this that these those his her its their our my your no any".split())
IMPERSONAL_EN = frozenset("understood believed thought reported said claimed alleged rumoured rumored".split())


def that_cue(toks, i: int, first: int, end: int) -> bool:
    """ "The minister vowed that …", "The group argues that …", "Officials estimate that …": a
    reporting verb the tagger misread, followed by "that" within a few tokens."""
    t = toks[i]
    low = t.text.lower()
    if low not in THAT_ONLY_EN or t.pos in ("DET", "ADP", "PRON", "PROPN") or t.text[:1].isupper():
        return False
    if i > first and toks[i - 1].text.lower() in DETERMINERS_EN:
        return False  # "the promised that …" never, "the alleged attack"
    if i > first and toks[i - 1].text.lower() in ES.EXPRESS_VERBS:
        return False  # "expressed hope that …": a noun (english_stances.intention_event)
    return EM.that_follows(toks, i, end)


def impersonal(toks, i: int, first: int, end: int) -> bool:
    """ "It is understood that …", "It was reported that …": no one is named and the current speaker
    does not take it over."""
    k = i - 2 if i - 2 >= first and toks[i - 1].pos == "ADV" else i - 1  # s12: "It was initially believed that"
    return (
        toks[i].text.lower() in IMPERSONAL_EN
        and k - 1 >= first
        and toks[k].text.lower() in ("is", "was", "has been", "been", "are", "were")
        and toks[k - 1].text.lower() == "it"
        and i + 2 < end
        and (toks[i + 1].text.lower() == "that" or (toks[i].text.lower() == "understood" and toks[i + 1].pos in (
            "DET", "PRON", "PROPN", "NOUN")))  # s9: "It is understood the talks collapsed"
    )



HEARSAY_WORDS_EN = frozenset("reportedly allegedly purportedly".split())


def event_words() -> frozenset[str]:
    """Every lower-case word an English event of `sentence_events` can start from: the hearsay words
    and those of the constructions `hearsay_event` passes on to, "according", and every word the
    cue checks of `_cue_event` accept. The engine skips all other tokens without the calls."""
    from . import english as EN
    from .cues import PLURAL_PRESENT_EN, SPEECH_EN, THAT_CUES_EN

    return (HEARSAY_WORDS_EN | IMPERSONAL_EN | ES.TRIGGER_WORDS | EQ.FEATURE_WORDS | EF.PARTICIPLES | EE.PUT_WORDS
            | EF.FINDING_VERBS | {"per", "according"} | THAT_CUES_EN | PLURAL_PRESENT_EN | SPEECH_EN
            | EN.SAID_WORDS | THAT_ONLY_EN)


def whole_quotes(toks, events, quotes) -> None:
    """A message that opens a quotation closing in a later sentence ('She said: "A. B. C."') is the
    whole quotation, and direct."""
    EQ.split_paragraph_quotes(toks, events)  # '“A. || “B.”': one direct attribution per paragraph
    EQ.late_speaker(toks, events)  # a quotation after a longer stretch of narration: the last speaker
    EC.restore(toks)  # the engine is done with the tokens: undo the round-10 tag repairs
    for ev in events:
        if len(ev.msg) != 1 or toks[ev.msg[0][0]].text not in M.QUOTE_MARKS or toks[ev.msg[0][0] - 1].text != ":":
            continue
        a, b = ev.msg[0]
        for qa, qb, _, _ in quotes:
            if a <= qa <= a + 1 and qb > b:
                ev.msg, ev.mode = [(qa, qb)], "direct"
                break


def quoted_as_saying(toks, i: int, first: int) -> tuple[int, int] | None:
    """ "The outlet quoted an unnamed official as saying …": the speaker is the object of "quoted"
    (the outlet only reports it); "X was quoted as saying" keeps the subject (None here)."""
    if i - 3 < first or toks[i - 1].text.lower() != "as" or toks[i].text.lower() != "saying":
        return None
    k = next((j for j in range(i - 2, max(first, i - 9) - 1, -1) if toks[j].text.lower() in ("quoted", "cited")), None)
    if k is None or k + 1 >= i - 1 or toks[k + 1].text.lower() == "by":
        return None
    if toks[k - 1].text.lower() in ("was", "were", "is"):
        return None
    return k + 1, i - 1



def after_prep(toks, i: int, first: int) -> bool:
    """ "Stocks fell amid reports that …": a noun after a preposition names no speaker; nor does
    "There were reports that …", "There have been claims that …"."""
    if i - 2 >= first and toks[i - 1].text.lower() in ("were", "are", "was", "is", "been") and (
        toks[i - 2].text.lower() == "there" or (i - 3 >= first and toks[i - 3].text.lower() == "there")
    ):
        return True
    return i > first and toks[i - 1].text.lower() in ("amid", "following", "after", "despite", "over")


def unnamed(toks, i: int, first: int, end: int) -> bool:
    return impersonal(toks, i, first, end) or after_prep(toks, i, first)


BE = frozenset("is are was were".split())


def hearsay_event(doc, i: int, first: int, end: int, si: int) -> Event | None:
    """ "The minister reportedly offered to resign", "The president is said to be furious", "Two
    people are believed to have died": reported, with no one named (source None, and not the
    current speaker); the message is the sentence without the hearsay words."""
    EC.retag(doc, first, end)  # once per sentence: "Smith's office said" ("office" is no verb)
    toks = doc.tokens
    low = toks[i].text.lower()
    stop = M.content_end(toks, first, end)
    if low in HEARSAY_WORDS_EN and first < i < stop - 1:
        if before_speech_verb(toks, i):
            return None
        a, b = i, i + 1
        mode = "according_to"
    elif (
        low in IMPERSONAL_EN
        and i - 1 > first
        and toks[i - 1].text.lower() in BE
        and i + 2 < stop
        and toks[i + 1].text.lower() == "to"
        and toks[i - 2].text.lower() != "it"
    ):
        a, b = i - 1, i + 2
        mode = "indirect"
    else:  # "vowed to …", "called for …"; "As one resident put it: …", "His verdict: …"
        return (
            ES.intention_event(doc, i, first, end, si)
            or EQ.feature_event(doc, i, first, end, si)
            or EF.participle_event(doc, i, first, end, si)  # round 11: "…, warning that …"
            or EF.finding_event(doc, i, first, end, si)  # round 11: "The study found the drug cut …"
            or (EP.per_event(doc, i, first, end, si) if low == "per" else None)  # round 12: "…, per two officials."
            or (EE.put_at_event(doc, i, first, end, si) if low in EE.PUT_WORDS else None)  # s26: "put the toll at 47"
        )
    pieces = [(x, y) for x, y in ((first, a), (b, stop)) if y > x]
    if len(pieces) < 2 or not any(t.pos in ("VERB", "AUX") for t in toks[b:stop]):
        return None
    ev = Event([i], None, pieces, mode, si, passive=True)
    ev.extra["hearsay"] = True
    return ev


def before_speech_verb(toks, i: int) -> bool:
    """S26: "The officials also reportedly said …": the verb after the hearsay word reports, with its subject."""
    if toks[i].text.lower() not in HEARSAY_WORDS_EN or i + 1 >= len(toks) or toks[i + 1].pos != "VERB":
        return False  # most tokens: no import, no look-up
    from .cues import SPEECH_EN

    return toks[i + 1].text.lower() in SPEECH_EN


def without_hearsay(found: list[Event]) -> list[Event]:
    """S19: "Russia has reportedly begun …, according to a report in The New York Times", "X is said to have
    confirmed …, state news agency BelTA reported": the sentence names whom the hearsay word stands for, so
    the named report is the event and the hearsay no second one with no source."""
    if not any(ev.src is not None and ev.msg and not ev.extra.get("hearsay") for ev in found):
        return found
    return [ev for ev in found if not ev.extra.get("hearsay")]


def as_clause(doc, i: int, first: int, end: int, si: int) -> Event | None:
    """ "As Biden said on Tuesday, the US will …" / "…, as the newspaper reported." / "…, as first
    reported by Reuters.": the main clause is the message, the noun phrase after "as" (or "by") the source."""
    toks = doc.tokens
    k = next((j for j in range(i - 1, max(first, i - 7) - 1, -1) if toks[j].text.lower() == "as"), None)
    if k is None or not (k == first or toks[k - 1].text == ","):
        return None
    if any(t.text in (",", ";", ":") or t.quote for t in toks[k + 1 : i]):
        return None
    stop = content_end(toks, first, end)
    by = i + 1 < end and toks[i + 1].text.lower() == "by"
    if by and (k + 1 == i or (k + 2 == i and toks[k + 1].text.lower() in ("first", "previously", "earlier"))):
        src = (i + 2, next((j for j in range(i + 2, stop) if toks[j].text == ","), stop))
    elif k + 1 < i:
        src = (k + 1, i)
        while src[1] - 1 > src[0] and toks[src[1] - 1].pos in ("ADV", "AUX"):
            src = (src[0], src[1] - 1)  # "as the minister has repeatedly said"
    else:
        return None
    if src[0] >= src[1]:
        return None
    close = src[1] if by else EM.skip_adjuncts(toks, i + 1, stop)
    if k == first:  # the as-clause must end at the cue: "As Biden said on Tuesday, …"
        if close >= stop or toks[close].text != "," or stop - close < 4:
            return None
        msg = (close + 1, stop)
    else:
        if k - 1 - first < 3 or close < stop:
            return None
        msg = (first, k - 1)
    return Event([i], src, [msg], "according_to", si)


CITED_HEADS = frozenset(
    """source sources official officials people person report reports statement statements data document
    documents figures estimates letter memo filing survey poll study analysis assessment diplomat diplomats
    insider insiders aide aides executive executives spokesperson spokesman spokeswoman ministry police
    government agency military authorities administration department office""".split()
)
"""Heads after "citing" that name who or what said it ("citing two sources"), unlike "citing weak demand"."""


def citing_events(doc, found: list[Event], first: int, end: int, si: int) -> list[Event]:
    """ "Bloomberg reported, citing people familiar with the matter, that …", "…, Reuters reported,
    citing two sources.": the cited sources said what the outlet reports. Their event takes the
    report's message and is reported inside it (chain: outlet → the people cited), like German
    "unter Berufung auf". Round 12: also "Citing two officials, Politico reported …" and "According
    to Politico, which cited two officials, …" (the which-clause is no part of the message)."""
    toks = doc.tokens
    stop = content_end(toks, first, end)
    k = next((j for j in range(first, stop - 1) if toks[j].text in CITING_FORMS and _citing_at(toks, j, first)), None)
    if k is None:
        return []
    b = next((j for j in range(k + 1, stop) if toks[j].text in (",", ";", ":") or toks[j].text.lower() == "that"), stop)
    words = [t.text.lower() for t in toks[k + 1 : b]]
    if not 0 < len(words) <= 12:
        return []
    head_at = next((n for n, w in enumerate(words) if w in ("who", "with", "familiar", "close", "briefed")), len(words))
    if not any(w in CITED_HEADS or w in ANON_HEADS or w in ANON_HEADS_EN for w in words[:head_at]):
        return []
    host = min(  # s18: the report next to "citing", not a report inside its message ("X have told …, Y reported")
        (o for o in found if o.cue and o.msg and o.src is not None and o.mode != "direct" and o.cue[0] != k),
        key=lambda o: abs(o.cue[0] - k),
        default=None,
    )
    if host is None:
        return []
    if toks[k].text.lower() == "cited" and host.msg[0][0] == k - 1 and b < host.msg[0][1] and toks[b].text == ",":
        host.msg[0] = (b + 1, host.msg[0][1])  # "According to Politico, which cited two officials, …"
    ev = Event([k], (k + 1, b), list(host.msg), host.mode, si)
    ev.extra["host"] = host
    return [ev]


CITING_FORMS = frozenset("citing Citing cited".split())


def _citing_at(toks, j: int, first: int) -> bool:
    """ ", citing X", a sentence-opening "Citing X,", or ", which cited X," at token j."""
    low = toks[j].text.lower()
    if low == "citing":
        return j == first or (j > first and toks[j - 1].text == ",")
    return (
        low == "cited" and j - 2 >= first and toks[j - 1].text.lower() in ("which", "who") and toks[j - 2].text == ","
    )


HEADLINE_DASHES = frozenset("- – —".split())


def dash_headline(doc, first: int, end: int) -> list[Event]:
    """A headline quotation credited after a dash: "Ukraine war: 'We will win' - Zelensky"."""
    toks = doc.tokens
    stop = content_end(toks, first, end)
    dash = next((k for k in range(stop - 2, first, -1) if toks[k].text in HEADLINE_DASHES), None)
    if dash is None or not 0 < stop - dash - 1 <= 4 or toks[dash - 1].text not in M.QUOTE_MARKS:
        return EQ.headline_credits(doc, first, end)  # "Zelensky: …", "'We will win': Zelensky vows …"
    if not all(t.text[:1].isupper() for t in toks[dash + 1 : stop] if t.text.isalpha()):
        return []
    close = dash - 1
    opening = next((k for k in range(close - 1, first - 1, -1) if toks[k].text in M.QUOTE_MARKS), None)
    if opening is None or close - opening < 2:
        return []
    return [Event([dash], (dash + 1, stop), [(opening + 1, close)], "direct", 0)]


def according_inside_report(toks, events: list) -> None:
    """S17: "A Pentagon spokeswoman, Sabrina Singh, said the drone had been launched by a militia, according
    to initial assessments": a trailing "according to" a paper or a group, after a clause with its own report,
    is what that report rests on, so it cites inside it (Singh → the assessments) with the report's message.
    An outlet stays outside ("…, he said, according to IRNA": IRNA → he)."""
    for ev in events:
        if ev.mode != "according_to" or not ev.cue or toks[ev.cue[0]].text.lower() != "according":
            continue
        if ev.source is None or ev.source.type in ("media", "person") or not ev.msg:
            continue
        inner = [e for e in events if e is not ev and e.cue and e.msg and e.mode != "according_to"
                 and ev.msg[0][0] <= e.cue[0] < ev.msg[-1][1]]
        if len(inner) == 1 and inner[0].msg[-1][1] <= ev.cue[0]:
            words = set((ev.source.description or "").lower().split())
            if ev.source.type == "anonymous" and not WITNESS_WORDS & words:
                inner[0].extra["host"] = ev  # s29: "Some legislators are grumbling that …, according to people who have
                continue  # spoken with lawmakers": the people tell the whole clause, the grumbling inside it
            ev.msg = list(inner[0].msg)
            if (RECORDINGS | CHANNEL_PAPERS) & words or (ev.source.type == "anonymous" and WITNESS_WORDS & words):
                inner[0].extra["host"] = ev  # s18: "Smith said …, according to a recording reviewed by Bloomberg":
            else:  # his words are in the recording (Bloomberg → the recording → Smith)
                ev.extra["host"] = inner[0]


WITNESS_WORDS = frozenset("attended present briefed heard witnessed".split())
"""S19: "X told managers …, according to a person who attended the meeting": the witness tells what X said,
so X's report is inside the witness's (the person → X), like a recording's."""
RECORDINGS = frozenset("recording recordings transcript transcripts video videos audio footage tape tapes".split())
"""Papers that hold the speaker's own words: the speaker's report is inside them, not the other way round."""
CHANNEL_PAPERS = frozenset(
    "statement statements release letter letters memo email emails filing filings readout".split()
)
"""S21: papers a report is given in ("Investigators believe …, according to a police statement"): the statement
says what the investigators believe, like a recording; assessments and estimates stay what a report rests on."""




def obtained_by_end(toks, b: int) -> int:
    """S17: the end of "reviewed by Bloomberg", "obtained by Reuters", "seen by the Financial Times" after a
    source mention ending at b ("a recording reviewed by Bloomberg"): the outlet got the paper, so the paper
    is cited inside that outlet's report. `b` when no such phrase follows."""
    if b + 2 >= len(toks) or toks[b].text.lower() not in OBTAINED_WORDS or toks[b + 1].text.lower() != "by":
        return b
    k = b + 2
    while k < len(toks) and k < b + 7 and toks[k].text not in (",", ".", ";", ":"):
        k += 1
    return k
