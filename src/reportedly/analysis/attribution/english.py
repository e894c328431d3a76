"""English wire-style word order: the message first, then the cue and the speaker.

    "The plan will fail," said Jane Roe, a senior analyst.   (inverted: cue, then source)
    The plan will fail, officials said on Monday.             (source, then cue, at the end)

In both the message is the part before the cue phrase; after a closing quotation mark the
engine's quotation pass attaches the quote to this cue (the event keeps no message of its own).
"""

from __future__ import annotations

from . import messages as M
from .sources import np_tokens
from .speakers import is_person_noun

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SPEAKER_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ"})


def _has_finite(toks, a: int, b: int) -> bool:
    return any(
        t.tag in _FINITE_TAGS or ("VerbForm=Fin" in t.morph and t.pos in ("VERB", "AUX"))
        for t in toks[a:b]
        if not t.quote
    )


def _fronted(toks, k: int, first: int) -> str | None:
    """What ends right before token k: "quote" (a closing mark), "clause" (", " after a clause)."""
    if k <= first:
        return None
    prev = toks[k - 1].text
    if prev in M.QUOTE_MARKS and k - 1 > first:
        return "quote"
    if prev == "," and _has_finite(toks, first, k - 1):
        return "clause"
    return None


def apposition_subject(toks, i: int, first: int) -> tuple[int, int] | None:
    """ "Chi Onwurah, the Labour MP for Newcastle Central, who is supporting the report, said …":
    the cue follows a comma, and the sentence opens with a noun phrase whose first segment (up to
    its first comma) has no finite verb — that opening noun phrase is the speaker."""
    if i - 1 <= first or toks[i - 1].text != ",":
        return None
    comma = next((k for k in range(first + 1, i - 1) if toks[k].text == ","), None)
    if comma is None or comma - first > 6 or _has_finite(toks, first, comma):
        return None
    if not any(t.text[:1].isupper() or t.pos in ("NOUN", "PROPN") for t in toks[first:comma]):
        return None
    return first, comma


def inverted(toks, i: int, first: int, end: int, src: tuple[int, int] | None):
    """(source tokens, message tokens or None) when the cue at i follows its message, else None."""
    kind = _fronted(toks, i, first)
    if kind is not None:  # '"…," said Jane Roe' / '…, said one official'
        head = next(
            (
                k
                for k in range(i + 1, min(end, i + 4))
                if toks[k].pos in ("NOUN", "PROPN", "PRON") or (toks[k].text[:1].isupper() and toks[k].text.isalpha())
            ),
            None,
        )
        if head is None or any(toks[k].text in (",", ".") for k in range(i + 1, head)):
            return None
        if not all(toks[k].pos in _SPEAKER_POS or not toks[k].pos for k in range(i + 1, head)):
            return None
        a, b = np_tokens(toks, head, i + 1, end)
        while b < end and toks[b].text.isalpha() and toks[b].text.islower() and is_person_noun(toks[b].text):
            b += 1  # "said one GOP operative": the tagger called "operative" an adjective
        return (a, b), (M.left_message(toks, i, first, "en") if kind == "clause" else None)
    if src is not None and src[1] == i and src[0] > first:  # '…, officials said.'
        kind = _fronted(toks, src[0], first)
        if kind is not None:
            return src, (M.left_message(toks, src[0], first, "en") if kind == "clause" else None)
    return None


def extend_left(toks, a: int, b: int, first: int) -> tuple[int, int]:
    """ "a spokesperson for the Universities and Colleges Employers' Association (UCEA) said": from
    "Association" back over the name to the noun the prepositional phrase belongs to."""
    for _ in range(3):
        k = a - 1
        while k > first and (
            toks[k].text[:1].isupper() or toks[k].text.lower() in ("and", "the", "’", "'", "'s", "’s", "&")
        ):
            k -= 1
        if k - 1 < first or toks[k].text.lower() not in ("for", "of", "at", "from", "with"):
            break
        if not (toks[k - 1].pos in ("NOUN", "PROPN") or is_person_noun(toks[k - 1].text)):
            break
        a, _ = np_tokens(toks, k - 1, first, k)
    return a, b
