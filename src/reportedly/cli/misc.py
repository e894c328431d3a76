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
