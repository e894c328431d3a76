"""Direct quotations as attributions: a quote gets the cue of its sentence (or of the sentence where
it ends), else the current speaker; short quotes in narration with no one speaking are skipped.
"""

from __future__ import annotations

from . import inserted as IN
from . import messages as M
from .colon_speakers import colon_result, colon_speaker, finite, speaker_word
from .cues import is_finite, verb_cue
from .event import Event
from .lexicon import ANON_HEADS
from .names import media_noun, org_word
from .names_before import person_name_before
from .nesting import FRAGMENT_BEFORE
from .speakers import is_person_noun
from .subjects import subject
from .talkers import current_speaker

MAX_SCARE_QUOTE = 3
"""A quotation of at most this many tokens, inside a sentence, with no cue and no current speaker is
not reported speech (scare quotes, titles, terms)."""

MAX_SCARE_QUOTE_DE = 4
"""Round 13: in German, a quotation of at most this many tokens inside a sentence with no cue is no
reported speech even when someone is speaking (SpkAtt tune: „toter Gaul“, „Pitbull des Vatikans“ are
terms, not the current speaker's words); quoted sentences still take the current speaker."""

MAX_TERM_EN = 2
"""S11: in English, a quotation of at most this many tokens inside a sentence with no cue is a term
('foresaw "hyperspecialisation"', 'corresponded to "insisting."') even while someone is speaking."""

ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des"})
TITLE_BEFORE = ARTICLES | {"im", "beim"}
"""Words before a short quoted title ("dem „Spiegel“", s21: "im „Doppelpass“", a show)."""
INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
NAME_POS = ("NOUN", "PROPN")
"""Round 13: a short quotation right after a noun names it ('der Betreiber „Wikimedia Foundation“', 'die
Simulation „Second Life“'): a title, not the words of the sentence's speaker."""


def quote_messages(events: list[Event], quotes) -> None:
    """A message that is exactly one quotation (after "mit den Worten zitiert:") is direct."""
    for ev in events:
        if len(ev.msg) != 1 or ev.mode == "direct":
            continue
        a, b = ev.msg[0]
        for qa, qb, _, _ in quotes:
            if a <= qa <= a + 1 and b - 1 <= qb <= b + 2:
                ev.msg = [(qa, qb)]
                ev.mode = "direct"
                break


def quote_ranges(doc) -> list[tuple[int, int, int, int]]:
    """(first token, end token, content start, content end) of each quotation."""
    out = []
    for _o, cs, ce, _c in doc.quotes:
        if doc.is_boilerplate(cs, ce) or cs < doc.headline_end:
            continue
        a = doc.token_at(cs)
        b = doc.token_at(ce - 1)
        if a is not None and b is not None:
            out.append((a.i, b.i + 1, cs, ce))
    return out


def _opens_sentence_or_colon(doc, qa: int, sent) -> bool:
    """Does the quotation whose words start at token qa open its sentence or follow a colon?"""
    toks = doc.tokens
    k = qa - 1 if qa > 0 and toks[qa - 1].text in M.QUOTE_MARKS else qa
    return k <= sent.first or toks[k - 1].text == ":"


