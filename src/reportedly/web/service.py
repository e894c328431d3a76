"""Analysis for web requests: input checks, a bounded LRU cache, bounded worker threads.

Analyses run in threads (the pipeline is synchronous) behind a capacity limiter, so 200 clients
pressing "analyze" queue instead of starting 200 analyses. Identical pasted text is answered from
the cache; URLs are always fetched again (pages change) through `fetch_url`, which refuses
private addresses on every hop.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from urllib.parse import urlsplit

import anyio

from ..api import analyze
from ..errors import BlockedAddress, InputError, ReportedlyError
from ..ingest.loader import load_bytes, load_input, load_text
from ..model import Analysis
from ..settings import Settings
from .config import WebConfig
from .corpus import WebCorpus


class LRU:
    """A thread-safe dict that forgets its least recently used entry beyond `size`."""

    def __init__(self, size: int):
        self.size = size
        self._data: OrderedDict[str, Analysis] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Analysis | None:
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key: str, value: Analysis) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)


def check_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise BlockedAddress("only http and https URLs can be analysed")
    return url


class Analyzer:
    def __init__(self, settings: Settings, config: WebConfig, corpus: WebCorpus | None):
        self.settings = settings
        self.config = config
        self.corpus = corpus
        self.cache = LRU(config.cache_entries)
        self.limiter = anyio.CapacityLimiter(max(1, config.analysis_workers))

    async def run(self, text: str | None = None, html: str | None = None,
                  url: str | None = None) -> Analysis:
        """Analyse exactly one of text, html (with optional url) or url."""
        text = text if text and text.strip() else None
        html = html if html and html.strip() else None
        url = url.strip() if url and url.strip() else None
        if text is None and html is None and url is None:
            raise InputError("give text, html (optionally with url) or url")
        if text is not None and (html is not None or url is not None):
            raise InputError("give either text, html or url, not several")
        if url is not None:
            url = check_url(url)
        key = None
        if text is not None or html is not None:
            payload = f"text\0{text}" if text is not None else f"html\0{url or ''}\0{html}"
            key = hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()
            cached = self.cache.get(key)
            if cached is not None:
                return cached
        analysis = await anyio.to_thread.run_sync(self._analyze, text, html, url, limiter=self.limiter)
        if key is not None:
            self.cache.put(key, analysis)
        return analysis

    def _analyze(self, text: str | None, html: str | None, url: str | None) -> Analysis:
        if text is not None:
            raw = load_text(text, name="<text>")
        elif html is not None:
            raw = load_bytes(html.encode("utf-8", "replace"), name="<html>", url=url, html=True)
        else:
            assert url is not None
            raw = load_input(url, self.settings)
        analysis = analyze(raw, settings=self.settings)
        if self.corpus is not None and self.config.store_analyses:
            try:
                self.corpus.add(analysis)
            except Exception as exc:  # a full disk must not hide the analysis from the user
                analysis.warnings.append(f"not stored in the corpus: {exc}")
        return analysis


__all__ = ["Analyzer", "LRU", "check_url", "ReportedlyError"]
