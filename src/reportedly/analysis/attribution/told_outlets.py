"""The outlet a speaker gave their words to (session 17): "told Reuters", "sagte der Deutschen
Presse-Agentur", "sagte gegenüber dem „Spiegel“", "Der Nachrichtenagentur Reuters sagte ein Sprecher".

Such words reached the article through that outlet, so it belongs in the attribution's chain: an RT DE
article quoting "two officials told Reuters" is RT DE → Reuters → two officials. The outlet becomes a
media Source (merged with the outlet's other mentions) and the attribution's `via`. Runs in finalize,
after any engine, so the rule and the learned engines give the same answer.
"""

from __future__ import annotations

from bisect import bisect_left

from ...model import Source, Span
from ..outlets import outlet_registry
from .lexicon import OBTAINED_WORDS
from .names import media_noun, org_word
from .nesting import addressee_at
from .phrases import QUOTES
from .quoted_titles import media_title

LEAD_WORDS = frozenset("der dem gegenüber the".split())
"""Words that may open the addressee before the outlet's name ("dem Magazin …" also passes as a media noun)."""


def add_told_outlets(doc, analysis) -> None:
    """Set `via` on each attribution whose speaker told a named outlet; add that outlet to the sources."""
    toks = doc.tokens
    starts = [t.start for t in toks]
    outlets = {s.name: s for s in analysis.sources if s.type == "media" and s.name}
    next_id = 1 + max((int(s.id[1:]) for s in analysis.sources if s.id[1:].isdigit()), default=0)
    for attr in analysis.attributions:
        found = _outlet_told(doc, attr, starts) if attr.cue is not None and attr.via is None else None
        if found is None:
            continue
        name, span = found
        src = outlets.get(name)
        if src is None:
            src = Source(id=f"s{next_id}", name=name, type="media", mentions=[])
            next_id += 1
            outlets[name] = src
            analysis.sources.append(src)
        if all(m.start != span.start for m in src.mentions):
            src.mentions.append(span)
        if src.id != attr.source:
            attr.via = src.id


def _outlet_told(doc, attr, starts: list[int]) -> tuple[str, Span] | None:
    """The outlet's name and span: after the verb ("sagte der dpa", "told Reuters"), before it ("Der Agentur
    Reuters sagte …"), after a subject that follows the cue ("sagte ein Sprecher dem Blatt", "Nach Angaben
    einer Sprecherin gegenüber der dpa"), or between the subject and a final verb ("wie Insider der Agentur
    Reuters sagten")."""
    toks = doc.tokens
    cue = [bisect_left(starts, sp.start) for sp in (attr.cue, *attr.cue_parts)]
    if toks[cue[0]].pos in ("VERB", "AUX"):  # not "Laut dem CNN-Reporter X": a preposition cites, tells no one
        told = addressee_at(toks, max(cue) + 1, toks[cue[0]].text.lower() in ("told", "tells"))
        if (found := _told_name(doc, told) or _fronted_name(doc, cue[0])) is not None:
            return found
    if toks[cue[0]].pos in ("VERB", "AUX") and (found := _aired_on(doc, max(cue) + 1)) is not None:
        return found  # s18: "sagte im Bayerischen Rundfunk", "said on CNN"
    if (found := _interview_opening(doc, cue[0])) is not None:
        return found
    m = attr.source_mention
    if m is None:
        return None
    m_start, m_end = bisect_left(starts, m.start), bisect_left(starts, m.end)
    held = next((j for j in range(m_start, m_end) if toks[j].text.lower() in OBTAINED_WORDS), m_end)
    if (found := _held_by(doc, held)) is not None:  # "a recording reviewed by Bloomberg" may be the mention
        return found  # s18: "according to a draft seen by Reuters", "in einem Schreiben, das dem SPIEGEL vorliegt"
    after = addressee_at(toks, m_end + (m_end < len(toks) and toks[m_end].text == ","))  # s19: "…, Klaus R., den …"
    if 0 < m.start - attr.cue.end <= 1:
        return _told_name(doc, after) or _aired_on(doc, m_end)  # "sagte Söder im ZDF"
    if m.end < attr.cue.start:
        if after is None and m_end < cue[0] and all(t.tag == "NE" for t in toks[m_end:cue[0]]):
            found = _told_name(doc, (m_end, cue[0]))  # s23: "Wie ein Sprecher MDR SACHSEN bestätigte" (no article)
            return found if found is not None and found[1].start == toks[m_end].start else None
        found = _told_name(doc, after)
        return found if found is not None and found[1].end == toks[cue[0] - 1].end else None
    return None


