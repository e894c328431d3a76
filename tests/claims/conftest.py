"""Helpers: run the real pipeline on short texts, or up to attribution and then hand-built attributions."""

from __future__ import annotations

import pytest

from reportedly.ingest.record import RawDocument
from reportedly.model import Attribution, Span
from reportedly.pipeline import default_pipeline

MINE = ("reportedly.quantities.v1", "reportedly.hedges.v1", "reportedly.claims.v1", "reportedly.headline.v1")


@pytest.fixture(scope="session")
def pipeline():
    return default_pipeline()


@pytest.fixture
def run(pipeline):
    """Analyse `text` with the default pipeline and return the Doc (its analysis included)."""

    def _run(text: str):
        doc = pipeline.make_doc(RawDocument(text=text))
        pipeline.run(doc)  # other teams' steps may fail while they work; ours must not
        assert not [w for w in doc.analysis.warnings if any(m in w for m in MINE)], doc.analysis.warnings
        return doc

    return _run


@pytest.fixture
def run_with(pipeline):
    """Run up to attribution, replace the attributions by hand-built ones, then run the claims steps.

    `attributions` are (message substring, source id, id) triples: the tests stay independent of
    the attribution engine, whose output is all these steps consume.
    """

    def _run(text: str, attributions: list[tuple[str, str | None, str]]):
        doc = pipeline.make_doc(RawDocument(text=text))
        steps = pipeline.steps
        for step in steps:
            if step.name in MINE or step.name == "reportedly.finalize.v1":
                continue
            step.func(doc, pipeline.context)
        doc.analysis.attributions = []
        for message, source, aid in attributions:
            i = text.index(message)
            doc.analysis.attributions.append(
                Attribution(
                    id=aid,
                    mode="indirect",
                    source=source,
                    source_mention=None,
                    cue=None,
                    message=Span(i, i + len(message), message),
                )
            )
        for step in steps:
            if step.name in MINE:
                step.func(doc, pipeline.context)
        return doc

    return _run


def quantities(doc):
    return [q for c in doc.analysis.claims for q in c.quantities]
