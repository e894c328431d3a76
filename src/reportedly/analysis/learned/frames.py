"""Per-cue frames: for one cue, which tokens around it are its source and which its message.

The flat labeller (model.py) gives every token one label, so a token cannot be the outer event's
message and the inner event's source at once, and two cues that share a speaker ("sagte … und
betonte …") cannot share its mention. A frame labels the window around one cue again, with features
taken relative to that cue — distance and side, clause breaks and other cues in between, the cue's
lemma, the rule engine's reading of the same cue — as semantic role labelling does per predicate.
"""

from __future__ import annotations

import numpy as np

from ...language.german.linear import viterbi
from .features import SUBORD, _bucket

FRAME_LABELS = ("O", "B-SRC", "I-SRC", "B-MSG", "I-MSG")
MAX_WINDOW = (2, 3)
WINDOW_COVERAGE = 0.99
"""A frame's window is the cue's sentence, some sentences before (a quotation the cue closes) and
after (a quotation or colon complement running on): training picks the smallest window, up to
MAX_WINDOW, that holds this share of the gold sources and messages (window_for); the model keeps it."""
BREAKS = frozenset(", : ; – - ( )".split())


class DocView:
    """Per-document arrays the frames of all its cues share (computed once per document)."""

    def __init__(self, doc, flat: list[str], rule_roles: list[str], window: tuple[int, int] = (1, 2)) -> None:
        toks = doc.tokens
        self.doc = doc
        self.low = [t.text.lower() for t in toks]
        self.lem = [(t.lemma or t.text).lower() for t in toks]
        self.pos = [t.pos or "-" for t in toks]
        self.tag = [t.tag or "-" for t in toks]
        self.flat = [x[2:] if x != "O" else "O" for x in flat]
        self.rule = rule_roles
        self.sent = [t.sent for t in toks]
        self.quote = ["q" if t.quote else "-" for t in toks]
        breaks, subs, cues = [0], [0], [0]
        for i, w in enumerate(self.low):
            breaks.append(breaks[-1] + (w in BREAKS))
            subs.append(subs[-1] + (w in SUBORD))
            cues.append(cues[-1] + (self.flat[i] == "CUE"))
        self.breaks, self.subs, self.cues = breaks, subs, cues
        self.ranges = {k: (s.first, s.last) for k, s in enumerate(doc.sentences) if s.last > s.first}
        self.window_sentences = window
        self._static: dict[tuple[int, str], list[str]] = {}
        self.static_scores: dict[tuple[int, str], np.ndarray] = {}
        """Label scores of `static(i, side)` under the frame model (filled by FrameScorer.rows)."""

    def static(self, i: int, side: str) -> list[str]:
        """The features of token i that do not depend on the cue, only on its side of it (cached)."""
        key = (i, side)
        row = self._static.get(key)
        if row is None:
            n = len(self.low)
            w, p, fl = self.low[i], self.pos[i], self.flat[i]
            prev, nxt = i - 1 if i > 0 else None, i + 1 if i + 1 < n else None
            row = self._static[key] = [
                "b",
                "w=" + w,
                "l=" + self.lem[i],
                "p=" + p,
                "t=" + self.tag[i],
                "fl=" + fl + side,
                "flp=" + (self.flat[prev] if prev is not None else "BOD") + fl,
                "fln=" + fl + (self.flat[nxt] if nxt is not None else "EOD"),
                "w-1=" + (self.low[prev] if prev is not None else "BOD") + side,
                "w+1=" + (self.low[nxt] if nxt is not None else "EOD") + side,
                "p-1=" + (self.pos[prev] if prev is not None else "BOD") + p + side,
                "p+1=" + p + (self.pos[nxt] if nxt is not None else "EOD") + side,
                "e=" + self.doc.tokens[i].ent + side,
                "ws=" + w + side,
            ]
        return row

    def window(self, sent: int) -> tuple[int, int]:
        """Token range of the cue sentence's window (sentences without tokens skipped)."""
        before, after = self.window_sentences
        firsts = [self.ranges[k][0] for k in range(sent - before, sent + 1) if k in self.ranges]
        lasts = [self.ranges[k][1] for k in range(sent, sent + after + 1) if k in self.ranges]
        return min(firsts), max(lasts)


