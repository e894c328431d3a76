"""English reported speech that goes on without a cue (session 7: moved out of english.py): a sentence
whose first finite verb is a backshifted modal ("It would be replaced next year.") continues the indirect
speech of the sentence before, as Konjunktiv I does in German."""

from __future__ import annotations

BACKSHIFT = frozenset("would could might".split())
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def backshifted(toks, first: int, end: int) -> bool:
    """ "The minister said the plan had failed. It would be replaced by a new one next year.": a
    sentence with no cue whose first finite verb is a backshifted modal continues the reported
    speech of the sentence before (the engine checks that one is indirect speech)."""
    if any(t.quote or t.text in ("?", "!") or t.text.lower() == "independently" for t in toks[first:end]):
        return False  # s7: "Neither side's claims could be independently verified": the outlet's own caveat
    for k in range(first, end):
        t = toks[k]
        if t.text in (",", ";", ":"):
            return False  # "If …, it would …", "However, …": only a plain main clause
        if t.tag in FINITE_TAGS or t.pos == "AUX":
            return t.text.lower() in BACKSHIFT
    return False
