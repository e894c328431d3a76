"""`reportedly claims FILE...`: the figures of each article, who gives them and through whom."""

from __future__ import annotations

import json
import sys

import click

from ..api import analyze_input
from ..model import Analysis
from ..outputs.summary import format_number
from .common import build_settings, settings_option


def quantity_rows(analysis: Analysis) -> list[dict]:
    """One row per quantity: value, unit, approximation, source and chain (outlet first)."""
    by_id = {a.id: a for a in analysis.attributions}
    outlet = analysis.article.outlet.name if analysis.article.outlet else "(outlet)"
    rows = []
    for claim in analysis.claims:
        att = by_id.get(claim.attribution) if claim.attribution else None
        chain = analysis.chain(att) if att else [outlet]
        source = chain[-1] if att else outlet
        for q in claim.quantities:
            rows.append(
                {
                    "claim": claim.id, "text": q.span.text, "value": q.value, "upper": q.upper,
                    "unit": q.unit, "approximation": q.approximation, "source": source, "chain": chain,
                    "attribution": claim.attribution, "start": q.span.start,
                }
            )
    return rows


def _fmt_value(v: float, upper: float | None) -> str:
    return format_number(v) + (f"–{format_number(upper)}" if upper is not None else "")


@click.command("claims")
@click.argument("inputs", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "--format", "-f", "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    help="A table per article (default) or one JSON object per article with its rows.",
)
@settings_option
def claims_command(inputs: tuple[str, ...], fmt: str, settings_pairs: tuple[str, ...]) -> None:
    """List the figures in articles: value, unit, approximation, source and attribution chain."""
    settings = build_settings(settings_pairs)
    failed = 0
    for i, name in enumerate(inputs):
        analysis = analyze_input(name, settings)
        failed += any(w.startswith("error:") for w in analysis.warnings)
        rows = quantity_rows(analysis)
        if fmt == "json":
            click.echo(
                json.dumps(
                    {
                        "input": name, "id": analysis.article.id, "quantities": rows,
                        "warnings": analysis.warnings,
                    },
                    ensure_ascii=False,
                )
            )
            continue
        if i:
            click.echo()
        click.echo(f"# {name}: {analysis.article.title[:100]}")
        header = ("value", "unit", "approx.", "source", "chain")
        table = [
            (
                _fmt_value(r["value"], r["upper"]),
                r["unit"] or "-",
                r["approximation"] or "-",
                r["source"],
                " → ".join(r["chain"]),
            )
            for r in rows
        ]
        caps = (40, 40, 10, 40, 200)  # the chain, last, is never cut
        widths = [min(caps[k], max([len(h)] + [len(t[k]) for t in table])) for k, h in enumerate(header)]
        click.echo("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)).rstrip())
        for t in table:
            click.echo("  ".join(c[:w].ljust(w) for c, w in zip(t, widths, strict=False)).rstrip())
        if not table:
            click.echo("(no quantities)")
    if failed:
        click.echo(f"{failed} of {len(inputs)} input(s) could not be analysed; see their warnings", err=True)
        sys.exit(1)
