"""Web limits, each a setting with a default and the reason for its value (Datasette-style)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class WebConfig:
    max_body_bytes: int = 2_000_000
    """Request bodies above this get 413. Pasted articles are < 200 kB; 2 MB leaves room for a
    full HTML page while one request cannot fill memory."""
    analyze_per_minute: float = 30.0
    """Token-bucket refill per client for analyze calls (0 = no limit). Analysis is CPU work;
    one client should not starve the others."""
    analyze_burst: int = 10
    """Analyze calls a client may make at once before the refill rate applies."""
    max_clients_tracked: int = 10_000
    """Rate-limit buckets kept (least recently seen dropped first), so memory stays bounded."""
    cache_entries: int = 256
    """Analyses of identical text/HTML kept in memory (LRU)."""
    analysis_workers: int = 2
    """Analyses run at once in threads; the rest wait, which bounds CPU and memory."""
    page_rows: int = 100
    """Rows shown per corpus page and returned by the corpus API."""
    store_analyses: bool = True
    """Write every analysis made through the web into the corpus database."""
