"""Train the learned attribution engines (src/reportedly/data/models/attribution/*.npz).

    nice .venv/bin/python training/attribution_learned.py [--data ../shared/data] [--epochs 8]

The script re-runs itself with PYTHONHASHSEED=0, so that its output does not depend on string hashing.

learned-gepade: GePaDe (CC0) tune split only -> attribution_gepade.npz (commercial use allowed).
learned-news:   SpkAtt news tune (+ GePaDe tune with --news-gepade) -> attribution_news.npz (inherits CC BY-NC-SA 4.0).
Splits as benchmarks/attribution.py (files sorted by name, every 5th is dev and never trained on).
Features need the rule engine's output on each document, so the rule engine runs first.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from attribution import build_doc, gold_events, split_files  # noqa: E402

from reportedly.analysis.attribution.engine import attribute  # noqa: E402
from reportedly.analysis.learned.features import (  # noqa: E402
    LABELS,
    ROLES,
    rule_roles,
    sentence_bounds,
    stack_features,
    token_features,
)
from reportedly.analysis.learned.frames import (  # noqa: E402
    FRAME_LABELS,
    DocView,
    candidate_cues,
    cue_lemma,
    frame_features,
    rule_frame,
    window_for,
)
from reportedly.analysis.learned.group import CONVENTIONS, RuleEvents, cue_companions  # noqa: E402
from reportedly.analysis.learned.model import Frames, Labeller, feature_ids  # noqa: E402
from reportedly.language.german.linear import bio_penalties, train_structured  # noqa: E402
from reportedly.pipeline import Context  # noqa: E402
from reportedly.settings import DEFAULT_SETTINGS  # noqa: E402

SHARED = Path(os.environ.get("REPORTEDLY_SHARED", Path(__file__).resolve().parents[2] / "shared"))
"""The shared data beside the repository (../shared), or $REPORTEDLY_SHARED."""

OUT = ROOT / "src/reportedly/data/models/attribution"
MIN_COUNT = 2
"""Features seen fewer times in training are dropped (smaller model, no effect on dev)."""


def gold_labels(d: dict, ids: list[str], cue_roles: tuple[str, ...]) -> list[str]:
    """Flat BIO labels: CUE over SRC over MSG; a new span where the event changes."""
    index = {x: i for i, x in enumerate(ids)}
    n = len(ids)
    role = ["O"] * n
    owner: list[set[int]] = [set() for _ in range(n)]
    rank = {"O": 0, "MSG": 1, "SRC": 2, "CUE": 3}
    for k, ev in enumerate(gold_events(d, cue_roles)):
        for r, key in zip(ROLES, ("Cue", "Source", "Message"), strict=True):
            for x in ev[key]:
                i = index.get(x)
                if i is None:
                    continue
                if rank[r] > rank[role[i]]:
                    role[i], owner[i] = r, {k}
                elif r == role[i]:
                    owner[i].add(k)
    out = []
    for i in range(n):
        if role[i] == "O":
            out.append("O")
        elif i > 0 and role[i - 1] == role[i] and owner[i - 1] & owner[i]:
            out.append("I-" + role[i])
        else:
            out.append("B-" + role[i])
    return out


INNER_FOLD = 3
"""Which quarter of tune (files by name, i % 4) `inner-dev` holds out for model selection; `--fold` sets it."""


def files(folder: Path, split: str, fold: int = INNER_FOLD) -> list[Path]:
    """`tune`, or for model selection `inner-train` / `inner-dev` (3/4 and 1/4 of tune): dev stays unseen."""
    if not split.startswith("inner"):
        return split_files(folder, split)
    return [f for i, f in enumerate(split_files(folder, "tune")) if (i % 4 == fold) == (split == "inner-dev")]


def load(folder: Path, cue_roles: tuple[str, ...], engine: str, split: str = "tune", fold: int = INNER_FOLD
         ) -> list[tuple]:
    """(doc, feature strings, label ids, gold frames) of each document of one split of one corpus (a
    gold frame: cue, source and message token indices); the rule engine runs as it will for `engine`
    (its lexicon variant follows the engine name)."""
    lab = {x: i for i, x in enumerate(LABELS)}
    ctx = Context(replace(DEFAULT_SETTINGS, attribution_engine=engine))
    out = []
    for f in files(folder, split, fold):
        d = json.loads(f.read_text("utf-8"))
        doc, ids = build_doc([(s["SentenceId"], s["Tokens"]) for s in d["Sentences"]])
        attribute(doc, ctx)
        feats = token_features(doc, rule_roles(doc))
        gold = gold_labels(d, ids, cue_roles)
        rows = [i for s in doc.sentences for i in range(s.first, s.last)]
        y = np.array([lab[gold[i]] for i in rows], dtype=np.int64)
        for a, _b in sentence_bounds(doc):  # one sequence per sentence: a message running on starts anew
            if LABELS[y[a]].startswith("I-"):
                y[a] -= 1
        index = {x: i for i, x in enumerate(ids)}
        frames = [([index[x] for x in sorted(ev["Cue"], key=index.get) if x in index],
                   {index[x] for x in ev["Source"] if x in index}, {index[x] for x in ev["Message"] if x in index})
                  for ev in gold_events(d, cue_roles)]
        out.append((doc, feats, y, [f for f in frames if f[0]]))
    return out


def sentences(docs: list[tuple], Xs: list[np.ndarray]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Per-sentence training sequences."""
    xs, ys = [], []
    for (doc, _f, y, _g), X in zip(docs, Xs, strict=True):
        for a, b in sentence_bounds(doc):
            xs.append(X[a:b])
            ys.append(y[a:b])
    return xs, ys


