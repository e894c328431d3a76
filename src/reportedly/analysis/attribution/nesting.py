"""Parents and modes: which attribution is reported inside which, and where quotes make it mixed.

"Politico berichtet, dass mehrere Beamte sich fragen, ob …" is two attributions; the inner one's
cue lies inside the outer one's message, so the outer one is its parent. Secondhand reports also
nest without syntax: after "Politico berichtet …", the anonymous officials the next sentences cite
are Politico's, so an open media report adopts them until a named source speaks on its own.
"""

from __future__ import annotations

from ..outlets import outlet_registry
from .english_clauses import FINITE_TAGS
from .no_comment import declines_in


def assign_parents(events: list, source_type, outlets=None) -> None:
    """Set `parent` on every event (index into `events`) from containment, then from media scope
    (`outlets(ev)`: the outlets the event's sentence names, asked only while a media report is open)."""
    for ev in events:
        host = ev.extra.get("host")
        if host is not None and any(o is host for o in events):  # "unter Berufung auf": inside the report
            ev.parent = next(k for k, o in enumerate(events) if o is host)
            continue
        anchor = ev.cue[0] if ev.cue else (ev.src[0] if ev.src else ev.msg[0][0])
        best: int | None = None
        best_len = 1 << 30
        for k, other in enumerate(events):
            if other is ev:
                continue
            a, b = other.msg[0][0], other.msg[-1][1]
            if a <= anchor < b and not (
                ev.msg[0][0] <= a
                and b <= ev.msg[-1][1]
                and ev is not other
                and other.cue
                and ev.msg[0][0] < other.cue[0]
            ):
                if b - a < best_len or (b - a == best_len and other.extra.get("host") is events[best]):
                    best, best_len = k, b - a  # s18: of two reports of one message, the cited one is inner
        ev.parent = best
    scope: int | None = None
    for k, ev in enumerate(events):
        typ = source_type(ev)
        if ev.parent is None and ev.continues is not None:
            ev.parent = events[ev.continues].parent
        if typ == "media" and ev.parent is None and not ev.is_outlet:
            named = ev.source is None or ev.source.name or ev.mode != "according_to"
            if scope is not None and events[scope].extra.get("aside") and events[scope].source is ev.source:
                ev.extra["aside"] = True  # s23: "Wie der „Bote“ berichtet, …. „…“, zitiert das Blatt": in passing
            scope = k if named else None  # s7: "Unbestätigten Berichten zufolge" opens no report to nest in
            continue
        if ev.parent is not None:
            continue
        if ev.extra.get("answers_report"):  # s7: "… wollte den Bericht nicht kommentieren. …, sagte er": no part of it
            continue
        if ev.extra.get("told_report") and scope is not None:  # s7: "…, sagte der Zeitung": the open report's
            ev.parent = scope
            continue
        if ev.extra.get("told_outlet"):  # "…, sagte der Deutschen Presse-Agentur": not the open report's
            scope = None
            continue
        if scope is not None and outlets is not None and _other_outlet(outlets(ev), events[scope]):
            scope = None  # s21: "two staff members who spoke to The Verge", "in a message seen by Reuters"
            continue
        if scope is not None and events[scope].extra.get("aside") and ev.extra.get("para") != events[scope].extra.get(
                "para"):  # s23: "Wie der „Westerwälder Bote“ berichtet, …": the paper's report ends with its paragraph
            scope = None
        if scope is not None and typ == "anonymous" and ev.extra.get("own_briefing"):
            scope = None  # s24: "A senior White House official, who briefed reporters …": not the outlet's source
            continue
        if scope is not None and typ == "anonymous" and _spokesperson(ev):
            scope = None  # s23: "Ein Konzernsprecher sagte dazu, …" after a paper's report: on record, not the paper's;
            continue  # the article's own reporting goes on
        if scope is not None and (typ in ("anonymous", "unknown") or ev.passive or ev.via_media):
            ev.parent = scope
        elif typ in ("person", "organization", "media") and not ev.continues_scope:
            scope = None
    _break_cycles(events)


