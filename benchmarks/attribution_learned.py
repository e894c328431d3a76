"""The learned attribution engines next to the rules: SpkAtt news dev, GePaDe dev, news gold (de).

    nice .venv/bin/python benchmarks/attribution_learned.py [--data ../shared/data] [--split dev]
        [--only news|gepade|gold] [--engines rules,rules-news,learned-gepade,learned-news]

Same documents, split and scorer as benchmarks/attribution.py (imported from it): token-level F1 for
Cue, Source and Message after 1:1 event alignment, and the micro average (joint). The news gold
figures come from ../shared/eval/score_news_gold.py over `reportedly analyze --setting
attribution_engine=NAME`. SpkAtt news is scored with its conventions (quotations inside a paraphrase
as events of their own, quotation marks inside a quoted message: see benchmarks/attribution.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution import GOLD, ROLES, SCORER, build_doc, f1, gold_events, predicted_events, score, split_files  # noqa: E402

from reportedly.analysis.attribution.engine import attribute  # noqa: E402
from reportedly.analysis.learned.step import attribute_learned  # noqa: E402
from reportedly.pipeline import Context  # noqa: E402
from reportedly.settings import DEFAULT_SETTINGS  # noqa: E402

SHARED = Path(os.environ.get("REPORTEDLY_SHARED", Path(__file__).resolve().parents[2] / "shared"))
"""The shared data beside the repository (../shared), or $REPORTEDLY_SHARED."""

ENGINES = ("rules", "rules-news", "learned-gepade", "learned-news")
FOLD = 3
"""The quarter of tune (i % 4) that `--split inner-dev` scores; `--fold` sets it (training/attribution_learned.py)."""


def spkatt(folder: Path, split: str, cue_roles: tuple[str, ...], label: str, engines: list[str],
           news_conventions: bool = False, fold: int = FOLD, speech_acts: bool = False) -> None:
    counts = {e: {r: [0, 0, 0] for r in ROLES} for e in engines}
    secs = dict.fromkeys(engines, 0.0)
    ctxs = {e: Context(replace(DEFAULT_SETTINGS, attribution_engine=e)) for e in engines}
    files = split_files(folder, split) if not split.startswith("inner") else [
        f for i, f in enumerate(split_files(folder, "tune")) if i % 4 == fold]  # model selection (training --split)
    ntok = 0
    for f in files:
        d = json.loads(f.read_text("utf-8"))
        doc, ids = build_doc([(s["SentenceId"], s["Tokens"]) for s in d["Sentences"]])
        ntok += len(doc.tokens)
        gold = gold_events(d, cue_roles)
        for e in engines:
            t0 = time.perf_counter()
            (attribute if e.startswith("rules") else attribute_learned)(doc, ctxs[e])
            secs[e] += time.perf_counter() - t0
            score(gold, predicted_events(doc, ids, news_conventions, speech_acts), counts[e])
    print(f"\n{label} ({split}: {len(files)} docs, {ntok} tokens)")
    print(f"  {'engine':15s} " + " ".join(f"{r:>8s}" for r in (*ROLES, "joint")) + "   tok/s")
    for e in engines:
        fs = [f1(*counts[e][r])[2] for r in ROLES]
        total = [sum(c[k] for c in counts[e].values()) for k in range(3)]
        fs.append(f1(*total)[2])
        print(f"  {e:15s} " + " ".join(f"{x:8.3f}" for x in fs) + f"   {ntok / max(secs[e], 1e-9):,.0f}")


def news_gold(engines: list[str]) -> None:
    for e in engines:
        cmd = [sys.executable, SCORER, GOLD, "--lang", "de", "--", str(Path(sys.executable).parent / "reportedly"),
               "analyze", "--format", "jsonl", "--setting", f"attribution_engine={e}"]
        print(f"\nnews gold de, {e}: $ {' '.join(cmd)}")
        r = subprocess.run(cmd, capture_output=True, text=True)
        print("  " + "\n  ".join((r.stdout.strip() or r.stderr.strip()).splitlines()[-9:]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(SHARED / "data"))
    ap.add_argument("--split", default="dev", choices=("dev", "tune", "all", "inner-dev"))
    ap.add_argument("--only", default=None, choices=("news", "gepade", "gold"))
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--fold", type=int, default=FOLD, choices=range(4),
                    help="inner-dev: the quarter of tune to score (train with the same --fold)")
    args = ap.parse_args()
    engines = args.engines.split(",")
    data = Path(args.data)
    print(f"$ {' '.join(sys.argv)}")
    if args.only in (None, "news"):
        spkatt(data / "spkatt-news/train", args.split, ("Cue",), "SpkAtt news", engines, news_conventions=True,
               fold=args.fold)
    if args.only in (None, "gepade"):
        spkatt(data / "gepade/train", args.split, ("Cue", "PTC"), "GePaDe", engines, fold=args.fold, speech_acts=True)
    if args.only in (None, "gold"):
        news_gold(engines)


if __name__ == "__main__":
    main()
