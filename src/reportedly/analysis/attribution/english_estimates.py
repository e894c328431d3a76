"""English "put … at" estimates, session 26: "Peru's Geophysical Institute put the magnitude at 7.1", "The memo
puts the shortfall at £38m", "Officials put the death toll at 47". Numbers are claims, and this is how English
copy often gives whose: the verb "put" with an object and "at" plus a figure. Only with a figure after "at"
("put pressure on", "put the plan at risk" stay narration). Called from `english_wire.hearsay_event`."""

from __future__ import annotations

from .event import Event

PUT_WORDS = frozenset("put puts putting".split())
MAX_OBJECT = 8
"""Words the object may have between "put" and "at" ("the number of people killed in the quake")."""
CURRENCY = frozenset("$ £ € ¥".split())
FIGURE_WORDS = frozenset("million billion trillion percent per cent and % m bn mn k".split())
"""Words a figure runs on with: "at $9 billion", "at 40 per cent", "at £38m" (the tokenizer splits "38" "m")."""


def put_at_event(doc, i: int, first: int, end: int, si: int) -> Event | None:
    """ "X put the magnitude at 7.1": cue "put", message from the object to the end of the figure; the speaker is
    the subject before the verb (the engine's English subject rules), else None."""
    toks = doc.tokens
    if toks[i].text.lower() not in PUT_WORDS or i == first or i + 3 >= end:
        return None
    at = next((k for k in range(i + 2, min(end - 1, i + 2 + MAX_OBJECT)) if toks[k].text.lower() == "at"), None)
    if at is None or any(t.text in (",", ";", ":") or t.quote for t in toks[i + 1 : at]):
        return None
    k = at + 1
    while k < end and toks[k].text.lower() in ("about", "around", "roughly", "some", "least", "more", "than", "up",
                                                "to", "nearly", "almost", "just", "over", "under", "between"):
        k += 1
    if k >= end or not (toks[k].text[:1].isdigit() or toks[k].text in CURRENCY):
        return None
    stop = k
    while stop < end and (toks[stop].text[:1].isdigit() or toks[stop].text in CURRENCY or toks[stop].pos == "NUM" or (
            toks[stop].text.lower() in FIGURE_WORDS)):
        stop += 1
    from . import english as EN

    src = EN.main_subject(toks, first, i)
    if src is None or src[1] > i:
        return None
    return Event([i], src, [(i + 1, stop)], "indirect", si)
