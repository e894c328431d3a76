"""Load a Spark job's Parquet tables into the embedded SQLite store (one machine's worth).

Why this and not Spark versions of `stories` and `trace`: those features already exist, tested,
on the SQLite store; a year of one country's media (a few million articles) fits one machine's
SQLite comfortably, so loading is cheaper to do well than re-implementing MinHash clustering and
claim matching as distributed jobs. Reads with pyarrow in batches (bounded memory, no JVM), and
replaces articles wholesale like `Store` does, so loading the same output twice changes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from ..corpus.schema import TABLE
from ..corpus.store import CHILD_TABLES, Store
from ..errors import StoreError
from .worker import ITEM_TABLES

BATCH_ROWS = 5000


def _batches(path: str, columns: list[str]) -> Iterator[list[dict]]:
    import pyarrow.dataset as ds

    dataset = ds.dataset(path, format="parquet")  # skips Spark's _SUCCESS and .crc files
    present = set(dataset.schema.names)
    missing = [c for c in columns if c not in present]
    if missing:
        raise StoreError(f"{path}: columns {missing} missing; was it written by `reportedly spark`?")
    for batch in dataset.to_batches(columns=columns, batch_size=BATCH_ROWS):
        yield batch.to_pylist()


def _insert_sql(name: str) -> str:
    cols = TABLE[name].column_names
    return (f'INSERT OR REPLACE INTO "{name}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
            f'VALUES ({", ".join("?" * len(cols))})')


def load_parquet(output: str, db: str) -> dict[str, int]:
    """Copy every table under `output` (a local `reportedly spark` output) into the store `db`."""
    if not os.path.isdir(os.path.join(output, "articles")):
        raise StoreError(f"{output} has no articles/ table; is it a `reportedly spark` output?")
    counts: dict[str, int] = {}
    with Store(db) as store:
        conn = store.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for batch in _batches(os.path.join(output, "articles"), ["id"]):
                ids = [(r["id"],) for r in batch]
                for t in CHILD_TABLES:  # a reloaded article replaces its old rows, never adds to them
                    conn.executemany(f'DELETE FROM "{t}" WHERE article_id = ?', ids)
                conn.executemany("DELETE FROM articles WHERE id = ?", ids)  # fires the FTS triggers
            for name in ITEM_TABLES:
                path = os.path.join(output, name)
                counts[name] = 0
                if not os.path.isdir(path):
                    continue
                cols = TABLE[name].column_names
                sql = _insert_sql(name)
                for batch in _batches(path, cols):
                    conn.executemany(sql, [tuple(r[c] for c in cols) for r in batch])
                    counts[name] += len(batch)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return counts
