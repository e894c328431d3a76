"""Round 12 (German): whose words "Seiner Meinung nach", "Nach ihren Angaben", "Nach dessen Angaben",
"Demnach" report when no one has spoken yet.

These phrases point back to someone the text just named; the current-speaker rule needs an earlier
speech event and leaves them without a source otherwise ("Die Polizei sicherte den Tatort. Nach ihren
Angaben wurde niemand verletzt."). The one pointed to is the subject of the previous sentence, or for
"sein-" a person named in it.
"""

from __future__ import annotations

from itertools import takewhile

from .anonymous import social_noun
from .cues import is_finite
from .names import doc_noun
from .names_before import person_name_before
from .phrases import np_tokens
from .subjects import subject

MASCULINE = frozenset("seiner seinen seine seinem sein".split())
OTHER = frozenset("ihrer ihren ihre ihrem dessen deren demnach demzufolge danach".split())
SPEAKING = frozenset({"person", "organization", "media", "anonymous", "document"})


def possessor(doc, ev, table, first: int):
    """The Source a possessive or "demnach" next to the cue of `ev` points to, or None."""
    toks = doc.tokens
    if not ev.cue or ev.sent < 1:
        return None
    lo, hi = max(first, min(ev.cue) - 3), min(len(toks), max(ev.cue) + 3)
    word = next((toks[k].text.lower() for k in range(lo, hi) if toks[k].text.lower() in MASCULINE | OTHER), None)
    if word is None:
        return None  # cheap test first: no possessive or "demnach" at the cue
    prev = doc.sentences[ev.sent - 1]
    if prev.start < doc.headline_end:
        return None
    start = prev.first
    if toks[start].tag in ("PWAV", "KOUS"):  # s25: "Wie gefährlich solche Phasen sind, zeigen Zahlen des RKI.":
        start = next((k + 1 for k in range(start, prev.last) if toks[k].text == ","), start)  # the main clause
    fv = next((k for k in range(start, prev.last) if is_finite(toks[k]) and not toks[k].quote), None)
    src = subject(doc, fv, prev.first, prev.last, "de") if fv is not None else None
    if word in ("demnach", "demzufolge") and (paper := _paper_in(toks, prev)) is not None and (
        src is None or (fv is not None and paper[1] <= fv)
    ):
        src = paper  # s21: "In der neuen Sonntagsfrage des Instituts … kommen CDU und CSU auf 31 Prozent. Die AfD
        # verharrt demnach …": the poll before the verb, not the sentence's subject
    if word in MASCULINE and (src is None or not _person_like(toks, src)):
        src = person_name_before(toks, prev.last, prev.last - prev.first, "de")
    if src is None or toks[src[0]].quote:
        return None
    source = table.resolve(doc, *src)
    if source.type not in SPEAKING and word in ("demnach", "demzufolge") and (
            paper := _paper_in(toks, prev)) is not None and paper != src:
        source = table.resolve(doc, *paper)  # s24: "Zusätzlichen Zündstoff liefert ein Referentenentwurf …. Demnach"
    if source.type not in SPEAKING or (word in MASCULINE and source.type not in ("person", "anonymous")):
        return None
    return source


def _person_like(toks, src) -> bool:
    return any(t.ent.endswith("PER") or t.text.lower() in ("er",) for t in toks[src[0] : src[1]])


def points_back(toks, ev, events: list, si: int) -> bool:
    """Round 16: "Die Kämmerin legte neue Zahlen vor. Demnach fehlen …": "demnach"/"demzufolge" at the cue
    after a sentence that reported nothing points to that sentence (its subject), not to an older speaker."""
    if not ev.cue:
        return False
    k = ev.cue[0]
    opening_own = toks[k].text == "Nach" and k + 1 < len(toks) and toks[k + 1].text in ("ihren", "seinen") and (
        k == 0 or toks[k - 1].sent != toks[k].sent)  # s33: "Die Gewerkschaft der Polizei stützt diese Einschätzung.
    # Nach ihren Angaben haben …": the union, not the politician who spoke two sentences before
    if toks[k].text.lower() not in ("demnach", "demzufolge") and not (k + 1 < len(toks) and toks[
            k + 1].text.lower() in ("dessen", "deren")) and not opening_own:  # s25: "… zeigen Zahlen des RKI. Nach
        return False  # dessen jüngstem Bericht starben …": the body named before, not the one who spoke before that
    return not any(e.sent == si - 1 for e in events)


