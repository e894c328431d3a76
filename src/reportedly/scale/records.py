"""Input items for the Spark job, from WARC, JSONL, Parquet rows or whole files.

They are the corpus's own `Item`s with the ids `corpus.inputs` gives (content hash, given id or
URL hash), so a Spark run and `reportedly batch` on the same input agree item for item. The
difference is only where bytes come from: Spark hands over a line, a row or a file's bytes read
through Hadoop (any hdfs://, s3a://, gs:// path), where `corpus.inputs` opens local files.
Spark-free, so it is tested without a JVM.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..corpus.inputs import HTML_EXT, Item, _error, _is_url, _read_capped, content_id, url_id
from ..settings import DEFAULT_SETTINGS, Settings

FIELDS = ("id", "url", "text", "html", "title", "published", "author", "site_name")
"""Columns read from a JSONL object or a Parquet row (the JSONL input contract of `batch`)."""


def from_mapping(obj: Any, where: str, settings: Settings = DEFAULT_SETTINGS) -> Item:
    """One JSONL object or Parquet row → an Item, exactly as `corpus.inputs.iter_jsonl` does."""
    if not isinstance(obj, dict):
        return _error(where, "invalid JSON: not a JSON object")
    meta = {k: obj[k] for k in ("title", "published", "author", "site_name") if isinstance(obj.get(k), str)}
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    given = str(obj["id"]) if obj.get("id") is not None else None
    for kind in ("text", "html"):
        data = obj.get(kind)
        if isinstance(data, str):
            if len(data) > settings.max_input_bytes:
                return _error(where, f"{kind} is over max_input_bytes ({settings.max_input_bytes:,})")
            return Item(id=given or content_id(data), input=where, kind=kind, data=data, url=url, meta=meta)
    if url and _is_url(url):
        return Item(id=given or url_id(url), input=where, kind="url", url=url, meta=meta)
    return _error(where, "no text, html or url field")


def jsonl_items(lines: Iterable[tuple[str, int]], path: str,
                settings: Settings = DEFAULT_SETTINGS) -> Iterator[Item]:
    """(line, 0-based index) pairs → Items named 'path:line' like the embedded batch."""
    for line, index in lines:
        if not line.strip():
            continue
        where = f"{path}:{index + 1}"
        if len(line) > settings.max_input_bytes:
            yield _error(where, f"line is over max_input_bytes ({settings.max_input_bytes:,})")
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield _error(where, f"invalid JSON: {exc}")
            continue
        yield from_mapping(obj, where, settings)


def warc_items(path: str, data: bytes, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Item]:
    """The HTML/plain-text 200 responses of one WARC(.gz) file's bytes, as `iter_warc` selects them.

    A corrupt or truncated file ends with an error item, so the loss is counted, not silent.
    """
    from warcio.archiveiterator import ArchiveIterator

    it = ArchiveIterator(io.BytesIO(data), arc2warc=True)
    where = f"{path}#0"
    try:
        for n, record in enumerate(it):
            if record.rec_type not in ("response", "resource"):
                continue
            if record.http_headers is not None and record.http_headers.get_statuscode() not in (None, "200"):
                continue
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers
                     else record.rec_headers.get_header("Content-Type")) or ""
            if ctype and "html" not in ctype.lower() and "text/plain" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{path}#{n}"
            body = _read_capped(record.content_stream(), settings.max_input_bytes + 1)
            if len(body) > settings.max_input_bytes:
                yield _error(where, f"record is over max_input_bytes ({settings.max_input_bytes:,})")
                continue
            kind = "text" if "text/plain" in ctype.lower() else "html"
            yield Item(id=content_id(body), input=where, kind=kind, data=body, url=url,
                       meta={"content_type": ctype})
    except Exception as exc:  # noqa: BLE001 - corrupt gzip member, truncated record
        yield _error(f"{where}+", f"WARC unreadable after this record: {type(exc).__name__}: {exc}")


def file_item(path: str, data: bytes, settings: Settings = DEFAULT_SETTINGS) -> Item:
    """A whole .txt/.html file is one article (feeds and URL lists need `reportedly batch`)."""
    if len(data) > settings.max_input_bytes:
        return _error(path, f"{len(data):,} bytes is over max_input_bytes ({settings.max_input_bytes:,})")
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
