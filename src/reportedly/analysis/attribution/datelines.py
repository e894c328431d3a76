"""The dateline that opens a German wire story ("Berlin (dpa) - ", "Moskau/Kiew – ", "Frankfurt/Main - ")
or a live blog's entry ("10.15 Uhr: "): no part of the first sentence's clause, so neither a message nor
a subject (session 7)."""

from __future__ import annotations

DASHES = frozenset("- – — --".split())
_GLUE = frozenset("/ ( ) , .".split())
MAX_DATELINE_TOKENS = 8


def time_stamp_end(toks, first: int, end: int) -> int:
    """S7: past a live blog's time stamp opening the paragraph ("10.15 Uhr: Die Armee hat …"), else `first`."""
    if first + 3 < end and toks[first + 1].text == "Uhr" and toks[first + 2].text == ":" and (
        toks[first].text.replace(".", "").replace(":", "").isdigit()
    ):
        return first + 3
    return first


def dateline_end_de(toks, first: int, end: int) -> int:
    """The token after the dateline's dash, or `first` when the sentence opens with none: a few place
    names (capitalised, joined by "/" or ","), perhaps an agency in brackets, then a dash."""
    for k in range(first + 1, min(end - 2, first + MAX_DATELINE_TOKENS + 1)):
        if toks[k].text not in DASHES:
            continue
        head = toks[first:k]
        bracket = False
        for t in head:
            if t.text == "(":
                bracket = True
            elif t.text == ")":
                bracket = False
            elif t.text in _GLUE:
                continue
            elif not (bracket or (t.text[:1].isupper() and t.text.isalpha() and t.pos in ("PROPN", "NOUN", "X"))):
                return first  # "Die Koalition – so heißt es – sei …": a sentence, no dateline
        place = toks[first].pos == "PROPN" or toks[first].tag == "NE" or toks[first].ent.endswith("LOC")  # r18
        return k + 1 if place and toks[k + 1].text[:1].isupper() else first
    return first