def _spokesperson(ev) -> bool:
    first = ev.source.mentions[0].text.lower() if ev.source is not None and ev.source.mentions else ""
    return "sprecher" in first or "spokes" in first


def outlets_outside(doc, ev) -> frozenset[str]:
    """The outlets the event's sentence names outside its message ("two staff members who spoke to The Verge",
    "wrote in a message seen by Reuters"): where the words were given or seen."""
    sent = doc.sentences[ev.sent]
    text = doc.text
    starts = [doc.tokens[a].start for a, _ in ev.msg if a < len(doc.tokens)]
    ends = [doc.tokens[b - 1].end for _, b in ev.msg if b - 1 < len(doc.tokens)]
    found = set()
    for s, _e, entry in outlet_registry().mentions(text[sent.start : sent.end]):
        at = sent.start + s
        if not any(a <= at < b for a, b in zip(starts, ends)):
            found.add(entry.name)
    return frozenset(found)


def _other_outlet(outlets: frozenset[str], report) -> bool:
    """An outlet the event's sentence names (outside its message) is not the one of the open report."""
    return bool(outlets) and (report.source is None or report.source.name not in outlets)


FIRST_PERSON_SINGULAR = frozenset("ich i".split())


def own_words(doc, events: list, table) -> None:
    """Session 16: "Ich hoffe, dass es klappt, sagte Müller": the "ich" of speech reported inside another
    speaker's message is that speaker, not a new, nameless person."""
    for ev in events:
        if ev.parent is None or ev.src is None or ev.src[1] - ev.src[0] != 1:
            continue
        outer = events[ev.parent]
        tok = doc.tokens[ev.src[0]]
        inside = any(a <= ev.src[0] < b for a, b in outer.msg)
        if not inside or tok.text.lower() not in FIRST_PERSON_SINGULAR or outer.source is None:
            continue
        if outer.source is not ev.source and outer.source.type in ("person", "anonymous"):
            ev.source = outer.source
            table.mention(outer.source, doc.trimmed_span(tok.start, tok.end))


def _break_cycles(events: list) -> None:
    """Round 15: two events whose messages hold each other's cue ("Er sei überzeugt, …, sagte X" before
    messages stopped at the inverted cue) must not be each other's parent: the chain is a path."""
    for ev in events:
        seen = {id(ev)}
        k = ev.parent
        while k is not None:
            if id(events[k]) in seen:
                ev.parent = None
                break
            seen.add(id(events[k]))
            k = events[k].parent


FRAGMENT_BEFORE = frozenset("von vom als of as".split())
"""S7: a quotation right after these words of the cue's clause is a fragment of reported speech: "Die Linke
sprach von „Symbolpolitik“", "described it as 'a disgrace'"."""


def mixed_modes(events: list, quote_tokens: list[tuple[int, int]], toks=None) -> None:
    """An indirect message that contains a quoted fragment is `mixed`, and the fragments are its
    `quotes` (round 20: the speaker's verbatim words, which SpkAtt news annotates as events of their
    own); a message that is itself a quoted fragment inside the cue's own clause is `mixed` too (s7)."""
    for ev in events:
        if ev.mode == "direct" and toks is not None and ev.cue and len(ev.msg) == 1 and _fragment(toks, ev.msg[0]):
            ev.mode = "mixed"
        if ev.mode not in ("indirect", "according_to"):
            continue
        a, b = ev.msg[0][0], ev.msg[-1][1]
        inner = [
            (qa, qb)
            for qa, qb in (_without_full_stop(toks, q) for q in quote_tokens)
            if (qa > a + 1 or qb < b - 1) and any(pa <= qa < qb <= pb for pa, pb in ev.msg)
            and not _quoted_name(toks, qa, qb)
        ]  # s13: within a piece, not a quoted name in the source phrase between two pieces
        if inner:  # s10: "Nach den Worten von X fehle es „an einem Konzept“" keeps its mode, and its quote
            ev.mode = "mixed" if ev.mode == "indirect" else ev.mode
            ev.extra["quotes"] = inner


