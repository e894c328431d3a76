"""Benchmark of the claims steps: news-gold quantities and hedges, the seed article, headline pairs, speed.

Run: .venv/bin/python benchmarks/claims.py [--skip-scorer]

1. news-gold recall via ../shared/eval/score_news_gold.py (the official lines), plus precision computed
   here with the scorer's own matching (quantities: overlapping span and equal value; hedges: overlap).
   Gold lists are not exhaustive, so precision is a lower bound; it is reported so that a result that
   marks every number or modal verb shows up.
2. Seed article: the five quantity claims with value, unit and source; the four hedges; the headline.
3. Accuracy on benchmarks/data/headlines.jsonl (our own pairs: supported / stronger_than_body / unsupported).
4. Time of the four claims steps per 600 words of text.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from reportedly.ingest.record import RawDocument
from reportedly.pipeline import default_pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "eval" / "news-gold" / "gold.jsonl"
SCORER = SHARED / "eval" / "score_news_gold.py"
SEED = SHARED / "examples" / "seed-article.txt"
PAIRS = ROOT / "benchmarks" / "data" / "headlines.jsonl"
MINE = ("reportedly.quantities.v1", "reportedly.hedges.v1", "reportedly.claims.v1", "reportedly.headline.v1")

SEED_QUANTITIES = [
    (43000, "Kämpfer", "Verteidigungsministerium"),
    (1831, "Panzerfahrzeuge", "Konaschenkow"),
    (25, "Leopard-Panzer", "Konaschenkow"),
    (7, "AMX-Radpanzer", "Konaschenkow"),
    (21, "Bradley-Schützenpanzer", "Konaschenkow"),
]
SEED_HEDGES = ["wohl", "offenbar", "könnte", "Möglicherweise"]


def analyse(pipeline, text: str):
    doc = pipeline.make_doc(RawDocument(text=text))
    pipeline.run(doc)
    return doc


def official_scorer() -> None:
    cmd = [
        sys.executable,
        str(SCORER),
        str(GOLD),
        "--",
        str(ROOT / ".venv" / "bin" / "reportedly"),
        "analyze",
        "--format",
        "jsonl",
    ]
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith(("quantities", "hedges")):
            print("  scorer:", line)


def news_gold(pipeline) -> dict:
    c = Counter()
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        a = analyse(pipeline, g["text"]).analysis
        text = g["text"]
        pq = [q for cl in a.claims for q in cl.quantities]
        gq = []
        for q in g.get("quantities", []):
            s = _find(text, q["text"], q.get("text_occurrence", 0))
            gq.append((s, s + len(q["text"]), float(q["value"])))
        c["q_gold"] += len(gq)
        c["q_pred"] += len(pq)
        c["q_found"] += sum(
            any(p.span.start < e and s < p.span.end and _eq(p.value, v) for p in pq) for s, e, v in gq
        )
        c["q_right"] += sum(
            any(p.span.start < e and s < p.span.end and _eq(p.value, v) for s, e, v in gq) for p in pq
        )
        gh = [(_find(text, h, 0), _find(text, h, 0) + len(h)) for h in g.get("hedges", [])]
        c["h_gold"] += len(gh)
        c["h_pred"] += len(a.hedges)
        c["h_found"] += sum(any(h.span.start < e and s < h.span.end for h in a.hedges) for s, e in gh)
        c["h_right"] += sum(any(h.span.start < e and s < h.span.end for s, e in gh) for h in a.hedges)
    return {
        "quantities_recall": c["q_found"] / max(1, c["q_gold"]),
        "quantities_precision": c["q_right"] / max(1, c["q_pred"]),
        "quantities_counts": f"pred {c['q_pred']}, gold {c['q_gold']}",
        "hedges_recall": c["h_found"] / max(1, c["h_gold"]),
        "hedges_precision": c["h_right"] / max(1, c["h_pred"]),
        "hedges_counts": f"pred {c['h_pred']}, gold {c['h_gold']}",
    }


def seed_checks(pipeline) -> list[tuple[str, bool, str]]:
    doc = analyse(pipeline, SEED.read_text(encoding="utf-8"))
    a = doc.analysis
    by_id = {x.id: x for x in a.attributions}
    rows = []
    for value, unit, source in SEED_QUANTITIES:
        hits = [(q, c) for c in a.claims for q in c.quantities if q.value == value]
        got = "missing"
        ok = False
        if hits:
            q, c = hits[0]
            chain = a.chain(by_id[c.attribution]) if c.attribution in by_id else ["(outlet)"]
            got = f"{q.value:g} {q.unit!r} {q.approximation} ← {' → '.join(chain)}"
            ok = unit in (q.unit or "") and any(source in name for name in chain)
        rows.append((f"quantity {value} {unit} from {source}", ok, got))
    found = [h.span.text for h in a.hedges]
    rows.append(("hedges " + ", ".join(SEED_HEDGES), sorted(found) == sorted(SEED_HEDGES), ", ".join(found)))
    h = a.headline
    rows.append(
        (
            "headline stronger_than_body",
            h is not None and h.assessment == "stronger_than_body",
            f"{h.assessment}: {h.explanation}" if h else "none",
        )
    )
    return rows


def headline_pairs(pipeline) -> tuple[float, Counter, list[str]]:
    confusion: Counter = Counter()
    wrong = []
    rows = [json.loads(x) for x in PAIRS.read_text(encoding="utf-8").splitlines() if x.strip()]
    for r in rows:
        h = analyse(pipeline, r["text"]).analysis.headline
        got = h.assessment if h else "none"
        confusion[(r["label"], got)] += 1
        if got != r["label"]:
            wrong.append(f"{r['id']} gold={r['label']} got={got}: {r['text'].splitlines()[0][:60]}")
    right = sum(n for (g, p), n in confusion.items() if g == p)
    return right / max(1, len(rows)), confusion, wrong


def speed(pipeline) -> float:
    """Milliseconds of the four claims steps per 600 words, over the news-gold texts, best of 3."""
    texts = [json.loads(x)["text"] for x in GOLD.read_text(encoding="utf-8").splitlines()]
    best = float("inf")
    for _ in range(3):
        total, words = 0.0, 0
        for t in texts:
            doc = analyse(pipeline, t)
            total += sum(doc.user_data["timings"].get(n, 0.0) for n in MINE)
            words += len(t.split())
        best = min(best, total * 1000 / words * 600)
    return best


def _find(text: str, sub: str, k: int) -> int:
    i = -1
    for _ in range(k + 1):
        i = text.find(sub, i + 1)
    return i


def _eq(a: float, b: float) -> bool:
    return abs(a - b) < 1e-6 * max(1.0, abs(b))


def main() -> None:
    pipeline = default_pipeline()
    print("news-gold (../shared/eval/news-gold, 30 articles)")
    if "--skip-scorer" not in sys.argv:
        official_scorer()
    for k, v in news_gold(pipeline).items():
        print(f"  {k}: {v:.3f}" if isinstance(v, float) else f"  {k}: {v}")
    print("seed article")
    for name, ok, got in seed_checks(pipeline):
        print(f"  [{'ok' if ok else 'FAIL'}] {name}: {got}")
    acc, confusion, wrong = headline_pairs(pipeline)
    print(f"headline pairs ({PAIRS.name}): accuracy={acc:.3f}")
    for (g, p), n in sorted(confusion.items()):
        print(f"  gold={g:<20} got={p:<20} {n}")
    for w in wrong:
        print("  miss:", w)
    print(f"speed: claims steps {speed(pipeline):.2f} ms per 600 words")


if __name__ == "__main__":
    main()
