"""`reportedly analyze` and `reportedly schema`."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager

import click
from rich.console import Console

from ..api import analyze_input
from ..model import json_schema
from ..outputs import FORMATS, render_markdown, render_text
from .common import build_settings, settings_option


@click.command("analyze")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format. Default: text for one input on a terminal, jsonl otherwise.")
@click.option("--strict", is_flag=True, help="Raise on the first failing analysis step (for debugging).")
@settings_option
def analyze_command(inputs: tuple[str, ...], fmt: str | None, strict: bool, settings_pairs: tuple[str, ...]) -> None:
    """Analyse articles: files (text or HTML), http(s) URLs, or - for standard input.

    Every input gets its output, in input order; an input that cannot be read gets an empty
    analysis whose warnings say why, and the exit code is 1.
    """
    settings = build_settings(settings_pairs)
    if fmt is None:
        fmt = "text" if len(inputs) == 1 and sys.stdout.isatty() else "jsonl"
    failed = 0
    out = sys.stdout
    with _progress(len(inputs)) as advance:
        for i, name in enumerate(inputs):
            failed += _emit(i, analyze_input(name, settings, strict=strict), fmt, out)
            advance()
    if failed:
        click.echo(f"{failed} of {len(inputs)} input(s) could not be analysed; see their warnings", err=True)
        sys.exit(1)


@contextmanager
def _progress(total: int):
    """A progress bar on stderr for many inputs on a terminal; nothing otherwise."""
    if total < 5 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress("analyze", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("analyze", total=total)
        yield lambda: bar.advance(task)


def _emit(i: int, analysis, fmt: str, out) -> int:
    """Write one analysis in the chosen format; 1 when the input could not be read."""
    if fmt == "jsonl":
        out.write(analysis.to_json() + "\n")
    elif fmt == "json":
        out.write(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "markdown":
        out.write(("\n---\n\n" if i else "") + render_markdown(analysis) + "\n")
    else:
        out.write(("\n" if i else "") + render_text(analysis, color=out.isatty()))
    out.flush()
    return int(any(w.startswith("error:") for w in analysis.warnings))


@click.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the analysis output (reportedly.analysis/1)."""
    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))
