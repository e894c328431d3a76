"""Read queries over the store: full-text search and who is cited. Read-only, bound, capped."""

from __future__ import annotations

import re
import sqlite3

from .store import DEFAULT_MAX_ROWS, Result, query

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """User text → a safe FTS5 query: each whitespace-separated term becomes a quoted phrase,
    so '43.000' matches the adjacent tokens 43 000 and FTS syntax in input cannot break the query."""
    terms = []
    for term in text.split():
        tokens = _TOKEN.findall(term)
        if tokens:
            terms.append('"' + " ".join(tokens) + '"')
    return " ".join(terms)


def search(conn: sqlite3.Connection, text: str, limit: int = 50,
           max_rows: int = DEFAULT_MAX_ROWS) -> Result:
    """Articles, attributed messages and claims containing all terms, best matches first."""
    q = fts_query(text)
    if not q:
        return Result()
    limit = min(limit, max_rows)
    sql = """
    SELECT * FROM (
      SELECT 'article' AS kind, a.id AS article_id, a.title, a.outlet, a.published, a.url,
             snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet, NULL AS source,
             bm25(articles_fts) AS score
      FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
      WHERE articles_fts MATCH :q
      UNION ALL
      SELECT 'quote', t.article_id, a.title, a.outlet, a.published, a.url,
             snippet(attributions_fts, 0, '[', ']', ' … ', 16), t.source_label,
             bm25(attributions_fts)
      FROM attributions_fts JOIN attributions t ON t.rowid = attributions_fts.rowid
      JOIN articles a ON a.id = t.article_id
      WHERE attributions_fts MATCH :q
      UNION ALL
      SELECT 'claim', c.article_id, a.title, a.outlet, a.published, a.url,
             snippet(claims_fts, 0, '[', ']', ' … ', 16), c.source_label, bm25(claims_fts)
      FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid
      JOIN articles a ON a.id = c.article_id
      WHERE claims_fts MATCH :q
    ) ORDER BY score LIMIT :limit
    """
    return query(conn, sql, {"q": q, "limit": limit + 1}, max_rows=limit)


def sources(conn: sqlite3.Connection, anonymous: bool = False, outlet: str | None = None,
            source_type: str | None = None, limit: int = 100,
            max_rows: int = DEFAULT_MAX_ROWS) -> Result:
    """Who is cited, in how many articles, by which outlets (most cited first)."""
    where, params = ["1=1"], {}
    if anonymous:
        where.append("s.anonymous = 1")
    if outlet:
        where.append("s.outlet = :outlet")
        params["outlet"] = outlet
    if source_type:
        where.append("s.type = :type")
        params["type"] = source_type
    params["limit"] = min(limit, max_rows) + 1
    sql = f"""
    SELECT s.label AS source, s.type, max(s.anonymous) AS anonymous,
           count(DISTINCT s.article_id) AS articles,
           coalesce(sum(s.n_mentions), 0) AS mentions,
           count(DISTINCT s.outlet) AS outlets,
           group_concat(DISTINCT s.outlet) AS outlet_names
    FROM sources s WHERE {' AND '.join(where)}
    GROUP BY s.label, s.type ORDER BY articles DESC, mentions DESC, source LIMIT :limit
    """
    return query(conn, sql, params, max_rows=min(limit, max_rows))


def anonymous_share(conn: sqlite3.Connection, max_rows: int = DEFAULT_MAX_ROWS) -> Result:
    """Per outlet: sources cited, how many anonymous, and the share (articles without an
    outlet are grouped under '(unknown)')."""
    sql = """
    SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS sources,
           sum(anonymous) AS anonymous, round(1.0 * sum(anonymous) / count(*), 3) AS share,
           count(DISTINCT article_id) AS articles
    FROM sources GROUP BY coalesce(outlet, '(unknown)') ORDER BY share DESC, sources DESC
    """
    return query(conn, sql, max_rows=max_rows)


def article(conn: sqlite3.Connection, article_id: str) -> dict | None:
    """One article's row, including the full analysis JSON (for re-rendering)."""
    res = query(conn, "SELECT * FROM articles WHERE id = ?", (article_id,), max_rows=1)
    return res.rows[0] if res.rows else None
