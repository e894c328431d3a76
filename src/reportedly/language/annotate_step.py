"""The pipeline step around the language layer (`language.annotate`)."""

from __future__ import annotations

from .detect import SUPPORTED


def tag_tokens(doc, ctx) -> None:
    """POS, lemma, morphology and entities on every token (German and English)."""
    if doc.language not in SUPPORTED or not doc.tokens:
        return
    from .annotate import annotate

    annotate(doc)
