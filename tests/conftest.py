"""Shared fixtures: paths to the shared data, the seed article, a built pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTEDLY_SHARED", REPO.parent / "shared"))
SEED = SHARED / "examples" / "seed-article.txt"
SAMPLES = REPO / "src" / "reportedly" / "data" / "samples"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (set REPORTEDLY_SHARED)")
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def seed_analysis(seed_text):
    from reportedly import analyze

    return analyze(seed_text, strict=True)


@pytest.fixture(scope="session")
def pipeline():
    from reportedly.config import build_pipeline

    return build_pipeline()


def make_doc(text: str, steps: tuple[str, ...] = (), skip: tuple[str, ...] = ("reportedly.tagger.v1",)):
    """Run the pipeline up to (and including) the named steps on `text`, without the tagger
    unless asked, so a step is tested on its own; returns the Doc."""
    from reportedly.config import DEFAULT_STEPS, build_pipeline
    from reportedly.ingest.loader import load_text

    last = max(DEFAULT_STEPS.index(s) for s in steps) if steps else len(DEFAULT_STEPS) - 1
    names = [n for n in DEFAULT_STEPS[: last + 1] if n not in skip]
    pipe = build_pipeline(steps=names)
    doc = pipe.make_doc(load_text(text))
    pipe.run(doc, strict=True)
    return doc


_SKIPPED: list[str] = []


def pytest_runtest_logreport(report):
    if report.skipped:
        _SKIPPED.append(f"{report.nodeid}: {report.longrepr[-1] if isinstance(report.longrepr, tuple) else ''}")


def pytest_sessionfinish(session, exitstatus):
    """In CI (REPORTEDLY_REQUIRE_SYSTEM_DEPS=1) a skipped test is a failure: a missing browser,
    JVM or shared data must not turn the browser, Spark or data tests silently green."""
    if os.environ.get("REPORTEDLY_REQUIRE_SYSTEM_DEPS") == "1" and _SKIPPED and exitstatus == 0:
        print("\nskipped tests are not allowed here (REPORTEDLY_REQUIRE_SYSTEM_DEPS=1):")
        for line in _SKIPPED:
            print(f"  {line}")
        session.exitstatus = 1
