"""`reportedly spark` (analyse on Apache Spark into Parquet tables) and `reportedly load-parquet`."""

from __future__ import annotations

import json
import sys

import click

from .common import build_settings, settings_option


@click.command("spark")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT... OUTPUT")
@click.option("--format", "fmt", type=click.Choice(["parquet", "orc", "json"]), default="parquet",
              show_default=True, help="Format of the output tables.")
@click.option("--input-format", type=click.Choice(["auto", "warc", "jsonl", "parquet", "files"]),
              default="auto", show_default=True, help="Kind of input; auto goes by the file name.")
@click.option("--master", default="local[*]", show_default=True,
              help="Spark master: local[N], spark://host:7077, yarn, k8s://…")
@click.option("--partitions", type=int, default=None, help="Spread the input over this many tasks.")
@click.option("--overwrite", is_flag=True, help="Replace existing tables under OUTPUT.")
@click.option("--conf", "confs", multiple=True, metavar="KEY=VALUE", help="Extra Spark configuration.")
@settings_option
def spark_command(inputs: tuple[str, ...], fmt: str, input_format: str, master: str,
                  partitions: int | None, overwrite: bool, confs: tuple[str, ...],
                  settings_pairs: tuple[str, ...]) -> None:
    """Analyse WARC(.gz), JSONL or Parquet inputs on Spark into OUTPUT/<table>/.

    INPUTs and OUTPUT may be any Hadoop path (file://, hdfs://, s3a://, globs). The tables are
    those of the SQLite store plus `items` and `errors`: every input item is an article or an
    error row. Prints counts as JSON; exit code 1 when any item failed. Needs `pip install
    reportedly[spark]` and Java 17+.
    """
    if len(inputs) < 2:
        raise click.UsageError("give at least one INPUT and the OUTPUT folder")
    try:
        from ..scale.spark_job import run_spark, spark_session
    except ImportError as exc:
        raise click.ClickException(f"{exc}; install with: pip install 'reportedly[spark]'") from None
    settings = build_settings(settings_pairs)
    conf = dict(c.split("=", 1) for c in confs if "=" in c)
    spark = spark_session(master, conf=conf)
    try:
        result = run_spark(list(inputs[:-1]), inputs[-1], fmt=fmt, settings=settings, spark=spark,
                           input_format=input_format, partitions=partitions,
                           mode="overwrite" if overwrite else "error")
    finally:
        spark.stop()
    summary = {"ok": result.ok, "errors": result.errors, "seconds": round(result.seconds, 2),
               "per_second": round(result.items / result.seconds, 2) if result.seconds else None,
               "output": result.output, "rows": result.rows}
    click.echo(json.dumps(summary, ensure_ascii=False))
    if result.errors:
        click.echo(f"{result.errors} item(s) failed; reasons in {result.output}/errors/", err=True)
        sys.exit(1)


@click.command("load-parquet")
@click.argument("output", metavar="OUTPUT")
@click.option("--db", required=True, help="SQLite store to load into (created if missing).")
def load_parquet_command(output: str, db: str) -> None:
    """Load the Parquet tables of `reportedly spark` into a SQLite store, so `search`,
    `sources`, `stories` and `trace` work on them. Loading twice changes nothing."""
    from ..errors import ReportedlyError
    from ..scale.load import load_parquet

    try:
        counts = load_parquet(output, db)
    except ReportedlyError as exc:
        raise click.ClickException(exc.message) from None
    except ImportError as exc:
        raise click.ClickException(f"{exc}; install with: pip install 'reportedly[corpus]'") from None
    click.echo(json.dumps(counts))