def window_for(offsets: dict[int, int]) -> tuple[int, int]:
    """(sentences before, sentences after) of the smallest window holding WINDOW_COVERAGE of the gold
    role tokens, from their counts by sentence offset to the cue's sentence."""
    total = sum(offsets.values())
    best = MAX_WINDOW
    for before in range(MAX_WINDOW[0] + 1):
        for after in range(MAX_WINDOW[1] + 1):
            inside = sum(n for off, n in offsets.items() if -before <= off <= after)
            if inside >= WINDOW_COVERAGE * total and before + after < sum(best):
                best = (before, after)
    return best


def _between(prefix: list[int], a: int, b: int, cap: int) -> str:
    """How many marked tokens lie strictly between positions a and b (capped)."""
    lo, hi = (a, b) if a < b else (b, a)
    return str(min(prefix[hi] - prefix[lo + 1], cap)) if hi > lo + 1 else "0"


def frame_features(view: DocView, cue: list[int], rule_role: dict[int, str], origin: str = "flat"
                   ) -> tuple[tuple[int, int], list[list[str]]]:
    """The window of one cue and the feature strings of its tokens (the same number for every token).
    `origin`: "flat" for a cue the token labeller found, "cand" for a candidate cue word it did not
    label (candidate_cues), which the frame may well leave without a message."""
    span, keys = frame_keys(view, cue, rule_role, origin)
    return span, [view.static(*s) + generic_features(g) + cue_features(c) for s, g, c in keys]


def frame_keys(view: DocView, cue: list[int], rule_role: dict[int, str], origin: str = "flat"
               ) -> tuple[tuple[int, int], list[tuple[tuple, tuple, tuple]]]:
    """Per token of the window the three keys its features are made from: (index, side) for the
    features of the token itself (DocView.static), the small categorical values relative to the cue
    (generic_features) and the cue's own words (cue_features). Decoding caches scores by these keys."""
    toks = view.doc.tokens
    first_cue, last_cue = cue[0], cue[-1]
    cue_set = set(cue)
    sent = view.sent[first_cue]
    a, b = view.window(sent)
    clem, ctag, cq = view.lem[first_cue], view.tag[first_cue], view.quote[first_cue]
    s_first, s_last = view.ranges.get(sent, (a, b))
    cpos = "ini" if first_cue - s_first < 2 else "fin" if s_last - last_cue <= 2 else "mid"
    keys = []
    for i in range(a, b):
        if i in cue_set:
            side, dist, anchor = "=", "0", first_cue
        elif i < first_cue:
            side, dist, anchor = "<", _bucket(i - first_cue), first_cue
        else:
            side, dist, anchor = ">", _bucket(i - last_cue), last_cue
        p = view.pos[i]
        generic = (
            side, dist, str(max(-1, min(view.sent[i] - sent, 2))),
            _between(view.breaks, i, anchor, 3), _between(view.subs, i, anchor, 2),
            _between(view.cues, i, anchor, 2) if side != "=" else "0",
            p, view.flat[i], rule_role.get(i, "O"), view.quote[i], cq, view.rule[i],
            "cue" if toks[i].head in cue_set else "-", toks[i].dep, cpos, origin,
        )
        keys.append(((i, side), generic, (clem, ctag, side, p, dist, cpos)))
    return (a, b), keys


def generic_features(g: tuple) -> list[str]:
    """The features of a token relative to a cue, from frame_keys' generic key."""
    side, dist, so, cb, sb, oc, p, fl, rr, qi, cq, rule, hd, dep, cpos, origin = g
    sd = side + dist
    return [
        "sd=" + sd,
        "sdo=" + sd + so,
        "sdp=" + sd + p,
        "so=" + so + side,
        "cc=" + side + cb + sb,
        "ccp=" + side + cb + p,
        "ccd=" + side + cb + dist,
        "oc=" + side + oc,
        "ocf=" + side + oc + fl,
        "q=" + qi + cq + side,
        "qs=" + qi + cq + side + so,
        "rr=" + rr,
        "rrs=" + rr + side + cb,
        "rg=" + rule + rr,
        "fls=" + fl + side + so + cb,
        "hd=" + hd + dep,
        "cp=" + cpos + side + so,
        "og=" + origin + side + so,
        "ogf=" + origin + fl + rr + side,
    ]