def train(name: str, docs: list[tuple], epochs: int, folds: int, frames: bool, primary: int | None = None) -> None:
    """Pass 1 on the token features; pass 2 also on pass-1 labels, taken out-of-fold (jackknife);
    the frame model (if `frames`) on the gold cues with the out-of-fold pass-1 labels. The cue
    conventions come from the first `primary` documents (the corpus the model is named after)."""
    t0 = time.perf_counter()
    counts: Counter[str] = Counter(f for _d, feats, _y, _g in docs for row in feats for f in row)
    names = [f for f, c in counts.items() if c >= MIN_COUNT]
    model = Labeller({f: i + 1 for i, f in enumerate(names)}, np.zeros((1, 1)), np.zeros((8, 7)))
    Xs = [model.ids(feats) for _d, feats, _y, _g in docs]
    pen = bio_penalties(LABELS)
    oof: list[list[str]] = [[] for _ in docs]
    for k in range(folds):
        inside = [i for i in range(len(docs)) if i % folds != k]
        W, T = train_structured(*sentences([docs[i] for i in inside], [Xs[i] for i in inside]),
                                len(names) + 1, LABELS, epochs=epochs, log=_quiet)
        for i in range(len(docs)):
            if i % folds == k:
                y = Labeller.decode(W, pen + T, Xs[i], sentence_bounds(docs[i][0]))
                oof[i] = [LABELS[j] for j in y]
    W, T = train_structured(*sentences(docs, Xs), len(names) + 1, LABELS, epochs=epochs, log=_quiet)
    if folds < 2:  # one pass only
        return _save(name, Labeller(model.vocab, W, T), docs, t0)
    stack = [stack_features(d, labels) for (d, _f, _y, _g), labels in zip(docs, oof, strict=True)]
    for f in sorted({f for rows in stack for row in rows for f in row}):
        model.vocab[f] = len(model.vocab) + 1
    n = len(model.vocab) + 1
    W = np.vstack([W, np.zeros((n - W.shape[0], W.shape[1]), dtype=W.dtype)])
    X2s = [np.hstack([model.ids(feats), model.ids(st)]) for (_d, feats, _y, _g), st in zip(docs, stack, strict=True)]
    W2, T2 = train_structured(*sentences(docs, X2s), n, LABELS, epochs=epochs, log=_quiet)
    _save(name, Labeller(model.vocab, W, T, W2, T2, train_frames(docs, oof, epochs) if frames else None,
                         learn_conventions(docs[:primary])), docs, t0)


