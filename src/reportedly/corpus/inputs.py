"""Batch inputs → a stream of `Item`s, each with a stable id (content hash, or URL hash).

Everything is a generator: a 50 GB WARC or a million-line JSONL is read record by record, never
held in memory. An input that cannot be read becomes an `Item` with `error` set, so it ends as an
error row instead of vanishing. The id makes batches resumable: an item whose id is in the store's
`items` table is skipped on rerun.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import os
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..settings import DEFAULT_SETTINGS, Settings

TEXT_EXT = (".txt", ".text", ".md")
HTML_EXT = (".html", ".htm", ".xhtml")
JSONL_EXT = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_EXT = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_EXT = (".rss", ".atom", ".xml")
OPML_EXT = (".opml",)
URLS_EXT = (".urls",)
KNOWN_EXT = TEXT_EXT + HTML_EXT + JSONL_EXT + WARC_EXT + FEED_EXT + OPML_EXT + URLS_EXT

MIN_FEED_TEXT = 400
"""Characters of entry content below which a feed entry is a teaser and its link is fetched."""


@dataclass(slots=True)
class Item:
    id: str
    input: str
    """Where it came from, for people: 'crawl/a.html', 'news.warc.gz@1234', 'x.jsonl:17'."""
    kind: str = "text"
    """'text', 'html' (data is bytes or str), 'url' (fetched by the worker) or 'error'."""
    data: bytes | str | None = None
    url: str | None = None
    meta: dict = field(default_factory=dict)
    error: str | None = None


def content_id(data: bytes | str, url: str | None = None) -> str:
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    h = hashlib.blake2b(raw, digest_size=12)
    return "h" + h.hexdigest()


def url_id(url: str) -> str:
    return "u" + hashlib.blake2b(url.strip().encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def error_item(name: str, reason: str) -> Item:
    return Item(id="e" + hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest(),
                input=name, kind="error", error=reason)


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://")) and not any(c.isspace() for c in s.strip())


def iter_items(inputs: Iterable[str], settings: Settings = DEFAULT_SETTINGS) -> Iterator[Item]:
    """All items of all inputs: folders (recursively), globs, files by extension, URLs."""
    for name in inputs:
        if is_url(name):
            yield Item(id=url_id(name), input=name, kind="url", url=name)
        elif os.path.isdir(name):
            for root, dirs, files in os.walk(name):
                dirs.sort()
                for f in sorted(files):
                    if f.lower().endswith(KNOWN_EXT):
                        yield from iter_file(os.path.join(root, f), settings)
        elif os.path.exists(name):
            yield from iter_file(name, settings)
        elif any(c in name for c in "*?["):
            matches = sorted(glob.iglob(name, recursive=True))
            if not matches:
                yield error_item(name, "pattern matches no files")
            for path in matches:
                if os.path.isfile(path):
                    yield from iter_file(path, settings)
        else:
            yield error_item(name, "no such file, folder or URL")


def iter_file(path: str, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Item]:
    lower = path.lower()
    try:
        if lower.endswith(WARC_EXT):
            yield from iter_warc(path, settings)
        elif lower.endswith(JSONL_EXT):
            yield from iter_jsonl(path, settings)
        elif lower.endswith(OPML_EXT):
            yield from iter_opml(path, settings)
        elif lower.endswith(URLS_EXT):
            yield from iter_url_list(path)
        else:
            size = os.path.getsize(path)
            if size > settings.max_input_bytes:
                yield error_item(path, f"{size:,} bytes is over max_input_bytes ({settings.max_input_bytes:,})")
                return
            with open(path, "rb") as fh:
                data = fh.read()
            if lower.endswith(FEED_EXT) or _looks_like_feed(data):
                yield from iter_feed_bytes(data, path)
            elif lower.endswith(TEXT_EXT) and _all_urls(data):
                yield from iter_url_list(path)
            else:
                kind = "html" if lower.endswith(HTML_EXT) else "text"
                yield Item(id=content_id(data), input=path, kind=kind, data=data)
    except OSError as exc:
        yield error_item(path, f"cannot read: {exc.strerror or exc}")


def _looks_like_feed(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def _all_urls(data: bytes) -> bool:
    lines = [ln.strip() for ln in data[:100_000].decode("utf-8", "replace").splitlines() if ln.strip()]
    return bool(lines) and all(is_url(ln) or ln.startswith("#") for ln in lines)


def iter_url_list(path: str) -> Iterator[Item]:
    """One URL a line; blank lines and # comments skipped."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if is_url(line):
                yield Item(id=url_id(line), input=f"{path}:{n}", kind="url", url=line)
            else:
                yield error_item(f"{path}:{n}", f"not an http(s) URL: {line[:100]!r}")