def cue_features(c: tuple) -> list[str]:
    """The features that pair the cue's lemma and tag with the token's side, tag and distance."""
    clem, ctag, side, p, dist, cpos = c
    return [
        "cl=" + clem + side,
        "clp=" + clem + side + p,
        "cld=" + clem + side + dist,
        "ct=" + ctag + side + cpos,
        "ctp=" + ctag + side + p,
    ]


class FrameScorer:
    """Label scores of frame rows, summed from three cached parts (a linear model's score is the sum of
    its features' weights): the token's own features, its cue-relative values, the cue's words. Most
    rows of a document repeat parts already scored, so few feature strings are ever built."""

    MAX_CACHED = 200_000

    def __init__(self, vocab: dict[str, int], W: np.ndarray):
        self.vocab, self.W = vocab, W
        self.generic: dict[tuple, np.ndarray] = {}
        self.cue: dict[tuple, np.ndarray] = {}

    def _fill(self, table: dict, keys, make) -> None:
        """Score the keys `table` lacks, all in one gather (keys made into feature rows by `make`)."""
        missing = list({k for k in keys if k not in table})
        if not missing:
            return
        if len(table) + len(missing) > self.MAX_CACHED:
            table.clear()
        get = self.vocab.get
        ids = np.array([[get(f, 0) for f in make(k)] for k in missing], dtype=np.int64)
        table.update(zip(missing, self.W[ids].sum(1), strict=True))

    def rows(self, view: DocView, keys: list[tuple[tuple, tuple, tuple]]) -> np.ndarray:
        """(len(keys), n_labels) scores of the rows of one or more frames."""
        static, generic, cue = view.static_scores, self.generic, self.cue
        self._fill(static, (s for s, _, _ in keys), lambda k: view.static(*k))
        self._fill(generic, (g for _, g, _ in keys), generic_features)
        self._fill(cue, (c for _, _, c in keys), cue_features)
        return (np.array([static[s] for s, _, _ in keys]) + np.array([generic[g] for _, g, _ in keys])
                + np.array([cue[c] for _, _, c in keys])).astype(np.float32)


def cue_lemma(tok) -> str:
    return (tok.lemma or tok.text).lower()


def candidate_cues(view: DocView, taken: set[int], cue_lemmas: frozenset[str]) -> list[list[int]]:
    """Words whose lemma is often a cue in the training data but that no found cue contains: each is
    a one-word cue to try (its frame decides whether it has a message)."""
    toks = view.doc.tokens
    return [[i] for first, last in view.ranges.values() for i in range(first, last)
            if i not in taken and cue_lemma(toks[i]) in cue_lemmas]


def rule_frame(rules, cue: list[int]) -> dict[int, str]:
    """The rule engine's reading of the same cue: token -> "SRC" / "MSG" (empty if it has none)."""
    out: dict[int, str] = {}
    wanted = set(cue)
    for cue_toks, msg, src, *_ in rules.items:
        if cue_toks & wanted:
            for x, y in msg:
                out.update(dict.fromkeys(range(x, y), "MSG"))
            if src is not None:
                out.update(dict.fromkeys(range(*src), "SRC"))
            break
    return out


def decode_frames(scorer: FrameScorer, pen: np.ndarray, view: DocView, cues: list[list[int]], rules,
                  origins: list[str] | None = None) -> list[tuple[tuple[int, int], np.ndarray]]:
    """Labels (indices into FRAME_LABELS) of every cue's window, decoded in one batch."""
    if not cues:
        return []
    windows, keys, bounds = [], [], []
    for n, cue in enumerate(cues):
        span, frame = frame_keys(view, cue, rule_frame(rules, cue), origins[n] if origins else "flat")
        windows.append(span)
        bounds.append((len(keys), len(keys) + len(frame)))
        keys += frame
    y = viterbi(scorer.rows(view, keys), bounds, pen)
    return [(span, y[x:z]) for span, (x, z) in zip(windows, bounds, strict=True)]


def frame_spans(span: tuple[int, int], y: np.ndarray) -> list[tuple[str, int, int]]:
    """(role, start, end) document token ranges of one decoded frame."""
    out: list[tuple[str, int, int]] = []
    for k, j in enumerate(y):
        lab = FRAME_LABELS[int(j)]
        if lab == "O":
            continue
        i = span[0] + k
        if lab.startswith("I-") and out and out[-1][0] == lab[2:] and out[-1][2] == i:
            out[-1] = (lab[2:], out[-1][1], i + 1)
        else:
            out.append((lab[2:], i, i + 1))
    return out
