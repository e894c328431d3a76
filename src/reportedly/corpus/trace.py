"""How a claim travelled: the same claim across articles, in time order, first appearance marked.

A claim is "the same" when (a) a quantity has the same value and counts the same thing
("43.000 Kämpfer" ≈ "43 000 Kämpfern" ≈ "43,000 Kämpfer"), or (b) an attributed message or a
claim sentence contains all the query's terms (near-identical wording). Numbers are compared as
values, so German and English formats meet; counted nouns are compared by prefix, so
inflections meet, but a translation (Kämpfer/fighters) does not — a value-only query does.
"""

from __future__ import annotations

import json
import re
import sqlite3

from .queries import fts_query
from .store import DEFAULT_MAX_ROWS, Result, query

_NUM = re.compile(r"\d+(?:[.,\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
_WORD = re.compile(r"[^\W\d_][\w\-]*", re.UNICODE)
SCALE = {"tausend": 1e3, "thousand": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6,
         "milliarde": 1e9, "milliarden": 1e9, "billion": 1e9, "mrd": 1e9}


def parse_number(s: str) -> set[float]:
    """Readings of a written number: '43.000'/'43,000' → {43000} (three digits after the mark are
    thousands in news text); '1.5' and '1,5' → {1.5}."""
    s = s.replace("\u202f", " ")
    values = set()
    if re.fullmatch(r"\d{1,3}(?:[., ]\d{3})+", s):
        values.add(float(re.sub(r"[., ]", "", s)))
    m = re.fullmatch(r"(\d+)[.,](\d+)", s)
    if m and (len(m.group(2)) != 3 or not values):  # '43.000' is thousands, not 43.0
        values.add(float(f"{m.group(1)}.{m.group(2)}"))
    if re.fullmatch(r"\d+", s):
        values.add(float(s))
    if not values:  # '1.234,5' / '1,234.5'
        digits = re.sub(r"[., ](?=\d{3}\b)", "", s).replace(",", ".")
        try:
            values.add(float(digits))
        except ValueError:
            pass
    return values


def parse_claim_query(q: str) -> tuple[set[float], list[str]]:
    """'43.000 Kämpfer' → ({43000.0}, ['kämpfer']); scale words multiply ('2 Millionen')."""
    values: set[float] = set()
    rest = q
    for m in _NUM.finditer(q):
        values |= parse_number(m.group(0))
        rest = rest.replace(m.group(0), " ")
    words = [w.lower() for w in _WORD.findall(rest)]
    scales = [SCALE[w] for w in words if w in SCALE]
    if scales:
        values |= {v * scales[0] for v in values}
    return values, [w for w in words if w not in SCALE]


def _prefix(word: str) -> str:
    """Enough of a noun to match its inflections (Kämpfer/Kämpfern/Kämpfers)."""
    return word[: max(4, min(len(word), len(word) - 2))] if len(word) > 5 else word


def trace(conn: sqlite3.Connection, q: str, max_rows: int = DEFAULT_MAX_ROWS) -> Result:
    """Every appearance of the claim, oldest first; `first` marks the first appearance."""
    values, words = parse_claim_query(q)
    hits: dict[str, dict] = {}
    base = ("a.id AS article_id, a.title, a.outlet, a.published, a.url, a.analysed_at, "
            "coalesce(a.published, a.analysed_at) AS at")
    if values:
        cond, params = [], []
        for v in sorted(values):
            cond.append("(abs(qu.value - ?) <= 1e-9 * max(1, abs(?)))")
            params += [v, v]
        thing = ""
        if words:
            thing = " AND (" + " OR ".join("qu.thing LIKE ?" for _ in words) + ")"
            params += [_prefix(w) + "%" for w in words]
        sql = (f"SELECT {base}, 'quantity' AS kind, c.sentence AS text, c.source_label AS source, "
               f"c.chain, qu.text AS quantity FROM quantities qu "
               f"JOIN claims c ON c.article_id = qu.article_id AND c.claim_id = qu.claim_id "
               f"JOIN articles a ON a.id = qu.article_id WHERE ({' OR '.join(cond)}){thing}")
        _collect(hits, query(conn, sql, params, max_rows=max_rows))
    fq = fts_query(q)
    if fq:
        sql = (f"SELECT {base}, 'quote' AS kind, t.message AS text, t.source_label AS source, t.chain, "
               f"NULL AS quantity FROM attributions_fts "
               f"JOIN attributions t ON t.rowid = attributions_fts.rowid "
               f"JOIN articles a ON a.id = t.article_id WHERE attributions_fts MATCH ?")
        _collect(hits, query(conn, sql, (fq,), max_rows=max_rows))
        sql = (f"SELECT {base}, 'claim' AS kind, c.sentence AS text, c.source_label AS source, c.chain, "
               f"NULL AS quantity FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid "
               f"JOIN articles a ON a.id = c.article_id WHERE claims_fts MATCH ?")
        _collect(hits, query(conn, sql, (fq,), max_rows=max_rows))
        if not hits:  # no structured match: fall back to article text, so the user sees something
            sql = (f"SELECT {base}, 'text' AS kind, snippet(articles_fts, 1, '[', ']', ' … ', 16) AS text, "
                   f"NULL AS source, NULL AS chain, NULL AS quantity FROM articles_fts "
                   f"JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?")
            _collect(hits, query(conn, sql, (fq,), max_rows=max_rows))
    rows = sorted(hits.values(), key=lambda r: (r["at"] or "9999", r["article_id"]))
    for i, row in enumerate(rows):
        row["first"] = i == 0
        row["chain"] = json.loads(row["chain"]) if row.get("chain") else []
        row.pop("analysed_at", None)
    truncated = len(rows) > max_rows
    return Result(rows[:max_rows], truncated)


_RANK = {"quantity": 0, "quote": 1, "claim": 2, "text": 3}


def _collect(hits: dict[str, dict], res: Result) -> None:
    """One row per article: the most specific kind of match wins."""
    for row in res.rows:
        prev: dict | None = hits.get(row["article_id"])
        if prev is None or _RANK[row["kind"]] < _RANK[prev["kind"]]:
            hits[row["article_id"]] = row