def learn_conventions(docs: list[tuple]) -> frozenset[str]:
    """The conventions (group.CONVENTIONS) most gold events of the corpus follow: does a cue include
    the auxiliary of its participle / infinitive, the reflexive after its verb?"""
    votes: Counter[tuple[str, bool]] = Counter()
    for doc, _f, _y, gold in docs:
        for cue, _s, _msg in gold:
            for i in cue:
                for name in CONVENTIONS:
                    companions = cue_companions(doc.tokens, [i], frozenset({name}))
                    if companions:
                        votes[name, companions[0] in cue] += 1
    found = frozenset(n for n in CONVENTIONS if votes[n, True] > votes[n, False])
    shares = (f"{n} {votes[n, True]}/{votes[n, True] + votes[n, False]}" for n in CONVENTIONS)
    print(f"  conventions (cues with the companion / cues that have one): {', '.join(shares)}")
    return found


def frame_labels(window: tuple[int, int], src: set[int], msg: set[int]) -> list[str]:
    """BIO labels of one gold frame's window (source over message)."""
    roles = ["SRC" if i in src else "MSG" if i in msg else "O" for i in range(*window)]
    return ["O" if r == "O" else ("I-" if k and roles[k - 1] == r else "B-") + r for k, r in enumerate(roles)]


def train_frames(docs: list[tuple], oof: list[list[str]], epochs: int) -> Frames:
    """The frame model: on the gold cues (origin "flat" where the out-of-fold pass 1 labels them a cue,
    else "cand") with their source and message, and on the candidate cue words that are no gold cue,
    with nothing, so that a candidate's frame learns to stay empty unless it reads like speech."""
    lab = {x: i for i, x in enumerate(FRAME_LABELS)}
    cue_lemmas = learn_cue_lemmas(docs)
    offsets: Counter[int] = Counter()
    for doc, _f, _y, gold in docs:
        for cue, src, msg in gold:
            offsets.update(doc.tokens[i].sent - doc.tokens[cue[0]].sent for i in src | msg)
    window = window_for(offsets)
    print(f"  frame window: {window[0]} sentence(s) before, {window[1]} after")
    rows_feats, ys = [], []
    for (doc, _f, _y, gold), labels in zip(docs, oof, strict=True):
        first = ["O"] * len(doc.tokens)
        for i, x in zip((i for s in doc.sentences for i in range(s.first, s.last)), labels, strict=True):
            first[i] = x
        view, rules = DocView(doc, first, rule_roles(doc), window), RuleEvents(doc)
        gold_cue = {i for cue, _s, _m in gold for i in cue}
        flat_cue = {i for i, x in enumerate(first) if x.endswith("CUE")}
        negatives = [(cue, set(), set()) for cue in candidate_cues(view, gold_cue | flat_cue, cue_lemmas)]
        for cue, src, msg in gold + negatives:
            origin = "flat" if flat_cue & set(cue) else "cand"
            span, rows = frame_features(view, cue, rule_frame(rules, cue), origin)
            rows_feats.append(rows)
            ys.append(np.array([lab[x] for x in frame_labels(span, src, msg)], dtype=np.int64))
    counts: Counter[str] = Counter(f for rows in rows_feats for row in rows for f in row)
    vocab = {f: i + 1 for i, f in enumerate(f for f, c in counts.items() if c >= MIN_COUNT)}
    Xs = [feature_ids(vocab, rows) for rows in rows_feats]
    W, T = train_structured(Xs, ys, len(vocab) + 1, FRAME_LABELS, epochs=epochs, log=_quiet,
                            miss_cost=FRAME_MISS_COST)
    return Frames(vocab, W, T, cue_lemmas, window, FRAME_O_BIAS)