def _quoted_name(toks, qa: int, qb: int) -> bool:
    """S27: „Nationalstadion Peking“, „Social Action Party“, „GTA“: a name in quotation marks marks a name,
    not the speaker's words, so it is no quote of the message (SpkAtt news annotates no event for it). A
    hyphenated coinage the tagger calls a name („No-Go-Areas“, round 9) stays the speaker's word."""
    if toks is None or not all(t.pos in ("PROPN", "PUNCT") for t in toks[qa:qb]):
        return False
    names = [t.text for t in toks[qa:qb] if t.pos == "PROPN"]
    return len(names) > 1 or (len(names) == 1 and "-" not in names[0])


def _without_full_stop(toks, quote: tuple[int, int]) -> tuple[int, int]:
    """S15: a quotation that closes the sentence ends without its full stop, as the message does: 'sollte
    wissen, „dass wir hinter ihm her sind.“' has the quote "dass wir hinter ihm her sind"."""
    qa, qb = quote
    while toks is not None and qb - qa > 1 and toks[qb - 1].text in (".", "!", "?"):
        qb -= 1
    return qa, qb


def _fragment(toks, msg: tuple[int, int]) -> bool:
    """The quotation [a, b) stands inside the cue's clause, after a word of that clause ("sprach von „…“",
    "mit einer „…“"), and has no finite verb of its own: a fragment of reported speech."""
    a, b = msg
    if a < 2 or toks[a - 2].sent != toks[a].sent or toks[a - 1].text not in "„\"“»«'‘":
        return False
    before = toks[a - 2].text
    inside = before.lower() in FRAGMENT_BEFORE or (before.isalpha() and before.islower())
    return inside and not any(t.tag.endswith("FIN") or t.tag in FINITE_EN for t in toks[a:b])


FINITE_EN = FINITE_TAGS | frozenset("VBB VDB VHB VVB".split())  # with the plural present forms


TOLD_DE = frozenset("der dem den gegenüber unserer unserem".split())
"""Words that open whom the speaker told: "den Zeitungen der Funke Mediengruppe" (s19), "unserer Redaktion" (s21)."""


def told_outlet(toks, ev, told: tuple[int, int] | None, outlet_named) -> bool:
    """Round 16: the speaker told an outlet ("sagte der Deutschen Presse-Agentur", "sagte gegenüber dem
    Sender", "told Reuters"): the words were given to that outlet, not taken from the media report
    the article cited before, so they open no chain under it."""
    if not ev.cue:
        return False
    k = max(ev.cue) + 1
    if any(t.text.lower() in ("anfrage", "nachfrage") for t in toks[k : k + 4]):
        return True  # round 16: "sagte auf Anfrage": asked by the article's own reporters
    if own_channel(toks, k):
        return True  # s20: "Analysts at Morgan Stanley wrote in a note", "schrieb in einer Mitteilung": their own
    return told is not None and outlet_named(*told)  # `told`: `told_addressee(toks, ev)`


CHANNEL_NOUNS = frozenset(
    """note statement letter email memo interview post blog newsletter mitteilung pressemitteilung erklärung
    stellungnahme brief beitrag""".split()
)
"""The speaker's own channels: what is said in one is not taken from a media report cited before."""


def own_channel(toks, k: int) -> bool:
    """Right after the cue: "in a note", "in einer Mitteilung", "in einem Interview mit …" (within four tokens)."""
    for j in range(k, min(len(toks) - 2, k + 4)):
        if toks[j].text.lower() in ("in", "im") and toks[j].sent == toks[k].sent:
            n = j + 1 + (toks[j + 1].pos == "DET")
            return n < len(toks) and toks[n].text.lower().rsplit("-", 1)[-1] in CHANNEL_NOUNS
        if toks[j].text in (",", ":", ";", ".") or toks[j].quote:
            return False
    return False


