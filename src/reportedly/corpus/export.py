"""Export tables (Parquet, JSONL, CSV), import Parquet, and ClaimReview skeletons.

All exports stream from a read-only cursor in chunks, so a corpus larger than memory exports
fine. ClaimReview output is a skeleton for fact-checkers to complete: it names the claim, who
made it and where it appeared — it never carries a rating, because we made no verdict.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from typing import IO

from .schema import TABLE, TABLES, arrow_schema
from .store import Store, open_reader

FORMATS = ("parquet", "jsonl", "csv", "claimreview")
CHUNK = 5000


def _chunks(conn: sqlite3.Connection, table: str) -> Iterator[list[dict]]:
    cols = TABLE[table].column_names
    names = ", ".join(f'"{c}"' for c in cols)
    cur = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid')
    while True:
        rows = cur.fetchmany(CHUNK)
        if not rows:
            return
        yield [dict(zip(cols, r, strict=False)) for r in rows]


def export_tables(db: str, out_dir: str, fmt: str, tables: Iterable[str] | None = None) -> dict[str, int]:
    """One file per table in out_dir (articles.parquet, sources.csv, ...); returns row counts."""
    if fmt not in ("parquet", "jsonl", "csv"):
        raise ValueError(f"unknown table format {fmt!r}")
    os.makedirs(out_dir, exist_ok=True)
    conn = open_reader(db, time_limit_ms=0)
    counts = {}
    try:
        for name in tables or [t.name for t in TABLES]:
            path = os.path.join(out_dir, f"{name}.{fmt}")
            counts[name] = _write(conn, name, path, fmt)
    finally:
        conn.close()
    return counts


def _write(conn: sqlite3.Connection, table: str, path: str, fmt: str) -> int:
    n = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = arrow_schema(TABLE[table])
        with pq.ParquetWriter(path, schema, compression="zstd") as writer:
            for chunk in _chunks(conn, table):
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n += len(chunk)
            if n == 0:
                writer.write_table(schema.empty_table())
        return n
    with open(path, "w", encoding="utf-8", newline="") as fh:
        if fmt == "csv":
            w = csv.DictWriter(fh, fieldnames=TABLE[table].column_names)
            w.writeheader()
            for chunk in _chunks(conn, table):
                w.writerows(chunk)
                n += len(chunk)
        else:
            for chunk in _chunks(conn, table):
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in chunk)
                n += len(chunk)
    return n


def import_parquet(in_dir: str, db: str) -> dict[str, int]:
    """Load Parquet tables (from `export` or the Spark job) into a SQLite store; idempotent."""
    import pyarrow.parquet as pq

    counts = {}
    with Store(db) as store:
        for t in TABLES:
            path = os.path.join(in_dir, f"{t.name}.parquet")
            if not os.path.exists(path):
                continue
            n = 0
            for batch in pq.ParquetFile(path).iter_batches(batch_size=CHUNK, columns=t.column_names):
                rows = batch.to_pylist()
                if t.name == "articles":  # replaces the article's old child rows and FTS entries
                    store.write({"articles": [r]} for r in rows)
                else:
                    store.insert_rows(t.name, rows)
                n += len(rows)
            counts[t.name] = n
    return counts


def _appearance(row: sqlite3.Row) -> dict:
    item = {"@type": "CreativeWork", "url": row["url"], "headline": row["title"],
            "datePublished": row["published"]}
    if row["outlet"]:
        item["publisher"] = {"@type": "Organization", "name": row["outlet"]}
    return {k: v for k, v in item.items() if v is not None}


def _author(row: sqlite3.Row) -> dict | None:
    if not row["source_label"]:
        return ({"@type": "Organization", "name": row["outlet"]} if row["outlet"] else None)
    kind = "Person" if row["source_type"] == "person" else "Organization"
    return {"@type": kind, "name": row["source_label"]}


def claimreviews(db: str) -> Iterator[dict]:
    """One ClaimReview skeleton per claim (claims grouped like `trace`: same quantity value and
    counted thing, else the same sentence), with every appearance and the first one marked."""
    conn = open_reader(db, time_limit_ms=0)
    sql = """
    SELECT c.article_id, c.claim_id, c.sentence, c.source_label, t.source_type,
           a.url, a.title, a.outlet, a.published,
           CASE WHEN q.value IS NOT NULL THEN printf('%g|%s', q.value, substr(coalesce(q.thing, ''), 1, 6))
                ELSE lower(trim(c.sentence)) END AS key
    FROM claims c JOIN articles a ON a.id = c.article_id
    LEFT JOIN quantities q ON q.article_id = c.article_id AND q.claim_id = c.claim_id AND q.idx = 0
    LEFT JOIN attributions t ON t.article_id = c.article_id AND t.attribution_id = c.attribution_id
    ORDER BY key, coalesce(a.published, a.analysed_at), a.rowid
    """
    group: list[sqlite3.Row] = []
    try:
        for row in conn.execute(sql):
            if group and row["key"] != group[0]["key"]:
                yield _review(group)
                group = []
            group.append(row)
        if group:
            yield _review(group)
    finally:
        conn.close()


def _review(group: list[sqlite3.Row]) -> dict:
    first = group[0]
    seen, appearances = set(), []
    for r in group:
        if r["article_id"] not in seen:
            seen.add(r["article_id"])
            appearances.append(_appearance(r))
    claim = {"@type": "Claim", "appearance": appearances, "firstAppearance": appearances[0]}
    author = _author(first)
    if author:
        claim["author"] = author
    if first["published"]:
        claim["datePublished"] = first["published"]
    # No reviewRating: the verdict is the fact-checker's to add, not ours.
    return {"@context": "https://schema.org", "@type": "ClaimReview",
            "claimReviewed": first["sentence"], "itemReviewed": claim}


def write_claimreviews(db: str, out: IO[str]) -> int:
    """A JSON array of ClaimReview skeletons, written as it streams."""
    n = 0
    out.write("[")
    for review in claimreviews(db):
        out.write(("\n" if n == 0 else ",\n") + json.dumps(review, ensure_ascii=False))
        n += 1
    out.write("\n]\n")
    return n
