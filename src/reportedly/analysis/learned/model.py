"""The learned labeller: a vocabulary and an averaged structured perceptron (numpy .npz, no pickle)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np

from ...language.german.linear import bio_penalties, viterbi
from .features import LABELS, rule_roles, sentence_bounds, stack_features, token_features

ENGINES: dict[str, str] = {
    "learned-gepade": "attribution_gepade.npz",
    "learned-news": "attribution_news.npz",
}
"""Learned engine names (the `attribution_engine` setting) and their model files."""
RULE_ENGINES: tuple[str, ...] = ("rules", "rules-news")
"""Engine names served by the rule engine alone (analysis/attribution: open or news lexicon)."""
ENGINE_NAMES: tuple[str, ...] = (*RULE_ENGINES, *ENGINES)


class Labeller:
    """CUE/SRC/MSG BIO labels per token: a structured perceptron over the token features, then
    (if the model has one) a second pass that also sees the first pass's labels (stacking)."""

    def __init__(self, vocab: dict[str, int], W: np.ndarray, T: np.ndarray,
                 W2: np.ndarray | None = None, T2: np.ndarray | None = None):
        self.vocab = vocab
        self.W, self.T, self.W2, self.T2 = W, T, W2, T2
        pen = bio_penalties(LABELS)
        self.pen = pen + T
        self.pen2 = pen + T2 if T2 is not None else None

    @classmethod
    def load(cls, path: Path | str) -> Labeller:
        with np.load(path, allow_pickle=False) as z:
            names = bytes(z["vocab"]).decode("utf-8").split("\n")
            two = "W2" in z.files
            return cls({f: i + 1 for i, f in enumerate(names)}, z["W"].astype(np.float32), z["T"],
                       z["W2"].astype(np.float32) if two else None, z["T2"] if two else None)

    def save(self, path: Path | str) -> None:
        names = [""] * len(self.vocab)
        for f, i in self.vocab.items():
            names[i - 1] = f
        blob = np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8)
        extra = {"W2": self.W2.astype(np.float16), "T2": self.T2.astype(np.float32)} if self.W2 is not None else {}
        np.savez_compressed(path, vocab=blob, W=self.W.astype(np.float16), T=self.T.astype(np.float32), **extra)

    def ids(self, feats: list[list[str]]) -> np.ndarray:
        """Feature ids (0 = unknown) as an int32 matrix."""
        get = self.vocab.get
        return np.array([[get(f, 0) for f in row] for row in feats], dtype=np.int32).reshape(len(feats), -1)

    @staticmethod
    def decode(W: np.ndarray, pen: np.ndarray, X: np.ndarray, bounds: list[tuple[int, int]]) -> np.ndarray:
        S = np.zeros((X.shape[0], W.shape[1]), dtype=np.float32)
        for j in range(X.shape[1]):
            S += W[X[:, j]]
        return viterbi(S, bounds, pen)

    def predict(self, doc) -> list[str]:
        """A label per token of `doc` (tokens outside sentences get "O"); needs the rule engine's output."""
        rows = [i for s in doc.sentences for i in range(s.first, s.last)]
        out = ["O"] * len(doc.tokens)
        if not rows:
            return out
        bounds = sentence_bounds(doc)
        X = self.ids(token_features(doc, rule_roles(doc)))
        y = self.decode(self.W, self.pen, X, bounds)
        if self.W2 is not None and self.pen2 is not None:
            X2 = np.hstack([X, self.ids(stack_features(doc, [LABELS[k] for k in y]))])
            y = self.decode(self.W2, self.pen2, X2, bounds)
        for i, k in zip(rows, y, strict=True):
            out[i] = LABELS[k]
        return out


def load_engine(name: str) -> Labeller:
    """The packaged model of a learned engine; a clear error for unknown names."""
    if name not in ENGINES:
        raise ValueError(f"unknown attribution_engine {name!r}; known: {', '.join(ENGINE_NAMES)}")
    path = resources.files("reportedly.data").joinpath("models/attribution/" + ENGINES[name])
    with resources.as_file(path) as p:
        return Labeller.load(p)
