"""The learned labeller: a vocabulary and an averaged structured perceptron (numpy .npz, no pickle)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np

from ...language.german.linear import bio_penalties, viterbi
from .features import LABELS, rule_roles, sentence_bounds, stack_features, token_features
from .frames import FRAME_LABELS, DocView, FrameScorer, candidate_cues, decode_frames

ENGINES: dict[str, str] = {
    "learned-gepade": "attribution_gepade.npz",
    "learned-news": "attribution_news.npz",
}
"""Learned engine names (the `attribution_engine` setting) and their model files."""
RULE_ENGINES: tuple[str, ...] = ("rules", "rules-news")
"""Engine names served by the rule engine alone (analysis/attribution: open or news lexicon)."""
ENGINE_NAMES: tuple[str, ...] = (*RULE_ENGINES, *ENGINES)


class Frames:
    """The per-cue frame model (frames.py): its own vocabulary and structured perceptron."""

    def __init__(self, vocab: dict[str, int], W: np.ndarray, T: np.ndarray, cue_lemmas: frozenset[str] = frozenset(),
                 window: tuple[int, int] = (1, 2), o_bias: float = 0.0):
        self.vocab, self.W, self.T = vocab, W, T
        self.window = window
        """Sentences before and after the cue's sentence that a frame reads (frames.window_for)."""
        self.o_bias = o_bias
        """Score taken off label "O" of every frame token: frames found too few messages and sources (GePaDe
        inner-dev joint recall 0.56 at precision 0.69), and a cue without one is lost (training FRAME_O_BIAS)."""
        self.pen = bio_penalties(FRAME_LABELS) + T
        self.pen[:, 0] -= o_bias  # every transition into "O": a per-token bias that Viterbi adds once per token
        self.cue_lemmas = cue_lemmas
        """Lemmas often a cue in training: words the labeller left unlabelled get a frame too."""
        self.scorer = FrameScorer(vocab, W)

    def reader(self, doc, first_labels: list[str], roles: list[str], rules) -> FrameReader:
        return FrameReader(self, DocView(doc, first_labels, roles, self.window), rules)


class FrameReader:
    """The frames of one document: decodes the windows of given cues, proposes candidate cues."""

    def __init__(self, model: Frames, view: DocView, rules):
        self.model, self.view, self.rules = model, view, rules

    def decode(self, cues: list[list[int]], origins: list[str] | None = None):
        """(window, labels) per cue."""
        m = self.model
        return decode_frames(m.scorer, m.pen, self.view, cues, self.rules, origins)

    def candidates(self, taken: set[int]) -> list[list[int]]:
        return candidate_cues(self.view, taken, self.model.cue_lemmas)


def feature_ids(vocab: dict[str, int], feats: list[list[str]]) -> np.ndarray:
    """Feature ids (0 = unknown) as an int32 matrix."""
    get = vocab.get
    return np.array([[get(f, 0) for f in row] for row in feats], dtype=np.int32).reshape(len(feats), -1)


def _names(vocab: dict[str, int]) -> np.ndarray:
    names = [""] * len(vocab)
    for f, i in vocab.items():
        names[i - 1] = f
    return np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8)


def _blob(words: frozenset[str]) -> np.ndarray:
    return np.frombuffer(" ".join(sorted(words)).encode("utf-8"), dtype=np.uint8)


def _words(blob: np.ndarray) -> list[str]:
    return bytes(blob).decode("utf-8").split()


def _vocab(blob: np.ndarray) -> dict[str, int]:
    return {f: i + 1 for i, f in enumerate(bytes(blob).decode("utf-8").split("\n"))}