def attach_quotes(doc, events: list[Event], quotes, loose_cues: dict[int, list[Event]], table, paras) -> None:
    """Quotations not already inside a message become direct attributions."""
    posts = {p.span.start: p for p in doc.analysis.embedded_posts}
    loose = [c for evs in loose_cues.values() for ev in evs for c in ev.cue[:1]] if doc.language == "en" else []
    covered = [(e.msg[0][0], e.msg[-1][1]) for e in events if not _holds_loose_cue(e, loose)]
    covered += [e.src for e in events if e.src is not None]  # 'Nach Informationen des "Handelsblatts"'
    by_cue: dict[int, Event] = {}
    for qa, qb, cs, _ce in quotes:
        if qb > qa and doc.language == "de" and _widen_to_quote(doc, events, qa, qb):
            continue  # round 11: „A. B“, sagte X / X sagte: „A. B.“ — the cue's message was only B or A
        if qb <= qa or any(a <= qa < b for a, b in covered):
            continue
        if doc.language == "de" and IN.quote_piece(doc, events, qa, qb):
            continue  # round 12: „A“, betonte X, „C.“ — C is the second piece of X's quotation
        if doc.language == "de" and _work_title(doc.tokens, qa):
            continue  # round 15: 'unter dem Motto „…“', 'dem Lied „…“': a title or slogan, no one's words
        post = posts.get(cs)
        sent = doc.sentence_at(doc.tokens[qa].start)
        si = doc.sentences.index(sent) if sent is not None else 0
        if doc.language == "en" and _named_en(doc.tokens, qa):
            continue  # s11: 'the nickname "mkono wa damu," or "the man with the bloody hand"': a name, no words
        if doc.language == "en" and title_case(doc.tokens, qa, qb) and not _whole_sentence(doc, qa, qb, si):
            continue  # s11: 'a loner … in "Joker"', '"The Irishman" went empty-handed': a title, no one's words
        if post is not None:
            src = table.add(
                f"post:{post.handle}", post.author, "social_post", None, description=f"@{post.handle}"
            )
            events.append(Event([], None, [(qa, qb)], "direct", si, source=src))
            continue
        last_sent = doc.sentence_at(doc.tokens[qb - 1].start)
        si_end = doc.sentences.index(last_sent) if last_sent is not None else si
        cands = loose_cues.get(si_end, []) or loose_cues.get(si, [])
        colon = None
        if not cands and loose_cues.get(si - 1) and sent is not None and doc.language in ("de", "en") and (
                _opens_sentence_or_colon(doc, qa, sent)):  # s30: not "verteidigte den Entwurf als „…“"
            colon = colon_speaker(doc, qa, sent, table)  # s10: 'Danach sprach X mit Journalisten. Hier
            cands = [] if colon is not None else [c for c in loose_cues[si - 1] if not _reported_cue(c, events)]
            # sparte Y nicht mit Kritik: „…“': Y's; s18: not a cue inside another's report ("schreibe rote Zahlen")
        cue_ev = cands[0] if cands else None
        if cue_ev is not None and doc.language == "de" and _title_quote(doc, cue_ev, qa, qb):
            continue  # round 10: 'Der „Spiegel“ berichtet über …', 'sprach mit dem „Spiegel“': a name, no quote
        if doc.language == "en" and cue_ev is not None and cue_ev.sent != si and qb - qa <= MAX_TERM_EN and not (
            _whole_sentence(doc, qa, qb, si)
        ):
            continue  # s11: 'His book foresaw "hyperspecialisation"' after '"…," Malone said.': a term
        if cue_ev is not None:
            key = cue_ev.cue[0]
            if key in by_cue and by_cue[key].sent == si:  # „Wir werden", sagte er, „nicht aufgeben"
                by_cue[key].msg.append((qa, qb))
                continue
            if key in by_cue:  # the next sentence's quote: same speaker, its own attribution
                events.append(Event([], None, [(qa, qb)], "direct", si, source=by_cue[key].source))
                continue
            if cue_ev.src is not None and cue_ev.source is None:
                cue_ev.source = table.resolve(doc, *cue_ev.src)
            ev = Event(
                cue_ev.cue, cue_ev.src, [(qa, qb)], "direct", si, source=cue_ev.source, passive=cue_ev.passive
            )
            by_cue[key] = ev
            events.append(ev)
            continue
        if qb - qa <= MAX_SCARE_QUOTE and any(e.sent == si and e.cue for e in events):
            continue  # 'Dem „Spiegel“ sagte der Minister, …': a name in the cue's own clause
        if colon is None and doc.language in ("de", "en") and sent is not None:
            colon = colon_speaker(doc, qa, sent, table)
        if colon is not None:  # 'Die Ministerin zeigte sich kämpferisch: „…“'
            cue = [colon[0]] if colon[0] is not None else []  # round 13: "Der Minister dazu: „…“" has no verb
            events.append(Event(cue, colon[1], [(qa, qb)], "direct", si, source=colon[2]))
            continue
        if doc.language == "en" and sent is not None and qb - qa <= MAX_SCARE_QUOTE and not _whole_sentence(
            doc, qa, qb, si
        ):  # 'Union leaders described the decision as "a hammer blow"': the clause's own subject
            own = _clause_speaker_en(doc, qa, sent, table)
            if own is not None:
                events.append(Event([own[0]], own[1], [(qa, qb)], "direct", si, source=own[2]))
                continue
        talker = current_speaker(events, si, paras, quote=True)
        source = talker.source if talker is not None else None
        if doc.language == "en" and talker is not None and (paused := _narrated_name_en(doc, qa, si, events)):
            source = table.resolve(doc, *paused)  # s24: 'Mr. Sayle paused. "That is not what I said."': his words
        if source is None and _whole_sentence(doc, qa, qb, si):
            source = _person_just_named(doc, qa, table)  # 'Jane Roe runs a bakery. … "We cannot go on."'
        scare = MAX_SCARE_QUOTE_DE if doc.language == "de" else MAX_SCARE_QUOTE if source is None else MAX_TERM_EN
        if qb - qa <= scare and not _whole_sentence(doc, qa, qb, si):
            continue  # „aus Protest“ in narration with no one speaking: a scare quote or a title
        if doc.language == "de" and _named_in_narration(doc.tokens, qa, qb, source is None):
            continue  # a noun phrase's quoted head in narration, no cue: a name or a title
        events.append(Event([], None, [(qa, qb)], "direct", si, source=source))


