"""Small informational commands."""

from __future__ import annotations

from dataclasses import fields

import click

from ..settings import DEFAULT_SETTINGS, Settings


@click.command("settings")
def settings_command() -> None:
    """List the settings that --setting NAME=VALUE can override, with their defaults."""
    for f in fields(Settings):
        click.echo(f"{f.name} = {getattr(DEFAULT_SETTINGS, f.name)!r}")


@click.command("demo")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text")
def demo_command(fmt: str) -> None:
    """Analyse the bundled sample article (our own text, no network, no server) and show the report."""
    from importlib import resources

    from ..api import analyze
    from ..outputs import render_markdown, render_text

    sample = resources.files("reportedly.data").joinpath("samples/sample-de.txt").read_text("utf-8")
    analysis = analyze(sample)
    if fmt == "json":
        click.echo(analysis.to_json())
    elif fmt == "markdown":
        click.echo(render_markdown(analysis))
    else:
        click.echo(render_text(analysis, color=click.get_text_stream("stdout").isatty()))
