"""Round 13 (German): a source phrase inside a subordinate clause reports that clause only.

"Die Hunde trafen verspätet ein, da nach Angaben des Zolls die Genehmigung zu spät beantragt worden
war." — "nach Angaben des Zolls" vouches for the da-clause, not for the main clause before it; "Die
Männer, die laut Polizei für zehn Überfälle verantwortlich sein dürften, schweigen." likewise for the
relative clause (the relative pronoun is part of the message, as SpkAtt marks it; "da"/"weil" are not).
"""

from __future__ import annotations

from .cues import is_finite

RELATIVE_TAGS = frozenset({"PRELS", "PRELAT"})
BOUNDARIES = frozenset({",", ";", ":", "(", ")", "–"})


def clause_pieces(toks, a: int, b: int, first: int, end: int) -> list[tuple[int, int]] | None:
    """The message pieces around the source phrase [a, b) when it opens or sits inside a verb-final
    relative or subordinate clause (", die laut X …", ", da nach Angaben X …"); else None."""
    o = a - 1
    while o > first and toks[o].text not in BOUNDARIES:
        if is_finite(toks[o]):
            return None  # the clause's verb before the phrase: not verb-final
        o -= 1
    if o <= first or toks[o].text != ",":
        return None
    s = o + 1
    if toks[s].tag in RELATIVE_TAGS:
        start = s
    elif toks[s].tag == "KOUS" and toks[s].text.lower() != "wie":
        start = s + 1
    else:
        return None
    while b < end and toks[b].text == ",":
        b += 1
    j = b
    while j < end and not is_finite(toks[j]):
        if toks[j].text in BOUNDARIES or toks[j].text in (".", "!", "?") or toks[j].quote:
            return None
        j += 1
    if j >= end or j - b < 1:
        return None
    pieces = [(start, a)] if a > start else []
    return pieces + [(b, j + 1)]