def _told_name(doc, told: tuple[int, int] | None) -> tuple[str, Span] | None:
    """The outlet's name and its span when the addressee [a, b) opens with one, after at most its article and
    a media noun ("der Nachrichtenagentur Reuters"); None for "told reporters that CNN …"."""
    if told is None:
        return None
    toks = doc.tokens
    a, b = told
    text = doc.text
    for s, e, entry in outlet_registry().mentions(text, toks[a].start, toks[b - 1].end):
        if text[e : e + 1] == "-" and not text[e + 1 : e + 20].lower().startswith(PROGRAMMES):
            return None  # "dem CNN-Reporter": a compound, not the outlet (but "in der ARD-Sendung": its show)
        lead = [t for t in toks[a:b] if t.end <= s]
        if all(_lead_word(t) for t in lead):
            return entry.name, Span(s, e, text[s:e])
        return None
    title = media_title(doc, toks[a:b])
    if title is not None and (_media_word(toks[a + 1]) or (
            doc.language == "de" and toks[a].text.lower() in ("dem", "der") and toks[a + 1].text in ("„", "»")
            and not any(org_word(w) for w in title.split()))):
        s = text.index(title, toks[a].start)  # s18: 'sagte der 23-Jährige dem „Kicker“': a quoted title is a paper
        return title, Span(s, s + len(title), title)
    return _paper_name(doc, a, b) if doc.language == "en" else None


PROGRAMMES = ("sendung", "talkshow", "talk", "interview", "morgenmagazin", "magazin", "podcast", "nachrichten")
"""S18: second parts of an outlet's compound that name where a speaker spoke ("in der ARD-Sendung")."""
PAPER_WORDS = frozenset("Times Post Journal Herald Tribune Gazette Chronicle Globe Telegraph Courier Inquirer".split())
"""Last words of English newspaper names the outlet registry may lack ("The Seattle Times")."""


def _paper_name(doc, a: int, b: int) -> tuple[str, Span] | None:
    """S18: "told The Seattle Times": a capitalised name ending in a newspaper word opens the addressee."""
    toks = doc.tokens
    k = a + (toks[a].text.lower() == "the" and toks[a].text.islower())
    j = k
    while j < b and toks[j].text[:1].isupper() and toks[j].text.isalpha():
        j += 1
    if not 2 <= j - k <= 5 or toks[j - 1].text not in PAPER_WORDS or (j < b and toks[j].text in ("'s", "’s")):
        return None
    s, e = toks[k].start, toks[j - 1].end
    return doc.text[s:e], Span(s, e, doc.text[s:e])


HELD = frozenset("vorliegt vorliegen vorlag vorlagen".split())


def _held_by(doc, k: int) -> tuple[str, Span] | None:
    """The outlet that holds the paper a source mention ending before token k names: "seen/obtained/reviewed by
    Reuters" (English), ", das dem SPIEGEL vorliegt" (German); the paper reached the article through it."""
    toks = doc.tokens
    if k + 2 < len(toks) and toks[k].text.lower() in OBTAINED_WORDS and toks[k + 1].text.lower() == "by":
        stop = next((j for j in range(k + 2, min(len(toks), k + 7)) if toks[j].text in (",", ".", ";", ":")), None)
        return _told_name(doc, (k + 2, stop if stop is not None else min(len(toks), k + 7)))
    if k + 4 < len(toks) and toks[k].text == "," and toks[k + 1].text.lower() in ("das", "die", "der") and (
        toks[k + 2].text.lower() in ("dem", "der")
    ):
        held = next((j for j in range(k + 3, min(len(toks), k + 9)) if toks[j].text in HELD), None)
        return _told_name(doc, (k + 2, held)) if held is not None else None
    return None


AIRED_ON = frozenset("im in bei on".split())
TALKS = frozenset(("interview", "gespräch"))
"""S18: prepositions before the broadcaster or paper a speaker spoke on or wrote in ("im ZDF", "in der
„Zeit“", "bei n-tv", "on CNN")."""