NAMING_BEFORE_DE = frozenset("( wie als".split())
"""S28: words before a quotation in narration that make it a name, gloss or label: 'Jobbik („Bewegung für
ein besseres Ungarn“)', 'Themen wie „Der Einsatz der Trümmerbahnen …“', 'die sich als „Schule ohne
Rassismus“ präsentiert'."""


def _named_in_narration(toks, qa: int, qb: int, no_speaker: bool) -> bool:
    """A quotation without a finite verb in narration, right after an article (s15: 'Teile des „Gesetzes
    über den Verfassungsschutz …“'), a noun (s28: 'die Gewerkschaft „Öffentliche Dienste, Transport und
    Verkehr“', 'der Studie „Linke Gewalt in Berlin“') or a naming word, or in a list after such a quotation:
    a name or a title, no one's words."""
    if qa < 2 or toks[qa - 2].sent != toks[qa].sent or any(is_finite(t) for t in toks[qa:qb]):
        return False
    before = toks[qa - 2]
    if before.text in (",", "und", "oder") and no_speaker and toks[qa - 3].text in "“\"":  # „A“, „B“ und „C“
        k = qa - 4
        while k > 0 and toks[k].sent == toks[qa].sent and toks[k].text not in "„\"":
            k -= 1
        return k > 0 and _named_in_narration(toks, k + 1, qa - 3, no_speaker)
    return before.pos == "DET" or no_speaker and (before.pos == "NOUN" or before.text.lower() in NAMING_BEFORE_DE)


def _widen_to_quote(doc, events: list[Event], qa: int, qb: int) -> bool:
    """A quotation over several sentences whose first or last sentence holds the cue ("„Wir haben
    verhandelt. Am Ende stand ein Kompromiss“, sagte sie.", "Sie sagte: „A. B.“"): the cue's event,
    whose message was only the quoted part of its own sentence, takes the whole quotation (direct)."""
    toks = doc.tokens
    if toks[qa].sent == toks[qb - 1].sent:
        return False
    for ev in events:
        if not ev.cue or not ev.msg or ev.sent not in (toks[qa].sent, toks[qb - 1].sent):
            continue
        a, b = ev.msg[0][0], ev.msg[-1][1]
        if qa - 1 <= a < qb and qa < b <= qb + 1 and (a > qa or b < qb):
            ev.msg = [(qa, qb)]
            ev.mode = "direct"
            return True
    return False


def _title_quote(doc, cue_ev: Event, qa: int, qb: int) -> bool:
    """A short quotation that is (part of) the cue's source mention, or a title after an article
    or a noun ("mit dem „Spiegel“", "die „Zeitenwende“", "das Portal „Golem“"): a name or term, not a
    quotation of the cue's speaker."""
    if cue_ev.src is not None and cue_ev.src[0] <= qa < cue_ev.src[1]:
        return True
    toks = doc.tokens
    if _antecedent_of_cue(toks, cue_ev, qa, qb):
        return True  # s31: 'den „elf Geboten der Sicherheit“, die jeder Nutzer akzeptieren muss': a thing's name
    if qb - qa == 1 and qa >= 3 and toks[qa - 2].text.lower() in INDEFINITE and toks[qa].sent == toks[qa - 3].sent:
        before = toks[qa - 3]  # s9: "stellte ein „iTunes-Musik-Handy“ vor"; not "sprach von einem „Volkskrieg“"
        return before.text.lower() not in FRAGMENT_BEFORE and before.lemma != "sein"
    if qa >= 2 and toks[qa].sent == toks[qa - 2].sent and toks[qa - 2].text.lower().endswith(MEDIA_HEADS_DE):
        return True  # s15: 'im Fachblatt „La Gazetta dello Sport“': an outlet's name of any length
    return (
        qb - qa <= MAX_SCARE_QUOTE
        and qa >= 2
        and (toks[qa - 2].text.lower() in TITLE_BEFORE or toks[qa - 2].pos in NAME_POS)
        and toks[qa].sent == toks[qa - 2].sent
    )  # s21: 'sprach dem Trainer im „Doppelpass“ das Vertrauen aus': a show, no quotation


