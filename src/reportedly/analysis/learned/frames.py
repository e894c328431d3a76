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
SENTENCES_BEFORE = 1
SENTENCES_AFTER = 2
"""A frame's window: the cue's sentence, one before (a quotation the cue closes) and two after
(a quotation or colon complement running on); the training data has over 97% of roles there."""
BREAKS = frozenset(", : ; – - ( )".split())


class DocView:
    """Per-document arrays the frames of all its cues share (computed once per document)."""

    def __init__(self, doc, flat: list[str], rule_roles: list[str]) -> None:
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

    def window(self, sent: int) -> tuple[int, int]:
        """Token range of the cue sentence's window (sentences without tokens skipped)."""
        firsts = [self.ranges[k][0] for k in range(sent - SENTENCES_BEFORE, sent + 1) if k in self.ranges]
        lasts = [self.ranges[k][1] for k in range(sent, sent + SENTENCES_AFTER + 1) if k in self.ranges]
        return min(firsts), max(lasts)


def _between(prefix: list[int], a: int, b: int, cap: int) -> str:
    """How many marked tokens lie strictly between positions a and b (capped)."""
    lo, hi = (a, b) if a < b else (b, a)
    return str(min(prefix[hi] - prefix[lo + 1], cap)) if hi > lo + 1 else "0"


def frame_features(view: DocView, cue: list[int], rule_role: dict[int, str]) -> tuple[tuple[int, int], list[list[str]]]:
    """The window of one cue and the feature strings of its tokens (the same number for every token)."""
    d = view.doc
    toks = d.tokens
    first_cue, last_cue = cue[0], cue[-1]
    cue_set = set(cue)
    sent = view.sent[first_cue]
    a, b = view.window(sent)
    clem = view.lem[first_cue]
    ctag = view.tag[first_cue]
    cq = view.quote[first_cue]
    s_first, s_last = view.ranges.get(sent, (a, b))
    cpos = "ini" if first_cue - s_first < 2 else "fin" if s_last - last_cue <= 2 else "mid"
    rows = []
    for i in range(a, b):
        if i in cue_set:
            side, dist, anchor = "=", "0", first_cue
        elif i < first_cue:
            side, dist, anchor = "<", _bucket(i - first_cue), first_cue
        else:
            side, dist, anchor = ">", _bucket(i - last_cue), last_cue
        so = str(max(-1, min(view.sent[i] - sent, 2)))
        cb = _between(view.breaks, i, anchor, 3)
        sb = _between(view.subs, i, anchor, 2)
        oc = _between(view.cues, i, anchor, 2) if side != "=" else "0"
        w, p, fl = view.low[i], view.pos[i], view.flat[i]
        rr = rule_role.get(i, "O")
        head = toks[i].head
        hd = "cue" if head in cue_set else "-"
        sd = side + dist
        rows.append([
            "b",
            "w=" + w,
            "l=" + view.lem[i],
            "p=" + p,
            "t=" + view.tag[i],
            "sd=" + sd,
            "sdo=" + sd + so,
            "sdp=" + sd + p,
            "so=" + so + side,
            "cl=" + clem + side,
            "clp=" + clem + side + p,
            "cld=" + clem + sd,
            "ct=" + ctag + side + cpos,
            "ctp=" + ctag + side + p,
            "cc=" + side + cb + sb,
            "ccp=" + side + cb + p,
            "ccd=" + side + cb + dist,
            "oc=" + side + oc,
            "ocf=" + side + oc + fl,
            "q=" + view.quote[i] + cq + side,
            "qs=" + view.quote[i] + cq + side + so,
            "rr=" + rr,
            "rrs=" + rr + side + cb,
            "rg=" + view.rule[i] + rr,
            "fl=" + fl + side,
            "fls=" + fl + side + so + cb,
            "flp=" + (view.flat[i - 1] if i > a else "BOW") + fl,
            "fln=" + fl + (view.flat[i + 1] if i + 1 < b else "EOW"),
            "w-1=" + (view.low[i - 1] if i > a else "BOW") + side,
            "w+1=" + (view.low[i + 1] if i + 1 < b else "EOW") + side,
            "p-1=" + (view.pos[i - 1] if i > a else "BOW") + p + side,
            "p+1=" + p + (view.pos[i + 1] if i + 1 < b else "EOW") + side,
            "hd=" + hd + toks[i].dep,
            "e=" + toks[i].ent + side,
            "ws=" + w + side,
            "cp=" + cpos + side + so,
        ])
    return (a, b), rows


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


def decode_frames(W: np.ndarray, pen: np.ndarray, ids, view: DocView, cues: list[list[int]], rules
                  ) -> list[tuple[tuple[int, int], np.ndarray]]:
    """Labels (indices into FRAME_LABELS) of every cue's window, decoded in one batch."""
    if not cues:
        return []
    windows, blocks, bounds, k = [], [], [], 0
    for cue in cues:
        span, rows = frame_features(view, cue, rule_frame(rules, cue))
        windows.append(span)
        blocks.append(ids(rows))
        bounds.append((k, k + len(rows)))
        k += len(rows)
    X = np.vstack(blocks)
    S = np.zeros((X.shape[0], W.shape[1]), dtype=np.float32)
    for j in range(X.shape[1]):
        S += W[X[:, j]]
    y = viterbi(S, bounds, pen)
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
