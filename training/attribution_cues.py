"""Mine the German cue lexicon (data/attribution/cues_de.tsv) from the SpkAtt training splits.

A word form becomes a cue candidate when annotators marked it as (part of) a Cue often enough
relative to how often it occurs at all. We keep its counts so the engine (and a reader) can see
how reliable each cue is. Only the tuning part of each corpus is read: files are sorted by name
and every 5th file (index % 5 == 4) is held out as dev, the same split benchmarks/attribution.py
scores on.

    python training/attribution_cues.py [../shared/data]

Sources: SpkAtt 2023 Task 2 news (German Wikinews, CC BY-NC-SA 4.0) and GePaDe-SpkAtt (CC0).
The shipped files hold word forms and counts only, no text: cues_de.tsv both corpora (news columns
CC BY-NC-SA, engine "rules-news"), cues_de.open.tsv GePaDe only (CC0, the default engine "rules").
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

SHARED = Path(os.environ.get("REPORTEDLY_SHARED", Path(__file__).resolve().parents[2] / "shared"))
"""The shared data beside the repository (../shared), or $REPORTEDLY_SHARED."""

DATA = Path(sys.argv[1] if len(sys.argv) > 1 else SHARED / "data")
OUT = Path(__file__).resolve().parents[1] / "src/reportedly/data/attribution/cues_de.tsv"
OUT_OPEN = OUT.with_name("cues_de.open.tsv")
"""GePaDe (CC0) counts only: what the default engine "rules" ships and uses (see CARD.md)."""
MIN_COUNT = 2
MIN_RATE = 0.2


def tuning_files(folder: Path) -> list[Path]:
    files = sorted(folder.glob("*.json"))
    return [f for i, f in enumerate(files) if i % 5 != 4]


def count(folder: Path, cue_roles: tuple[str, ...]) -> tuple[Counter, Counter]:
    cue, total = Counter(), Counter()
    for f in tuning_files(folder):
        doc = json.loads(f.read_text("utf-8"))
        words = {(s["SentenceId"], i): w.lower() for s in doc["Sentences"] for i, w in enumerate(s["Tokens"])}
        for w in words.values():
            total[w] += 1
        marked = set()
        for ann in doc["Annotations"]:
            for role in cue_roles:
                for ref in ann.get(role, []):
                    s, i = ref.split(":")
                    marked.add((int(s), int(i)))
        for key in marked:
            if key in words:
                cue[words[key]] += 1
    return cue, total


def main() -> None:
    news_cue, news_total = count(DATA / "spkatt-news/train", ("Cue",))
    parl_cue, parl_total = count(DATA / "gepade/train", ("Cue", "PTC"))
    rows = []
    for w in set(news_cue) | set(parl_cue):
        c, t = news_cue[w] + parl_cue[w], news_total[w] + parl_total[w]
        if c >= MIN_COUNT and c / t >= MIN_RATE and any(ch.isalpha() for ch in w):
            rows.append((w, news_cue[w], news_total[w], parl_cue[w], parl_total[w]))
    rows.sort(key=lambda r: (-(r[1] + r[3]), r[0]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(
            "# form\tnews_cue\tnews_total\tparl_cue\tparl_total"
            "  (training/attribution_cues.py, see CARD.md)\n"
        )
        for r in rows:
            fh.write("\t".join(map(str, r)) + "\n")
    print(f"{len(rows)} cue forms -> {OUT}")
    open_rows = sorted(
        ((w, parl_cue[w], parl_total[w]) for w in parl_cue
         if parl_cue[w] >= MIN_COUNT and parl_cue[w] / parl_total[w] >= MIN_RATE and any(ch.isalpha() for ch in w)),
        key=lambda r: (-r[1], r[0]),
    )
    with OUT_OPEN.open("w", encoding="utf-8") as fh:
        fh.write("# form\tparl_cue\tparl_total  (GePaDe tune split only, CC0; training/attribution_cues.py)\n")
        for r in open_rows:
            fh.write("\t".join(map(str, r)) + "\n")
    print(f"{len(open_rows)} cue forms (GePaDe only) -> {OUT_OPEN}")


if __name__ == "__main__":
    main()
