"""A small SVG attribution graph: outlet → cited media → sources.

Drawn on the server as plain SVG (no JS library). Each attribution's chain (the outlet, its
parents' sources and the outlets they told, its own source) adds edges; nodes sit in columns by their depth in a chain.
Every label is formatted into `Markup` with `%`, which escapes it, and the SVG is inline markup
built only from numbers and
escaped text, so a source called `<script>` is just text.
"""

from __future__ import annotations

from markupsafe import Markup

from ..model import Analysis, Attribution, source_label
from .annotate import source_class

_COL_W, _ROW_H, _BOX_W, _BOX_H, _PAD = 210, 44, 180, 28, 12
_MAX_LABEL = 28
_MAX_NODES = 60


def _chain_nodes(analysis: Analysis, att: Attribution) -> list[tuple[str, str, str]]:
    """(key, label, class) from the outlet to the attribution's own source."""
    by_id = {a.id: a for a in analysis.attributions}
    outlet = analysis.article.outlet
    nodes: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    current: Attribution | None = att
    while current is not None and current.id not in seen:
        seen.add(current.id)
        source = analysis.source_by_id(current.source)
        key = "s:" + "+".join([source.id, *current.co_sources]) if source else "u:" + current.id
        nodes.append((key, analysis.speaker_label(current), source_class(source.type if source else None)))
        via = analysis.source_by_id(current.via)
        if via is not None and not (outlet and via.name == outlet.name):  # s17: "told Reuters" (not in Reuters)
            nodes.append(("s:" + via.id, source_label(via), source_class("media")))
        current = by_id.get(current.parent) if current.parent else None
    nodes.append(("outlet", outlet.name if outlet else "(this article)", "outlet"))
    return [n for k, n in enumerate(nodes) if k == 0 or n[0] != nodes[k - 1][0]][::-1]  # via = the parent's source


def _short(label: str) -> str:
    return label if len(label) <= _MAX_LABEL else label[: _MAX_LABEL - 1] + "…"


def attribution_graph(analysis: Analysis) -> Markup:
    """The graph as inline SVG markup; empty when the article attributes nothing."""
    depth: dict[str, int] = {}
    info: dict[str, tuple[str, str]] = {}
    edges: set[tuple[str, str]] = set()
    for att in analysis.attributions:
        chain = _chain_nodes(analysis, att)
        for i, (key, label, cls) in enumerate(chain):
            if key not in depth and len(depth) >= _MAX_NODES:
                break
            depth[key] = max(depth.get(key, 0), i)
            info[key] = (label, cls)
            if i:
                edges.add((chain[i - 1][0], key))
    if not depth:
        return Markup("")
    columns: dict[int, list[str]] = {}
    for key, d in depth.items():
        columns.setdefault(d, []).append(key)
    pos: dict[str, tuple[int, int]] = {}
    for d, keys in columns.items():
        for row, key in enumerate(keys):
            pos[key] = (_PAD + d * _COL_W, _PAD + row * _ROW_H)
    width = _PAD * 2 + (max(columns) + 1) * _COL_W
    height = _PAD * 2 + max(len(k) for k in columns.values()) * _ROW_H
    parts = [Markup('<svg class="graph" xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
                    'viewBox="0 0 %d %d" role="img" aria-label="attribution graph">')
             % (width, height, width, height)]
    for a, b in sorted(edges):
        if a in pos and b in pos:
            (x1, y1), (x2, y2) = pos[a], pos[b]
            parts.append(Markup('<line x1="%d" y1="%d" x2="%d" y2="%d" class="edge"/>')
                         % (x1 + _BOX_W, y1 + _BOX_H // 2, x2, y2 + _BOX_H // 2))
    for key, (x, y) in pos.items():
        label, cls = info[key]
        parts.append(Markup('<g class="node %s"><title>%s</title>'
                            '<rect x="%d" y="%d" width="%d" height="%d" rx="4"/>'
                            '<text x="%d" y="%d">%s</text></g>')
                     % (cls, label, x, y, _BOX_W, _BOX_H, x + 8, y + 18, _short(label)))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)

