"""English reports after their message, round 11: "…, the union claims." / "…, Smith argues." — a
present-tense reporting verb at the end of a sentence, after a comma and a short noun phrase, that the
tagger read as a plural noun ("claims", "argues", "estimates"). Called from `english.noun_tagged_said`.
"""

from __future__ import annotations

FRONTED_VERBS = frozenset(
    """claims argues estimates believes insists warns notes predicts suggests contends maintains admits
    concedes recalls explains adds writes reports fears hopes thinks""".split()
)
"""Verb forms the tagger often reads as plural nouns: cues only at the end of a sentence after a comma."""
NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
TRAILERS = frozenset("on in last this earlier yesterday today".split())
"""Words that may follow the verb before the sentence ends: "…, the union claims in a report."."""


def fronted(toks, i: int, first: int, end: int) -> bool:
    """Is the noun-tagged reporting verb at token i the cue of a message fronted before a comma?"""
    if toks[i].text.lower() not in FRONTED_VERBS or toks[i].pos != "NOUN":
        return False
    nxt = toks[i + 1] if i + 1 < end else None
    if nxt is not None and nxt.text not in (".", "!", ",") and nxt.text.lower() not in TRAILERS:
        return False  # "," : a parenthetical cue ("That, Roe argues, is the real problem.")
    k = i - 1
    while k > first and toks[k].pos in NP_POS and toks[k].text != "," and i - k <= 5:
        k -= 1
    if toks[k].text != "," or k == i - 1 or k == first:
        return False  # no subject between the comma and the verb, or no message before the comma
    if nxt is not None and nxt.text == ",":  # parenthetical: the message goes on with its verb
        return any(t.pos in ("VERB", "AUX") for t in toks[i + 2 : min(end, i + 6)])
    return k - first >= 3 and any(t.pos in ("VERB", "AUX") for t in toks[first:k])


HEADLINE_VERBS = frozenset(
    """claims admits insists denies confirms argues believes thinks fears hopes predicts concedes suggests
    warns signals""".split()
)
"""Present-tense reporting verbs that open a clause in a headline ("Trump claims election was rigged")."""
NOT_BEFORE = frozenset("a an the his her their its final no any my our your this that these those".split())
CLAUSE_START = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"})


def clause_verb(toks, i: int, first: int, end: int) -> bool:
    """ "Trump claims election was rigged", "Minister admits mistakes were made": a noun-tagged reporting
    verb after a name or noun (no determiner) and before a clause (its subject, then a verb) is a verb;
    "Insurance claims rose 5%" (a verb right after) and "the claims" are nouns."""
    low = toks[i].text.lower()
    if (low not in HEADLINE_VERBS and low != "urges") or toks[i].pos != "NOUN" or i <= first or i + 2 >= end:
        return False
    prev = toks[i - 1]
    if prev.pos == "ADV" and prev.text.endswith("ly") and i - 2 >= first:
        prev = toks[i - 2]  # round 12: "Officials privately acknowledge …"
    if prev.text.lower() in NOT_BEFORE or not (prev.text[:1].isupper() or prev.pos in ("NOUN", "PROPN")):
        return False
    if low == "urges":  # "Biden urges Congress to pass aid bill"
        from .english_stances import addressee_to

        return addressee_to(toks, i, end)
    return clause_follows(toks, i, end)


PLURAL_VERBS = frozenset(
    """warn claim insist admit deny predict suggest confirm estimate allege stress fear report acknowledge
    concede whisper""".split()
)
"""Plural present forms the shared cue list lacks: "Experts warn sea levels are rising"."""
PLURAL_POS = frozenset({"VERB", "NOUN", "ADJ"})  # "Experts fear (ADJ) new variant could spread"


def plural_present(toks, i: int, first: int, end: int) -> bool:
    """ "Scientists warn (that) sea levels are rising", "Critics claim the plan will fail": a plural
    present reporting verb after its subject (a noun or "they/we") and before a that-clause or a
    clause of its own (its subject, then a verb)."""
    if toks[i].text.lower() not in PLURAL_VERBS or i <= first or i + 2 >= end or toks[i].pos not in PLURAL_POS:
        return False
    prev = toks[i - 1]
    if prev.pos == "ADV" and prev.text.endswith("ly") and i - 2 >= first:
        prev = toks[i - 2]  # round 12: "Officials privately acknowledge …"
    if prev.text.lower() in NOT_BEFORE or not (
        prev.pos in ("NOUN", "PROPN") or prev.text.lower() in ("they", "we") or (i - 1 == first and prev.text.isalpha())
    ):  # "Experts warn …": the tagger may call a capitalised first word a verb
        return False
    if toks[i].text.lower() == "report" and prev.tag != "NN2" and prev.text.lower() not in ("they", "we"):
        return False  # "an Amnesty report that …" is a noun; "Some users report that …" a verb
    if toks[i + 1].text.lower() == "that":
        return True
    return clause_follows(toks, i, end)


