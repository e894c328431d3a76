"""List the SpkAtt/GePaDe gold events the engine misses on the TUNE split, grouped by construction.

    nice .venv/bin/python training/attribution_missed.py [news|gepade] [--examples N] [--source]

A gold event is "missed" when no predicted event overlaps it (after the benchmark's 1:1 alignment);
with --source, events that are found but whose Source tokens do not overlap are listed instead.
Events are grouped by the cue's lemma (or word form) and the POS pattern of the cue, largest class
first, with a few example sentences each. Only the tune split is read (files sorted, index % 5 != 4);
the dev split stays untouched.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from attribution import ROLES, build_doc, gold_events, predicted_events, split_files  # noqa: E402

from reportedly.analysis.attribution.engine import attribute  # noqa: E402

SHARED = Path(os.environ.get("REPORTEDLY_SHARED", Path(__file__).resolve().parents[2] / "shared"))
"""The shared data beside the repository (../shared), or $REPORTEDLY_SHARED."""


def align(gold: list[dict], pred: list[dict]) -> dict[int, int]:
    pairs = sorted(
        ((sum(len(g[r] & p[r]) for r in ROLES), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        reverse=True,
    )
    out, used = {}, set()
    for ov, gi, pi in pairs:
        if ov and gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


def main() -> None:
    corpus = "gepade" if "gepade" in sys.argv else "news"
    n_ex = int(sys.argv[sys.argv.index("--examples") + 1]) if "--examples" in sys.argv else 2
    want_source = "--source" in sys.argv
    folder = (SHARED / "data") / ("gepade/train" if corpus == "gepade" else "spkatt-news/train")
    roles = ("Cue", "PTC") if corpus == "gepade" else ("Cue",)
    classes: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    total = missed = 0
    for f in split_files(folder, "tune"):
        d = json.loads(f.read_text("utf-8"))
        doc, ids = build_doc([(s["SentenceId"], s["Tokens"]) for s in d["Sentences"]])
        attribute(doc, None)
        gold, pred = gold_events(d, roles), predicted_events(doc, ids)
        match = align(gold, pred)
        where = {tid: k for k, tid in enumerate(ids)}
        for gi, g in enumerate(gold):
            total += 1
            if want_source:
                if gi not in match or not g["Source"] or g["Source"] & pred[match[gi]]["Source"]:
                    continue
            elif gi in match:
                continue
            missed += 1
            cue = sorted(where[c] for c in g["Cue"] if c in where)
            toks = [doc.tokens[k] for k in cue]
            lemma = " ".join((t.lemma or t.text).lower() for t in toks) or "(no cue)"
            pos = " ".join(t.pos or "?" for t in toks)
            key = f"{lemma} [{pos}]"
            classes[key] += 1
            if len(examples[key]) < n_ex:
                allk = sorted(where[x] for r in ROLES for x in g[r] if x in where)
                if allk:
                    s = doc.tokens[allk[0]].sent
                    sent = doc.sentences[s]
                    order = sorted(g["Source"], key=lambda x: where.get(x, 0))
                    src = " ".join(doc.tokens[where[x]].text for x in order)
                    if want_source and gi in match:
                        got = " ".join(doc.tokens[where[x]].text for x in pred[match[gi]]["Source"] if x in where)
                        src += f"  (got: {got})"
                    examples[key].append(f"{doc.text[sent.start:sent.end][:220]}  || SRC: {src}")
    print(f"{corpus} tune: {missed} of {total} gold events {'with wrong source' if want_source else 'missed'}")
    for key, n in classes.most_common(60):
        print(f"{n:4d}  {key}")
        for ex in examples[key]:
            print(f"        {ex}")


if __name__ == "__main__":
    main()
