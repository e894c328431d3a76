"""Claims, quantities, hedges and the headline check: the steps a verification desk reads first.

Four pipeline steps, run after attribution (whose output they consume, never its internals):
`quantities` and `hedges` find the raw material, `claims` ties it to sentences and speakers,
`headline` compares the headline with the body.
"""

from __future__ import annotations

from .claims import build_claims
from .headline import check_headline
from .hedges import find_hedges
from .quantities import find_quantities

_QKEY = "claims.quantities"


def quantities_step(doc, ctx) -> None:
    """Figures with value, unit and approximation (held until the claims step places them)."""
    doc.user_data[_QKEY] = find_quantities(doc)


def hedges_step(doc, ctx) -> None:
    """Epistemic hedges with kind and scope."""
    doc.analysis.hedges.extend(find_hedges(doc))


def claims_step(doc, ctx) -> None:
    """Check-worthy sentences with their quantities, hedges and attribution."""
    doc.analysis.claims.extend(build_claims(doc, doc.user_data.get(_QKEY, []), doc.analysis.hedges))


def headline_step(doc, ctx) -> None:
    """Does the body back the headline, and as strongly?"""
    doc.analysis.headline = check_headline(doc, doc.user_data.get(_QKEY, []))


__all__ = ["claims_step", "headline_step", "hedges_step", "quantities_step"]
