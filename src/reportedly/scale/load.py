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
from ..corpus.store import Store, insert_sql
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


def load_parquet(output: str, db: str) -> dict[str, int]:
    """Copy every table under `output` (a local `reportedly spark` output) into the store `db`."""
    if not os.path.isdir(os.path.join(output, "articles")):
        raise StoreError(f"{output} has no articles/ table; is it a `reportedly spark` output?")
    counts: dict[str, int] = {}
    with Store(db) as store, store.transaction():
        for batch in _batches(os.path.join(output, "articles"), ["id"]):
            store.delete_articles([r["id"] for r in batch])  # a reloaded article replaces its old rows
        for name in ITEM_TABLES:
            path = os.path.join(output, name)
            counts[name] = 0
            if not os.path.isdir(path):
                continue
            sql = insert_sql(name)
            for batch in _batches(path, TABLE[name].column_names):
                store.conn.executemany(sql, batch)
                counts[name] += len(batch)
    return counts
