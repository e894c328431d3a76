"""English "per" as a source preposition, round 12: "The offensive has stalled, per two U.S. officials",
"Per a person familiar with the talks, …" (US wire and Axios/Politico style for "according to").

Only after a comma or at the start of a sentence, and only when the noun phrase names someone or
something that can say something (an unnamed person word, a document, a capitalised name): "$5 per
share", "30 miles per hour", "per capita" stay what they are. Built like "according to"
(`patterns.prep_event`); called from `english_wire.hearsay_event`.
"""

from __future__ import annotations

from . import patterns as P
from .english_kinds import DOCUMENT_HEADS
from .lexicon import ANON_HEADS, ANON_HEADS_EN

UNITS = frozenset(
    """cent capita day week month year hour minute second person head share barrel kilo kilogram ton tonne
    mile kilometre kilometer litre liter gallon unit se annum game match night""".split()
)
SPEAKER_WORDS = ANON_HEADS | ANON_HEADS_EN | DOCUMENT_HEADS | frozenset("people sources officials reports".split())


def per_event(doc, i: int, first: int, end: int, si: int):
    """An according_to event for "…, per X." / "Per X, …", else None."""
    toks = doc.tokens
    if toks[i].text.lower() != "per" or i + 1 >= end or not (i == first or toks[i - 1].text == ","):
        return None
    if toks[i + 1].text.lower().rstrip("s") in UNITS or toks[i + 1].text[:1].isdigit():
        return None
    ev = P.prep_event(doc, [i], i + 1, first, end, si)
    if ev is None or ev.src is None:
        return None
    a, b = ev.src
    named = any(toks[k].text[:1].isupper() for k in range(max(a, first + 1), b))
    if not named and not any(w.text.lower() in SPEAKER_WORDS for w in toks[a:b]):
        return None
    return ev
