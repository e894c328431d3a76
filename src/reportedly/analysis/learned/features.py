"""Token features for the learned attribution labeller: words, morphology, quotes and the rule engine's events.

Every token gets exactly `N_FEATS` feature strings (one per template), so a document is an
(n_tokens, N_FEATS) matrix of ids after the vocabulary look-up — the shape the language layer's
linear models score with one gather-and-sum (language/german/linear.py).
"""

from __future__ import annotations

from ..attribution.cues import is_finite, konjunktiv, verb_cue

ROLES = ("CUE", "SRC", "MSG")
LABELS = ("O", "B-CUE", "I-CUE", "B-SRC", "I-SRC", "B-MSG", "I-MSG")
AFTER = frozenset("laut zufolge nach so demnach wonach gemäß".split())
SUBORD = frozenset("dass ob wie wonach weil wenn was wer wo warum welche welcher".split())


def _tokens_of(doc, span) -> list[int]:
    if span is None:
        return []
    out = []
    t = doc.token_at(span.start)
    while t is not None and t.start < span.end:
        out.append(t.i)
        t = doc.tokens[t.i + 1] if t.i + 1 < len(doc.tokens) else None
    return out


def rule_roles(doc) -> list[str]:
    """Per token, the role the rule engine's attributions give it ("CUE" > "SRC" > "MSG" > "O")."""
    n = len(doc.tokens)
    roles = ["O"] * n
    rank = {"O": 0, "MSG": 1, "SRC": 2, "CUE": 3}
    for a in doc.analysis.attributions:
        mention = doc.analysis.speaker_mention(a)
        parts = [
            ("CUE", [a.cue] + list(a.cue_parts) if a.cue else []),
            ("SRC", [mention]),
            ("MSG", a.message_parts or [a.message]),
        ]
        for role, spans in parts:
            for sp in spans:
                for i in _tokens_of(doc, sp):
                    if rank[role] > rank[roles[i]]:
                        roles[i] = role
    return roles


def _bucket(d: int) -> str:
    a = abs(d)
    b = str(a) if a < 4 else "4-7" if a < 8 else "8-15" if a < 16 else "16+"
    return ("-" if d < 0 else "+") + b


def _shape(w: str) -> str:
    c = w[:1]
    return "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c


