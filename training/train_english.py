"""Train the small English tagger (CLAWS5 tags, as HanTa's English model emits them) on HanTa silver.

    nice python training/train_english.py

Input: build/silver_en.tsv (training/make_silver_en.py). 80% of the sentences train, the last 20%
measure agreement with HanTa (there is no gold English data in ../shared/data). Outputs go to
src/reportedly/data/models/en/.
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from train_german import build_vocab, matrices, split_rows  # noqa: E402

from reportedly.language.english import lexclass  # noqa: E402
from reportedly.language.german.linear import FeatureSpace, Linear, Stack, train_perceptron  # noqa: E402

OUT = ROOT / "src/reportedly/data/models/en"


def main() -> None:
    rows = []
    for line in (ROOT / "build/silver_en.tsv").open(encoding="utf-8"):
        toks, tags, lemmas = line.rstrip("\n").split("\t")
        rows.append((toks.split(" "), tags.split(" "), lemmas.split(" ")))
    k = int(len(rows) * 0.8)
    train, held = rows[:k], rows[k:]
    tags = sorted({t for _, ts, _ in rows for t in ts})
    tix = {t: i for i, t in enumerate(tags)}
    wc = Counter(w for ws, _, _ in train for w in ws)
    vocab_list = build_vocab(wc, lexclass)
    vocab = {f: i + 1 for i, f in enumerate(vocab_list)}
    V = len(vocab) + 1
    space = FeatureSpace(vocab, lexclass)
    X, b, f, la = matrices(space, [r[0] for r in train])
    y = np.concatenate([[tix[t] for t in r[1]] for r in train])
    ys = split_rows(y, b)
    W1 = train_perceptron(split_rows(X, b), ys, V, len(tags), epochs=10)
    jack = np.zeros(len(y), dtype=np.int64)
    idx = np.arange(len(train))
    Xs = split_rows(X, b)
    for fold in range(2):
        tr, te = idx[idx % 2 != fold], idx[idx % 2 == fold]
        lin = Linear(train_perceptron([Xs[i] for i in tr], [ys[i] for i in tr], V, len(tags), epochs=6), tags)
        for i in te:
            jack[b[i][0]:b[i][1]] = lin.predict(Xs[i])
    st = Stack(len(tags), V)
    W2 = train_perceptron(split_rows(np.hstack([X, st.matrix(jack, f, la)]), b), ys, V + st.size, len(tags), epochs=10)
    # held-out agreement with HanTa
    Xh, bh, fh, lh = matrices(space, [r[0] for r in held])
    yh = np.concatenate([[tix.get(t, 0) for t in r[1]] for r in held])
    p1 = Linear(W1, tags).predict(Xh)
    p2 = Linear(W2, tags).predict(np.hstack([Xh, st.matrix(p1, fh, lh)]))
    print(f"held-out agreement with HanTa: pass1 {float((p1 == yh).mean()):.4f} pass2 {float((p2 == yh).mean()):.4f} "
          f"on {len(yh)} tokens")
    OUT.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT / "vocab.txt.gz", "wt", encoding="utf-8") as fh_:
        fh_.write("\n".join(vocab_list) + "\n")
    np.savez_compressed(OUT / "weights.npz", tag1=W1.astype(np.float16), tag2=W2.astype(np.float16),
                        tag_labels=np.array(tags))
    lc = defaultdict(Counter)
    for ws, ts, ls in train:
        for w, t, lem in zip(ws, ts, ls):
            lc[(w, t)][lem] += 1
    with gzip.open(OUT / "lemmas.tsv.gz", "wt", encoding="utf-8") as fh_:
        for (w, t), c in sorted(lc.items()):
            lem = c.most_common(1)[0][0]
            if lem != w.lower() and lem != "_":
                fh_.write(f"{w}\t{t}\t{lem}\n")


if __name__ == "__main__":
    main()