class Labeller:
    """CUE/SRC/MSG BIO labels per token: a structured perceptron over the token features, then
    (if the model has one) a second pass that also sees the first pass's labels (stacking), and
    (if it has one) the frame model that re-reads the source and message of each cue."""

    def __init__(self, vocab: dict[str, int], W: np.ndarray, T: np.ndarray,
                 W2: np.ndarray | None = None, T2: np.ndarray | None = None, frames: Frames | None = None,
                 conventions: frozenset[str] = frozenset()):
        self.vocab = vocab
        self.conventions = conventions
        self.W, self.T, self.W2, self.T2 = W, T, W2, T2
        pen = bio_penalties(LABELS)
        self.pen = pen + T
        self.pen2 = pen + T2 if T2 is not None else None
        self.frames = frames
        """Cue conventions of the training data (group.CONVENTIONS): which words around a cue verb belong to it."""

    @classmethod
    def load(cls, path: Path | str) -> Labeller:
        with np.load(path, allow_pickle=False) as z:
            two = "W2" in z.files
            frames = Frames(_vocab(z["vocab3"]), z["W3"].astype(np.float32), z["T3"],
                            frozenset(_words(z["cue_lemmas3"])) if "cue_lemmas3" in z.files else frozenset(),
                            tuple(int(x) for x in z["window3"]) if "window3" in z.files else (1, 2),
                            float(z["o_bias3"]) if "o_bias3" in z.files else 0.0,
                            ) if "W3" in z.files else None
            conv = frozenset(_words(z["conventions"]) if "conventions" in z.files else ())
            return cls(_vocab(z["vocab"]), z["W"].astype(np.float32), z["T"],
                       z["W2"].astype(np.float32) if two else None, z["T2"] if two else None, frames, conv)

    def save(self, path: Path | str) -> None:
        extra = {"W2": self.W2.astype(np.float16), "T2": self.T2.astype(np.float32)} if self.W2 is not None else {}
        if self.frames is not None:
            f = self.frames
            extra.update(vocab3=_names(f.vocab), W3=f.W.astype(np.float16), T3=f.T.astype(np.float32),
                         cue_lemmas3=_blob(f.cue_lemmas), window3=np.array(f.window, dtype=np.int8),
                         o_bias3=np.array(f.o_bias, dtype=np.float32))
        extra["conventions"] = _blob(self.conventions)
        np.savez_compressed(path, vocab=_names(self.vocab), W=self.W.astype(np.float16),
                            T=self.T.astype(np.float32), **extra)

    def ids(self, feats: list[list[str]]) -> np.ndarray:
        return feature_ids(self.vocab, feats)

    @staticmethod
    def decode(W: np.ndarray, pen: np.ndarray, X: np.ndarray, bounds: list[tuple[int, int]]) -> np.ndarray:
        S = np.zeros((X.shape[0], W.shape[1]), dtype=np.float32)
        for j in range(X.shape[1]):
            S += W[X[:, j]]
        return viterbi(S, bounds, pen)

    def predict(self, doc) -> list[str]:
        """A label per token of `doc` (tokens outside sentences get "O"); needs the rule engine's output."""
        return self.label(doc)[1]

    def label(self, doc, roles: list[str] | None = None) -> tuple[list[str], list[str]]:
        """The first pass's and the final labels per token of `doc` (the frame model reads the first)."""
        rows = [i for s in doc.sentences for i in range(s.first, s.last)]
        first = ["O"] * len(doc.tokens)
        if not rows:
            return first, list(first)
        bounds = sentence_bounds(doc)
        X = self.ids(token_features(doc, roles if roles is not None else rule_roles(doc)))
        y = self.decode(self.W, self.pen, X, bounds)
        for i, k in zip(rows, y, strict=True):
            first[i] = LABELS[k]
        if self.W2 is None or self.pen2 is None:
            return first, list(first)
        X2 = np.hstack([X, self.ids(stack_features(doc, [LABELS[k] for k in y]))])
        y = self.decode(self.W2, self.pen2, X2, bounds)
        out = ["O"] * len(doc.tokens)
        for i, k in zip(rows, y, strict=True):
            out[i] = LABELS[k]
        return first, out


def load_engine(name: str) -> Labeller:
    """The packaged model of a learned engine; a clear error for unknown names."""
    if name not in ENGINES:
        raise ValueError(f"unknown attribution_engine {name!r}; known: {', '.join(ENGINE_NAMES)}")
    path = resources.files("reportedly.data").joinpath("models/attribution/" + ENGINES[name])
    with resources.as_file(path) as p:
        return Labeller.load(p)
