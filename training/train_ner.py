"""Train the German entity tagger (german/ner.py) -> src/reportedly/data/models/de/ner.npz.

    nice python training/train_ner.py [--save]   # final model: GermEval dev + first 60% of test
    nice python training/train_ner.py --tune     # tuning run: train on the first 60% of test only,
                                                 # score on GermEval *dev* (never the held-out 40%)

Run after train_german.py (it uses the STTS tagger and wordstats that script writes). Features:
see german/ner.py. Training: pass 1 averaged perceptron (2-fold jackknifed for the stacked pass
and for the token gazetteer), pass 2 structured averaged perceptron with BIO-constrained Viterbi.
With --self-train, the final model is retrained on its own confident predictions on the CC0
GePaDe text added to the gold data (off by default: see the model card for what it gave).
The model file is written to a temporary name and renamed, so a running pipeline never sees
half a model.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from corpora import DATA, ENTITY_TYPES, germeval_split, read_germeval, spans  # noqa: E402

from reportedly.language.german import ner as nerf  # noqa: E402
from reportedly.language.german.annotator import GermanAnnotator  # noqa: E402
from reportedly.language.german.gazetteer import TYPES, curated_entries  # noqa: E402
from reportedly.language.german.linear import (  # noqa: E402
    BOS,
    EOS,
    Linear,
    Stack,
    sentence_bounds_arrays,
    train_perceptron,
    train_structured,
)

MODELS = ROOT / "src/reportedly/data/models/de"


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def cldr_places() -> set[str]:
    """German names of countries, regions and time-zone cities from the Unicode CLDR data that
    ships with Babel (BSD-3 code, Unicode licence data): training-time only, words of the names."""
    try:
        from zoneinfo import available_timezones

        from babel import Locale
        from babel.dates import get_timezone_location
    except ImportError:
        return set()
    de = Locale("de")
    names = [n for code, n in de.territories.items() if not code.isdigit()]
    for tz in available_timezones():
        if "/" in tz and not tz.startswith(("Etc/", "SystemV/", "US/")):
            try:
                names.append(get_timezone_location(tz, locale="de", return_city=True))
            except Exception:  # noqa: BLE001 - babel raises various errors for odd zones
                continue
    words = set()
    for n in names:
        for w in n.replace("(", " ").replace(")", " ").split():
            if w[:1].isupper() and len(w) > 2 and w not in ("Inseln", "Insel", "Sonderverwaltungsregion",
                                                           "Vereinigte", "Republik", "Demokratische"):
                words.add(w)
    return words


PLACES: set[str] = set()


def token_gazetteer(pairs, min_ratio: float = 0.5) -> dict[str, int]:
    total: Counter = Counter()
    per: Counter = Counter()
    for words, labels in pairs:
        for w, lab in zip(words, labels):
            total[w] += 1
            if lab[2:] in TYPES:
                per[(w, TYPES.index(lab[2:]))] += 1
    out: dict[str, int] = {}
    for (w, t), c in per.items():
        if c / total[w] >= min_ratio:
            out[w] = out.get(w, 0) | (1 << t)
    for typ, words in curated_entries():
        for w in words:
            out[w] = out.get(w, 0) | (1 << TYPES.index(typ))
    for w in PLACES:
        out[w] = out.get(w, 0) | (1 << TYPES.index("LOC"))
    return out


def flat(sents):
    words = [w for s in sents for w in s]
    bounds, k = [], 0
    for s in sents:
        bounds.append((k, k + len(s)))
        k += len(s)
    return words, bounds


def score(gold_sents, pred_labels) -> dict:
    c: Counter = Counter()
    for gold, pred in zip(gold_sents, pred_labels):
        g = set(spans(gold))
        p = set(spans([x if x[2:] in ENTITY_TYPES else "O" for x in pred]))
        for typ in ENTITY_TYPES:
            gt = {x for x in g if x[0] == typ}
            pt = {x for x in p if x[0] == typ}
            c[typ + "tp"] += len(gt & pt)
            c[typ + "fp"] += len(pt - gt)
            c[typ + "fn"] += len(gt - pt)
    out = {}
    for typ in (*ENTITY_TYPES, ""):
        keys = ENTITY_TYPES if not typ else (typ,)
        tp, fp, fn = (sum(c[t + k] for t in keys) for k in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[typ or "micro"] = round(2 * p * r / (p + r) if p + r else 0.0, 4)
    return out


def gepade_sentences(limit: int):
    out = []
    for f in sorted((DATA / "gepade" / "train").glob("*.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        for s in doc["Sentences"]:
            toks = [t for t in s["Tokens"] if t and not any(ch.isspace() for ch in t)]
            if 3 <= len(toks) <= 60:
                out.append(toks)
    return out[:limit]


class Trainer:
    def __init__(self, ann: GermanAnnotator, labels: list[str], epochs: int, tagger_feats: bool = False,
                 dropout: float = 0.0, features: set[str] | None = None):
        self.dropout = dropout
        self.features = features
        self.tagger_feats = tagger_feats
        self.ann = ann
        self.labels = labels
        self.idx = {t: i for i, t in enumerate(labels)}
        self.epochs = epochs

    def stts(self, words, bounds, first, last):
        a = self.ann
        X = a.space.matrix(words, bounds)
        p1 = a.m_stts1.predict(X)
        return a.m_stts2.predict(np.hstack([X, a.stack_stts.matrix(p1, first, last)]))

    def build_vocab(self, sents, extra):
        feats: Counter = Counter()
        wc = Counter(w for s in sents for w in s)
        for w in wc:
            own, ctx = nerf.ner_word_features(w, self.ann.lexicon.lexclass, extra)
            feats.update(own)
            for fs in ctx.values():
                feats.update(fs)
        for off, temps in nerf.CTX.items():
            for special in (BOS, EOS):
                for t in temps:
                    feats[f"{off}{t}={special}"] += 1
        return sorted(feats)

    def fit(self, sents, ys, n_gold=None, gold_weight=1):
        """sents: list of word lists; ys: list of label lists; the first `n_gold` are gold (the
        token gazetteer comes from them only; they count `gold_weight` times). Returns the model."""
        n_gold = len(sents) if n_gold is None else n_gold
        weights = [gold_weight] * n_gold + [1] * (len(sents) - n_gold) if n_gold < len(sents) else None
        ann = self.ann
        extra = ann.space.extra
        vocab_list = self.build_vocab(sents, extra)
        vocab = {f: i + 1 for i, f in enumerate(vocab_list)}
        V = len(vocab) + 1
        space = nerf.NerSpace(vocab, ann.lexicon.lexclass, extra)
        words, bounds = flat(sents)
        first, last = sentence_bounds_arrays(len(words), bounds)
        base_pos = V
        stack_stts = Stack(len(ann.stts), base_pos + nerf.POS_SIZE)
        base_gaz = stack_stts.base + stack_stts.size
        stack_ner = Stack(len(self.labels), base_gaz + nerf.GAZ_SIZE)
        n1_feats = stack_ner.base
        n2_feats = stack_ner.base + stack_ner.size
        X = space.matrix(words, first, last, base_pos)
        names = nerf.column_names()
        cols = np.array([k for k, nm in enumerate(names) if self.features is None or nm in self.features])
        X = X[:, cols]
        p2 = self.stts(words, bounds, first, last)
        X = np.hstack([X, stack_stts.matrix(p2, first, last)])
        if self.tagger_feats:  # the POS tagger's own word features too, after everything else
            Xo = ann.space.matrix(words, bounds)
            X = np.hstack([X, np.where(Xo == 0, 0, Xo + n2_feats).astype(np.int32)])
            n2_feats = n1_feats = n2_feats + len(ann.space.vocab) + 1
        y_all = np.concatenate([np.array([self.idx[t] for t in s]) for s in ys])
        pairs = list(zip(sents, ys))
        nidx = np.arange(len(sents))
        G = np.zeros((len(words), nerf.GAZ_SIZE // nerf.N_COMBOS), dtype=np.int32)
        for fold in range(2):
            other = [pairs[i] for i in nidx[nidx % 2 != fold] if i < n_gold]
            Gf = nerf.gaz_matrix(words, first, last, token_gazetteer(other), base_gaz)
            for i in nidx[nidx % 2 == fold]:
                a, b = bounds[i]
                G[a:b] = Gf[a:b]
        gold_pairs = pairs[:n_gold]
        gaz = token_gazetteer(gold_pairs)
        X = np.hstack([X, G])
        Xs = [X[a:b] for a, b in bounds]
        ysi = [y_all[a:b] for a, b in bounds]
        wts = weights
        if self.dropout:  # a copy of the data with the identity of some name words hidden
            rng = np.random.default_rng(1)
            Xd = X.copy()
            hide = (y_all != self.idx["O"]) & (rng.random(len(y_all)) < self.dropout)
            Xd[np.ix_(hide, list(nerf.ID_COLS))] = 0
            Xs = Xs + [Xd[a:b] for a, b in bounds]
            ysi = ysi + ysi
            wts = (wts + wts) if wts else None
            bounds = bounds + [(a + len(words), b + len(words)) for a, b in bounds]
            first = np.concatenate([first, first + len(words)])
            last = np.concatenate([last, last + len(words)])
            X = np.vstack([X, Xd])
            words = words + words
        fold_of = np.arange(len(Xs)) % len(sents) % 2  # a sentence and its copy share a fold
        log(f"NER pass 1 ({len(sents)} sentences, {V} word features)")
        W1 = train_perceptron(Xs, ysi, n1_feats, len(self.labels), epochs=self.epochs, weights=wts, log=log)
        jack = np.zeros(len(words), dtype=np.int64)
        nidx = np.arange(len(Xs))
        for fold in range(2):
            tr = nidx[fold_of != fold]
            Wf = train_perceptron([Xs[i] for i in tr], [ysi[i] for i in tr], n1_feats, len(self.labels),
                                  epochs=self.epochs, weights=[wts[i] for i in tr] if wts else None,
                                  log=lambda m: None)
            lin = Linear(Wf, self.labels)
            for i in nidx[fold_of == fold]:
                a, b = bounds[i]
                jack[a:b] = lin.predict(Xs[i])
        X3 = np.hstack([X, stack_ner.matrix(jack, first, last)])
        log("NER pass 2 (structured)")
        X3s = [X3[a:b] for a, b in bounds]
        if wts:  # structured training has no weights: repeat the weighted sentences
            X3s = [x for x, w in zip(X3s, wts) for _ in range(w)]
            ysi = [y for y, w in zip(ysi, wts) for _ in range(w)]
        W2, T2 = train_structured(X3s, ysi, n2_feats, self.labels, epochs=self.epochs, log=log)
        # prune unused word-feature rows
        used = np.zeros(V, dtype=bool)
        for W in (W1, W2):
            used |= np.abs(W[:V]).max(1) > 1e-3
        used[0] = True
        keep = np.flatnonzero(used)
        log(f"pruned word features {V} -> {len(keep)}")

        def shrink(W):
            return np.vstack([W[keep], W[V:]]).astype(np.float16)

        return {
            "vocab": np.array([vocab_list[i - 1] for i in keep[1:]]),
            "ner1": shrink(W1), "ner2": shrink(W2), "ner2_trans": T2.astype(np.float32),
            "ner_labels": np.array(self.labels), "tagger_feats": np.int8(self.tagger_feats),
            "stts_labels": np.array(ann.stts), "cols": cols.astype(np.int16),
            "gaz_words": np.array(sorted(gaz)), "gaz_bits": np.array([gaz[w] for w in sorted(gaz)], dtype=np.int8),
        }


def predict(model: dict, ann: GermanAnnotator, sents, ensemble: bool | None = None) -> list[list[str]]:
    tagger = nerf.NerTagger.from_arrays(model, ann)
    words, bounds = flat(sents)
    first, last = sentence_bounds_arrays(len(words), bounds)
    X, p2, S_old = tagger_outputs(ann, words, bounds, first, last)
    use = tagger.ensemble if ensemble is None else ensemble
    ids = tagger.predict(words, bounds, first, last, p2, X, old=(S_old, ann._old_trans) if use else None)
    return [[tagger.labels[i] for i in ids[a:b]] for a, b in bounds]


def tagger_outputs(ann: GermanAnnotator, words, bounds, first, last):
    """The POS tagger's feature matrix, its STTS ids and the scores of its own entity head."""
    X = ann.space.matrix(words, bounds)
    p1 = ann.m_stts1.predict(X)
    p2 = ann.m_stts2.predict(np.hstack([X, ann.stack_stts.matrix(p1, first, last)]))
    Xs = np.hstack([X, ann.stack_stts.matrix(p2, first, last)])
    return X, p2, ann.old_ner_scores(words, first, last, Xs)


