"""Round 16 (German): "sein der Ansicht/Meinung/Auffassung" as a cue ("Der WWF ist der Ansicht, die
Konferenz habe ihr Ziel verfehlt"; moved out of patterns.py to keep it under 500 lines)."""

from __future__ import annotations

from . import messages as M
from .cues import is_finite
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


def held_against(doc, i: int, first: int, end: int, si: int) -> Event | None:
    """S18: "Kritiker halten dagegen, dass die Anträge zu kompliziert seien", "hielt entgegen, …": a finite
    "halten" with "dagegen"/"entgegen" right after it (or its subject) is a cue of both; the message is the
    clause after it. The caller sets the source."""
    toks = doc.tokens
    if (toks[i].lemma or "").lower() != "halten" or not is_finite(toks[i]):
        return None
    k = next((j for j in range(i + 1, min(end, i + 4)) if toks[j].text.lower() in ("dagegen", "entgegen")), None)
    if k is None:
        return None
    msg = M.right_message(toks, k + 1, first, end, "de")
    return Event([i, k], None, [msg], "indirect", si) if msg else None
