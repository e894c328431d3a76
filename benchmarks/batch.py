"""Batch throughput and memory: HTML vs trafilatura alone, and RSS corpora of growing size.

    nice .venv/bin/python benchmarks/batch.py                       # ~5 min on 2 cores
    nice .venv/bin/python benchmarks/batch.py --rss-sizes 1000,100000 --workers 2

1. HTML: the same pages through `run_batch` (extraction + analysis + SQLite, `--workers`
   processes) and through trafilatura's extraction alone (same number of processes), side by side.
   Both rates are steady-state: trafilatura's after its imports, the batch's after its models are
   loaded (`startup_seconds`, paid once per run; the rate including it is printed too), each the
   median of `--rounds` alternating runs (a 160-page run lasts seconds: one run is noise).
   Targets: batch ≥ 0.5× trafilatura's pages/s and ≥ 12 articles/s.
2. RSS: synthetic feeds (sentences of the real pages, shuffled, numbers varied) at each size;
   articles/s and peak RSS of the batch process tree. Target: ≤ 1 GB and flat across sizes.
Pages are read in place from the shared data folder; nothing is copied into the repository.
"""

from __future__ import annotations

import argparse
import glob
import json
import multiprocessing as mp
import os
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

PAGES = Path(os.environ.get("REPORTEDLY_SHARED", Path(__file__).resolve().parents[2] / "shared")) \
    / "data" / "html-pages" / "pages"


def _extract(path: str) -> int:
    import trafilatura

    with open(path, "rb") as fh:
        doc = trafilatura.bare_extraction(fh.read(), with_metadata=True, include_comments=False,
                                          include_tables=False, include_links=False)
    return len(doc.text or "") if doc is not None else 0


def trafilatura_rate(paths: list[str], workers: int) -> tuple[float, int]:
    """Pages/s of trafilatura's extraction alone, in `workers` processes."""
    ctx = mp.get_context("fork")
    with ctx.Pool(workers) as pool:
        pool.map(_extract, paths[:workers])  # warm-up: imports in each worker
        t0 = time.perf_counter()
        sizes = pool.map(_extract, paths, chunksize=4)
        dt = time.perf_counter() - t0
    return len(paths) / dt, sum(1 for s in sizes if s)


class PeakRSS:
    """Samples the summed PSS (proportional RSS) of this process and its children every `every` s.

    Reading smaps_rollup costs ~2.5 ms of CPU per process: sampled every 0.2 s it would take ~2%
    of the two cores from the batch being timed (trafilatura's run has no sampler)."""

    def __init__(self, every: float = 1.0) -> None:
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss(os.getpid()))
            self._stop.wait(self.every)


def _tree_rss(pid: int) -> int:
    total = 0
    pids = [pid]
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            pids += [int(p) for p in fh.read().split()]
    except OSError:
        pass
    for p in pids:  # PSS: pages shared copy-on-write by the forked workers count once
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                total += next(int(ln.split()[1]) * 1024 for ln in fh if ln.startswith("Pss:"))
        except (OSError, StopIteration):
            pass
    return total


def real_sentences(paths: list[str], limit: int = 4000) -> list[str]:
    """Sentences of the real pages, the material the synthetic corpora are varied from."""
    import trafilatura

    out: list[str] = []
    for p in paths:
        with open(p, "rb") as fh:
            text = trafilatura.extract(fh.read()) or ""
        out += [s for s in re.split(r"(?<=[.!?])\s+", text) if 40 <= len(s) <= 300]
        if len(out) >= limit:
            break
    return out


