"""Round 11 (German): a speech clause inserted after the first constituent ("Die Stadt, sagte Maier,
habe kein Geld."): the message is the fronted constituent and the rest of the sentence, two pieces."""

from __future__ import annotations

from .cues import is_finite
from .inserted import split_clause


def inserted_pieces(toks, i: int, fv: int, first: int, msg: tuple[int, int] | None) -> list[tuple[int, int]] | None:
    """[fronted constituent, rest] when the cue i opens a clause inserted after the sentence's first
    constituent and `msg` (what follows it) goes on with the finite verb; else None."""
    if msg is None or fv != i or i - 1 <= first or toks[i - 1].text != ",":
        return None  # cheap tests first
    if msg[1] == i - 1:  # round 12: "Sie habe, sagte er, kein Geld."
        return split_clause(toks, i, fv, first, msg)
    a, b = msg
    if a <= i or toks[a - 1].text != "," or not is_finite(toks[a]):
        return None  # the rest goes on with the finite verb: "…, habe kein Geld"
    if any(is_finite(t) or t.quote or t.text in (",", ";", ":") for t in toks[first : i - 1]):
        return None  # the fronted piece is one constituent, no clause of its own
    return [(first, i - 1), (a, b)]