def _aired_on(doc, k: int) -> tuple[str, Span] | None:
    """The outlet named right after "im/in/bei/on" at token k, up to the next punctuation."""
    toks = doc.tokens
    for _ in range(2):  # "sagte Merz am Sonntagabend in der ARD-Sendung": past a time or an adverb
        if k + 2 < len(toks) and toks[k].text.lower() == "am" and toks[k + 1].text[:1].isupper():
            k += 2
        elif k + 1 < len(toks) and toks[k].pos == "ADV":
            k += 1
    if k + 1 >= len(toks) or toks[k].text.lower() not in AIRED_ON:
        return None
    if k + 3 < len(toks) and toks[k + 1].text.lower() in TALKS and toks[k + 2].text.lower() == "mit":
        k += 2  # s19: "sagte Dürr im Interview mit der „Bild am Sonntag“": the outlet after "mit"
    stop = min(len(toks), k + 6)
    stop = next((j for j in range(k + 1, stop) if toks[j].text in (",", ".", ":", ";")), stop)
    found = _told_name(doc, (k + 1, stop))
    return found if found is not None and (found[1].end == toks[stop - 1].end or _ends_phrase(doc, found[1])) else None


def _ends_phrase(doc, span: Span) -> bool:
    """Does the outlet's name end its phrase (a verb, a preposition or a time may follow: "im ZDF am Sonntag")?"""
    toks = doc.tokens
    k = bisect_left(toks, span.end, key=lambda t: t.start)  # the token after the name
    while k < len(toks) and (toks[k].text.isdigit() or toks[k].text in PROGRAMME_WORDS):
        k += 1  # "on BBC Radio 4"
    nxt = toks[k] if k < len(toks) else None
    return nxt is None or nxt.pos in OPEN_AFTER or not nxt.text[:1].isupper()


OPEN_AFTER = frozenset(("VERB", "AUX", "ADP", "ADV", "PUNCT", "SCONJ", "CCONJ"))


PROGRAMME_WORDS = frozenset("Radio One Two Three Four Five World News Today Breakfast Live".split())
"""Words after a broadcaster's name that name its channel or programme ("BBC Radio 4", "BBC World")."""


INTERVIEW_OPENINGS = (
    ("speaking", "to"), ("talking", "to"), ("in", "an", "interview", "with"), ("in", "interviews", "with"),
    ("im", "gespräch", "mit"), ("im", "interview", "mit"), ("in", "einem", "interview", "mit"), ("gegenüber",),
    ("speaking", "on"), ("asked", "on"), ("asked", "by"), ("im",), ("in",), ("bei",),
)
"""S17: how a sentence opens when its speaker talked to an outlet: "Speaking to the BBC's Laura Kuenssberg, Sir
Keir said …", "Im Gespräch mit der „Süddeutschen Zeitung“ sagte sie …", "Gegenüber der dpa erklärte er …"."""


def _interview_opening(doc, cue: int) -> tuple[str, Span] | None:
    """The outlet an interview opening before the cue names, right after its words, or None."""
    toks = doc.tokens
    first = doc.sentences[toks[cue].sent].first
    words = [t.text.lower() for t in toks[first : min(cue, first + 4)]]
    opening = next((o for o in INTERVIEW_OPENINGS if tuple(words[: len(o)]) == o), None)
    if opening is None:
        return None
    k = first + len(opening)
    stop = next((j for j in range(k, cue) if toks[j].text in (",", ":", ";")), cue)
    return _told_name(doc, (k, stop)) if stop > k else None


def _fronted_name(doc, cue: int) -> tuple[str, Span] | None:
    """ "Der Nachrichtenagentur Reuters sagte ein Sprecher": a dative outlet alone before the verb."""
    toks = doc.tokens
    first = doc.sentences[toks[cue].sent].first
    if cue - first < 2 or toks[first].text.lower() not in ("der", "dem"):
        return None
    found = _told_name(doc, (first, cue))
    return found if found is not None and found[1].end == toks[cue - 1].end else None


def _media_word(tok) -> bool:
    return media_noun(tok.text)


def _lead_word(tok) -> bool:
    """A word before the outlet's name in the addressee: an article, an adjective, a media noun, a quote mark."""
    return tok.text.lower() in LEAD_WORDS or tok.text in QUOTES or tok.pos in ("DET", "ADJ") or _media_word(tok)