def darin_document(doc, ev, table, first: int):
    """Round 16: "Darin heißt es", "Dort heißt es" open the sentence: the document (or outlet) named in the
    sentence before, else None."""
    toks = doc.tokens
    after = max(ev.cue) + 1 if ev.cue else 0
    trailing = after < len(toks) and toks[after].text.lower() in TRAILING_THERE  # s19: "…, heißt es darin."
    if not ev.cue or (toks[first].text.lower() not in THERE_IN and not trailing) or first < 1:
        return None
    src = table.last("document", "media")
    si = toks[first].sent
    if si < 1:
        return None
    last = doc.sentences[si - 1]
    prev = doc.sentences[si - 2] if trailing and si >= 2 else last  # s34: the first sentence may hold the paper
    paper = _paper_in(toks, last)
    if src is not None and src.mentions and src.mentions[-1].start >= prev.start and (
            src.mentions[-1].start >= last.start or paper is None) and not (
            src.type == "media" and paper is not None and (toks[paper[0]].start > src.mentions[-1].start or (
                _relative_before(toks, paper[1], src.mentions[-1].start)))):
        return src  # s24: not "dem Bericht zufolge" two sentences back when the one before names a Stellungnahme;
        # s28: nor the outlet that reported the paper ("Wie die FAZ berichtet, liegt ein Papier vor. Darin heißt es");
        # s34: nor the one in its relative clause ("ein Papier, über das zuerst der „Spiegel“ berichtet hatte")
    for sent in (last, prev):  # s22: "… weist die Vorwürfe in einer schriftlichen Stellungnahme
        paper = next((k for k in range(sent.first, sent.last) if toks[k].pos == "NOUN" and doc_noun(toks[k].text) or (
            toks[k].pos in ("NOUN", "PROPN") and social_noun(toks[k].text, []))), None)  # zurück. Darin heißt es,
        # …": the paper, no source
        if paper is not None and toks[paper].start < toks[first].start:  # yet; s25: or the post ("in einer
            found = table.resolve(doc, *np_tokens(toks, paper, sent.first, sent.last))  # Instagram-Story")
            return found if found.type in ("document", "social_post", "organization") else None  # s28: "ein
            # Kompromisspapier der EU-Kommission": the body whose paper it is
    return None


THERE_IN = frozenset(("darin", "dort", "hierin"))
TRAILING_THERE = THERE_IN | {"darauf"}
"""S34: after the cue also "…, heißt es darauf" (on the sharepic named before)."""


def _relative_before(toks, k: int, at: int) -> bool:
    """A relative pronoun between token k and the character offset `at`."""
    following = (toks[j] for j in range(k, len(toks)))
    return any(t.tag in ("PRELS", "PRELAT") for t in takewhile(lambda t: t.start < at, following))


def paper_before(doc, ev, table):
    """S21: "…, wie nach einer neuen Studie … . Demnach schlafen 31 Prozent …": "demnach" with no speaker and no
    subject to point to is the document or outlet named in the two sentences before, else None."""
    toks = doc.tokens
    if not ev.cue or toks[ev.cue[0]].text.lower() not in ("demnach", "demzufolge") or ev.sent < 1:
        return None
    src = table.last("document", "media")
    if src is None or not src.mentions:
        return None
    prev = doc.sentences[max(0, ev.sent - 2)]
    return src if src.mentions[-1].start >= max(prev.start, doc.headline_end) else None


def _paper_in(toks, sent) -> tuple[int, int] | None:
    """The noun phrase of the first paper (study, poll, report) the sentence names, or None."""
    k = next((j for j in range(sent.first, sent.last) if toks[j].pos == "NOUN" and (
        doc_noun(toks[j].text) or toks[j].text.lower().endswith(POLL_WORDS))), None)
    return np_tokens(toks, k, sent.first, sent.last) if k is not None else None


POLL_WORDS = ("sonntagsfrage", "sonntagsfragen")
