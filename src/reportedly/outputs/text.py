"""The terminal report: headline, outlet, sources, attributions as "source — cue — message"."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..model import Analysis
from .summary import attribution_rows, format_number, outlet_line, speech_act_rows


def render_text(analysis: Analysis, width: int = 120, color: bool = False) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=color, color_system="standard" if color else None,
                      highlight=False, soft_wrap=False)
    art = analysis.article
    console.print(f"[bold]{escape(art.title or '(no headline)')}[/bold]")
    meta = [f"language: {art.language}", f"outlet: {escape(outlet_line(analysis))}"]
    if art.published:
        meta.append(f"published: {art.published}")
    if art.url:
        meta.append(f"url: {escape(art.url)}")
    for line in meta:
        console.print(line)
    if analysis.headline:
        h = analysis.headline
        console.print(f"headline check: [bold]{h.assessment}[/bold] — {escape(h.explanation)}")
    if analysis.sources:
        table = Table(title="Sources", show_lines=False, expand=False)
        for col in ("id", "type", "name / description", "role", "mentions"):
            table.add_column(col)
        for s in analysis.sources:
            table.add_row(s.id, s.type, escape(s.name or s.description or "—"), escape(s.role or ""),
                          str(len(s.mentions)))
        console.print(table)
    rows = attribution_rows(analysis)
    if rows:
        console.print("[bold]Attributions[/bold] (chain: source — cue — message)")
        for r in rows:
            console.print(f"  {r.id} ({r.mode}) {escape(r.chain)}")
            console.print(f"      {escape(r.source)} ({r.source_type}) — {escape(r.cue)} — {escape(r.message)}")
            if r.quotes:
                console.print(f"      verbatim: {escape(r.quotes)}")
    acts = speech_act_rows(analysis)
    if acts:
        console.print("[bold]Speech without a message[/bold] (source — cue — context)")
        for e in acts:
            cue = escape(e.cue) + (f" (about: {escape(e.topic)})" if e.topic else "")
            console.print(f"  {e.id} {escape(e.source)} ({e.source_type}) — {cue} — {escape(e.context)}")
    if analysis.claims:
        table = Table(title="Quantities")
        for col in ("value", "unit", "approx.", "text", "source"):
            table.add_column(col)
        by_id = {a.id: a for a in analysis.attributions}
        for c in analysis.claims:
            chain = " → ".join(analysis.chain(by_id[c.attribution])) if c.attribution in by_id else "(outlet)"
            for q in c.quantities:
                table.add_row(format_number(q.value), escape(q.unit or ""), q.approximation or "", escape(q.span.text),
                              escape(chain))
        if table.row_count:
            console.print(table)
    if analysis.hedges:
        console.print("[bold]Hedges[/bold]: " + ", ".join(f"{escape(h.span.text)} ({h.kind})" for h in analysis.hedges))
    if analysis.embedded_posts:
        for p in analysis.embedded_posts:
            console.print(f"embedded post: {escape(p.author or '?')} (@{escape(p.handle or '?')}) {p.date or ''} "
                          f"{escape(p.url or '')}")
    if analysis.dates:
        console.print("dates: " + "; ".join(f"{escape(d.span.text)} → {d.value or '?'}" for d in analysis.dates))
    if analysis.boilerplate:
        console.print("boilerplate: " + "; ".join(escape(b.text[:60]) for b in analysis.boilerplate))
    for w in analysis.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(w)}")
    return buf.getvalue()