def _antecedent_of_cue(toks, cue_ev: Event, qa: int, qb: int) -> bool:
    """A quotation without a finite verb after a preposition and an article, followed by a relative clause that
    holds the cue: the place or thing named, not anyone's words (not 'schaffen jene „Herrschaft des Unrechts“, die
    Sie Frau Merkel vorgeworfen haben', the words the relative clause's speaker used)."""
    after = qb + 1  # the closing mark is toks[qb]
    return (
        qa >= 3
        and after + 1 < len(toks)
        and toks[qa - 2].pos == "DET"
        and toks[qa - 3].tag == "APPR"
        and toks[after].text == ","
        and toks[after + 1].tag == "PRELS"
        and cue_ev.cue[0] > after
        and toks[cue_ev.cue[0]].sent == toks[qa].sent
        and not any(is_finite(t) for t in toks[qa:qb])
    )


MEDIA_HEADS_DE = ("blatt", "zeitung", "zeitschrift", "magazin", "sender", "agentur", "portal", "sendung")
"""Outlet nouns, compounds included ("Fachblatt", "Nachrichtenmagazin"), before a quoted outlet name."""


TITLE_NOUNS = (
    "motto", "titel", "lied", "song", "film", "buch", "roman", "album", "slogan", "parole", "überschrift",
    "schlagzeile", "kampagne", "sendung", "serie", "ausstellung", "stück", "oper", "gedicht", "spiel",
    "journal", "zeitschrift", "magazin", "zeitung",  # s23: "im Fachjournal „European Journal of …“"
    "initiative", "begehren", "petition", "aktion", "operation", "projekt",  # s32: "Die Volksinitiative «Für …»"
)
"""Round 15: nouns whose quotation is a name, not speech ("unter dem Motto „…“", "das Buch „…“")."""


def _work_title(toks, qa: int) -> bool:
    """The quotation starting at token qa follows a title noun (its opening mark right after it)."""
    if qa < 2 or toks[qa - 2].sent != toks[qa].sent:
        return False
    low = toks[qa - 2].text.lower()
    return (toks[qa - 2].pos in NAME_POS or toks[qa - 2].text[:1].isupper()) and low.endswith(TITLE_NOUNS) and not (
        low.endswith("beispiel"))  # s32: "Die Volksinitiative (ADJA) «Für …»"


NAMING_WORDS_EN = frozenset("nickname nicknamed dubbed called titled entitled slogan motto so-called term word".split())
"""Words right before a quotation that make it a name or term ('the nickname "…"', 'dubbed "…"')."""


def _named_en(toks, qa: int) -> bool:
    """The quotation at qa follows a naming word, or "or" after another quotation (a gloss: '"mkono wa
    damu," or "the man with the bloody hand"')."""
    if qa < 2 or toks[qa - 2].sent != toks[qa].sent:
        return False
    before = toks[qa - 2].text.lower()
    if before in NAMING_WORDS_EN:
        return True
    return before == "or" and qa >= 4 and toks[qa - 3].text in ",”\"'’" and toks[qa - 4].text in ",”\"'’"


MAX_TITLE = 8
TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or but by with from as nor vs".split())


def title_case(toks, qa: int, qb: int) -> bool:
    """Session 11 (English): a quotation of at most MAX_TITLE words that are all capitalised but for small
    words ("Once Upon A Time in Hollywood", "The Marvelous Mrs Maisel", "Joker") names a work or thing."""
    words = [t.text for t in toks[qa:qb] if t.text[:1].isalnum()]
    if not words or len(words) > MAX_TITLE or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words)


