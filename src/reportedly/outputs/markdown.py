"""A Markdown report, for pasting into tickets and fact-check notes."""

from __future__ import annotations

from ..model import Analysis
from .summary import attribution_rows, format_number, outlet_line, speech_act_rows


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(analysis: Analysis) -> str:
    art = analysis.article
    out = [f"# {_cell(art.title or '(no headline)')}", ""]
    out.append(f"- **Outlet:** {_cell(outlet_line(analysis))}")
    out.append(f"- **Language:** {art.language}")
    if art.published:
        out.append(f"- **Published:** {art.published}")
    if art.url:
        out.append(f"- **URL:** <{art.url}>")
    if analysis.headline:
        out.append(f"- **Headline check:** {analysis.headline.assessment} — {_cell(analysis.headline.explanation)}")
    out.append("")
    if analysis.sources:
        out += ["## Sources", "", "| id | type | name / description | role | mentions |", "|---|---|---|---|---|"]
        for s in analysis.sources:
            out.append(f"| {s.id} | {s.type} | {_cell(s.name or s.description or '—')} | {_cell(s.role or '')} "
                       f"| {len(s.mentions)} |")
        out.append("")
    rows = attribution_rows(analysis)
    if rows:
        out += ["## Attributions", "", "| chain | mode | cue | message |", "|---|---|---|---|"]
        for r in rows:
            out.append(f"| {_cell(r.chain)} | {r.mode} | {_cell(r.cue)} | {_cell(r.message)} |")
        out.append("")
    acts = speech_act_rows(analysis)
    if acts:
        out += ["## Speech without a message", "", "| source | type | cue | topic | context |", "|---|---|---|---|---|"]
        for e in acts:
            cells = (_cell(e.source), e.source_type, _cell(e.cue), _cell(e.topic), _cell(e.context))
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    quantities = [(c, q) for c in analysis.claims for q in c.quantities]
    if quantities:
        by_id = {a.id: a for a in analysis.attributions}
        out += ["## Quantities", "", "| value | unit | approximation | source |", "|---|---|---|---|"]
        for c, q in quantities:
            chain = " → ".join(analysis.chain(by_id[c.attribution])) if c.attribution in by_id else "(outlet)"
            value = format_number(q.value)
            out.append(f"| {value} | {_cell(q.unit or '')} | {q.approximation or ''} | {_cell(chain)} |")
        out.append("")
    if analysis.hedges:
        out += ["## Hedges", ""] + [f"- {_cell(h.span.text)} ({h.kind})" for h in analysis.hedges] + [""]
    if analysis.warnings:
        out += ["## Warnings", ""] + [f"- {_cell(w)}" for w in analysis.warnings] + [""]
    return "\n".join(out)
