"""German subject search helpers: what the search for a cue's subject steps over (a short quoted title,
a date in commas) and a quoted outlet title as the subject itself ('Der „Spiegel“ schreibt'). Moved out
of subjects.py in round 16."""

from __future__ import annotations

from ..outlets import outlet_registry
from .names import media_noun
from .phrases import np_tokens

QUOTE_CLOSE = frozenset("“”\"«»")


def date_apposition_start(toks, k: int, first: int, dates: set[int]) -> int:
    """Round 16: the token before ", dem 2. Dezember 2004," (a date in commas ending at k), or first - 1."""
    while k >= first and (k in dates or toks[k].pos == "DET" or toks[k].text == "."):
        k -= 1
    return k - 1 if k >= first and toks[k].text == "," else first - 1


def title_start(toks, close: int, first: int) -> int:
    """The token before a short quoted title ending at `close` ("der „Westdeutschen Allgemeinen Zeitung“"),
    or first - 1 (stop) when the quotation is longer or holds a clause."""
    for j in range(close - 1, max(first, close - 7) - 1, -1):
        if toks[j].text in ("„", "“", '"', "»", "«") and not toks[j].quote:
            return j - 1 if j - 1 >= first and toks[j - 1].pos in ("DET", "ADP", "NOUN", "PROPN") else first - 1
        if toks[j].text in (",", ";", ":", ".") or toks[j].pos in ("VERB", "AUX"):
            break
    return first - 1


def quoted_title_subject(toks, fv: int, first: int) -> tuple[int, int] | None:
    """ 'Die Zeitung „Die Welt“ berichtete', 'Der „Spiegel“ schreibt': a short quoted title right
    before the verb, after an outlet noun, or a known outlet after its article, is the subject."""
    if fv - 3 < first or toks[fv - 1].text not in ("“", "”", '"', "«", "»"):
        return None
    o = next((k for k in range(fv - 2, max(first - 1, fv - 7), -1) if toks[k].text in ("„", "“", '"', "»", "«")), None)
    if o is None or o - 1 < first or o + 1 >= fv - 1:
        return None
    if toks[o - 1].pos in ("NOUN", "PROPN") and media_noun(toks[o - 1].text):
        a, _ = np_tokens(toks, o - 1, first, o)
        return a, fv
    title = " ".join(t.text for t in toks[o + 1 : fv - 1])
    known = any(True for _ in outlet_registry().mentions(title))
    return (o - 1, fv) if toks[o - 1].pos == "DET" and known else None