def save(model: dict, path: Path) -> None:
    buf = io.BytesIO()
    np.savez_compressed(buf, **model)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(buf.getvalue())
    os.replace(tmp, path)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--tune", action="store_true", help="train on test[:60%%], score on GermEval dev; save nothing")
    ap.add_argument("--labels", choices=["ppl", "full"], default="full",
                    help="full: also learn OTH and -deriv/-part (DRV) as classes, output as O")
    ap.add_argument("--tagger-features", action="store_true",
                    help="also use the POS tagger's word features (its vocabulary) in the entity tagger")
    ap.add_argument("--dropout", type=float, default=0.0,
                    help="train on a second copy of the data where this share of entity words lose their identity")
    ap.add_argument("--places", action="store_true", help="add CLDR place names (Babel) to the gazetteer")
    ap.add_argument("--ensemble", action="store_true",
                    help="average with the entity head of weights.npz (implies --labels ppl)")
    ap.add_argument("--base-models", default=None,
                    help="folder of the POS models to build on (default: the shipped ones; for --tune, "
                         "the output of train_german.py --ner-tune --out DIR)")
    ap.add_argument("--features", default=None,
                    help="comma-separated subset of german/ner.py's column names to use (default: all)")
    ap.add_argument("--save", action="store_true",
                    help="write models/de/ner.npz (the annotator then uses this tagger instead of the head in "
                         "weights.npz; only for a model that beats it on held-out data)")
    ap.add_argument("--o-bias", type=float, default=0.0, help="subtracted from the O score before decoding")
    ap.add_argument("--self-train", type=int, default=0, metavar="N",
                    help="add up to N confidently tagged GePaDe sentences and retrain")
    args = ap.parse_args()

    ann = GermanAnnotator(Path(args.base_models)) if args.base_models else GermanAnnotator()
    ann.ner_tagger = None
    if args.ensemble:
        args.labels = "ppl"
    if args.places:
        PLACES.update(cldr_places())
        log(f"{len(PLACES)} CLDR place words in the gazetteer")
    full = args.labels == "full"
    labels = ["O"] + [f"{b}-{t}" for t in (*ENTITY_TYPES, *(("OTH", "DRV") if full else ())) for b in "BI"]
    if args.tune:
        test = list(read_germeval(DATA / "germeval2014" / "NER-de-test.tsv", full))
        k = int(len(test) * 0.6)
        train = test[:k]
        evals = {"GermEval dev": list(read_germeval(DATA / "germeval2014" / "NER-de-dev.tsv"))}
    else:
        train, _ = germeval_split(full=full)
        evals = {"GermEval test last 40% (held out)": germeval_split()[1]}
    sents = [[t for t, _ in s] for s in train]
    ys = [[lab for _, lab in s] for s in train]
    feats = set(args.features.split(",")) if args.features else None
    tr = Trainer(ann, labels, args.epochs, args.tagger_features, args.dropout, feats)
    model = tr.fit(sents, ys)
    model["o_bias"] = np.float32(args.o_bias)
    if args.ensemble:
        words, bounds = flat(sents)
        first, last = sentence_bounds_arrays(len(words), bounds)
        X, p2, S_old = tagger_outputs(ann, words, bounds, first, last)
        tagger = nerf.NerTagger.from_arrays(model, ann)
        Xn = np.hstack([tagger.space.matrix(words, first, last, tagger.base_pos),
                        tagger.stack_stts.matrix(p2, first, last),
                        nerf.gaz_matrix(words, first, last, tagger.gaz, tagger.base_gaz)])
        S_new = tagger.m2.scores(np.hstack([Xn, tagger.stack_ner.matrix(tagger.m1.predict(Xn), first, last)]))
        model.update(ensemble=np.int8(1), scale_new=np.float32(S_new.std()), scale_old=np.float32(S_old.std()))
        log(f"ensemble: score scales new {S_new.std():.2f}, old {S_old.std():.2f}")
    for name, ev in evals.items():
        gold = [[lab for _, lab in s] for s in ev]
        log(f"{name}: {score(gold, predict(model, ann, [[t for t, _ in s] for s in ev]))}")
        if args.ensemble:
            log(f"  new head alone: {score(gold, predict(model, ann, [[t for t, _ in s] for s in ev], False))}")
            old_only = dict(model, scale_new=np.float32(1e9))
            log(f"  old head alone: {score(gold, predict(old_only, ann, [[t for t, _ in s] for s in ev]))}")
        if args.tune:
            for b in (0.05, 0.1, 0.2, 0.3, 0.5):
                for nm, m in (("both", model), ("old", dict(model, scale_new=np.float32(1e9)))):
                    m = dict(m, o_bias=np.float32(b))
                    log(f"  O bias {b} ({nm}): {score(gold, predict(m, ann, [[t for t, _ in s] for s in ev]))}")
            model["o_bias"] = np.float32(args.o_bias)
    if args.self_train:
        extra = gepade_sentences(args.self_train)
        tagger = nerf.NerTagger.from_arrays(model, ann)
        words, bounds = flat(extra)
        first, last = sentence_bounds_arrays(len(words), bounds)
        stts = tr.stts(words, bounds, first, last)
        ids, margin = tagger.predict(words, bounds, first, last, stts, ann.space.matrix(words, bounds),
                                     with_margin=True)
        keep_s, keep_y = [], []
        for s, (a, b) in zip(extra, bounds):
            if margin[a:b].min() > 2.0:
                keep_s.append(s)
                keep_y.append([labels[i] for i in ids[a:b]])
        log(f"self-training: {len(keep_s)} of {len(extra)} GePaDe sentences kept")
        model = tr.fit(sents + keep_s, ys + keep_y, n_gold=len(sents), gold_weight=2)
        for name, ev in evals.items():
            log(f"{name} (self-trained): "
                f"{score([[lab for _, lab in s] for s in ev], predict(model, ann, [[t for t, _ in s] for s in ev]))}")
    if args.save and not args.tune:
        save(model, MODELS / "ner.npz")
        log(f"wrote {MODELS / 'ner.npz'} ({(MODELS / 'ner.npz').stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
