"""The corpus: batch analysis into SQLite, search, sources, stories, trace, export.

Library surface (what the CLI and the web app call):

    from reportedly.corpus import Corpus, run_batch
    stats = run_batch(["crawl/", "feeds.opml"], "corpus.sqlite", settings)
    with Corpus("corpus.sqlite") as c:
        c.search("43.000").rows; c.sources(anonymous=True); c.stories(); c.trace("43.000 Kämpfer")

Every query returns a `Result(rows, truncated)`; connections are read-only.
"""

from __future__ import annotations

import sqlite3

from . import queries
from . import stories as _stories
from . import trace as _trace
from .batch import BatchStats, process_item, run_batch
from .rows import analysis_to_rows, error_rows
from .schema import TABLES
from .store import DEFAULT_MAX_ROWS, DEFAULT_TIME_LIMIT_MS, Result, Store, open_reader, table_counts

__all__ = ["Corpus", "run_batch", "BatchStats", "Result", "Store", "analysis_to_rows",
           "error_rows", "process_item", "compute_stories", "TABLES"]

compute_stories = _stories.compute_stories


class Corpus:
    """Read-only access to a corpus database. Cheap to open; safe to use while a batch writes
    (WAL). `check_same_thread=False`: one Corpus may serve a threaded web app's reads."""

    def __init__(self, path: str, max_rows: int = DEFAULT_MAX_ROWS,
                 time_limit_ms: int = DEFAULT_TIME_LIMIT_MS):
        self.path = path
        self.max_rows = max_rows
        self.conn: sqlite3.Connection = open_reader(path, time_limit_ms)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def search(self, q: str, limit: int = 50) -> Result:
        return queries.search(self.conn, q, limit=limit, max_rows=self.max_rows)

    def sources(self, anonymous: bool = False, outlet: str | None = None,
                source_type: str | None = None, limit: int = 100) -> Result:
        return queries.sources(self.conn, anonymous=anonymous, outlet=outlet,
                               source_type=source_type, limit=limit, max_rows=self.max_rows)

    def anonymous_share(self) -> Result:
        return queries.anonymous_share(self.conn, max_rows=self.max_rows)

    def stories(self, min_size: int = 2, limit: int = 100) -> Result:
        """Clusters from the last `compute_stories` run (empty until then)."""
        return _stories.stories(self.conn, min_size=min_size, limit=limit, max_rows=self.max_rows)

    def story(self, story_id: str) -> Result:
        return _stories.story_members(self.conn, story_id, max_rows=self.max_rows)

    def trace(self, q: str) -> Result:
        return _trace.trace(self.conn, q, max_rows=self.max_rows)

    def article(self, article_id: str) -> dict | None:
        return queries.article(self.conn, article_id)

    def counts(self) -> dict[str, int]:
        return table_counts(self.conn)
