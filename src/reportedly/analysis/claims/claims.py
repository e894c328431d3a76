"""Claims: the sentences a verification desk would check, each tied to whoever asserts it.

A sentence becomes a Claim when it carries a figure, or scores high enough on cheap signals of
check-worthiness (named actors, comparisons, causes, records). Its attribution is the reported
speech whose message contains it, so "mehr als 43.000 Kämpfer" is the Defence Ministry's claim and
not the outlet's; when one sentence holds figures from two speakers it yields one Claim per speaker.
"""

from __future__ import annotations

import re

from ...model import Attribution, Claim, Hedge, Quantity

MIN_CHECKWORTHY = 0.35
"""Sentences without a figure below this score are not listed: they are opinion, colour or framing."""

_SIGNAL = re.compile(
    r"\b(mehr als|weniger als|größte\w*|höchste\w*|niedrigste\w*|meiste\w*|erstmals|rekord\w*|doppelt\w*|"
    r"verdoppelt|halbiert|gestiegen|gesunken|weil|wegen|aufgrund|infolge|deshalb|daher|führte zu|"
    r"verursacht\w*|getötet|verletzt|zerstört|festgenommen|verhaftet|verurteilt|angeklagt|beschlossen|"
    r"because|due to|caused|led to|largest|highest|lowest|most|record|doubled|halved|rose|fell|"
    r"increased|decreased|killed|injured|destroyed|arrested|charged|convicted|approved|than)\b"
)
_OPINION = re.compile(
    r"\b(ich finde|meiner Meinung|meines Erachtens|I think|in my view|in my opinion)\b", re.I
)


def build_claims(doc, quantities: list[Quantity], hedges: list[Hedge]) -> list[Claim]:
    """One Claim per check-worthy sentence (the headline included) and speaker, in text order."""
    atts = doc.analysis.attributions
    boxes = _message_boxes(atts)
    claims: list[Claim] = []
    for sent in doc.sentences:
        if doc.is_boilerplate(sent.start, sent.end):
            continue
        qs = [q for q in quantities if sent.start <= q.span.start < sent.end]
        hs = [h.span for h in hedges if sent.start <= h.span.start < sent.end]
        att = _sentence_attribution(boxes, sent.start, sent.end)
        score = checkworthiness(doc, sent, qs, att is not None)
        if not qs and score < MIN_CHECKWORTHY:
            continue
        span = doc.trimmed_span(sent.start, sent.end)
        groups: dict[str | None, list[Quantity]] = {}
        for q in qs:
            owner = containing_attribution(atts, q.span.start, q.span.end) or att
            groups.setdefault(owner.id if owner else None, []).append(q)
        if not groups:
            groups[att.id if att else None] = []
        for att_id, group in groups.items():
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1}",
                    sentence=span,
                    attribution=att_id,
                    quantities=group,
                    hedges=hs,
                    checkworthy=score,
                )
            )
    return claims


def checkworthiness(doc, sent, quantities: list[Quantity], attributed: bool) -> float:
    """A 0..1 score from figures, named actors, comparison/cause/record words; questions and
    opinions score low because there is nothing in them to verify."""
    text = doc.text[sent.start : sent.end]
    low = text.lower()
    toks = doc.tokens[sent.first : sent.last]
    short = len(toks) < 12 and sum(1 for t in toks if t.text[:1].isalnum()) < 6
    score = 0.1
    if quantities:
        score += 0.45 + min(0.15, 0.05 * (len(quantities) - 1))
    if any(t.ent != "O" or t.pos == "PROPN" for t in toks[1:]):
        score += 0.15
    if _SIGNAL.search(low):
        score += 0.2
    if attributed:
        score += 0.1
    if text.rstrip().endswith("?"):
        score -= 0.3
    if short:
        score -= 0.2
    if _OPINION.search(low):
        score -= 0.15
    return round(max(0.0, min(1.0, score)), 3)


def containing_attribution(atts: list[Attribution], start: int, end: int) -> Attribution | None:
    """The innermost attribution whose message (or one of its parts) contains [start, end)."""
    best: Attribution | None = None
    best_len = 1 << 30
    for a in atts:
        for m in [a.message, *a.message_parts]:
            if m.start <= start and end <= m.end and m.end - m.start < best_len:
                best, best_len = a, m.end - m.start
    return best


_Box = tuple[Attribution, int, int, list[tuple[int, int]]]


def _message_boxes(atts: list[Attribution]) -> list[_Box]:
    """Each attribution with the extent of its message pieces and the pieces, in order."""
    out = []
    for a in atts:
        pieces = [(m.start, m.end) for m in (a.message, *a.message_parts)]
        out.append((a, min(p[0] for p in pieces), max(p[1] for p in pieces), pieces))
    return out


def _sentence_attribution(boxes: list[_Box], start: int, end: int) -> Attribution | None:
    """The attribution that covers most of the sentence (at least half of it), if any."""
    best: Attribution | None = None
    best_cover = 0
    need = (end - start) / 2
    for a, lo, hi, pieces in boxes:
        if hi <= start or lo >= end:
            continue
        cover = 0
        for m_start, m_end in pieces:
            if m_start < end and start < m_end:
                cover += min(end, m_end) - max(start, m_start)
        if cover >= need and cover > best_cover:
            best, best_cover = a, cover
    return best
