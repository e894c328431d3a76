"""Bounded load test of `reportedly serve` on loopback: N concurrent clients, mixed calls.

    .venv/bin/python benchmarks/web_load.py --duration 60 --clients 200

Starts its own server (a subprocess on a free 127.0.0.1 port over a fresh database), runs
`--clients` asyncio+httpx clients for `--duration` seconds, each looping over a mix of page views,
JSON reads and analyze calls (each analyze text unique, so every one is a real analysis and a real
write), then reports p50/p99 latency per kind, status-code counts, and checks that no 5xx occurred
and that every analyze answered 200 left its article in the database (no lost writes).
Exit code 1 when either check fails. Loopback only: it refuses any other address.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import ipaddress
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import httpx

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-article.txt"
PAGES = ["/", "/sources", "/stories", "/search?q=Milley", "/trace?q=43.000+K%C3%A4mpfer",
         "/api/search?q=Politico", "/api/sources", "/api/stories", "/static/style.css"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, keep_rate_limit: bool) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [sys.executable, "-m", "reportedly", "serve", "--db", db, "--port", str(port)]
    if not keep_rate_limit:  # all clients share 127.0.0.1: lift the per-client limit to load the analyzer
        cmd += ["--web-setting", "analyze_per_minute=1000000", "--web-setting", "analyze_burst=1000000"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/-/health", timeout=1)
            return proc, base
        except OSError:
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise SystemExit(f"server failed to start: {err}") from None
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("server did not answer /-/health within 20 s")


async def client(base: str, seed: str, deadline: float, analyze_share: float, cid: int,
                 stats: dict[str, list[float]], codes: collections.Counter, ok_analyses: list[str]) -> None:
    rnd = random.Random(cid)
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        n = 0
        while time.monotonic() < deadline:
            n += 1
            t0 = time.perf_counter()
            try:
                if rnd.random() < analyze_share:
                    kind = "analyze"
                    marker = f"Lastprobe {cid}-{n}"
                    resp = await http.post("/api/analyze", json={"text": f"{marker}\n\n{seed}"})
                    if resp.status_code == 200:
                        ok_analyses.append(marker)
                else:
                    path = rnd.choice(PAGES)
                    kind = "api" if path.startswith("/api") else "page"
                    resp = await http.get(path)
                codes[resp.status_code] += 1
            except httpx.HTTPError as exc:
                kind = "error"
                codes[type(exc).__name__] += 1
            stats[kind].append(time.perf_counter() - t0)


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000


async def run(base: str, args: argparse.Namespace) -> tuple[dict, collections.Counter, list[str]]:
    seed = SEED.read_text("utf-8") if SEED.exists() else "Der Minister sagte, die Lage sei ernst.\n" * 30
    stats: dict[str, list[float]] = collections.defaultdict(list)
    codes: collections.Counter = collections.Counter()
    ok: list[str] = []
    deadline = time.monotonic() + args.duration
    await asyncio.gather(*(client(base, seed, deadline, args.analyze_share, i, stats, codes, ok)
                           for i in range(args.clients)))
    return stats, codes, ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of load (default 60)")
    ap.add_argument("--clients", type=int, default=200, help="concurrent clients (default 200, max 500)")
    ap.add_argument("--analyze-share", type=float, default=0.2, help="fraction of calls that analyze")
    ap.add_argument("--keep-rate-limit", action="store_true", help="keep the default per-client rate limit")
    ap.add_argument("--url", help="load an already running server instead (loopback only)")
    args = ap.parse_args()
    args.clients = max(1, min(args.clients, 500))
    args.duration = max(1.0, min(args.duration, 600.0))
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "load.sqlite")
        proc = None
        if args.url:
            host = urlsplit(args.url).hostname or ""
            if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
                raise SystemExit("refusing: the load test only targets loopback servers")
            base, db = args.url.rstrip("/"), ""
        else:
            proc, base = start_server(db, args.keep_rate_limit)
        t0 = time.perf_counter()
        try:
            stats, codes, ok = asyncio.run(run(base, args))
        finally:
            elapsed = time.perf_counter() - t0
            if proc is not None:
                proc.terminate()
                proc.wait(10)
        total = sum(len(v) for v in stats.values())
        print(f"{args.clients} clients, {args.duration:.0f} s, {total} requests in {elapsed:.1f} s "
              f"({total / elapsed:.0f} req/s)")
        for kind, values in sorted(stats.items()):
            print(f"  {kind:8s} n={len(values):6d}  p50={pct(values, 50):8.1f} ms  "
                  f"p99={pct(values, 99):8.1f} ms")
        print("  status codes:", dict(sorted(codes.items(), key=lambda kv: str(kv[0]))))
        failed = sum(n for c, n in codes.items() if not isinstance(c, int) or c >= 500)
        lost = 0
        if db:
            with sqlite3.connect(db) as conn:
                stored = {r[0] for r in conn.execute("SELECT title FROM articles")}
            lost = sum(1 for marker in ok if marker not in stored)
            print(f"  analyses answered 200: {len(ok)}, stored: {len(ok) - lost}, lost: {lost}")
        verdict = "PASS" if not failed and not lost else f"FAIL: {failed} 5xx/transport errors, {lost} lost"
        print(verdict)
        return 0 if not failed and not lost else 1


if __name__ == "__main__":
    sys.exit(main())
