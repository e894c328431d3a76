"""Vectorised linear sequence labelling: feature ids per word type, stacked context passes.

Why this shape: a greedy tagger that feeds each predicted tag into the next token's features
costs one numpy call per token (~20k tokens/s at best in Python). Here every feature of a token
depends only on the words around it (pass 1) or on the *whole* previous pass's labels (pass 2,
"stacking"), so a document is scored with one gather-and-sum per pass: ``W[X].sum(1)``.

Word features are computed once per word *type* and cached as a row of feature ids; a
document's feature matrix is then built by fancy indexing the cache with the type ids of each
token and of its neighbours. Unknown features map to id 0, whose weight row is zero.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable, Iterable, Sequence
from itertools import groupby
from pathlib import Path

import numpy as np

BOS = "<S>"
EOS = "</S>"

# own-word templates, then templates the word contributes to its neighbours' features
OWN = ("w", "l", "s1", "s2", "s3", "s4", "s5", "p3", "sh", "lx", "lxl", "len")
CTX = {
    -1: ("l", "s3", "sh", "lx"),
    1: ("l", "s3", "sh", "lx"),
    -2: ("l", "lx"),
    2: ("l", "lx"),
}
N_OWN = len(OWN)
MAX_CACHE = 300_000
"""Word types cached before the cache is reset (bounds memory in long-running services)."""


class _ShapeClasses(dict):
    """str.translate table: upper-case letters -> X, lower-case -> x, digits -> d, others kept."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if len(self) < 100_000:
            self[code] = c
        return c


_SHAPE = _ShapeClasses()


def shape(w: str) -> str:
    """Word shape of the first 8 characters, runs collapsed ("Milley" -> "Xx", "1.831" -> "d.d")."""
    out = "".join(k for k, _ in groupby(w[:8].translate(_SHAPE)))
    return out + "~" if len(w) > 8 else out


def word_features(w: str, lexclass: Callable[[str], str], extra: Callable[[str], Sequence[str]] | None = None
                  ) -> tuple[list[str], dict[int, list[str]]]:
    """Feature strings of word type `w`: its own, and what it contributes to each neighbour slot."""
    own, ctx_flat = _features(w, lexclass, extra)
    ctx, k = {}, 0
    for off, temps in CTX.items():
        ctx[off] = ctx_flat[k: k + len(temps)]
        k += len(temps)
    return own, ctx


_CTX_PREFIXES = tuple(f"{off}{t}=" for off, temps in CTX.items() for t in temps)
_CTX_VALUES = tuple(t for temps in CTX.values() for t in temps)


def _features(w: str, lexclass: Callable[[str], str], extra: Callable[[str], Sequence[str]] | None
              ) -> tuple[list[str], list[str]]:
    """Own features and the neighbour-slot features in CTX order, as two flat lists."""
    lw = w.lower()
    sh = shape(w)
    lx = lexclass(w)
    lxl = lexclass(lw) if lw != w else "="
    n = len(w)
    s3 = lw[-3:]
    own = [
        "w=" + w, "l=" + lw, "s1=" + lw[-1:], "s2=" + lw[-2:], "s3=" + s3, "s4=" + lw[-4:],
        "s5=" + lw[-5:], "p3=" + lw[:3], "sh=" + sh, "lx=" + lx, "lxl=" + lxl,
        "len=" + (str(n) if n < 4 else "4+" if n < 8 else "8+"),
    ]
    if extra is not None:
        own.extend(extra(w))
    vals = {"l": lw, "s3": s3, "sh": sh, "lx": lx}
    return own, [p + vals[t] for p, t in zip(_CTX_PREFIXES, _CTX_VALUES)]


class _Ids(dict):
    """Feature id lookup where an unknown feature is id 0: `map(ids.__getitem__, feats)` stays in C."""

    def __missing__(self, key: str) -> int:
        return 0


