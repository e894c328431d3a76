"""`run_batch`: analyse a stream of items on all cores into the store, resumably.

Design, and why:
- Workers are plain processes with one pipe each, not a Pool: a Pool hangs or breaks when a
  worker dies (segfault in lxml, OOM kill), and cannot kill a document that runs too long. Here
  the parent sees a dead worker's sentinel or an overdue document, records an error row for that
  item and starts a fresh worker; the batch goes on.
- Memory is bounded: items are read lazily, at most `PER_WORKER` per worker are in flight, at
  most `read_ahead` wait, and results are committed every `commit_every` documents.
- Each worker holds its next item while it works on the current one (a reader thread takes it
  off the pipe), so it never waits for the parent, which may be busy committing to SQLite.
- Only the parent writes (one SQLite writer); a document's rows and its `items` ledger row are
  committed together, so kill -9 then rerun gives no gaps and no duplicates.
- The pipeline is built in the parent before forking, so workers share its models
  copy-on-write and a restarted worker is ready at once.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import queue as queue_mod
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from ..errors import ReportedlyError
from ..settings import DEFAULT_SETTINGS, Settings
from .inputs import Item, count_items, iter_items
from .rows import Rows, analysis_to_rows, error_rows
from .store import Store

READ_AHEAD_BYTES = 64_000_000
"""Bytes of input read ahead at most (besides `read_ahead` items): WARC records can be large."""
PER_WORKER = 2
"""Items in flight per worker: the one it analyses and the next one, already on its side."""
WORKER_GC_THRESHOLD = (20_000, 50, 50)
"""Young-generation threshold 20,000 allocations instead of 700: lxml and the tagger allocate
many short-lived objects, and a collection per 700 costs more than it frees."""
HARD_KILL_GRACE = 5.0
"""Seconds past doc_timeout before the parent kills a worker (its own alarm should fire first)."""


@dataclass
class BatchStats:
    seen: int = 0
    skipped: int = 0
    """Items already in the store (resumed runs)."""
    ok: int = 0
    errors: int = 0
    restarts: int = 0
    seconds: float = 0.0
    startup_seconds: float = 0.0
    """Of `seconds`, the time to load the models before the first item (paid once per run)."""
    error_samples: list[str] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        return (self.ok + self.errors) / self.seconds if self.seconds else 0.0

    @property
    def steady_per_second(self) -> float:
        """Items per second once the models are loaded: what a long run approaches."""
        busy = self.seconds - self.startup_seconds
        return (self.ok + self.errors) / busy if busy > 0 else 0.0

    def to_dict(self) -> dict:
        return {"seen": self.seen, "skipped": self.skipped, "ok": self.ok, "errors": self.errors,
                "restarts": self.restarts, "seconds": round(self.seconds, 2),
                "startup_seconds": round(self.startup_seconds, 2),
                "per_second": round(self.per_second, 2),
                "steady_per_second": round(self.steady_per_second, 2)}


class _Timeout(Exception):
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise _Timeout()


def process_item(item: Item, settings: Settings = DEFAULT_SETTINGS) -> Rows:
    """One item → its rows (article or error). Never raises for a bad input."""
    from ..ingest.loader import load_bytes, load_input, load_text
    from ..pipeline import default_pipeline

    if item.kind == "error":
        return error_rows(item.id, item.input, item.error or "unreadable", stage="input")
    stage = "load"
    try:
        if item.kind == "url":
            raw = load_input(item.url or "", settings)
        elif item.kind == "html":
            data = item.data.encode("utf-8") if isinstance(item.data, str) else item.data or b""
            raw = load_bytes(data, name=item.input, url=item.url, html=True,
                             content_type=item.meta.get("content_type"))
        else:
            text = item.data if isinstance(item.data, str) else (item.data or b"").decode("utf-8", "replace")
            raw = load_text(text, name=item.input, url=item.url)
        for key in ("title", "published", "author", "site_name"):
            if item.meta.get(key) and not getattr(raw, key):
                setattr(raw, key, item.meta[key])
        stage = "analyse"
        analysis = default_pipeline(settings)(raw)
        return analysis_to_rows(analysis, item.id, item.input)
    except _Timeout:
        return error_rows(item.id, item.input, f"timeout: over doc_timeout ({settings.doc_timeout} s)", stage)
    except ReportedlyError as exc:
        return error_rows(item.id, item.input, exc.message, stage)
    except MemoryError:
        return error_rows(item.id, item.input, "out of memory", stage)
    except Exception as exc:  # noqa: BLE001 - one document's bug must not stop the batch
        return error_rows(item.id, item.input, f"{type(exc).__name__}: {exc}"[:500], stage)


def _worker_main(conn: Connection, settings: Settings) -> None:
    # The models inherited from the parent are never garbage: moving them out of the collector's
    # reach, and collecting less often, saves ~4% per document (and keeps shared pages shared).
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLD)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    signal.signal(signal.SIGALRM, _on_alarm)
    inbox: queue_mod.SimpleQueue = queue_mod.SimpleQueue()

    def read() -> None:  # keeps the pipe drained so the parent's send never waits on us
        while True:
            try:
                item = conn.recv()
            except (EOFError, OSError):
                item = None
            inbox.put(item)
            if item is None:
                return

    threading.Thread(target=read, daemon=True).start()
    while True:
        item = inbox.get()
        if item is None:
            return
        signal.setitimer(signal.ITIMER_REAL, settings.doc_timeout)
        try:
            rows = process_item(item, settings)
        except _Timeout:  # fired outside process_item's try (rare): still one error row
            rows = error_rows(item.id, item.input, "timeout", "analyse")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        conn.send(rows)


@dataclass
class _Slot:
    proc: mp.Process
    conn: Connection
    items: deque = field(default_factory=deque)
    """Items sent and not yet answered, in order; the first is the one being analysed."""
    started: float = 0.0
    """When the first of `items` started (its deadline counts from here)."""


def _start(ctx: mp.context.BaseContext, settings: Settings) -> _Slot:
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_worker_main, args=(child, settings), daemon=True)
    proc.start()
    child.close()
    return _Slot(proc, parent)


def _stop(slot: _Slot) -> None:
    if slot.proc.is_alive():
        slot.proc.kill()
    slot.proc.join(timeout=5)
    slot.conn.close()


def _fresh(items: Iterator[Item], store: Store, stats: BatchStats, n: int,
           retry_errors: bool = False) -> tuple[list[Item], bool]:
    """The next items not yet in the store (resume), read lazily; True when the input is over.
    Chunks that were all done already are skipped until fresh items or the end."""
    while True:
        chunk: list[Item] = []
        size = 0
        for item in items:
            chunk.append(item)
            size += len(item.data or "")
            if len(chunk) >= n or size > READ_AHEAD_BYTES:
                break
        if not chunk:
            return [], True
        stats.seen += len(chunk)
        done = store.done([i.id for i in chunk], retry_errors)
        stats.skipped += sum(1 for i in chunk if i.id in done)
        fresh = [i for i in chunk if i.id not in done]
        if fresh:
            return fresh, False


_WARM_UP_HTML = (b"<html><head><title>Probe</title></head><body><article><p>Der Minister sagte am Montag, "
                 b"alles sei gut.</p><p>Die Lage bleibe nach seinen Angaben stabil.</p></article></body></html>")


def _warm_up(pipeline) -> None:
    """Load the models, cache the frequent words' features, and run a tiny German, English and
    HTML document, so that lazily loaded resources (trafilatura's imports, ~0.2 s per process)
    exist before fork, shared by every worker, instead of being made again in each."""
    from ..ingest.loader import load_bytes, load_text
    from ..language.annotate import prime

    prime()
    for make in (lambda: load_text("Probe\n\nDer Minister sagte, alles sei gut."),
                 lambda: load_text("Test\n\nThe minister said all was well."),
                 lambda: load_bytes(_WARM_UP_HTML, name="warm-up.html", html=True)):
        try:
            pipeline(make())
        except Exception:  # noqa: BLE001 - warm-up is an optimisation only
            pass


def run_batch(inputs: Iterable[str], db: str, settings: Settings = DEFAULT_SETTINGS, *,
              workers: int | None = None, commit_every: int = 50, read_ahead: int = 200,
              progress: bool = False, retry_errors: bool = False) -> BatchStats:
    """Analyse every item of `inputs` into the SQLite store at `db`; rerunning resumes
    (`retry_errors`: items stored as errors are tried again, e.g. after a network outage)."""
    inputs = list(inputs)
    workers = max(1, workers or os.cpu_count() or 1)
    stats = BatchStats()
    t0 = time.monotonic()
    from ..pipeline import default_pipeline

    _warm_up(default_pipeline(settings))  # models loaded once here, shared by forked workers
    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context("spawn")
    store = Store(db)
    items = iter_items(inputs, settings)
    pending: deque[Item] = deque()
    exhausted = False
    buffer: list[Rows] = []
    last_commit = time.monotonic()
    slots = [_start(ctx, settings) for _ in range(workers)]
    bar = _Progress(count_items(inputs) if progress else None, progress)
    stats.startup_seconds = time.monotonic() - t0

    def finish(rows: Rows) -> None:
        buffer.append(rows)
        if rows["errors"]:
            stats.errors += 1
            if len(stats.error_samples) < 20:
                e = rows["errors"][0]
                stats.error_samples.append(f"{e['input']}: {e['reason']}")
        else:
            stats.ok += 1
        bar.advance(stats)

    try:
        while True:
            for slot in slots:
                while len(slot.items) < PER_WORKER:
                    if not pending and not exhausted:
                        fresh, exhausted = _fresh(items, store, stats, read_ahead, retry_errors)
                        pending.extend(fresh)
                        bar.skip(stats)
                    if not pending:
                        break
                    if not slot.items:
                        slot.started = time.monotonic()
                    slot.items.append(pending.popleft())
                    slot.conn.send(slot.items[-1])
            busy = [s for s in slots if s.items]
            if not busy and exhausted and not pending:
                break
            ready = wait([s.conn for s in busy] + [s.proc.sentinel for s in busy], timeout=0.5)
            now = time.monotonic()
            for i, slot in enumerate(slots):
                if not slot.items:
                    continue
                if slot.conn in ready or slot.proc.sentinel in ready:
                    try:
                        while slot.items and slot.conn.poll():
                            finish(slot.conn.recv())
                            slot.items.popleft()
                            slot.started = time.monotonic()
                    except Exception:  # noqa: BLE001 - EOF or a message cut off by the crash
                        pass
                    if slot.proc.is_alive() or not slot.items:
                        continue
                    reason = f"worker crashed (exit code {slot.proc.exitcode})"
                elif now - slot.started > settings.doc_timeout + HARD_KILL_GRACE:
                    reason = f"timeout: over doc_timeout ({settings.doc_timeout} s); worker killed"
                else:
                    continue
                _stop(slot)
                slots[i] = _start(ctx, settings)
                stats.restarts += 1
                item = slot.items.popleft()
                pending.extendleft(reversed(slot.items))  # not started yet: the next worker takes them
                finish(error_rows(item.id, item.input, reason, "analyse"))
            if buffer and (len(buffer) >= commit_every or now - last_commit > 2.0):
                store.write(buffer)
                buffer.clear()
                last_commit = now
    finally:
        if buffer:
            store.write(buffer)
        for slot in slots:
            try:
                slot.conn.send(None)
            except OSError:
                pass
            _stop(slot)
        store.close()
        bar.close()
        stats.seconds = time.monotonic() - t0
    return stats


class _Progress:
    """A rich progress bar with ETA (when the total is cheap to know) on stderr."""

    def __init__(self, total: int | None, enabled: bool):
        self.bar = None
        if not enabled:
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]:.1f}/s"),
                            TextColumn("errors {task.fields[errors]}"),
                            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), transient=False)
        self.task = self.bar.add_task("batch", total=total, rate=0.0, errors=0)
        self.t0 = time.monotonic()
        self.bar.start()

    def skip(self, stats: BatchStats) -> None:
        self.advance(stats)

    def advance(self, stats: BatchStats) -> None:
        if self.bar is not None:
            done = stats.ok + stats.errors
            rate = done / max(1e-6, time.monotonic() - self.t0)
            self.bar.update(self.task, completed=done + stats.skipped, rate=rate, errors=stats.errors)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
