"""The SQLite store: one writer (`Store`), read-only readers (`open_reader`), bound parameters.

WAL lets readers (the web app, `reportedly search`) work while a batch writes. All rows of a
group of documents, with their `items` ledger rows, go in one transaction: after a kill -9 a
document is either fully stored or not at all, which is what makes resuming exact.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..errors import StoreError
from .rows import Rows, now_iso
from .schema import ROW_TABLES, SCHEMA_VERSION, TABLE, all_ddl

CHILD_TABLES = ("sources", "mentions", "attributions", "claims", "quantities", "hedges", "links")
DEFAULT_MAX_ROWS = 1000
"""Rows a query returns at most; more sets `truncated` (as Datasette's max_returned_rows)."""
DEFAULT_TIME_LIMIT_MS = 5000
"""Milliseconds one read query may run before it is interrupted (readers serve the web app)."""


@dataclass
class Result:
    """Query rows plus whether the row cap cut them: callers can say "first 1000 of more"."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    truncated: bool = False

    def to_dict(self) -> dict:
        return {"rows": self.rows, "truncated": self.truncated}


def insert_sql(table: str) -> str:
    """Insert-or-replace of one table's row dicts (outlets: insert-or-ignore, they are shared)."""
    cols = TABLE[table].column_names
    verb = "INSERT OR IGNORE" if table == "outlets" else "INSERT OR REPLACE"
    return (f'{verb} INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
            f'VALUES ({", ".join(":" + c for c in cols)})')


class Store:
    """The single writer. Not thread-safe by design: one process, one connection."""

    def __init__(self, path: str):
        self.path = path
        try:
            self.conn = sqlite3.connect(path, timeout=60, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {path}: {exc}") from None
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoints, never corrupt
        self.conn.execute("PRAGMA foreign_keys=OFF")
        self._init_schema()

    def _init_schema(self) -> None:
        with self.transaction():
            for stmt in all_ddl():
                self.conn.execute(stmt)
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                self.conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) > SCHEMA_VERSION:
                raise StoreError(f"{self.path} has schema {row[0]}; "
                                 f"this reportedly reads up to {SCHEMA_VERSION}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def done(self, item_ids: Sequence[str], retry_errors: bool = False) -> set[str]:
        """Which of these items are already stored (as article, or as error unless retried)."""
        found: set[str] = set()
        only_ok = " AND status = 'ok'" if retry_errors else ""
        for i in range(0, len(item_ids), 500):
            chunk = list(item_ids[i:i + 500])
            q = f"SELECT item_id FROM items WHERE item_id IN ({','.join('?' * len(chunk))}){only_ok}"
            found.update(r[0] for r in self.conn.execute(q, chunk))
        return found

    def write(self, results: Iterable[Rows]) -> int:
        """Store several documents' rows in one transaction; returns the number of documents."""
        n = 0
        with self.transaction():
            for rows in results:
                self._write_one(rows)
                n += 1
        return n

    @contextmanager
    def transaction(self):
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (KeyboardInterrupt included)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def _write_one(self, rows: Rows) -> None:
        at = now_iso()
        cur = self.conn
        for art in rows.get("articles", ()):
            self.delete_articles([art["id"]])
            if art.get("item_id"):
                cur.execute("DELETE FROM errors WHERE item_id = ?", (art["item_id"],))
                cur.execute("INSERT OR REPLACE INTO items VALUES (?, ?, 'ok', ?, ?)",
                            (art["item_id"], art["input"], art["id"], at))
        for err in rows.get("errors", ()):
            cur.execute("INSERT OR REPLACE INTO items VALUES (?, ?, 'error', NULL, ?)",
                        (err["item_id"], err["input"], at))
        for table in ROW_TABLES:
            if rows.get(table):
                cur.executemany(insert_sql(table), rows[table])

    def delete_articles(self, ids: Sequence[str]) -> None:
        """Remove articles with all their child rows, so a re-analysis replaces rather than adds.
        DELETE (not REPLACE) so the FTS delete triggers fire for the old rows."""
        params = [(i,) for i in ids]
        for t in CHILD_TABLES:
            self.conn.executemany(f'DELETE FROM "{t}" WHERE article_id = ?', params)
        self.conn.executemany("DELETE FROM articles WHERE id = ?", params)

    def insert_rows(self, table: str, rows: list[dict]) -> None:
        """Insert-or-replace rows of one table in one transaction (imports)."""
        with self.transaction():
            self.conn.executemany(insert_sql(table), rows)

    def replace_table(self, table: str, rows: Iterable[dict]) -> int:
        """Rewrite a computed table (stories) in one transaction."""
        n = 0
        with self.transaction():
            self.conn.execute(f'DELETE FROM "{table}"')
            for row in rows:
                self.conn.execute(insert_sql(table), row)
                n += 1
        return n


class ReaderConnection(sqlite3.Connection):
    """A connection that carries the deadline its progress handler checks."""

    deadline: list[float]


def open_reader(path: str, time_limit_ms: int = DEFAULT_TIME_LIMIT_MS) -> sqlite3.Connection:
    """A read-only connection (mode=ro) with a time limit: a query can neither write nor hang."""
    import os

    if not os.path.exists(path):
        raise StoreError(f"no corpus database at {path} (run `reportedly batch ... --db {path}`)")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, check_same_thread=False,
                           factory=ReaderConnection)
    conn.row_factory = sqlite3.Row
    if time_limit_ms:
        deadline = [0.0]

        def handler() -> int:
            return 1 if time.monotonic() > deadline[0] else 0

        conn.set_progress_handler(handler, 10_000)
        conn.deadline = deadline
    return conn


def query(conn: sqlite3.Connection, sql: str, params: Sequence[Any] | dict = (),
          max_rows: int = DEFAULT_MAX_ROWS, time_limit_ms: int = DEFAULT_TIME_LIMIT_MS) -> Result:
    """Run a read query with bound parameters; fetch at most max_rows and say if there were more."""
    deadline = getattr(conn, "deadline", None)
    if deadline is not None:
        deadline[0] = time.monotonic() + time_limit_ms / 1000
    try:
        cur = conn.execute(sql, params)
        rows = cur.fetchmany(max_rows + 1)
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise StoreError(f"query took longer than {time_limit_ms} ms") from None
        raise StoreError(f"query failed: {exc}") from None
    truncated = len(rows) > max_rows
    return Result([dict(r) for r in rows[:max_rows]], truncated)


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLE}


def scalar(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> Any | None:
    row = conn.execute(sql, params).fetchone()
    return row[0] if row else None