_Z5 = (0, 0, 0, 0, 0)
_LEN = tuple(str(n) if n < 4 else "4+" if n < 8 else "8+" for n in range(9))
_CTX_TEMPLATES = frozenset(t for temps in CTX.values() for t in temps)
_SLOTS = {t: (t, 0) for t in OWN} | {
    f"{off}{t}": (t, k) for k, (off, temps) in enumerate(CTX.items(), 1) for t in temps}


def _by_value(vocab: dict[str, int]) -> dict[str, dict[str, tuple[int, ...] | int]]:
    """The vocabulary regrouped as template -> value -> ids of the value in each slot: (own, -1,
    1, -2, 2), 0 where that feature is unknown; for templates without context slots, the own id.
    A new word type's row is then ~15 look-ups of values it has anyway (lower-case form, suffixes,
    shape) instead of building and hashing 26 prefixed strings, which was half the cost of a row."""
    groups: dict[str, dict[str, list[int]]] = {}
    for f, i in vocab.items():
        name, _, v = f.partition("=")
        if name in _SLOTS:
            t, k = _SLOTS[name]
            groups.setdefault(t, {}).setdefault(v, [0] * 5)[k] = i
    return {t: {v: tuple(ids) if t in _CTX_TEMPLATES else ids[0] for v, ids in vals.items()}
            for t, vals in groups.items()}  # ints, not 5-tuples, where only the own id exists: -4 MB


