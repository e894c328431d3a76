"""Turn an Analysis into escaped HTML segments for the annotated article view.

Overlapping annotations (a quote containing a source mention and a hedge) are flattened by a
sweep over span boundaries: each stretch of text between two boundaries becomes one segment with
every annotation active there. Only text goes through `escape`; classes come from fixed allow
lists and ids are reduced to `[A-Za-z0-9_-]`, so nothing from the article can form markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..model import Analysis, Attribution, Span, source_label

SOURCE_TYPES = ("person", "organization", "media", "anonymous", "social_post", "document", "unknown")
_ID_RE = re.compile(r"[^A-Za-z0-9_-]")


def safe_id(value: object) -> str:
    """An id usable in HTML id/href attributes whatever the analysis contains."""
    return _ID_RE.sub("_", str(value))[:64] or "_"


def source_class(kind: str | None) -> str:
    return "src-" + (kind if kind in SOURCE_TYPES else "unknown")


@dataclass(slots=True)
class _Mark:
    start: int
    end: int
    cls: str
    title: str = ""
    href: str = ""
    anchor: str = ""


@dataclass(slots=True)
class Segment:
    text: str
    classes: list[str] = field(default_factory=list)
    title: str = ""
    href: str = ""
    anchor: str = ""

    def html(self) -> Markup:
        body = escape(self.text)
        if not self.classes:
            return Markup(body)
        attrs = Markup(' class="%s"') % " ".join(self.classes)
        if self.title:
            attrs += Markup(' title="%s"') % self.title
        if self.anchor:
            attrs += Markup(' id="%s"') % self.anchor
        if self.href:
            return Markup('<a href="%s"%s>%s</a>') % (self.href, attrs, body)
        return Markup("<span%s>%s</span>") % (attrs, body)


def chain_text(analysis: Analysis, attribution: Attribution) -> str:
    return " → ".join(analysis.chain(attribution))


def _marks(analysis: Analysis) -> list[_Mark]:
    marks: list[_Mark] = []
    for span in analysis.boilerplate:
        marks.append(_Mark(span.start, span.end, "boilerplate", "not the article's own text"))
    for source in analysis.sources:
        for span in source.mentions:
            marks.append(_Mark(span.start, span.end, "mention " + source_class(source.type),
                               f"{source.type}: {source_label(source)}", "#source-" + safe_id(source.id)))
    for att in analysis.attributions:
        source = analysis.source_by_id(att.source)
        kind = source.type if source else "unknown"
        title = f"{att.mode}: {chain_text(analysis, att)}"
        href = "#source-" + safe_id(source.id) if source else "#att-" + safe_id(att.id)
        pieces = att.message_parts or [att.message]
        for i, span in enumerate(pieces):
            marks.append(_Mark(span.start, span.end, "quote " + source_class(kind), title, href,
                               "q-" + safe_id(att.id) if i == 0 else ""))
        for span in [s for s in [att.cue, *att.cue_parts] if s is not None]:
            marks.append(_Mark(span.start, span.end, "cue", title))
        for span in att.quotes:
            marks.append(_Mark(span.start, span.end, "verbatim", f"verbatim words — {title}"))
    for hedge in analysis.hedges:
        marks.append(_Mark(hedge.span.start, hedge.span.end, "hedge", f"hedge: {hedge.kind}"))
    by_id = {a.id: a for a in analysis.attributions}
    for claim in analysis.claims:
        att = by_id.get(claim.attribution) if claim.attribution else None
        said_by = chain_text(analysis, att) if att else "the outlet itself"
        for q in claim.quantities:
            marks.append(_Mark(q.span.start, q.span.end, "quantity",
                               f"claim: {q.value:,.10g} {q.unit or ''} — source: {said_by}",
                               "#claim-" + safe_id(claim.id)))
    for post in analysis.embedded_posts:
        marks.append(_Mark(post.span.start, post.span.end, "post",
                           f"{post.platform}: {post.author or ''} @{post.handle or ''} {post.date or ''}"))
    return marks


def segments(analysis: Analysis, start: int = 0, end: int | None = None) -> list[Segment]:
    """Flatten all annotations of `article.text[start:end]` into non-overlapping segments.

    The innermost (shortest) mark gives the link and title; all marks give classes."""
    text = analysis.article.text
    end = len(text) if end is None else min(end, len(text))
    marks = [m for m in _marks(analysis) if 0 <= m.start < m.end <= len(text)]
    points = {start, end}
    for m in marks:
        points.update(p for p in (m.start, m.end) if start < p < end)
    bounds = sorted(points)
    out: list[Segment] = []
    seen_anchors: set[str] = set()
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = sorted((m for m in marks if m.start <= a and m.end >= b), key=lambda m: m.end - m.start)
        seg = Segment(text[a:b])
        for m in active:
            for cls in m.cls.split():
                if cls not in seg.classes:
                    seg.classes.append(cls)
            seg.title = seg.title or m.title
            seg.href = seg.href or m.href
            if m.anchor and m.anchor not in seen_anchors and not seg.anchor:
                seg.anchor = m.anchor
                seen_anchors.add(m.anchor)
        out.append(seg)
    return out


def render(analysis: Analysis, start: int = 0, end: int | None = None) -> Markup:
    return Markup("").join(s.html() for s in segments(analysis, start, end))


def headline_span(analysis: Analysis) -> Span:
    """The headline check's span, else the first line (the contract's headline for text input)."""
    if analysis.headline is not None:
        return analysis.headline.span
    text = analysis.article.text
    cut = text.find("\n")
    cut = len(text) if cut < 0 else cut
    return Span.of(text, 0, cut)