def told_addressee(toks, ev) -> tuple[int, int] | None:
    """The tokens after the cue that say whom the speaker told ("der Deutschen Presse-Agentur", "gegenüber
    dem Sender …", "Reuters" after "told"), up to the next punctuation; None when there are none."""
    if not ev.cue:
        return None
    return addressee_at(toks, max(ev.cue) + 1, toks[ev.cue[0]].text.lower() in ("told", "tells"))


def addressee_at(toks, k: int, told: bool = False) -> tuple[int, int] | None:
    """The addressee from token k ("der Deutschen Presse-Agentur", "gegenüber dem Sender"; after English
    "told", any words) up to the next punctuation, or None."""
    if k < len(toks) and toks[k].text.lower() == "gegenüber":
        k += 1
    if k + 1 >= len(toks) or not (toks[k].text.lower() in TOLD_DE or told):
        return None
    stop = next((j for j in range(k, min(len(toks), k + 6)) if toks[j].text in (",", ".", ":", ";")), k + 6)
    return k, min(stop, len(toks))


REPORT_OBJECTS = frozenset(
    "bericht berichte berichten medienbericht medienberichte meldung meldungen report reports".split()
)
_OBJECT_DETS = frozenset("den die dem diesen diese diesem the that this".split())


def answers_report(doc, ev) -> bool:
    """S7: the speaker answers the report ("Ein Pentagon-Sprecher wollte den Bericht nicht kommentieren.
    …, sagte er"): in a sentence that names them, the report is an object ("den Bericht"), not the place
    the words come from ("heißt es in dem Bericht"), so their words are given to the article, not taken
    from the report."""
    if ev.source is None or not ev.source.mentions:
        return False
    toks = doc.tokens
    for si in (ev.sent - 1, ev.sent):
        if si < 0:
            continue
        sent = doc.sentences[si]
        if not any(sent.start <= m.start < sent.end for m in ev.source.mentions):
            continue
        for k in range(sent.first + 1, sent.last):
            if (
                toks[k].text.lower() in REPORT_OBJECTS
                and toks[k - 1].text.lower() in _OBJECT_DETS
                and not _source_phrase(toks, k - 2)
            ):
                return True
            if toks[k].lemma in ANSWER_LEMMAS and k + 1 < sent.last and toks[k + 1].text.lower() in ("das", "dies"):
                return True  # s18: "Ein Regierungssprecher dementierte das."
    sent = doc.sentences[ev.sent]
    if doc.language == "en" and declines_in(toks, sent.first, sent.last):
        return True  # s21: "A spokeswoman declined to comment on what she called …": asked by the article
    return denied_before(doc, ev)


DENIED_OBJECTS = frozenset("verdacht vorwurf vorwürfe anschuldigungen darstellung bericht berichte".split())
SPOKESPEOPLE = frozenset("sprecher sprecherin sprecherinnen".split())


def denied_before(doc, ev) -> bool:
    """S19: "Die Botschaft wies jeden Verdacht zurück. …, erklärte ein Sprecher.": a body denies the
    report in the sentence before, and its spokesperson's words answer the report too."""
    toks = doc.tokens
    if ev.src is None or ev.sent < 1 or not any(t.text.lower() in SPOKESPEOPLE for t in toks[ev.src[0] : ev.src[1]]):
        return False
    sent = doc.sentences[ev.sent - 1]
    lemmas = {t.lemma for t in toks[sent.first : sent.last]}
    return bool(lemmas & ANSWER_LEMMAS) and any(t.text.lower() in DENIED_OBJECTS for t in toks[sent.first : sent.last])


ANSWER_LEMMAS = frozenset("dementieren bestreiten bestätigen kommentieren zurückweisen".split())
"""S18: verbs whose "das"/"dies" right after them is the report just cited ("dementierte das")."""


def _source_phrase(toks, k: int) -> bool:
    """Token k opens a phrase that names where words come from ("in dem Bericht", "laut der Meldung",
    "according to the report"), not one that answers it ("zu dem Bericht", "on the report")."""
    if k < 0:
        return False
    low = toks[k].text.lower()
    return low in ("in", "im", "laut", "nach", "aus", "from") or (
        low == "to" and k > 0 and toks[k - 1].text.lower() == "according"
    )