def clause_follows(toks, i: int, end: int) -> bool:
    """A subject right after token i and a verb within the next few words, before any punctuation."""
    if toks[i + 1].pos not in CLAUSE_START or toks[i + 1].text.lower() in ("of", "for"):
        return False
    for k in range(i + 2, min(end, i + 8)):
        if toks[k].text in (",", ".", ":", ";") or toks[k].pos == "ADP":
            return False
        if toks[k].pos in ("VERB", "AUX"):
            return True
    return False


AS_VERBS = frozenset(
    """said says told tells noted notes pointed points wrote writes warned warns argued argues explained
    explains observed observes reported reports acknowledged acknowledges admitted admits""".split()
)
"""Reporting verbs of an "as"-clause that frames a statement: "As Smith told the BBC, the system is broken"."""
SPEAKER_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
ADJUNCT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "ADV", "PART"})


def as_clause(toks, i: int, first: int, stop: int) -> tuple[int, tuple[int, int], list] | None:
    """ "As Jane Roe told the BBC last week, the system is broken" / "The system is broken, as Roe pointed
    out.": (cue, speaker, message pieces) for an "as"-clause with a reporting verb and no clause of its own
    (only an addressee or adjuncts after the verb); the rest of the sentence is the message."""
    if i + 3 >= stop or not (i == first or toks[i - 1].text == ","):
        return None
    k = i + 1
    while k < min(stop, i + 6) and toks[k].pos in SPEAKER_POS and toks[k].text.lower() not in AS_VERBS:
        k += 1
    if k == i + 1 or k >= stop or toks[k].text.lower() not in AS_VERBS:
        return None
    if k + 2 < stop and toks[k + 1].text.lower() in ("of", "that", "against"):
        return None  # s26: "…, as mayor warns of many more": the verb's own message follows
    c = k + 1
    while c < min(stop, k + 8) and toks[c].pos in ADJUNCT_POS and toks[c].text != ",":
        c += 1
    if i == first:
        if c >= stop or toks[c].text != "," or stop - (c + 1) < 3:
            return None
        if not any(t.pos in ("VERB", "AUX") for t in toks[c + 1 : stop]):
            return None
        return k, (i + 1, k), [(c + 1, stop)]
    if c < stop or i - 1 - first < 3 or not any(t.pos in ("VERB", "AUX") for t in toks[first : i - 1]):
        return None  # "…, as Roe pointed out." ends the sentence
    return k, (i + 1, k), [(first, i - 1)]


PARTICIPLES = frozenset(
    """claiming arguing warning insisting stressing suggesting explaining acknowledging admitting denying
    declaring predicting writing asserting conceding complaining confirming alleging emphasising
    emphasizing maintaining reiterating telling pointing accusing""".split()
)
"""Participles after a comma that report the main subject's words: "…, warning that prices would rise"."""


QUOTE_MARKS_EN = frozenset('"“”‘’')


