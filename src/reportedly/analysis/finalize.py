"""Last step: order lists by position and drop anything that points into boilerplate."""

from __future__ import annotations


def finalize(doc, ctx) -> None:
    """Sort by text position; keep ids stable."""
    a = doc.analysis
    a.dates.sort(key=lambda d: d.span.start)
    a.links.sort(key=lambda x: x.span.start if x.span else -1)
    a.hedges.sort(key=lambda h: h.span.start)
    for s in a.sources:
        s.mentions.sort(key=lambda m: m.start)