def iter_jsonl(path: str, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Item]:
    """One article per line: {"text"|"html"|"url", optional "id", "title", "published", ...}."""
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:  # type: ignore[operator]
        yield from jsonl_line_items(((line, n) for n, line in enumerate(fh)), path, settings)


def jsonl_line_items(lines: Iterable[tuple[str | bytes, int]], path: str,
                     settings: Settings = DEFAULT_SETTINGS) -> Iterator[Item]:
    """(line, 0-based index) pairs → Items named 'path:line'; blank lines are skipped."""
    for line, index in lines:
        if not line.strip():
            continue
        where = f"{path}:{index + 1}"
        if len(line) > settings.max_input_bytes:
            yield error_item(where, f"line is over max_input_bytes ({settings.max_input_bytes:,})")
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield error_item(where, f"invalid JSON: {exc}")
            continue
        yield item_from_mapping(obj, where, settings)


def item_from_mapping(obj: object, where: str, settings: Settings = DEFAULT_SETTINGS) -> Item:
    """One JSONL object (or Parquet row): {"text"|"html"|"url", optional "id", "title", ...}."""
    if not isinstance(obj, dict):
        return error_item(where, "invalid JSON: not a JSON object")
    meta = {k: obj[k] for k in ("title", "published", "author", "site_name") if isinstance(obj.get(k), str)}
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    given = str(obj["id"]) if obj.get("id") is not None else None
    for kind in ("text", "html"):
        data = obj.get(kind)
        if isinstance(data, str):
            if len(data) > settings.max_input_bytes:
                return error_item(where, f"{kind} is over max_input_bytes ({settings.max_input_bytes:,})")
            return Item(id=given or content_id(data), input=where, kind=kind, data=data, url=url, meta=meta)
    if url and is_url(url):
        return Item(id=given or url_id(url), input=where, kind="url", url=url, meta=meta)
    return error_item(where, "no text, html or url field")


def iter_warc(path: str, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Item]:
    """HTML responses (and resource records) of a WARC/ARC file, gzipped or not."""
    with open(path, "rb") as fh:
        yield from warc_stream_items(fh, path, settings)


def warc_stream_items(stream, path: str, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Item]:
    """The HTML/plain-text 200 responses of one WARC stream; a corrupt or truncated file ends
    with an error item, so the loss is counted, not silent."""
    from warcio.archiveiterator import ArchiveIterator

    where = f"{path}#0"
    try:
        for n, record in enumerate(ArchiveIterator(stream, arc2warc=True)):
            if record.rec_type not in ("response", "resource"):
                continue
            if record.http_headers is not None and record.http_headers.get_statuscode() not in (None, "200"):
                continue
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers
                     else record.rec_headers.get_header("Content-Type")) or ""
            if ctype and "html" not in ctype.lower() and "text/plain" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{path}#{n}"  # record number; get_record_offset() would consume the record
            data = read_capped(record.content_stream(), settings.max_input_bytes + 1)
            if len(data) > settings.max_input_bytes:
                yield error_item(where, f"record is over max_input_bytes ({settings.max_input_bytes:,})")
                continue
            kind = "text" if "text/plain" in ctype.lower() else "html"
            yield Item(id=content_id(data), input=where, kind=kind, data=data, url=url,
                       meta={"content_type": ctype})
    except Exception as exc:  # noqa: BLE001 - corrupt gzip member, truncated record
        yield error_item(f"{where}+", f"WARC unreadable after this record: {type(exc).__name__}: {exc}")


