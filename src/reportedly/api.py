"""The library surface: `analyze()` and friends, the same work as the CLI's `analyze`."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .errors import ReportedlyError
from .ingest.loader import load_bytes, load_input, load_text
from .ingest.record import RawDocument
from .model import Analysis, Article
from .pipeline import default_pipeline
from .settings import DEFAULT_SETTINGS, Settings

Input = str | bytes | os.PathLike | RawDocument


def to_raw(source: Input, *, url: str | None = None, settings: Settings = DEFAULT_SETTINGS) -> RawDocument:
    """Turn a text, HTML bytes, a path, a URL or a RawDocument into a RawDocument.

    A `str` is article text (first line the headline), unless it is a single http(s) URL.
    """
    if isinstance(source, RawDocument):
        return source
    if isinstance(source, os.PathLike):
        return load_input(os.fspath(source), settings)
    if isinstance(source, bytes):
        return load_bytes(source, name="<bytes>", url=url)
    if isinstance(source, str):
        stripped = source.strip()
        if stripped.startswith(("http://", "https://")) and not any(c.isspace() for c in stripped):
            return load_input(stripped, settings)
        if stripped.lower().startswith(("<!doctype html", "<html")):
            return load_bytes(source.encode("utf-8"), name="<html>", url=url, html=True)
        return load_text(source, name="<text>", url=url)
    raise TypeError(f"cannot analyze {type(source).__name__}; pass text, bytes, a path or a URL")


def analyze(source: Input, *, url: str | None = None, settings: Settings | None = None,
            strict: bool = False) -> Analysis:
    """Analyse one article. Errors in the input raise `ReportedlyError`; with `strict=False` a
    failing analysis step becomes a warning in the result instead of an exception."""
    settings = settings or DEFAULT_SETTINGS
    raw = to_raw(source, url=url, settings=settings)
    return default_pipeline(settings)(raw, strict=strict)


def analyze_input(name: str, settings: Settings | None = None, strict: bool = False) -> Analysis:
    """Analyse what the CLI calls an INPUT (path, URL or "-"); input errors give an analysis
    whose `warnings` say why, so one bad input never loses the others' results."""
    settings = settings or DEFAULT_SETTINGS
    try:
        raw = load_input(name, settings)
    except ReportedlyError as exc:
        return failed_analysis(name, exc.message)
    return default_pipeline(settings)(raw, strict=strict)


def failed_analysis(name: str, reason: str) -> Analysis:
    """The placeholder line for an input that could not be read: empty, with its reason."""
    article = Article(id=_name_id(name), title="", language="und",
                      text="", url=name if name.startswith(("http://", "https://")) else None)
    analysis = Analysis.new(article)
    analysis.warnings.append(f"error: {name}: {reason}")
    return analysis


def _name_id(name: str) -> str:
    import hashlib

    return "err-" + hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def analyze_many(names: Iterable[str], settings: Settings | None = None) -> Iterator[Analysis]:
    for name in names:
        yield analyze_input(name, settings)
