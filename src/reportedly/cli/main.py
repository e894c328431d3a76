"""Entry point: `reportedly COMMAND ...` and `python -m reportedly ...`."""

from __future__ import annotations

import logging
import sys

import click

from .. import __version__
from ..errors import ReportedlyError
from .analyze import analyze_command, schema_command
from .claims import claims_command
from .corpus import (
    batch_command,
    export_command,
    search_command,
    sources_command,
    stories_command,
    trace_command,
)
from .misc import demo_command, settings_command
from .serve import serve_command
from .spark import load_parquet_command, spark_command
from .tag import tag_command

COMMANDS = (
    analyze_command, schema_command, claims_command, tag_command, demo_command, settings_command,
    batch_command, search_command, sources_command, stories_command, trace_command, export_command,
    serve_command, spark_command, load_parquet_command,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportedly")
@click.option("--verbose", "-v", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """reportedly — who says what, according to whom, and how sure they are."""
    level = logging.ERROR if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


for _command in COMMANDS:
    cli.add_command(_command)


def main() -> None:
    try:
        cli(prog_name="reportedly")
    except ReportedlyError as exc:  # input and setting problems: a message, never a traceback
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