def token_features(doc, roles: list[str]) -> list[list[str]]:
    """Feature strings per token (same length for every token)."""
    toks = doc.tokens
    n = len(toks)
    low = [t.text.lower() for t in toks]
    lem = [(t.lemma or t.text).lower() for t in toks]
    pos = [t.pos or "-" for t in toks]
    tag = [t.tag or "-" for t in toks]
    cue_lex = ["1" if (verb_cue(t, "de") or low[i] in AFTER) else "0" for i, t in enumerate(toks)]
    kj = [str(konjunktiv(t, "de")) if is_finite(t) or t.pos in ("VERB", "AUX") else "-" for t in toks]
    out: list[list[str]] = []
    sent_bounds = [(s.first, s.last) for s in doc.sentences]
    for first, end in sent_bounds:
        if end <= first:
            continue
        cues = [i for i in range(first, end) if roles[i] == "CUE"]
        lex = [i for i in range(first, end) if cue_lex[i] == "1"]
        sent_kj = max((int(kj[i]) for i in range(first, end) if kj[i] in ("1", "2")), default=0)
        prev_last = roles[first - 1] if first > 0 else "BOS"
        has_rule = "1" if any(roles[i] != "O" for i in range(first, end)) else "0"
        commas = 0
        colon = "0"
        pc = [0]  # clause breaks (, : ; –) and subordinators before each token of the sentence
        ps = [0]
        for i in range(first, end):
            pc.append(pc[-1] + (low[i] in (",", ":", ";", "–", "-")))
            ps.append(ps[-1] + (low[i] in SUBORD))
        prev_any = "1" if first > 0 and any(r != "O" for r in roles[max(0, first - 40) : first]) else "0"
        for i in range(first, end):
            t = toks[i]
            r = roles[i]
            near = min(cues, key=lambda c: abs(c - i)) if cues else None
            dist = _bucket(i - near) if near is not None else "none"
            nlex = min(lex, key=lambda c: abs(c - i)) if lex else None
            dlex = _bucket(i - nlex) if nlex is not None else "none"
            w = low[i]
            if nlex is not None:
                lo, hi = sorted((i - first, nlex - first))
                side = "<" if i < nlex else ">" if i > nlex else "="
                cc = side + str(min(pc[hi] - pc[lo + 1] if hi > lo else 0, 3))
                sub = side + str(min(ps[hi] - ps[lo + 1] if hi > lo else 0, 2))
                clem = lem[nlex] + side
            else:
                cc = sub = clem = "none"
            rp = roles[i - 1] if i > first else "BOS"
            rn = roles[i + 1] if i + 1 < end else "EOS"
            q = "q" if t.quote else "-"
            rel = "first" if i == first else "last" if i == end - 1 else "mid"
            out.append([
                "bias",
                "w=" + w,
                "l=" + lem[i],
                "p=" + pos[i],
                "t=" + tag[i],
                "s3=" + w[-3:],
                "k=" + kj[i],
                "q=" + q + str(min(t.quote, 2)),
                "e=" + t.ent,
                "cl=" + cue_lex[i],
                "r=" + r,
                "rp=" + rp + "|" + r,
                "rn=" + r + "|" + rn,
                "rpos=" + r + "|" + pos[i],
                "rq=" + r + "|" + q,
                "d=" + dist,
                "dr=" + dist + "|" + r,
                "dl=" + dlex,
                "dlp=" + dlex + "|" + pos[i],
                "w-1=" + (low[i - 1] if i > first else "BOS"),
                "w+1=" + (low[i + 1] if i + 1 < end else "EOS"),
                "p-1=" + (pos[i - 1] if i > first else "BOS") + "|" + pos[i],
                "p+1=" + pos[i] + "|" + (pos[i + 1] if i + 1 < end else "EOS"),
                "p-2=" + (pos[i - 2] if i - 1 > first else "BOS"),
                "p+2=" + (pos[i + 2] if i + 2 < end else "EOS"),
                "l-1=" + (lem[i - 1] if i > first else "BOS"),
                "l+1=" + (lem[i + 1] if i + 1 < end else "EOS"),
                "cm=" + str(min(commas, 3)) + colon,
                "sp=" + rel + "|" + r,
                "sk=" + str(sent_kj) + "|" + has_rule + "|" + q,
                "pl=" + prev_last + "|" + rel,
                "ph=" + ("h" if t.start < doc.headline_end else "b"),
                "hd=" + (low[t.head] if 0 <= t.head < n and toks[t.head].sent == t.sent else "-") + "|" + t.dep,
                "hr=" + (roles[t.head] if 0 <= t.head < n else "-") + "|" + t.dep,
                "cc=" + cc,
                "ccr=" + cc + "|" + r,
                "sub=" + sub + "|" + cc,
                "clem=" + clem,
                "clq=" + clem + "|" + q + cc,
                "sh=" + _shape(t.text),
                "pk=" + prev_any + str(sent_kj) + has_rule + rel,
            ])
            if t.text == ",":
                commas += 1
            elif t.text == ":":
                colon = "1"
    return out


def sentence_bounds(doc) -> list[tuple[int, int]]:
    """Token ranges of the sentences that have tokens (rows of the feature matrix, in order)."""
    out = []
    k = 0
    for s in doc.sentences:
        if s.last > s.first:
            out.append((k, k + s.last - s.first))
            k += s.last - s.first
    return out


N_STACK = 9


def stack_features(doc, labels: list[str]) -> list[list[str]]:
    """Second-pass features from the first pass's labels (`labels` per row, rows as token_features)."""
    out: list[list[str]] = []
    toks = [i for s in doc.sentences for i in range(s.first, s.last)]
    prev_end = "BOS"
    for a, b in sentence_bounds(doc):
        lab = [x[2:] if x != "O" else "O" for x in labels[a:b]]
        cues = [k for k in range(b - a) if lab[k] == "CUE"]
        roles = "".join(sorted({x[0] for x in lab if x != "O"})) or "-"
        for k in range(b - a):
            own = labels[a + k]
            near = min(cues, key=lambda c: abs(c - k)) if cues else None
            dist = _bucket(k - near) if near is not None else "none"
            q = "q" if doc.tokens[toks[a + k]].quote else "-"
            out.append([
                "S0=" + own,
                "S-1=" + (labels[a + k - 1] if k > 0 else "BOS") + "|" + own,
                "S+1=" + own + "|" + (labels[a + k + 1] if a + k + 1 < b else "EOS"),
                "S-2=" + (lab[k - 2] if k > 1 else "BOS"),
                "S+2=" + (lab[k + 2] if k + 2 < b - a else "EOS"),
                "Sc=" + dist + "|" + lab[k],
                "Ss=" + roles + "|" + lab[k],
                "Sp=" + prev_end + "|" + ("first" if k == 0 else "rest") + "|" + lab[k],
                "Sq=" + q + "|" + own,
            ])
        prev_end = lab[-1] if lab else "BOS"
    return out