def participle_event(doc, i: int, first: int, end: int, si: int):
    """ "Smith hit back on Monday, claiming the vote had been rigged", "…, warning that …", "…, telling
    reporters (that) …", "…, pointing out that …": the participle after a comma reports what the
    sentence's subject says; the message is the that-clause or clause after it (or after the
    addressee)."""
    toks = doc.tokens
    low = toks[i].text.lower()
    if low not in PARTICIPLES or i - 2 <= first or i + 3 >= end:
        return None
    with_subject = _with_subject(toks, i, first)
    if toks[i - 1].text != "," and with_subject is None:
        return None
    from . import english as EN
    from .event import Event
    from .messages import content_end

    stop = content_end(toks, first, end)
    j = i + 1
    if low == "pointing":
        if toks[j].text.lower() != "out":
            return None
        j += 1
    elif low == "telling":
        j = EN.after_addressee(toks, j, end)
        if j == i + 1:
            return None
    if low == "accusing":  # "accusing ministers of "walking away from the table"": whom and of what
        if not any(t.text.lower() == "of" for t in toks[j + 1 : min(stop, j + 6)]):
            return None
    elif j < stop and toks[j].text.lower() == "that":
        j += 1
    elif not (j + 1 < stop and clause_follows(toks, j - 1, stop)):
        return None
    comma = next((k for k in range(j, stop) if toks[k].text == "," and toks[k + 1].text.lower() in PARTICIPLES), stop)
    if comma - j < 3 or all(t.quote or t.text in QUOTE_MARKS_EN for t in toks[j:comma]):
        return None  # ', saying "…"': a quotation, which the quotation pass gives the cue; s17: a quoted
    # fragment inside the clause stays ('insisting that "tough choices" were needed' is mixed)
    src = with_subject or _inverted_speaker(toks, first, i) or EN.main_subject(toks, first, i)
    if src is None or src[1] > i:
        return None
    if src[0] - 1 > first and toks[src[0] - 1].text == "," and toks[src[0]].text.lower() in ("the", "a", "an") and (
            src[0] - 1 - first <= 4 and all(t.text[:1].isupper() for t in toks[first : src[0] - 1])):
        src = (first, src[0] - 1)  # s24: "X, the social media platform owned by …, has sued …, accusing": X
    return Event([i], src, [(j, comma)], "indirect", si)


def _with_subject(toks, i: int, first: int) -> tuple[int, int] | None:
    """S24: "…, with Chair Margaret Ellison telling reporters that …", "…, with the British Medical Association
    (BMA) accusing ministers of …": the noun phrase between ", with" and the participle is its speaker."""
    w = next((k for k in range(i - 2, max(first, i - 10), -1) if toks[k].text.lower() == "with"), None)
    after_comma = toks[w - 1].text == "," or (toks[w - 1].text in QUOTE_MARKS_EN and toks[w - 2].text == ",") if (
        w is not None) else False
    if w is None or not after_comma or not any(t.pos in ("NOUN", "PROPN") for t in toks[w + 1 : i]):
        return None
    if not all(t.pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or t.text in ("(", ")") or t.text.endswith(
            ("'s", "’s")) for t in toks[w + 1 : i]):
        return None
    return w + 1, i


def _inverted_speaker(toks, first: int, i: int) -> tuple[int, int] | None:
    """S18: "…, a report by the think tank X says, warning that …": the speaker of the inverted report right
    before the participle's comma, not the subject opening the sentence."""
    v = i - 2
    if v <= first or toks[v].text.lower() not in ("says", "said", "say", "reported", "reports", "warned", "added"):
        return None
    c = next((k for k in range(v - 1, first, -1) if toks[k].text == ","), None)
    if c is None:
        return None
    start = c + 1
    while start < v and (toks[start].text in QUOTE_MARKS_EN or toks[start].text == '"'):
        start += 1  # '"This is a disaster," one economist said, warning …': past the closing mark
    return (start, v) if start < v else None


FINDING_VERBS = frozenset(
    "found finds showed shows show suggest suggests suggested revealed reveals indicate indicates indicated".split()
)
FINDING_NOUNS = frozenset(
    """study studies survey surveys report research data figures analysis poll polls review investigation
    inquiry audit statistics findings paper research researchers scientists investigators inspectors
    auditors authors watchdog regulator documents records filing filings emails results images footage
    forecasts polling estimates projections evidence tests team colleagues trial trials experiments model
    modelling minutes transcript transcripts""".split()
)
"""What can "find" or "show" without a that-clause: "The study found the drug cut deaths by a third"."""