FRAME_MISS_COST = 100.0
FRAME_O_BIAS = 50.0
"""The frame model under-finds messages and sources (inner-dev recall well below precision), and a cue
whose frame has no message is dropped. So it trains cost-augmented (train_structured's `miss_cost`: a
gold role token must beat "O" by this margin) and decodes with "O" this much less likely (Frames.o_bias;
the averaged weights have about the same scale whatever the training size). Chosen on inner-dev, folds 3
and 1: GePaDe joint 0.6220 -> 0.6434 and 0.6305 -> 0.6383 (cost alone 0.6327 / 0.6365)."""


CUE_LEMMA_MIN = 2
CUE_LEMMA_SHARE = 0.35
"""A lemma is a candidate cue if it is a gold cue word at least this often and in this share of its uses."""
NOT_CUE_HEADS = frozenset({"VAFIN", "VMFIN", "PRF", "PTKVZ", "ART", "PPER", "PTKNEG", "PAV", "ADV", "KOKOM", "PWAV"})


def learn_cue_lemmas(docs: list[tuple]) -> frozenset[str]:
    """Lemmas of the gold cue words (auxiliaries, particles and other companions left out) that are a
    cue often enough: the candidates the frame model tries where the labeller found no cue."""
    as_cue: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for doc, _f, _y, gold in docs:
        cue_words = {i for cue, _s, _m in gold for i in cue if doc.tokens[i].tag not in NOT_CUE_HEADS}
        for i, t in enumerate(doc.tokens):
            seen[cue_lemma(t)] += 1
            if i in cue_words:
                as_cue[cue_lemma(t)] += 1
    out = frozenset(w for w, c in as_cue.items() if c >= CUE_LEMMA_MIN and c >= CUE_LEMMA_SHARE * seen[w])
    print(f"  candidate cue lemmas: {len(out)}")
    return out


def _quiet(_msg: str) -> None:
    pass


def _save(name: str, model: Labeller, docs: list[tuple], t0: float) -> None:
    path = OUT / f"attribution_{name}.npz"
    model.save(path)
    print(f"{name}: {sum(len(y) for _d, _f, y, _g in docs)} tokens, {len(model.vocab)} features, "
          f"{time.perf_counter() - t0:.0f} s, {path.stat().st_size / 1e6:.1f} MB -> {path}")


HASH_SEED = "0"
"""Session 8: the news model came out in one of two versions depending on Python's string hashing: the rule
engine chose a separable particle by set order ("zurückmelden": "zu" or "zurück"; fixed in
`cues._other_particle_verb`). The seed stays pinned so that any such tie cannot make a retrain differ."""


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != HASH_SEED:  # re-run under the pinned seed (must be set at start-up)
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": HASH_SEED})
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(SHARED / "data"))
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--folds", type=int, default=4, help="jackknife folds for the second pass's inputs")
    ap.add_argument("--only", choices=("gepade", "news"), default=None)
    ap.add_argument("--news-gepade", action="store_true", help="train learned-news on GePaDe tune too")
    ap.add_argument("--frames", default="gepade", choices=("gepade", "news", "both", "none"),
                    help="which models get the per-cue frame model (chosen on the inner split)")
    ap.add_argument("--split", default="tune", choices=("tune", "inner-train"), help="inner-train: for selection")
    ap.add_argument("--fold", type=int, default=INNER_FOLD, choices=range(4),
                    help="the quarter of tune that inner-train leaves out (benchmarks/attribution_learned.py --fold)")
    args = ap.parse_args()
    data = Path(args.data)
    OUT.mkdir(parents=True, exist_ok=True)
    if args.only in (None, "gepade"):
        train("gepade", load(data / "gepade/train", ("Cue", "PTC"), "learned-gepade", args.split, args.fold),
              args.epochs, args.folds, args.frames in ("gepade", "both"))
    if args.only in (None, "news"):
        news = load(data / "spkatt-news/train", ("Cue",), "learned-news", args.split, args.fold)
        primary = len(news)
        if args.news_gepade:
            news += load(data / "gepade/train", ("Cue", "PTC"), "learned-news", args.split, args.fold)
        train("news", news, args.epochs, args.folds, args.frames in ("news", "both"), primary)


if __name__ == "__main__":
    main()
