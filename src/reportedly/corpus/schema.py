"""The corpus tables, defined once: SQLite DDL, Parquet schemas and docs all come from here.

The SQLite store, the Parquet export and the Spark job write the same columns, so a corpus can
move between them without a mapping layer. Change a table only by adding columns (the schema is
documented in docs/corpus.md as stable); bump `SCHEMA_VERSION` when you do.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 1

TEXT, INTEGER, REAL = "TEXT", "INTEGER", "REAL"


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]
    """(name, SQLite type) in order; types are TEXT, INTEGER or REAL (booleans are 0/1)."""
    key: tuple[str, ...]
    """The primary key. Child tables are keyed by (article_id, ...) so rewriting one article
    replaces its rows instead of adding to them (idempotent batches)."""
    doc: str
    indexes: tuple[tuple[str, ...], ...] = ()

    @property
    def column_names(self) -> list[str]:
        return [c for c, _ in self.columns]


def _t(name: str, doc: str, key: tuple[str, ...], cols: str,
       indexes: tuple[tuple[str, ...], ...] = ()) -> Table:
    """Columns written as 'name TYPE, name TYPE' to keep the definitions readable."""
    parsed = tuple((c.split()[0], c.split()[1]) for c in cols.split(",") if c.strip())
    return Table(name, parsed, key, doc, indexes)


TABLES: tuple[Table, ...] = (
    _t("items", "One row per input item (file, JSONL line, WARC record, feed entry, URL): the resume "
       "ledger. `status` is 'ok' or 'error'; an item listed here is never processed again.",
       ("item_id",),
       "item_id TEXT, input TEXT, status TEXT, article_id TEXT, done_at TEXT",
       (("article_id",),)),
    _t("articles", "One row per analysed article. `analysis` holds the full contract JSON "
       "(reportedly.analysis/1), so nothing the analysis adds later is lost.",
       ("id",),
       "id TEXT, item_id TEXT, input TEXT, url TEXT, title TEXT, language TEXT, published TEXT, "
       "author TEXT, site_name TEXT, outlet TEXT, outlet_domain TEXT, text TEXT, n_chars INTEGER, "
       "n_sources INTEGER, n_attributions INTEGER, n_claims INTEGER, n_warnings INTEGER, "
       "warnings TEXT, analysis TEXT, analysed_at TEXT",
       (("outlet",), ("published",), ("url",))),
    _t("outlets", "Outlets seen, one row per name (first description wins).", ("name",),
       "name TEXT, domain TEXT, country TEXT, kind TEXT, state_affiliated INTEGER, evidence TEXT"),
    _t("sources", "Who can say something, per article. `anonymous` is 1 for unnamed sources.",
       ("article_id", "source_id"),
       "article_id TEXT, source_id TEXT, name TEXT, label TEXT, type TEXT, anonymous INTEGER, "
       "description TEXT, role TEXT, count INTEGER, affiliation TEXT, n_mentions INTEGER, outlet TEXT",
       (("label",), ("outlet",))),
    _t("mentions", "Each place a source is named in the text.", ("article_id", "source_id", "idx"),
       "article_id TEXT, source_id TEXT, idx INTEGER, start INTEGER, end INTEGER, text TEXT"),
    _t("attributions", "Reported speech events. `chain` is the JSON list outlet → … → source.",
       ("article_id", "attribution_id"),
       "article_id TEXT, attribution_id TEXT, mode TEXT, source_id TEXT, source_label TEXT, "
       "source_type TEXT, cue TEXT, message TEXT, message_start INTEGER, message_end INTEGER, "
       "parent_id TEXT, language TEXT, chain TEXT",
       (("source_label",),)),
    _t("speech_acts", "Events with a cue and no message: who spoke, declined or was asked where the "
       "article leaves out what was said (`speech_acts` of the analysis). `context` is the sentence.",
       ("article_id", "act_id"),
       "article_id TEXT, act_id TEXT, source_id TEXT, source_label TEXT, source_type TEXT, cue TEXT, "
       "cue_start INTEGER, cue_end INTEGER, topic TEXT, context TEXT",
       (("source_label",),)),
    _t("claims", "Check-worthy statements. `source_label` is the attributed source, null when the "
       "outlet asserts it itself.", ("article_id", "claim_id"),
       "article_id TEXT, claim_id TEXT, sentence TEXT, start INTEGER, end INTEGER, "
       "attribution_id TEXT, source_label TEXT, checkworthy REAL, n_quantities INTEGER, "
       "n_hedges INTEGER, chain TEXT"),
    _t("quantities", "Numbers in claims. `thing` is the counted noun after the number "
       "(lower-cased), the key `trace` matches on together with `value`.",
       ("article_id", "claim_id", "idx"),
       "article_id TEXT, claim_id TEXT, idx INTEGER, text TEXT, start INTEGER, end INTEGER, "
       "value REAL, upper REAL, unit TEXT, approximation TEXT, thing TEXT",
       (("value",),)),
    _t("hedges", "Hedging expressions (vermutlich, reportedly, …).", ("article_id", "idx"),
       "article_id TEXT, idx INTEGER, kind TEXT, text TEXT, start INTEGER, end INTEGER, scope TEXT"),
    _t("links", "Links in the article.", ("article_id", "idx"),
       "article_id TEXT, idx INTEGER, url TEXT, text TEXT"),
    _t("errors", "Items that produced no article, with the reason. Nothing is dropped silently.",
       ("item_id",),
       "item_id TEXT, input TEXT, stage TEXT, reason TEXT, at TEXT"),
    _t("stories", "Computed by `reportedly stories`: near-duplicate groups and story clusters.",
       ("article_id",),
       "article_id TEXT, story_id TEXT, duplicate_of TEXT, similarity REAL, wire INTEGER",
       (("story_id",),)),
)

TABLE = {t.name: t for t in TABLES}

ROW_TABLES = ("articles", "outlets", "sources", "mentions", "attributions", "speech_acts", "claims",
              "quantities", "hedges", "links", "errors")
"""The tables `analysis_to_rows` fills (stories are computed over the whole corpus later)."""

FTS_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "articles_fts": ("articles", ("title", "text")),
    "attributions_fts": ("attributions", ("message", "source_label")),
    "claims_fts": ("claims", ("sentence", "source_label")),
}
"""External-content FTS5 indexes: name → (table, columns). Kept in sync by triggers."""


def ddl(table: Table) -> str:
    cols = ", ".join(f'"{c}" {t}' for c, t in table.columns)
    key = ", ".join(f'"{k}"' for k in table.key)
    return f'CREATE TABLE IF NOT EXISTS "{table.name}" ({cols}, PRIMARY KEY ({key}))'


def index_ddl(table: Table) -> list[str]:
    return [f'CREATE INDEX IF NOT EXISTS "ix_{table.name}_{"_".join(cols)}" ON "{table.name}" '
            f'({", ".join(cols)})' for cols in table.indexes]


def fts_ddl(name: str) -> list[str]:
    """FTS5 over a rowid table, kept in sync by insert/delete triggers."""
    table, cols = FTS_TABLES[name]
    col_list = ", ".join(cols)
    new = ", ".join(f"new.{c}" for c in cols)
    old = ", ".join(f"old.{c}" for c in cols)
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5({col_list}, content='{table}', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER IF NOT EXISTS {name}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {name}(rowid, {col_list}) VALUES (new.rowid, {new}); END",
        f"CREATE TRIGGER IF NOT EXISTS {name}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {name}({name}, rowid, {col_list}) VALUES ('delete', old.rowid, {old}); END",
    ]


def all_ddl() -> list[str]:
    stmts: list[str] = ["CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"]
    for t in TABLES:
        stmts.append(ddl(t))
        stmts.extend(index_ddl(t))
    for name in FTS_TABLES:
        stmts.extend(fts_ddl(name))
    return stmts


def arrow_schema(table: Table):  # -> pyarrow.Schema (imported lazily: pyarrow is optional)
    """The Parquet/Arrow schema of a table: TEXT → string, INTEGER → int64, REAL → float64."""
    import pyarrow as pa

    types = {TEXT: pa.string(), INTEGER: pa.int64(), REAL: pa.float64()}
    return pa.schema([(c, types[t]) for c, t in table.columns])


def markdown_tables() -> str:
    """The schema as Markdown, for docs/corpus.md (a test checks the docs match)."""
    out = []
    for t in TABLES:
        out.append(f"### `{t.name}`\n\n{t.doc}\n\nKey: {', '.join(t.key)}\n\n| column | type |\n|---|---|")
        out.extend(f"| {c} | {ty} |" for c, ty in t.columns)
        out.append("")
    return "\n".join(out)
