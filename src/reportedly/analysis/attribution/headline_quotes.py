"""German headlines that quote first and credit after a dash (session 7): "„Wir lassen uns nicht
erpressen“ – Merz warnt Moskau". The quotation is the message, the name before the verb after the dash
its speaker, the verb the cue. ("Merz: „…“" is `patterns.headline`.)"""

from __future__ import annotations

from .cues import is_finite
from .datelines import DASHES
from .event import Event
from .messages import QUOTE_MARKS


def dash_credit(doc, first: int, end: int) -> list[Event]:
    """The event of a headline "„…“ – X verb …", or none."""
    toks = doc.tokens
    if end - first < 6 or toks[first].text not in QUOTE_MARKS:
        return []
    close = next((k for k in range(first + 2, end) if toks[k].text in QUOTE_MARKS), None)
    if close is None or close + 3 >= end or toks[close + 1].text not in DASHES:
        return []
    verb = next((k for k in range(close + 2, min(end, close + 6)) if is_finite(toks[k])), None)
    if verb is None or verb == close + 2:
        return []
    names = [k for k in range(close + 2, verb) if toks[k].text[:1].isupper() and toks[k].pos in ("PROPN", "NOUN")]
    if not names:
        return []
    return [Event([verb], (close + 2, verb), [(first + 1, close)], "direct", toks[first].sent)]
