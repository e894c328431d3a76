"""What runs inside a Spark Python worker: Items in, corpus rows out.

The analysis is `corpus.batch.process_item`, the embedded batch's own per-item function, so both
paths give the same rows. Its pipeline comes from `pipeline.default_pipeline`: built lazily once
per worker process and settings value and cached there (bounded), never pickled with the closure
nor rebuilt per record (the spaCy/sense2vec `mapPartitions` lesson in STYLE.md). Each document
runs under `Settings.doc_timeout`; whatever fails becomes an `errors` row, never a silent drop.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from ..corpus.batch import process_item
from ..corpus.inputs import Item
from ..corpus.rows import Rows, empty_rows, now_iso
from ..corpus.schema import ROW_TABLES
from ..pipeline import default_pipeline
from ..settings import DEFAULT_SETTINGS, Settings

ITEM_TABLES = ("items",) + ROW_TABLES
"""The tables one input item fills: the `items` ledger plus `schema.ROW_TABLES`."""


class DocTimeout(Exception):
    """One document ran past `Settings.doc_timeout`."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block after `seconds` via SIGALRM (POSIX, main thread — where PySpark runs
    tasks); elsewhere the block runs unlimited rather than failing."""
    usable = (seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def _raise(signum: int, frame: Any) -> None:
        raise DocTimeout(f"timeout: over doc_timeout ({seconds:g} s)")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def with_ledger(rows: Rows, at: str) -> Rows:
    """Add the `items` rows the SQLite Store derives on write (status ok/error per item)."""
    items = [{"item_id": a["item_id"], "input": a["input"], "status": "ok", "article_id": a["id"],
              "done_at": at} for a in rows.get("articles", ())]
    items += [{"item_id": e["item_id"], "input": e["input"], "status": "error", "article_id": None,
               "done_at": at} for e in rows.get("errors", ())]
    return {**rows, "items": items}


def analyse_item(item: Item, settings: Settings = DEFAULT_SETTINGS) -> tuple[bool, Rows]:
    """One item → (ok, rows of every table in ITEM_TABLES)."""
    at = now_iso()
    try:
        with time_limit(settings.doc_timeout):
            rows = process_item(item, settings)
    except DocTimeout as exc:  # fired outside process_item's own handler
        rows = empty_rows()
        rows["errors"].append({"item_id": item.id, "input": item.input, "stage": "analyse",
                               "reason": str(exc), "at": at})
    return not rows["errors"], with_ledger(rows, at)


def analyse_partition(items: Iterable[Item], settings: Settings,
                      count: Callable[[bool], None] | None = None) -> Iterator[Rows]:
    """The `mapPartitions` body; `count(ok)` feeds the accumulators."""
    default_pipeline(settings)  # built here once per worker process, reused by later partitions
    for item in items:
        ok, rows = analyse_item(item, settings)
        if count is not None:
            count(ok)
        yield rows
