"""The one place the web app meets `reportedly.corpus`: one writer thread, a pool of readers.

Datasette's rule: all writes go through a single thread (the corpus `Store` is a single-writer,
same-thread connection), so concurrent analyze calls queue instead of racing or losing writes.
Pages read through a small pool of read-only `Corpus` connections, each used by one thread at a
time. Every answer is `{"rows": [...], "truncated": bool, ...}`.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..corpus import Corpus, Store, analysis_to_rows
from ..model import Analysis


class WebCorpus:
    def __init__(self, path: str | Path, readers: int = 4, max_rows: int = 1000):
        self.path = str(path)
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="corpus-writer")
        self._store: Store | None = None
        self._writer.submit(self._open_store).result()  # creates the database when missing
        self._readers: queue.Queue[Corpus] = queue.Queue()
        for _ in range(max(1, readers)):
            self._readers.put(Corpus(self.path, max_rows=max_rows))

    def _open_store(self) -> None:
        self._store = Store(self.path)

    def _write(self, analysis: Analysis) -> int:
        assert self._store is not None
        return self._store.write([analysis_to_rows(analysis, input_name=analysis.article.url or "web")])

    def add(self, analysis: Analysis) -> None:
        """Store one analysis; blocks the calling (worker) thread until it is committed."""
        self._writer.submit(self._write, analysis).result()

    @contextmanager
    def _reader(self) -> Iterator[Corpus]:
        corpus = self._readers.get()
        try:
            yield corpus
        finally:
            self._readers.put(corpus)

    def search(self, q: str, limit: int) -> dict[str, Any]:
        with self._reader() as c:
            return c.search(q, limit=limit).to_dict()

    def sources(self, limit: int, anonymous: bool = False) -> dict[str, Any]:
        with self._reader() as c:
            result = c.sources(anonymous=anonymous, limit=limit).to_dict()
            result["outlets"] = c.anonymous_share().rows
        return result

    def stories(self, limit: int) -> dict[str, Any]:
        with self._reader() as c:
            return c.stories(limit=limit).to_dict()

    def trace(self, q: str, limit: int) -> dict[str, Any]:
        with self._reader() as c:
            result = c.trace(q).to_dict()
        if len(result["rows"]) > limit:
            result = {"rows": result["rows"][:limit], "truncated": True}
        return result

    def close(self) -> None:
        def close_store() -> None:
            if self._store is not None:
                self._store.close()

        self._writer.submit(close_store).result()
        self._writer.shutdown()
        while not self._readers.empty():
            self._readers.get_nowait().close()
