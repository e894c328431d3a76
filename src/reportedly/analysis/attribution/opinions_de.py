"""Round 16 (German): "sein der Ansicht/Meinung/Auffassung" as a cue ("Der WWF ist der Ansicht, die
Konferenz habe ihr Ziel verfehlt"; moved out of patterns.py to keep it under 500 lines)."""

from __future__ import annotations

from . import messages as M
from .event import Event
from .lexicon import SEIN_FORMS

OPINION_NOUNS = frozenset("ansicht meinung auffassung überzeugung".split())


def opinion_event(doc, i: int, first: int, end: int, si: int, subject_of) -> Event | None:
    """Round 16: "Der WWF ist der Ansicht, die Konferenz habe ihr Ziel verfehlt", "37 Prozent sind der
    gegenteiligen Auffassung, dass …": "sein der Ansicht" is a cue (the noun, with the verb, article and
    adjective as its parts, as SpkAtt marks it); the message is the clause after it."""
    toks = doc.tokens
    k = i - 1
    while k > first and toks[k].tag == "ADJA":
        k -= 1
    fv = k - 1
    while fv > first and toks[fv].tag in ("ADV", "PTKNEG"):  # "sind jedoch der gegenteiligen Auffassung"
        fv -= 1
    if fv < first or toks[k].text.lower() != "der" or toks[fv].text.lower() not in SEIN_FORMS:
        return None
    msg = M.right_message(toks, i + 1, first, end, "de")
    if msg is None:
        return None
    return Event([i, fv, *range(k, i)], subject_of(doc, fv, first, msg[0], "de"), [msg], "indirect", si)
