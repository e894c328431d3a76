"""Who talks on (moved out of speakers.py in session 30): the speaker whom a source-less quotation or Konjunktiv I
sentence continues, within a few sentences and one paragraph; "laut X" carries on only a little, a report whose
according-to follows its speaker ("sagte er nach Angaben der Agentur …") is the speaker's, not the agency's."""

from __future__ import annotations

from bisect import bisect_right

from .speakers import GOOD_TYPES

MAX_SPEAKER_SENTENCES = 4
"""A source-less quotation or Konjunktiv sentence continues a speaker at most this many sentences on."""
MAX_KONJUNKTIV_SENTENCES = 8
"""A Konjunktiv I sentence is strong evidence of reported speech: it reaches further back (one more
paragraph, too: wire copy often has one- or two-sentence paragraphs and subheadings)."""
ACCORDING_TO_KONJUNKTIV = 3
"""Round 15: "Nach Angaben der Polizei …" is taken up by a Konjunktiv I sentence up to this many sentences on
(SpkAtt news dev +0.001 joint, Source R +0.002; news gold unchanged); by anything else only in the next."""
MAX_SPEAKER_PARAGRAPHS = 1
"""…and at most this many paragraphs on."""


def paragraph_index(doc) -> list[int]:
    """Paragraph number of every sentence (0 everywhere when the doc has no paragraphs)."""
    starts = sorted(a for a, _ in doc.paragraphs) if doc.paragraphs else []
    return [max(bisect_right(starts, s.start) - 1, 0) for s in doc.sentences]


def speaker_like(src) -> bool:
    """Can this source be the one who goes on talking? Not a bare noun like "80 Prozent"."""
    if src is None:
        return False
    if src.type in GOOD_TYPES or src.name:
        return True
    words = (src.description or "").split()  # "der AStA", "das FWR": an acronym names someone
    return any(sum(c.isupper() for c in w) >= 2 and w.isalpha() for w in words)


def _leads_paragraph(ev, si: int, paras: list[int]) -> bool:
    """S27: "Laut Anklageschrift soll X … erhalten haben. Im Gegenzug habe er …": a document cited in the first
    sentence of a paragraph opens an account of its own, which the paragraph's Konjunktiv I goes on with."""
    return bool(paras) and ev.src is not None and paras[si] == paras[ev.sent] and (  # not "Demnach …"
        ev.sent == 0 or paras[ev.sent] != paras[ev.sent - 1])


def _through(report, according) -> bool:
    """S30: an according-to right after a report's speaker or verb ("sagte er nach Angaben der Agentur Interpressnews",
    "Kremlsprecher X sagte der Agentur Interfax zufolge, …")."""
    if according.mode != "according_to" or report.mode == "according_to" or report.src is None or not report.cue or (
            not according.cue) or report.sent != according.sent:
        return False
    anchor = max(report.src[1], max(report.cue) + 1)
    start = min(according.cue[0], according.src[0] if according.src else according.cue[0])
    return anchor <= start <= anchor + 1


def current_speaker(events: list, si: int, paras: list[int], quote: bool = False, reach: int = 0):
    """The latest event with a plausible speaker near sentence `si` (its source talks on), else None.

    "laut X" / "X zufolge" puts no one on stage for a quotation (`quote`) and carries on only into
    the next sentence otherwise ("laut Statista" sits inside someone else's account) — a Konjunktiv I
    sentence takes it up a little further; "laut Marktprognosen" (a document) not even that, unless it opens
    its paragraph (s27).
    One pass over the events (the engine's lists are not always in text order)."""
    best = None
    for ev in events:
        if ev.sent > si or si - ev.sent > (reach or MAX_SPEAKER_SENTENCES) or not speaker_like(ev.source):
            continue
        if ev.extra.get("host") is not None and ev.extra.get("konjunktiv_cue"):
            continue  # s24: "Noch im Dezember habe ihm das Management zugesichert, …": reported inside the teller's
        far = ACCORDING_TO_KONJUNKTIV if reach > MAX_SPEAKER_SENTENCES else 1
        if quote and paras and paras[ev.sent] == 0 and paras[si] > 0 and ev.sent == 0:
            continue  # s27: the headline's speaker ("Summit chief: “…”") quotes nothing in the body's narration
        if ev.mode == "according_to" and (quote or (ev.source.type == "document" and not _leads_paragraph(
                ev, si, paras) and not ev.extra.get("wie_verb")) or si - ev.sent > far):
            continue
        if paras and paras[si] - paras[ev.sent] > MAX_SPEAKER_PARAGRAPHS + (reach > MAX_SPEAKER_SENTENCES):
            continue
        if best is None or ev.sent > best.sent or ev.sent == best.sent and not _through(best, ev) or _through(ev, best):
            best = ev  # s30: "sagte der 58-Jährige laut der Nachrichtenagentur TASR": the speaker, not the agency
    return best