class FeatureSpace:
    """Maps feature strings to ids and caches the id rows of word types."""

    def __init__(self, vocab: dict[str, int], lexclass: Callable[[str], str],
                 extra: Callable[[str], Sequence[str]] | None = None, n_extra: int = 0):
        self.vocab = vocab if isinstance(vocab, _Ids) else _Ids(vocab)
        self.lexclass = lexclass
        self.extra = extra
        self.n_extra = n_extra
        self.n_ctx = sum(len(t) for t in CTX.values())
        self.width = N_OWN + n_extra + self.n_ctx
        self._values = _by_value(self.vocab)
        self._reset()

    def _reset(self) -> None:
        self.types: dict[str, int] = {}
        self.table = np.zeros((1024, self.width), dtype=np.int32)
        for special in (BOS, EOS):
            self.type_id(special)

    def _row(self, w: str) -> np.ndarray:
        if w in (BOS, EOS):
            own = [""] * (N_OWN + self.n_extra)
            ctx = [p + w for p in _CTX_PREFIXES]
        else:
            own, ctx = _features(w, self.lexclass, self.extra)
        own.extend(ctx)
        return np.fromiter(map(self.vocab.__getitem__, own), dtype=np.int32, count=self.width)

    def _rows(self, words: Sequence[str]) -> list[list[int]]:
        """The id rows of `words` (not BOS/EOS): `_row`'s, from the value-keyed vocabulary."""
        g = self._values
        W, L, S1, S2, S3, S4, S5, P3, SH, LX, LXL = (
            g.get(t, {}) for t in ("w", "l", "s1", "s2", "s3", "s4", "s5", "p3", "sh", "lx", "lxl"))
        LEN = g.get("len", {})
        lexclass, extra, vocab = self.lexclass, self.extra, self.vocab
        rows = []
        for w in words:
            lw = w.lower()
            n = len(w)
            sh = shape(w)
            lx = lexclass(w)
            l5 = L.get(lw, _Z5)
            s3 = S3.get(lw[-3:], _Z5)
            h = SH.get(sh, _Z5)
            x = LX.get(lx, _Z5)
            row = [W.get(w, 0), l5[0], S1.get(lw[-1:], 0), S2.get(lw[-2:], 0), s3[0], S4.get(lw[-4:], 0),
                   S5.get(lw[-5:], 0), P3.get(lw[:3], 0), h[0], x[0], LXL.get(lexclass(lw) if lw != w else "=", 0),
                   LEN.get(_LEN[min(n, 8)], 0)]
            if extra is not None:
                row.extend(map(vocab.__getitem__, extra(w)))
            row += (l5[1], s3[1], h[1], x[1], l5[2], s3[2], h[2], x[2], l5[3], x[3], l5[4], x[4])
            rows.append(row)
        return rows

    def type_id(self, w: str) -> int:
        t = self.types.get(w)
        if t is None:
            if len(self.types) >= MAX_CACHE:
                self._reset()
            t = len(self.types)
            self.types[w] = t
            self._grow(t + 1)
            self.table[t] = self._row(w)
        return t

    def _grow(self, size: int) -> None:
        if size > self.table.shape[0]:
            grown = np.zeros((max(size, 2 * self.table.shape[0]), self.width), dtype=np.int32)
            grown[: self.table.shape[0]] = self.table
            self.table = grown

    def type_ids(self, words: Sequence[str]) -> np.ndarray:
        """Type ids of `words`, adding the new types' rows in one block. The cache is reset before
        a document that would overflow it, never in the middle of one (whose earlier ids would
        then point at another table)."""
        types = self.types
        if len(types) + len(words) > MAX_CACHE:
            self._reset()
            types = self.types
        new = [w for w in dict.fromkeys(words) if w not in types]
        if new:
            t0 = len(types)
            self._grow(t0 + len(new))
            self.table[t0: t0 + len(new)] = np.array(self._rows(new), dtype=np.int32)
            types.update(zip(new, range(t0, t0 + len(new))))
        return np.fromiter(map(types.__getitem__, words), dtype=np.int64, count=len(words))

    def prime(self, words: Iterable[str] = ()) -> int:
        """Cache the rows of every word the model has a word feature for (the frequent ones) and
        of `words`. ~5 µs a word; worth it before forking batch workers, which then share the
        rows instead of each computing them again. Returns the number of types cached."""
        self.type_ids([f[2:] for f in self.vocab if f.startswith("w=")] + list(words))
        return len(self.types)

    def matrix(self, words: Sequence[str], bounds: Sequence[tuple[int, int]]) -> np.ndarray:
        """Feature id matrix (n_tokens x width) for `words` split into sentences `bounds`."""
        types = self.type_ids(words)
        table = self.table
        n = len(words)
        pos = np.arange(n)
        first = np.zeros(n, dtype=np.int64)
        last = np.zeros(n, dtype=np.int64)
        for a, b in bounds:
            first[a:b] = a
            last[a:b] = b - 1
        cols = [table[types, : N_OWN + self.n_extra]]
        col = N_OWN + self.n_extra
        for off, temps in CTX.items():
            j = pos + off
            nb = np.where(j < first, 0, np.where(j > last, 1, types[np.clip(j, 0, n - 1)]))
            cols.append(table[nb, col: col + len(temps)])
            col += len(temps)
        return np.hstack(cols)


def flatten(sents: Sequence[Sequence[str]]) -> tuple[list[str], list[tuple[int, int]]]:
    """All words of the sentences in one list, and each sentence's (start, end) in it."""
    words = [w for s in sents for w in s]
    bounds, k = [], 0
    for s in sents:
        bounds.append((k, k + len(s)))
        k += len(s)
    return words, bounds


