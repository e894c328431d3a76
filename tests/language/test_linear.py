"""The numpy sequence-labelling primitives: decoding is exact, scoring matches the definition."""

import itertools

import numpy as np

from reportedly.language.german.linear import Linear, bio_penalties, viterbi

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]


def _best_by_enumeration(S: np.ndarray, pen: np.ndarray) -> list[int]:
    L = S.shape[1]
    best, arg = -np.inf, None
    for seq in itertools.product(range(L), repeat=S.shape[0]):
        total = pen[L, seq[0]] + S[0, seq[0]]
        total += sum(pen[seq[t - 1], seq[t]] + S[t, seq[t]] for t in range(1, len(seq)))
        if total > best:
            best, arg = total, list(seq)
    return arg


def test_viterbi_is_exact_per_sentence_when_sentences_are_decoded_together():
    rng = np.random.default_rng(7)
    pen = bio_penalties(LABELS) + rng.normal(size=(len(LABELS) + 1, len(LABELS))).astype(np.float32)
    lengths = [3, 0, 1, 4, 2]
    bounds, k = [], 0
    for n in lengths:
        bounds.append((k, k + n))
        k += n
    S = (rng.normal(size=(k, len(LABELS))) * 3).astype(np.float32)
    got = viterbi(S, bounds, pen)
    for a, b in bounds:
        if b > a:
            assert got[a:b].tolist() == _best_by_enumeration(S[a:b], pen)


def test_viterbi_never_starts_an_entity_with_inside():
    S = np.zeros((2, len(LABELS)), dtype=np.float32)
    S[:, LABELS.index("I-PER")] = 5.0  # tempting but invalid at the start
    out = viterbi(S, [(0, 2)], bio_penalties(LABELS))
    assert LABELS[out[0]] != "I-PER"


def test_linear_scores_sum_the_weight_rows_of_each_feature():
    W = np.arange(12, dtype=np.float32).reshape(4, 3)
    X = np.array([[1, 2], [0, 3]])
    assert Linear(W, ["a", "b", "c"]).scores(X).tolist() == [(W[1] + W[2]).tolist(), (W[0] + W[3]).tolist()]