def finding_event(doc, i: int, first: int, end: int, si: int):
    """ "The study found the drug cut deaths by a third", "The figures show unemployment rose": a finding
    verb with a clause of its own (no "that", which the shared rule needs) after a study, survey,
    report or data as the sentence's subject."""
    toks = doc.tokens
    if toks[i].text.lower() not in FINDING_VERBS or i <= first or i + 1 >= end:
        return None
    from . import english as EN
    from .event import Event
    from .messages import content_end

    fronted_at = _fronted_finding(toks, i, first, end)
    if fronted_at is not None:  # "The economy shrank in October, official data showed on Friday."
        ev = Event([i], (fronted_at + 1, i), [(first, fronted_at)], "indirect", si)
        ev.extra["finding"] = True
        return ev
    if i + 3 >= end or toks[i + 1].text.lower() == "that":
        return None  # with "that" the shared rule reports it
    clause = _finite_clause_follows(toks, i, end)
    if not clause and toks[i + 1].pos not in ("DET", "ADJ", "NOUN", "NUM"):
        return None

    src = EN.main_subject(toks, first, i)
    if src is None or src[1] > i or not any(t.text.lower() in FINDING_NOUNS for t in toks[src[0] : src[1]]):
        src = _noun_phrase_before(toks, i, first)  # "On Tuesday, official figures showed …"
    if src is None or not any(t.text.lower() in FINDING_NOUNS for t in toks[src[0] : src[1]]):
        return None
    stop = content_end(toks, first, end)
    if not clause:  # "The study found a link between …": the object
        stop = next((k for k in range(i + 1, stop) if toks[k].text in (",", ";")), stop)
    if stop - (i + 1) < 3:
        return None
    ev = Event([i], src, [(i + 1, stop)], "indirect", si)
    ev.extra["finding"] = True  # english_types.retype: a study, data or images are a document
    return ev


FINDING_PEOPLE = frozenset(
    "researchers scientists investigators inspectors auditors authors watchdog regulator team colleagues".split()
)


def finding_document(doc, ev) -> None:
    """The source of a finding (`finding_event`) whose head is no people or body word is a document
    ("Satellite images show …", "Forecasts suggest …"; the capital first word made it a person)."""
    if not ev.extra.get("finding") or ev.source is None or ev.src is None:
        return
    head = doc.tokens[ev.src[1] - 1].text.lower()
    if head in FINDING_NOUNS and head not in FINDING_PEOPLE and ev.source.type in (
        "person", "unknown", "anonymous", "organization"  # s17: a lone capitalised word may be typed so now
    ):
        ev.source.type = "document"


FINITE_TAGS_EN = frozenset("VVD VVZ VVB VVN VBD VBZ VBB VHD VHZ VHB VDD VDZ VDB VM0".split())
"""Finite verb tags, and VVN: the tagger reads "inflation fell", "the economy grew" as participles."""


def _finite_clause_follows(toks, i: int, end: int) -> bool:
    """A subject right after token i ("40% of adults", "the drug") and a finite verb within ten words,
    before any punctuation ("found 40% of adults had no savings")."""
    nxt = toks[i + 1]
    if (nxt.pos not in CLAUSE_START and nxt.text.lower() not in ("most", "more")) or nxt.text.lower() in (
        "of", "for", "its", "his", "her", "their"
    ):
        return False
    adp = False
    for k in range(i + 2, min(end, i + 11)):
        if toks[k].text in (",", ".", ":", ";") or toks[k].quote:
            return False
        if toks[k].pos in ("VERB", "AUX") and toks[k].tag in FINITE_TAGS_EN and not (adp and toks[k].tag == "VVN"):
            return True  # not "evidence of money laundered through …" (a participle after a preposition)
        adp = adp or toks[k].pos == "ADP"
    return False


def _fronted_finding(toks, i: int, first: int, end: int) -> int | None:
    """The comma before "official data showed" / "the figures show" when the finding verb follows its
    message ("…, official data showed on Friday, piling pressure on …"), else None."""
    nxt = toks[i + 1]
    if nxt.text not in (".", ",", ";") and nxt.text.lower() not in TRAILERS:
        return None
    k = i - 1
    while k > first and i - k <= 4 and (toks[k].pos in NP_POS or toks[k].text[:1].isupper()) and toks[k].text != ",":
        k -= 1
    if toks[k].text != "," or k == i - 1 or k - first < 3:
        return None
    if not any(t.text.lower() in FINDING_NOUNS for t in toks[k + 1 : i]):
        return None
    return k if any(t.pos in ("VERB", "AUX") for t in toks[first:k]) else None


def _noun_phrase_before(toks, i: int, first: int) -> tuple[int, int] | None:
    """The noun phrase right before token i, after a comma or at the sentence start ("In its report, the
    watchdog found …")."""
    k = i
    while k > first and i - k < 5 and (toks[k - 1].pos in NP_POS or toks[k - 1].text[:1].isupper()):
        k -= 1
    if k == i or (k > first and toks[k - 1].text != ","):
        return None
    return k, i
