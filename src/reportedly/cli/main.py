"""Entry point: `reportedly COMMAND ...` and `python -m reportedly ...`."""

from __future__ import annotations

import logging

import click

from .. import __version__
from .analyze import analyze_command, schema_command
from .claims import claims_command
from .misc import demo_command, settings_command
from .serve import serve_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportedly")
@click.option("--verbose", "-v", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """reportedly — who says what, according to whom, and how sure they are."""
    level = logging.ERROR if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


cli.add_command(analyze_command)
cli.add_command(schema_command)
cli.add_command(settings_command)
cli.add_command(claims_command)
cli.add_command(serve_command)
cli.add_command(demo_command)
from . import corpus as _corpus  # noqa: E402

for _cmd in (_corpus.batch_command, _corpus.search_command, _corpus.sources_command,
             _corpus.stories_command, _corpus.trace_command, _corpus.export_command):
    cli.add_command(_cmd)

from .spark import load_parquet_command, spark_command  # noqa: E402

cli.add_command(spark_command)
cli.add_command(load_parquet_command)


def main() -> None:
    cli(prog_name="reportedly")