def sentence_bounds_arrays(n: int, bounds: Sequence[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    first = np.zeros(n, dtype=np.int64)
    last = np.zeros(n, dtype=np.int64)
    for a, b in bounds:
        first[a:b] = a
        last[a:b] = b - 1
    return first, last


class Stack:
    """Feature ids for a previous pass's labels around each token (offset templates + pairs)."""

    OFFSETS = (-2, -1, 0, 1, 2)
    PAIRS = ((-1, 0), (0, 1), (-1, 1), (-2, -1))

    def __init__(self, n_labels: int, base: int):
        self.k = n_labels + 1  # index n_labels = outside the sentence
        self.base = base
        self.size = len(self.OFFSETS) * self.k + len(self.PAIRS) * self.k * self.k

    def matrix(self, labels: np.ndarray, first: np.ndarray, last: np.ndarray) -> np.ndarray:
        n = len(labels)
        pos = np.arange(n)
        k = self.k
        shifted = {}
        for off in set(self.OFFSETS) | {o for p in self.PAIRS for o in p}:
            j = pos + off
            shifted[off] = np.where((j < first) | (j > last), k - 1, labels[np.clip(j, 0, max(n - 1, 0))])
        cols = []
        base = self.base
        for off in self.OFFSETS:
            cols.append(base + shifted[off])
            base += k
        for a, b in self.PAIRS:
            cols.append(base + shifted[a] * k + shifted[b])
            base += k * k
        return np.stack(cols, axis=1).astype(np.int32)


class Linear:
    """A weight matrix over feature ids, scored by gather-and-sum."""

    def __init__(self, W: np.ndarray, labels: list[str]):
        self.W = W
        self.labels = labels

    def scores(self, X: np.ndarray) -> np.ndarray:
        out = np.zeros((X.shape[0], self.W.shape[1]), dtype=np.float32)
        W = self.W
        for j in range(X.shape[1]):  # take + in-place add: half the time of out += W[X[:, j]]
            np.add(out, W.take(X[:, j], axis=0), out=out)
        return out

    def predict(self, X: np.ndarray) -> np.ndarray:
        if X.shape[0] == 0:
            return np.zeros(0, dtype=np.int64)
        return self.scores(X).argmax(1)


def train_perceptron(Xs: list[np.ndarray], ys: list[np.ndarray], n_feats: int, n_labels: int,
                     epochs: int = 8, seed: int = 0, weights: list[int] | None = None,
                     log: Callable[[str], None] = print) -> np.ndarray:
    """Averaged perceptron over sentences (batch update per sentence). Returns averaged W."""
    W = np.zeros((n_feats, n_labels), dtype=np.float32)
    U = np.zeros((n_feats, n_labels), dtype=np.float32)
    rng = np.random.default_rng(seed)
    order = []
    for i, _ in enumerate(Xs):
        order.extend([i] * (weights[i] if weights else 1))
    order = np.asarray(order)
    c = 1.0
    for ep in range(epochs):
        rng.shuffle(order)
        errors = total = 0
        for i in order:
            X, y = Xs[i], ys[i]
            sc = W[X].sum(1)
            p = sc.argmax(1)
            bad = p != y
            nb = int(bad.sum())
            total += len(y)
            if nb:
                errors += nb
                Xb = X[bad]
                yb = np.repeat(y[bad], X.shape[1])
                pb = np.repeat(p[bad], X.shape[1])
                fb = Xb.ravel()
                np.add.at(W, (fb, yb), 1.0)
                np.add.at(W, (fb, pb), -1.0)
                np.add.at(U, (fb, yb), c)
                np.add.at(U, (fb, pb), -c)
                W[0] = 0
                U[0] = 0
            c += 1
        log(f"  epoch {ep + 1}: train error {errors / max(total, 1):.4f}")
    return W - U / c


def save_model(path: Path, **arrays) -> None:
    buf = io.BytesIO()
    np.savez_compressed(buf, **arrays)
    path.write_bytes(buf.getvalue())


def load_vocab(path: Path) -> dict[str, int]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {line.rstrip("\n"): i + 1 for i, line in enumerate(f)}


def bio_penalties(labels: Sequence[str]) -> np.ndarray:
    """(L+1) x L additive penalties: -inf-like for I-X after anything but B-X/I-X (row L = start)."""
    L = len(labels)
    pen = np.zeros((L + 1, L), dtype=np.float32)
    for j, cur in enumerate(labels):
        if cur.startswith("I-"):
            for i, prev in enumerate(list(labels) + ["<s>"]):
                if prev[2:] != cur[2:]:
                    pen[i, j] = -1e9
    return pen


def viterbi(scores: np.ndarray, bounds: Sequence[tuple[int, int]], pen: np.ndarray) -> np.ndarray:
    """Best label sequence per sentence under the transition constraints `pen` (BIO validity).

    All sentences advance together, one step per token position, so the Python loop runs as
    many times as the longest sentence has tokens, not once per token of the document. Sorted
    longest first, the sentences still running at step t are a prefix of the arrays."""
    out = np.zeros(scores.shape[0], dtype=np.int64)
    spans = sorted(((a, b) for a, b in bounds if b > a), key=lambda ab: ab[0] - ab[1])
    if not spans:
        return out
    L = scores.shape[1]
    trans = pen[:L]
    starts = np.array([a for a, _ in spans])
    lengths = np.array([b - a for a, b in spans])
    T = int(lengths[0])
    running = np.searchsorted(-lengths, -np.arange(T), side="left")  # sentences with length > t
    score = scores[starts] + pen[L]
    back = np.zeros((T, len(spans), L), dtype=np.int64)
    for t in range(1, T):
        m = running[t]
        cand = score[:m, :, None] + trans  # (sentences, previous label, label)
        back[t, :m] = cand.argmax(1)
        score[:m] = cand.max(1) + scores[starts[:m] + t]
    k = score.argmax(1)
    for t in range(T - 1, -1, -1):
        m = running[t]
        out[starts[:m] + t] = k[:m]
        k[:m] = back[t, np.arange(m), k[:m]]
    return out


def train_structured(Xs: list[np.ndarray], ys: list[np.ndarray], n_feats: int, labels: Sequence[str],
                     epochs: int = 8, seed: int = 0, log: Callable[[str], None] = print, miss_cost: float = 0.0
                     ) -> tuple[np.ndarray, np.ndarray]:
    """Averaged structured perceptron (first-order, BIO-constrained Viterbi). Returns (W, T).

    `miss_cost` > 0 decodes training sentences cost-augmented: label 0 ("O") gains that much on the
    tokens whose gold label is another, so a missed span costs an update until it wins by that margin
    (favours recall where the data under-predicts spans)."""
    L = len(labels)
    pen = bio_penalties(labels)
    W = np.zeros((n_feats, L), dtype=np.float32)
    U = np.zeros_like(W)
    T = np.zeros((L + 1, L), dtype=np.float32)
    TU = np.zeros_like(T)
    rng = np.random.default_rng(seed)
    order = np.arange(len(Xs))
    c = 1.0
    for ep in range(epochs):
        rng.shuffle(order)
        errors = total = 0
        for i in order:
            X, y = Xs[i], ys[i]
            n = len(y)
            total += n
            S = W[X].sum(1)
            if miss_cost:
                S[y != 0, 0] += miss_cost
            p = viterbi(S, [(0, n)], T + pen)
            bad = p != y
            if bad.any():
                errors += int(bad.sum())
                Xb = X[bad]
                fb = Xb.ravel()
                yb = np.repeat(y[bad], X.shape[1])
                pb = np.repeat(p[bad], X.shape[1])
                np.add.at(W, (fb, yb), 1.0)
                np.add.at(W, (fb, pb), -1.0)
                np.add.at(U, (fb, yb), c)
                np.add.at(U, (fb, pb), -c)
                W[0] = 0
                U[0] = 0
                gprev = np.concatenate([[L], y[:-1]])
                pprev = np.concatenate([[L], p[:-1]])
                diff = (gprev != pprev) | (y != p)
                np.add.at(T, (gprev[diff], y[diff]), 1.0)
                np.add.at(T, (pprev[diff], p[diff]), -1.0)
                np.add.at(TU, (gprev[diff], y[diff]), c)
                np.add.at(TU, (pprev[diff], p[diff]), -c)
            c += 1
        log(f"  epoch {ep + 1}: train error {errors / max(total, 1):.4f}")
    return W - U / c, T - TU / c
