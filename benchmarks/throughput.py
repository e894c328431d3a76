"""Articles per second and peak memory of `analyze`, single process and on all cores.

    python benchmarks/throughput.py [--n 300] [--words 600] [--html 160] [--steps basics|all]

Plain-text articles of about --words words are built from the news gold texts in ../shared/eval
(re-cut and reshuffled paragraphs, so the content is real news prose); HTML pages are the real
pages of ../shared/data/html-pages. `--steps basics` runs the article basics of issue 2 only
(layout, language, boilerplate, links, posts, tokens, outlet, dates, quotes); `all` the full
default pipeline. Prints one figure per line, and the time per step.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTEDLY_SHARED", REPO.parent / "shared"))
BASIC_STEPS = (
    "reportedly.layout.v1", "reportedly.language_id.v1", "reportedly.boilerplate.v1", "reportedly.links.v1",
    "reportedly.embedded_posts.v1", "reportedly.tokens.v1", "reportedly.outlet.v1", "reportedly.dates.v1",
    "reportedly.quotes.v1",
)


def build_articles(n: int, words: int, seed: int = 13) -> list[str]:
    gold = [json.loads(line) for line in (SHARED / "eval" / "news-gold" / "gold.jsonl").open(encoding="utf-8")]
    paragraphs = [p for g in gold if g["lang"] == "de" for p in g["text"].split("\n\n")[1:] if len(p) > 80]
    heads = [g["headline"] for g in gold if g["lang"] == "de"]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        body, count = [], 0
        while count < words:
            p = rng.choice(paragraphs)
            body.append(p)
            count += len(p.split())
        out.append(rng.choice(heads) + "\n\n" + "\n\n".join(body))
    return out


def load_pages(limit: int) -> list[bytes]:
    folder = SHARED / "data" / "html-pages" / "pages"
    return [p.read_bytes() for p in sorted(folder.glob("*.html"))[:limit]]


_PIPE = None


def _init(steps: str, engine: str = "rules") -> None:
    global _PIPE
    from reportedly.config import DEFAULT_STEPS, build_pipeline
    from reportedly.settings import Settings

    names = BASIC_STEPS if steps == "basics" else DEFAULT_STEPS
    _PIPE = build_pipeline(steps=names, settings=Settings(attribution_engine=engine))


def _one(item) -> int:
    from reportedly.errors import ReportedlyError
    from reportedly.ingest.loader import load_bytes, load_text

    try:
        raw = load_bytes(item, html=True) if isinstance(item, bytes) else load_text(item)
    except ReportedlyError:
        return 0
    return len(_PIPE(raw).attributions) + 1


def run_single(items, steps: str, engine: str = "rules") -> tuple[float, dict]:
    from reportedly.ingest.loader import load_bytes, load_text

    _init(steps, engine)
    timings: dict[str, float] = defaultdict(float)
    t0 = time.perf_counter()
    for item in items:
        try:
            raw = load_bytes(item, html=True) if isinstance(item, bytes) else load_text(item)
        except Exception:  # noqa: BLE001 - an unreadable page counts as done
            continue
        doc = _PIPE.make_doc(raw)
        _PIPE.run(doc)
        for k, v in doc.user_data.get("timings", {}).items():
            timings[k] += v
    return time.perf_counter() - t0, timings


def run_parallel(items, steps: str, procs: int, engine: str = "rules") -> float:
    ctx = mp.get_context("fork")
    with ctx.Pool(procs, initializer=_init, initargs=(steps, engine)) as pool:
        pool.map(_one, items[:procs * 2], chunksize=1)   # warm up: load models in every worker
        t0 = time.perf_counter()
        pool.map(_one, items, chunksize=8)
        return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="plain-text articles")
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--html", type=int, default=160, help="HTML pages (max 160)")
    ap.add_argument("--steps", choices=["basics", "all"], default="all")
    ap.add_argument("--procs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--engine", default="rules", help="attribution_engine setting (rules, learned-news, ...)")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    texts = build_articles(args.n, args.words)
    pages = load_pages(args.html)
    words = sum(len(t.split()) for t in texts)
    print(f"# {len(texts)} plain-text articles (~{words // len(texts)} words), {len(pages)} HTML pages, "
          f"steps={args.steps}, attribution_engine={args.engine}")
    _init(args.steps, args.engine)
    _one(texts[0])  # load lexicons/models once before timing
    dt, timings = run_single(texts, args.steps, args.engine)
    print(f"text_single_articles_per_s={len(texts) / dt:.1f}")
    print(f"text_single_words_per_s={words / dt:.0f}")
    for name, secs in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"  step {name}: {1000 * secs / len(texts):.2f} ms/article")
    if pages:
        dt_html, _ = run_single(pages, args.steps, args.engine)
        print(f"html_single_articles_per_s={len(pages) / dt_html:.1f}")
    dt_par = run_parallel(texts, args.steps, args.procs, args.engine)
    print(f"text_parallel_{args.procs}procs_articles_per_s={len(texts) / dt_par:.1f}")
    if pages:
        dt_par_html = run_parallel(pages, args.steps, args.procs, args.engine)
        print(f"html_parallel_{args.procs}procs_articles_per_s={len(pages) / dt_par_html:.1f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak_rss_mb_main={peak:.0f} peak_rss_mb_worker={child:.0f}")


if __name__ == "__main__":
    main()
