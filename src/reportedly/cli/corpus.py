"""Corpus commands: batch, search, sources, stories, trace, export (see docs/corpus.md)."""

from __future__ import annotations

import json
import sys

import click

from ..errors import ReportedlyError
from .common import build_settings, settings_option

db_option = click.option("--db", default="corpus.sqlite", show_default=True, metavar="PATH",
                         help="The corpus database (SQLite).")
format_option = click.option("--format", "-f", "fmt", type=click.Choice(["table", "json", "jsonl"]),
                             default="table", show_default=True, help="Output format.")
limit_option = click.option("--limit", "-n", default=50, show_default=True, help="Rows to show at most.")


def _emit(result, fmt: str, columns: list[str]) -> None:
    """Rows as a table (terminal) or JSON; always says when rows were cut off."""
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, default=str))
        return
    if fmt == "jsonl":
        for row in result.rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns, show_lines=False)
        for row in result.rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        Console(soft_wrap=False).print(table)
        if not result.rows:
            click.echo("(no rows)", err=True)
    if result.truncated:
        click.echo("(truncated: more rows exist; raise --limit or query the database)", err=True)


def _open(db: str):
    from ..corpus import Corpus

    try:
        return Corpus(db)
    except ReportedlyError as exc:
        raise click.ClickException(exc.message) from None


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@db_option
@click.option("--workers", "-j", type=int, default=None, help="Worker processes (default: all cores).")
@click.option("--no-progress", is_flag=True, help="No progress bar (logs, CI).")
@click.option("--retry-errors", is_flag=True, help="Try items stored as errors again (e.g. failed fetches).")
@settings_option
def batch_command(inputs: tuple[str, ...], db: str, workers: int | None, no_progress: bool,
                  retry_errors: bool, settings_pairs: tuple[str, ...]) -> None:
    """Analyse folders, globs, JSONL, WARC(.gz), RSS/Atom, OPML and URL lists into the database.

    Rerunning the same command resumes: items already stored (by content hash or URL) are
    skipped. Exit code 1 when some items became error rows (see the `errors` table).
    """
    from ..corpus import run_batch

    settings = build_settings(settings_pairs)
    stats = run_batch(inputs, db, settings, workers=workers,
                      progress=not no_progress and sys.stderr.isatty(), retry_errors=retry_errors)
    d = stats.to_dict()
    click.echo(f"{d['ok']} analysed, {d['errors']} errors, {d['skipped']} already stored, "
               f"{d['seconds']} s ({d['per_second']}/s; {d['steady_per_second']}/s after "
               f"{d['startup_seconds']} s of model loading) → {db}", err=True)
    for sample in stats.error_samples[:5]:
        click.echo(f"  error: {sample}", err=True)
    if stats.errors:
        sys.exit(1)


@click.command("search")
@click.argument("query")
@db_option
@limit_option
@format_option
def search_command(query: str, db: str, limit: int, fmt: str) -> None:
    """Full-text search over article text, attributed quotes and claims."""
    with _open(db) as c:
        _emit(c.search(query, limit=limit), fmt,
              ["kind", "outlet", "published", "title", "source", "snippet"])


@click.command("sources")
@db_option
@click.option("--anonymous", is_flag=True,
              help="Only anonymous / unnamed sources, plus their share per outlet.")
@click.option("--outlet", default=None, help="Only sources cited by this outlet.")
@click.option("--type", "source_type", default=None, help="Only this source type (person, media, ...).")
@limit_option
@format_option
def sources_command(db: str, anonymous: bool, outlet: str | None, source_type: str | None,
                    limit: int, fmt: str) -> None:
    """Who is cited, how often, and by which outlets."""
    with _open(db) as c:
        res = c.sources(anonymous=anonymous, outlet=outlet, source_type=source_type, limit=limit)
        if fmt == "json":
            out = {"sources": res.to_dict(), "anonymous_share": c.anonymous_share().to_dict()}
            click.echo(json.dumps(out, ensure_ascii=False, indent=2))
            return
        _emit(res, fmt, ["source", "type", "articles", "mentions", "outlets", "outlet_names"])
        if anonymous and fmt == "table":
            _emit(c.anonymous_share(), fmt, ["outlet", "sources", "anonymous", "share", "articles"])


@click.command("stories")
@db_option
@click.option("--min-size", default=2, show_default=True, help="Smallest cluster shown.")
@click.option("--no-compute", is_flag=True, help="Show the last computed clusters without recomputing.")
@limit_option
@format_option
def stories_command(db: str, min_size: int, no_compute: bool, limit: int, fmt: str) -> None:
    """Near-duplicates (wire copies) and story clusters across outlets (MinHash/LSH)."""
    from ..corpus import compute_stories

    if not no_compute:
        try:
            summary = compute_stories(db)
        except ReportedlyError as exc:
            raise click.ClickException(exc.message) from None
        click.echo(f"{summary['articles']} articles → {summary['stories']} stories, "
                   f"{summary['duplicates']} near-duplicates, {summary['wire']} wire copies", err=True)
    with _open(db) as c:
        _emit(c.stories(min_size=min_size, limit=limit), fmt,
              ["story_id", "articles", "outlets", "duplicates", "wire", "first_published", "title"])


@click.command("trace")
@click.argument("claim")
@db_option
@format_option
def trace_command(claim: str, db: str, fmt: str) -> None:
    """How a claim travelled: every appearance in time order, first appearance marked."""
    with _open(db) as c:
        res = c.trace(claim)
        for row in res.rows:
            row["first"] = "FIRST" if row["first"] and fmt == "table" else row["first"]
            if fmt == "table":
                row["chain"] = " → ".join(x for x in row["chain"] if x)
        _emit(res, fmt, ["first", "at", "outlet", "kind", "source", "chain", "text"])


@click.command("export")
@db_option
@click.option("--format", "-f", "fmt", type=click.Choice(["parquet", "jsonl", "csv", "claimreview"]),
              required=True, help="Tables as Parquet/JSONL/CSV files, or ClaimReview JSON-LD skeletons.")
@click.option("--out", "-o", default=None, metavar="PATH",
              help="Folder for table files (default corpus-export/); file for claimreview (default stdout).")
@click.option("--table", "tables", multiple=True, help="Only these tables (repeatable).")
def export_command(db: str, fmt: str, out: str | None, tables: tuple[str, ...]) -> None:
    """Export the corpus tables, or ClaimReview skeletons for fact-checkers (never a verdict)."""
    from ..corpus.export import export_tables, write_claimreviews
    from ..corpus.schema import TABLE

    for t in tables:
        if t not in TABLE:
            raise click.BadParameter(f"unknown table {t!r}; known: {', '.join(TABLE)}", param_hint="--table")
    try:
        if fmt == "claimreview":
            if out:
                with open(out, "w", encoding="utf-8") as fh:
                    n = write_claimreviews(db, fh)
            else:
                n = write_claimreviews(db, sys.stdout)
            click.echo(f"{n} ClaimReview skeletons", err=True)
            return
        counts = export_tables(db, out or "corpus-export", fmt, tables or None)
    except ReportedlyError as exc:
        raise click.ClickException(exc.message) from None
    for name, n in counts.items():
        click.echo(f"{name}: {n} rows", err=True)