def read_capped(stream, cap: int) -> bytes:
    """Read up to cap bytes in 1 MB pieces (warcio's gzip reader returns nothing for huge reads)."""
    parts, n = [], 0
    while n < cap:
        chunk = stream.read(min(1 << 20, cap - n))
        if not chunk:
            break
        parts.append(chunk)
        n += len(chunk)
    return b"".join(parts)


def iter_feed_bytes(data: bytes, name: str) -> Iterator[Item]:
    """Entries of an RSS/Atom feed: full content when the feed carries it, else the link."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield error_item(name, f"not a readable feed: {parsed.get('bozo_exception')}")
        return
    for n, entry in enumerate(parsed.entries):
        where = f"{name}#{n}"
        link = entry.get("link")
        content = ""
        if entry.get("content"):
            content = entry["content"][0].get("value", "")
        content = content or entry.get("summary", "")
        parsed_date = entry.get("published_parsed") or entry.get("updated_parsed")
        published = (time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed_date) if parsed_date
                     else entry.get("published") or entry.get("updated"))
        meta = {"title": entry.get("title"), "published": published, "author": entry.get("author")}
        meta = {k: v for k, v in meta.items() if isinstance(v, str)}
        if len(re.sub(r"<[^>]+>", "", content)) >= MIN_FEED_TEXT:
            title = meta.get("title", "")
            html = (f"<html><head><title>{_esc(title)}</title></head><body><article>"
                    f"<h1>{_esc(title)}</h1>{content}</article></body></html>")
            yield Item(id=content_id(content), input=where, kind="html", data=html,
                       url=link if isinstance(link, str) else None, meta=meta)
        elif isinstance(link, str) and is_url(link):
            yield Item(id=url_id(link), input=where, kind="url", url=link, meta=meta)
        else:
            yield error_item(where, "feed entry has neither full text nor a link")


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def iter_opml(path: str, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Item]:
    """Feeds listed in an OPML file; each feed is fetched (safely) and its entries read."""
    from ..ingest.fetch import fetch_url

    try:
        tree = ET.parse(path)
    except ET.ParseError as exc:
        yield error_item(path, f"not valid OPML: {exc}")
        return
    for n, outline in enumerate(tree.iter("outline")):
        feed_url = outline.get("xmlUrl")
        if not feed_url:
            continue
        if not is_url(feed_url):
            local = os.path.join(os.path.dirname(path), feed_url)
            if os.path.exists(local):  # relative paths to local feed files (tests, archives)
                yield from iter_file(local, settings)
            else:
                yield error_item(f"{path}#{n}", f"feed is not an http(s) URL: {feed_url!r}")
            continue
        try:
            fetched = fetch_url(feed_url, settings)
        except Exception as exc:  # noqa: BLE001 - every failure becomes an error row
            yield error_item(feed_url, f"feed fetch failed: {getattr(exc, 'message', exc)}")
            continue
        yield from iter_feed_bytes(fetched.body, feed_url)


def count_items(inputs: Iterable[str]) -> int | None:
    """A cheap estimate of the item count for the progress bar's ETA; None when unknown (WARC,
    OPML: counting would mean reading them twice)."""
    total = 0
    for name in inputs:
        if is_url(name):
            total += 1
        elif os.path.isdir(name):
            for _root, _dirs, files in os.walk(name):
                for f in files:
                    low = f.lower()
                    if low.endswith(WARC_EXT + OPML_EXT + FEED_EXT + JSONL_EXT + URLS_EXT):
                        return None
                    total += low.endswith(KNOWN_EXT)
        elif os.path.isfile(name):
            low = name.lower()
            if low.endswith((".jsonl", ".ndjson", ".urls")):
                with open(name, "rb") as fh:
                    total += sum(1 for ln in fh if ln.strip())
            elif low.endswith(TEXT_EXT + HTML_EXT):
                total += 1
            else:
                return None
        else:
            total += len(glob.glob(name, recursive=True)) or 1
    return total
