"""Articles/s: plain single-process loop vs the embedded batch vs Spark local[1] and local[2].

    .venv/bin/python benchmarks/spark.py [--n 2000] [--skip-batch]

All four analyse the same synthetic JSONL (reportedly.scale.synth). Spark times are for
`run_spark` on an already started session (JVM start-up, ~5 s, is printed separately), and
include writing the Parquet tables; the batch time includes writing SQLite.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time


def plain(path: str) -> tuple[int, float]:
    from reportedly.corpus.inputs import iter_jsonl
    from reportedly.scale.worker import analyse_item

    t0 = time.perf_counter()
    n = sum(1 for item in iter_jsonl(path) if analyse_item(item)[0] or True)
    return n, time.perf_counter() - t0


def batch(path: str, db: str) -> tuple[int, float]:
    from reportedly.corpus.batch import run_batch

    stats = run_batch([path], db, workers=2)
    return stats.ok + stats.errors, stats.seconds


def spark(path: str, out: str, master: str) -> tuple[int, float, float]:
    from reportedly.scale.spark_job import run_spark, spark_session

    t0 = time.perf_counter()
    session = spark_session(master)
    session.range(1).count()  # start the JVM and a Python worker before timing
    started = time.perf_counter() - t0
    try:
        result = run_spark(path, out, spark=session, mode="overwrite")
    finally:
        session.stop()
    return result.items, result.seconds, started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    ap.add_argument("--skip-batch", action="store_true")
    args = ap.parse_args()
    from reportedly.scale import synth

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "news.jsonl")
        synth.write_jsonl(path, args.n)
        print(f"{args.n} synthetic articles, {os.path.getsize(path) / 1e6:.1f} MB JSONL, "
              f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
        rows = []
        n, s = plain(path)
        rows.append(("plain loop (1 process)", n, s, ""))
        if not args.skip_batch:
            n, s = batch(path, os.path.join(tmp, "b.sqlite"))
            rows.append(("embedded batch (2 workers)", n, s, ""))
        for master in ("local[1]", "local[2]"):
            n, s, started = spark(path, os.path.join(tmp, master.replace("[", "_").strip("]")), master)
            rows.append((f"spark {master}", n, s, f"session start {started:.1f} s"))
        print(f"{'run':28} {'items':>6} {'seconds':>8} {'articles/s':>11}")
        for name, n, s, note in rows:
            print(f"{name:28} {n:6d} {s:8.1f} {n / s:11.1f}  {note}")


if __name__ == "__main__":
    main()
