"""Input items for the Spark job, from WARC, JSONL, Parquet rows or whole files.

They are the corpus's own `Item`s with the ids `corpus.inputs` gives (content hash, given id or
URL hash), so a Spark run and `reportedly batch` on the same input agree item for item. The
difference is only where bytes come from: Spark hands over a line, a row or a file's bytes read
through Hadoop (any hdfs://, s3a://, gs:// path), where `corpus.inputs` opens local files.
Spark-free, so it is tested without a JVM.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import Any

from ..corpus.inputs import (
    HTML_EXT,
    Item,
    content_id,
    error_item,
    item_from_mapping,
    jsonl_line_items,
    warc_stream_items,
)
from ..settings import DEFAULT_SETTINGS, Settings

FIELDS = ("id", "url", "text", "html", "title", "published", "author", "site_name")
"""Columns read from a JSONL object or a Parquet row (the JSONL input contract of `batch`)."""


def from_mapping(obj: Any, where: str, settings: Settings = DEFAULT_SETTINGS) -> Item:
    """One JSONL object or Parquet row → an Item, exactly as `corpus.inputs.iter_jsonl` does."""
    return item_from_mapping(obj, where, settings)


def jsonl_items(lines: Iterable[tuple[str, int]], path: str,
                settings: Settings = DEFAULT_SETTINGS) -> Iterator[Item]:
    """(line, 0-based index) pairs → Items named 'path:line' like the embedded batch."""
    return jsonl_line_items(lines, path, settings)


def warc_items(path: str, data: bytes, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Item]:
    """The HTML/plain-text 200 responses of one WARC(.gz) file's bytes, as `iter_warc` selects them."""
    return warc_stream_items(io.BytesIO(data), path, settings)


def file_item(path: str, data: bytes, settings: Settings = DEFAULT_SETTINGS) -> Item:
    """A whole .txt/.html file is one article (feeds and URL lists need `reportedly batch`)."""
    if len(data) > settings.max_input_bytes:
        return error_item(path, f"{len(data):,} bytes is over max_input_bytes ({settings.max_input_bytes:,})")
    kind = "html" if path.lower().endswith(HTML_EXT) else "text"
    return Item(id=content_id(data), input=path, kind=kind, data=data)


def detect_format(path: str) -> str:
    """The input kind from its name: warc, jsonl, parquet, or files (one article per file)."""
    lower = path.lower().rstrip("/")
    if lower.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")) or ".warc" in lower.rsplit("/", 1)[-1]:
        return "warc"
    if lower.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json")):
        return "jsonl"
    if lower.endswith(".parquet") or ".parquet" in lower.rsplit("/", 1)[-1]:
        return "parquet"
    return "files"