def repeated_quotes(doc, events: list[Event]) -> None:
    """S11: a quotation used as a subheading ('„Es darf sich nicht die ganze Herde infizieren“') that the
    text quotes again later with its cue ('„Es darf …“, sagt Berning') is that speaker's, not the speaker
    of the paragraphs before it."""
    toks = doc.tokens

    def words(ev) -> str:
        a, b = ev.msg[0][0], ev.msg[-1][1]
        return doc.text[toks[a].start : toks[b - 1].end].strip(".!?…„“”\"»« ")

    cued = {}
    for ev in events:
        if ev.cue and ev.mode == "direct" and ev.msg and ev.source is not None:
            cued.setdefault(words(ev), ev)
    for ev in events:
        if not ev.cue and ev.mode == "direct" and ev.msg and (later := cued.get(words(ev))) is not None:
            if later.msg[0][0] > ev.msg[0][0]:
                ev.source = later.source


def _narrated_name_en(doc, qa: int, si: int, events) -> tuple[int, int] | None:
    """The name opening a short narrated sentence right before a quotation that opens its own sentence ("Mr. Sayle
    paused.", "Whitcomb shook her head."), when no report stands in that sentence; else None."""
    toks = doc.tokens
    if si == 0 or toks[doc.sentences[si].first].i != qa - 1 or any(e.sent == si - 1 for e in events):
        return None
    prev = doc.sentences[si - 1]
    k = prev.first + (toks[prev.first].text in ("Mr.", "Ms.", "Mrs.", "Dr."))
    j = k
    while j < prev.last and toks[j].text[:1].isupper() and toks[j].text.isalpha() and j - k < 3:
        j += 1
    if j == k or prev.last - prev.first > 8 or j >= prev.last or toks[j].tag not in ("VVD", "VVZ"):
        return None
    return prev.first, j


def _person_just_named(doc, qa: int, table):
    """A quotation no one has been quoted before takes the person named (first and last
    name, no organisation or place) in the two sentences before it."""
    toks = doc.tokens
    found = person_name_before(toks, qa, 40, doc.language)  # round 16: German too
    if found is None or toks[qa].sent - toks[found[0]].sent > 2:
        return None
    run = toks[found[0] : found[1]]
    if any(t.ent.endswith(("ORG", "LOC")) or org_word(t.text) or media_noun(t.text) for t in run):
        return None
    src = table.resolve(doc, *found)
    return src if src.type == "person" else None


def _clause_speaker_en(doc, qa: int, sent, table):
    """(verb, subject tokens, Source) for a short English quotation inside a clause whose subject can
    speak ("Union leaders described the decision as "a hammer blow""); else None."""
    toks = doc.tokens
    fv = next((j for j in range(sent.first, qa) if finite(toks[j], "en") and not toks[j].quote), None)
    if fv is None:
        return None
    src = subject(doc, fv, sent.first, qa, "en")
    if src is None or src[0] > fv:
        return None
    words = toks[src[0] : src[1]]
    if not any(speaker_word(t) or is_person_noun(t.text) or t.text.lower() in ANON_HEADS for t in words):
        return None
    if any(t.text.lower() in ("it", "this", "that", "which") for t in words):
        return None
    if not verb_cue(toks[fv], "en") and any(t.tag in ("CJS", "PNQ") or t.text.lower() in ("whether", "that") for t in
                                            toks[fv + 1 : qa]):
        return None  # s27: "Talks spilled into an extra day as countries remained deadlocked over whether a deal
        # should call for a “transition away from” …": a quoted term in a clause below a verb that reports nothing
    return colon_result(doc, fv, src, table)


def _whole_sentence(doc, qa: int, qb: int, si: int) -> bool:
    sent = doc.sentences[si]
    return qa <= sent.first + 1 and qb >= M.content_end(doc.tokens, sent.first, sent.last) - 1


def _reported_cue(cue_ev, events: list[Event]) -> bool:
    """S18: is the waiting cue inside another event's message ("Schon jetzt schreibe jedes zweite Krankenhaus
    rote Zahlen, rechnete er vor. „…“": the quotation after it goes on with the one who reported)?"""
    k = cue_ev.cue[0]
    return any(e is not cue_ev and e.msg and e.msg[0][0] <= k < e.msg[-1][1] for e in events)


def _holds_loose_cue(ev, loose: list[int]) -> bool:
    """S17 (English): 'Tehran "does not seek …," he said, according to IRNA': the according-to report holds
    a cue still waiting for its quotation, so the quotation is that cue's (nested in the report), not
    covered. (For German, the same rule cost the SpkAtt dev split 0.0004 and was left out.)"""
    return ev.mode == "according_to" and bool(ev.cue) and any(
        ev.msg[0][0] <= c < ev.msg[-1][1] and 0 < ev.cue[0] - c <= 3 for c in loose  # right before "according"
    )
