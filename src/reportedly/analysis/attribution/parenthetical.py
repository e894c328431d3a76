"""Round 11 (German): a speech clause inserted after the first constituent ("Die Stadt, sagte Maier,
habe kein Geld."): the message is the fronted constituent and the rest of the sentence, two pieces.
Session 11: a clause opened by a conjunction after "…, sagte Maier," goes on with the message when its
verb is Konjunktiv ("…, weil die Dämme brechen könnten"), else it is the narrator's ("…, als er ging")."""

from __future__ import annotations

from .cues import is_finite, konjunktiv
from .inserted import cue_clause_comma, split_clause
from .messages import left_message

CLAUSE_CONJUNCTIONS = frozenset("und aber doch sondern denn weil da wo wobei obwohl zumal sodass".split())
"""Conjunctions after "…, sagte X," whose clause may go on with what X said."""


def inserted_pieces(toks, i: int, fv: int, first: int, msg: tuple[int, int] | None) -> list[tuple[int, int]] | None:
    """[fronted constituent, rest] when the cue i opens a clause inserted after the sentence's first
    constituent and `msg` (what follows it) goes on with the finite verb; else None."""
    if msg is None or fv != i or i - 1 <= first or toks[i - 1].text != ",":
        return None  # cheap tests first
    if msg[1] == i - 1:  # round 12: "Sie habe, sagte er, kein Geld."
        return split_clause(toks, i, fv, first, msg) or _conjunction_rest(toks, i, msg)
    a, b = msg
    if a > i + 2 and toks[a - 1].text == "," and toks[a].text.lower() in CLAUSE_CONJUNCTIONS:  # a subject between
        left = left_message(toks, i, first, "de")
        return (_conjunction_rest(toks, i, left) or [left]) if left is not None else None
    if a <= i or toks[a - 1].text != "," or not is_finite(toks[a]):
        return None  # the rest goes on with the finite verb: "…, habe kein Geld"
    if any(is_finite(t) or t.quote or t.text in (",", ";", ":") for t in toks[first : i - 1]):
        return None  # the fronted piece is one constituent, no clause of its own
    return [(first, i - 1), (a, b)]


def _conjunction_rest(toks, i: int, left: tuple[int, int]) -> list[tuple[int, int]] | None:
    """"Die Lage sei ernst, sagte Müller, weil die Dämme brechen könnten": [before the cue, the clause
    after the cue's own] when that clause opens with a conjunction and its first finite verb is
    Konjunktiv; None otherwise ("…, und verwies auf …", "…, wo er früher im Schlafwagen reiste" are
    the narrator's)."""
    sent = toks[i].sent
    c = cue_clause_comma(toks, i)
    if c is None or c + 1 >= len(toks) or toks[c + 1].text.lower() not in CLAUSE_CONJUNCTIONS:
        return None
    end = c + 1
    while end < len(toks) and toks[end].sent == sent and toks[end].text not in (".", "!", "?", ";"):
        end += 1
    verb = next((t for t in toks[c + 1 : end] if is_finite(t)), None)
    return [left, (c + 1, end)] if verb is not None and konjunktiv(verb, "de") else None
