"""Train the German tagger (STTS, two stacked passes), the UPOS head, the NER head and the lemma table.

    nice python training/train_german.py [--epochs 12]

Inputs: build/silver_de.tsv (training/make_silver.py), the lexicon (training/build_lexicon.py),
UD GSD dev (gold), GermEval 2014 (training split, see corpora.py). Outputs go to
src/reportedly/data/models/de/: vocab.txt.gz, weights.npz, lemmas.tsv.gz, mood_prior.tsv,
gazetteer.tsv.gz, wordstats.tsv.gz.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from corpora import DATA, germeval_split, gsd, read_germeval, read_silver  # noqa: E402

from reportedly.language.german.annotator import word_stats_feature  # noqa: E402
from reportedly.language.german.lexicon import Lexicon  # noqa: E402
from reportedly.language.german.linear import (  # noqa: E402
    CTX,
    FeatureSpace,
    Stack,
    flatten,
    sentence_bounds_arrays,
    train_perceptron,
    train_structured,
    word_features,
)

MODELS = ROOT / "src/reportedly/data/models/de"
MIN_COUNT = 2
UPOS_DEFAULT = {"APPRART": "ADP", "PTKANT": "INTJ", "ITJ": "INTJ", "FM": "X", "XY": "X", "NNE": "PROPN",
                "PPOSS": "PRON", "VAIMP": "AUX", "VMPP": "AUX", "PRELAT": "DET"}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def build_vocab(word_counts: Counter, lexclass, extra=None) -> list[str]:
    feats: Counter = Counter()
    for w, c in word_counts.items():
        own, ctx = word_features(w, lexclass, extra)
        for f in own:
            feats[f] += c
        for fs in ctx.values():
            for f in fs:
                feats[f] += c
    for off, temps in CTX.items():
        for special in ("<S>", "</S>"):
            for t in temps:
                feats[f"{off}{t}={special}"] += MIN_COUNT
    return sorted(f for f, c in feats.items() if c >= MIN_COUNT)


def matrices(space: FeatureSpace, sents: list[list[str]]):
    words, bounds = flatten(sents)
    X = space.matrix(words, bounds)
    first, last = sentence_bounds_arrays(len(words), bounds)
    return X, bounds, first, last


def split_rows(M: np.ndarray, bounds):
    return [M[a:b] for a, b in bounds]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--gold-weight", type=int, default=3,
                    help="how many times each GSD dev sentence counts in the STTS passes (silver counts once)")
    ap.add_argument("--gold-weight-upos", type=int, default=3,
                    help="how many times each GSD dev sentence counts in the UPOS head (silver counts once)")
    ap.add_argument("--silver", default=str(ROOT / "build/silver_de.tsv"))
    ap.add_argument("--out", default=None, help="output folder (default: the shipped models)")
    ap.add_argument("--ner-tune", action="store_true",
                    help="NER trained on the first 60%% of GermEval test only (so GermEval dev can score it)")
    ap.add_argument("--pos-tune", action="store_true",
                    help="train on the even GSD dev sentences only (score the odd ones; use with --out)")
    args = ap.parse_args()
    global MODELS
    out = Path(args.out) if args.out else MODELS
    if out != MODELS:
        out.mkdir(parents=True, exist_ok=True)
        import shutil
        shutil.copy(MODELS / "lexicon.tsv.gz", out / "lexicon.tsv.gz")
        MODELS = out

    lex = Lexicon(MODELS / "lexicon.tsv.gz")
    log("reading corpora")
    gdev = gsd("dev")
    if args.pos_tune:  # tuning run: train on every other GSD dev sentence, score on the rest
        gdev = gdev[::2]
    ner_train, ner_eval = germeval_split(full=False)
    if args.ner_tune:
        ner_train = ner_train[len(list(read_germeval(DATA / "germeval2014" / "NER-de-dev.tsv"))):]
    exclude = {" ".join(t for t, _ in s) for s in ner_eval}
    silver = list(read_silver(Path(args.silver), exclude))
    log(f"silver {len(silver)} sentences, GSD dev {len(gdev)}, NER train {len(ner_train)} / eval {len(ner_eval)}")

    # ---- STTS label set and training data (gold GSD dev weighted x3) ----
    pos_sents = [s[0] for s in silver] + [[t[0] for t in s] for s in gdev]
    pos_tags = [s[1] for s in silver] + [[t[3] for t in s] for s in gdev]
    pos_weight = [1] * len(silver) + [args.gold_weight] * len(gdev)
    stts = sorted({t for s in pos_tags for t in s})
    stts_idx = {t: i for i, t in enumerate(stts)}

    # UPOS: gold for GSD dev; silver via (STTS, word) -> majority UPOS learned on GSD dev
    m_tag: dict[str, Counter] = defaultdict(Counter)
    m_word: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for s in gdev:
        for form, _, upos, xpos, _ in s:
            m_tag[xpos][upos] += 1
            m_word[(xpos, form.lower())][upos] += 1

    def to_upos(tag: str, w: str) -> str:
        c = m_word.get((tag, w.lower()))
        if c:
            return c.most_common(1)[0][0]
        c = m_tag.get(tag)
        if c:
            return c.most_common(1)[0][0]
        return UPOS_DEFAULT.get(tag, "X")

    upos_tags = [[to_upos(t, w) for w, t in zip(ws, ts)] for ws, ts in zip(pos_sents[: len(silver)], pos_tags)]
    upos_tags += [[t[2] for t in s] for s in gdev]
    upos = sorted({t for s in upos_tags for t in s})
    upos_idx = {t: i for i, t in enumerate(upos)}

    ner_labels = ["O"] + [f"{b}-{t}" for t in ("PER", "ORG", "LOC") for b in "BI"]
    ner_idx = {t: i for i, t in enumerate(ner_labels)}
    ner_sents = [[t for t, _ in s] for s in ner_train]
    ner_y = [np.array([ner_idx[lab] for _, lab in s]) for s in ner_train]

    # ---- feature vocabulary ----
    wc: Counter = Counter()
    for s in pos_sents + ner_sents:
        wc.update(s)
    # how often HanTa tagged each word NE in the silver data: a name-likeness feature from raw text
    ne_c: Counter = Counter()
    all_c: Counter = Counter()
    for toks, tags, _ in silver:
        all_c.update(toks)
        ne_c.update(w for w, t in zip(toks, tags) if t == "NE")
    ne_ratio = {w: ne_c[w] / c for w, c in all_c.items() if c >= 2}
    # dominant silver tag of each lower-case word in non-initial position: lets "Möglicherweise"
    # at the start of a sentence look like "möglicherweise"
    low_tags: dict[str, Counter] = defaultdict(Counter)
    for toks, tags, _ in silver:
        for j in range(1, len(toks)):
            if toks[j][:1].islower():
                low_tags[toks[j]][tags[j]] += 1
    lower_tag = {w: c.most_common(1)[0][0] for w, c in low_tags.items() if sum(c.values()) >= 2}
    with gzip.open(MODELS / "wordstats.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        for w, r in sorted(ne_ratio.items()):
            f.write(f"ne\t{w}\t{r:.2f}\n")
        for w, t in sorted(lower_tag.items()):
            f.write(f"lt\t{w}\t{t}\n")
    extra = word_stats_feature(ne_ratio, lower_tag)
    vocab_list = build_vocab(wc, lex.lexclass, extra)
    vocab = {f: i + 1 for i, f in enumerate(vocab_list)}
    V = len(vocab) + 1
    log(f"vocabulary: {V} features")
    space = FeatureSpace(vocab, lex.lexclass, extra, 2)

    Xp, bp, fp, lp = matrices(space, pos_sents)
    yp_all = np.concatenate([np.array([stts_idx[t] for t in s]) for s in pos_tags])
    yu_all = np.concatenate([np.array([upos_idx[t] for t in s]) for s in upos_tags])
    Xs = split_rows(Xp, bp)
    ys = split_rows(yp_all, bp)

    stack_stts = Stack(len(stts), V)
    n_stts_feats = V + stack_stts.size

    # ---- STTS pass 1: full model + 2-fold jackknife for the stacked features ----
    log("STTS pass 1 (full)")
    W1 = train_perceptron(Xs, ys, V, len(stts), epochs=args.epochs, weights=pos_weight, log=log)
    from reportedly.language.german.linear import Linear

    jack = np.zeros(len(yp_all), dtype=np.int64)
    idx = np.arange(len(Xs))
    for fold in range(2):
        tr = idx[idx % 2 != fold]
        te = idx[idx % 2 == fold]
        log(f"STTS pass 1 fold {fold}")
        Wf = train_perceptron([Xs[i] for i in tr], [ys[i] for i in tr], V, len(stts),
                              epochs=max(3, args.epochs // 2), weights=[pos_weight[i] for i in tr], log=log)
        lin = Linear(Wf, stts)
        for i in te:
            a, b = bp[i]
            jack[a:b] = lin.predict(Xs[i])
    log(f"jackknife STTS accuracy {float((jack == yp_all).mean()):.4f}")

    S1 = stack_stts.matrix(jack, fp, lp)
    X2 = np.hstack([Xp, S1])
    log("STTS pass 2")
    W2 = train_perceptron(split_rows(X2, bp), ys, n_stts_feats, len(stts), epochs=args.epochs,
                          weights=pos_weight, log=log)
    # jackknifed pass-2 labels for the UPOS head would need another round; pass-1 jackknife is close
    log("UPOS head")
    upos_weight = [1] * len(silver) + [args.gold_weight_upos] * len(gdev)
    Wu = train_perceptron(split_rows(X2, bp), split_rows(yu_all, bp), n_stts_feats, len(upos),
                          epochs=args.epochs, weights=upos_weight, log=log)

    # ---- NER: word features + STTS (predicted by the full tagger) + stacked NER pass ----
    Xn, bn, fn, ln = matrices(space, ner_sents)
    l1 = Linear(W1, stts)
    p1 = l1.predict(Xn)
    Xn2 = np.hstack([Xn, stack_stts.matrix(p1, fn, ln)])
    p2 = Linear(W2, stts).predict(Xn2)
    Xn_s = np.hstack([Xn, stack_stts.matrix(p2, fn, ln)])
    # token gazetteer features: jackknifed over two halves, so training sees realistic coverage
    from reportedly.language.german.gazetteer import GAZ_SIZE, gaz_matrix, token_gazetteer
    nidx = np.arange(len(ner_y))
    words_flat = [w for s in ner_sents for w in s]
    pairs = [([t for t, _ in s], [lab if lab[2:] in ("PER", "ORG", "LOC") else "O" for _, lab in s])
             for s in ner_train]
    G = np.zeros((Xn.shape[0], 3), dtype=np.int32)
    for fold in range(2):
        other = [pairs[i] for i in nidx[nidx % 2 != fold]]
        Gf = gaz_matrix(words_flat, fn, ln, token_gazetteer(other), n_stts_feats)
        for i in nidx[nidx % 2 == fold]:
            a, b = bn[i]
            G[a:b] = Gf[a:b]
    gaz_all = token_gazetteer(pairs)
    Xn_s = np.hstack([Xn_s, G])
    n_gaz_feats = n_stts_feats + GAZ_SIZE
    stack_ner = Stack(len(ner_labels), n_gaz_feats)
    n_ner_feats = n_gaz_feats + stack_ner.size
    log("NER pass 1")
    Wn1 = train_perceptron(split_rows(Xn_s, bn), ner_y, n_gaz_feats, len(ner_labels), epochs=args.epochs, log=log)
    jn = np.zeros(Xn.shape[0], dtype=np.int64)
    for fold in range(2):
        tr = nidx[nidx % 2 != fold]
        te = nidx[nidx % 2 == fold]
        Xsn = split_rows(Xn_s, bn)
        Wf = train_perceptron([Xsn[i] for i in tr], [ner_y[i] for i in tr], n_gaz_feats, len(ner_labels),
                              epochs=args.epochs, log=log)
        lin = Linear(Wf, ner_labels)
        for i in te:
            a, b = bn[i]
            jn[a:b] = lin.predict(Xsn[i])
    Xn3 = np.hstack([Xn_s, stack_ner.matrix(jn, fn, ln)])
    log("NER pass 2")
    Wn2, Tn2 = train_structured(split_rows(Xn3, bn), ner_y, n_ner_feats, ner_labels, epochs=args.epochs, log=log)
    with gzip.open(MODELS / "gazetteer.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        for w, bits in sorted(gaz_all.items()):
            f.write(f"{w}\t{bits}\n")

    # ---- prune feature rows unused by every model, save ----
    used = np.zeros(V, dtype=bool)
    for W in (W1, W2, Wu, Wn1, Wn2):
        used |= np.abs(W[:V]).max(1) > 1e-3
    used[0] = True
    keep = np.flatnonzero(used)
    remap = np.full(V, -1)
    remap[keep] = np.arange(len(keep))
    newV = len(keep)
    log(f"pruned vocabulary {V} -> {newV}")

    def shrink(W, extra_base):
        top = W[keep]
        return np.vstack([top, W[V:]]).astype(np.float16) if W.shape[0] > V else top.astype(np.float16)

    kept_feats = [vocab_list[i - 1] for i in keep[1:]]
    with gzip.open(MODELS / "vocab.txt.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(kept_feats) + "\n")
    np.savez_compressed(
        MODELS / "weights.npz",
        stts1=shrink(W1, None), stts2=shrink(W2, None), upos=shrink(Wu, None),
        ner1=shrink(Wn1, None), ner2=shrink(Wn2, None), ner2_trans=Tn2.astype(np.float32),
        stts_labels=np.array(stts), upos_labels=np.array(upos), ner_labels=np.array(ner_labels),
    )

    # ---- lemma table: (word, STTS) -> lemma, from GSD dev gold and HanTa silver ----
    lc: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for toks, tags, lemmas in silver:
        for w, t, lem in zip(toks, tags, lemmas):
            lc[(w, t)][lem] += 1
    for s in gdev:
        for form, lemma, _, xpos, _ in s:
            lc[(form, xpos)][lemma] += 3
    with gzip.open(MODELS / "lemmas.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        for (w, t), c in sorted(lc.items()):
            lem = c.most_common(1)[0][0]
            if lem != w and lem not in ("_", ""):
                f.write(f"{w}\t{t}\t{lem}\n")

    # ---- Konjunktiv prior for forms that are both indicative past and Konjunktiv II ----
    mood = defaultdict(Counter)
    for s in gdev:
        for form, _, _, _, feats in s:
            if "VerbForm=Fin" in feats:
                mood[form.lower()]["Sub" if "Mood=Sub" in feats else "Ind"] += 1
    with open(MODELS / "mood_prior.tsv", "w", encoding="utf-8") as f:
        for w, c in sorted(mood.items()):
            if c["Sub"] and c["Sub"] >= c["Ind"]:
                f.write(f"{w}\t{c['Sub']}\t{c['Ind']}\n")
    log("done")


if __name__ == "__main__":
    main()