def write_feeds(folder: Path, n: int, sentences: list[str], seed: int = 1, per_feed: int = 500) -> None:
    """n feed entries in files of per_feed: each a new mix of real sentences and numbers."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for f in range(0, n, per_feed):
        entries = []
        for i in range(f, min(n, f + per_feed)):
            body = rng.sample(sentences, k=min(len(sentences), rng.randint(8, 20)))
            body = [re.sub(r"\d+", lambda m: str(rng.randint(2, 99999)), s) for s in body]
            paras = "".join(f"<p>{s}</p>" for s in body)
            title = body[0][:80].replace("<", " ").replace("&", "und")
            entries.append(f"<item><title>{title}</title><link>https://synthetic.example/{seed}/{i}</link>"
                           f"<pubDate>Mon, 01 Jan 2024 {i % 24:02d}:00:00 +0000</pubDate>"
                           f"<description><![CDATA[{paras}]]></description></item>")
        (folder / f"feed{f // per_feed:05d}.rss").write_text(
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>S</title>'
            + "".join(entries) + "</channel></rss>", "utf-8")


def batch_run(inputs: list[str], db: str, workers: int) -> dict:
    from reportedly.corpus import run_batch

    with PeakRSS() as rss:
        stats = run_batch(inputs, db, workers=workers)
    d = stats.to_dict()
    d["peak_rss_mb"] = round(rss.peak / 2**20)
    return d


def html_rounds(paths: list[str], tmp: str, workers: int, rounds: int) -> dict:
    """trafilatura alone and the batch on the same pages, alternating `rounds` times: a 160-page run
    takes seconds, so one run is at the mercy of whatever else the machine does; medians are not."""
    traf, runs = [], []
    for r in range(rounds):
        rate, extracted = trafilatura_rate(paths, workers)
        traf.append(rate)
        runs.append(batch_run([str(PAGES)], os.path.join(tmp, f"html{r}.sqlite"), workers))
        b = runs[-1]
        print(f"  round {r + 1}: trafilatura {rate:.1f} pages/s, batch {b['steady_per_second']:.1f}/s "
              f"({b['ok']} ok, {b['errors']} errors)", flush=True)
    traf_rate = statistics.median(traf)
    steady = statistics.median(b["steady_per_second"] for b in runs)
    first = runs[0]  # later rounds find the models loaded in this process already
    with_startup, startup = first["per_second"], first["startup_seconds"]
    print(f"HTML, {len(paths)} pages, {workers} processes, median of {rounds} rounds: trafilatura alone "
          f"{traf_rate:.1f} pages/s (imports done); batch {steady:.1f} articles/s once its models are "
          f"loaded = {steady / traf_rate:.2f}× [targets ≥ 0.5×, ≥ 12/s]; first round, including its "
          f"{startup:.2f} s of model loading and warm-up: {with_startup:.1f}/s = {with_startup / traf_rate:.2f}×; "
          f"peak RSS {max(b['peak_rss_mb'] for b in runs)} MB", flush=True)
    return {"pages": len(paths), "rounds": rounds, "trafilatura_pages_s": round(traf_rate, 1),
            "trafilatura_extracted": extracted, "batch_runs": runs, "batch_steady_per_second": steady,
            "ratio": round(steady / traf_rate, 2), "ratio_with_startup": round(with_startup / traf_rate, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rss-sizes", default="1000,4000", help="Comma-separated corpus sizes.")
    ap.add_argument("--skip-html", action="store_true")
    ap.add_argument("--rounds", type=int, default=3,
                    help="HTML rounds, trafilatura and batch alternating; medians are compared.")
    ap.add_argument("--json", action="store_true", help="Print the results as one JSON object.")
    args = ap.parse_args()
    paths = sorted(glob.glob(str(PAGES / "*.html")))
    if not paths:
        sys.exit(f"no pages under {PAGES} (set REPORTEDLY_SHARED)")
    results: dict = {"workers": args.workers, "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_html:
            results["html"] = html_rounds(paths, tmp, args.workers, args.rounds)
        if args.rss_sizes:
            sentences = real_sentences(paths)
            results["rss"] = []
            for n in [int(x) for x in args.rss_sizes.split(",")]:
                folder = Path(tmp) / f"rss{n}"
                write_feeds(folder, n, sentences, seed=n)
                b = batch_run([str(folder)], os.path.join(tmp, f"rss{n}.sqlite"), args.workers)
                b["articles"] = n
                results["rss"].append(b)
                print(f"RSS {n:>7} articles: {b['per_second']:.1f} articles/s, {b['seconds']:.0f} s, "
                      f"{b['errors']} errors, peak RSS {b['peak_rss_mb']} MB [target ≤ 1024, flat]", flush=True)
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
