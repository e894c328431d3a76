"""Near-duplicates and story clusters with MinHash/LSH (datasketch), written to `stories`.

Two levels, because they answer different questions:
- near-duplicates: word 5-shingles, Jaccard ≥ 0.7 — the same text (wire copy, republication,
  light edits). A near-duplicate group across outlets, or an article carrying a wire tag, is
  marked `wire`.
- stories: sets of names and numbers (capitalised words, normalised numbers), Jaccard ≥ 0.3 —
  different texts about the same event, and across languages where names and numbers agree
  ("43.000" and "43,000" both become 43000).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

from .store import DEFAULT_MAX_ROWS, Result, Store, open_reader, query

NUM_PERM = 64
DUP_THRESHOLD = 0.7
STORY_THRESHOLD = 0.3
_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\d[\d.,\u202f ]*\d|\d")
_NAME = re.compile(r"\b[A-ZÄÖÜ][\wäöüß\-]{2,}")
WIRE_TAG = re.compile(r"\((?:dpa|afp|ap|reuters|kna|epd|sid|dts|apa)(?:[/,]\s?\w+)*\)"
                      r"|\b(?:dpa|AFP|Reuters|KNA|epd)\s*[-–—]\s",
                      re.IGNORECASE)


def _shingles(text: str, k: int = 5) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


def key_terms(text: str) -> set[bytes]:
    """Names and numbers: what stays the same when outlets (or languages) retell an event."""
    nums = {re.sub(r"[.,\u202f ]", "", m.group(0)) for m in _NUMBER.finditer(text)}
    nums = {n for n in nums if len(n) >= 2}  # single digits are everywhere
    names = {m.group(0).lower() for m in _NAME.finditer(text)}
    return {t.encode() for t in nums | names}


def _minhash(tokens: set[bytes]):
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM)
    if tokens:
        m.update_batch(list(tokens))
    return m


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _articles(conn: sqlite3.Connection) -> Iterator[sqlite3.Row]:
    # oldest first, so the first member of a group is its first appearance
    yield from conn.execute(
        "SELECT a.id, a.text, a.outlet, a.published, o.evidence FROM articles a "
        "LEFT JOIN outlets o ON o.name = a.outlet ORDER BY coalesce(a.published, a.analysed_at), a.rowid")


def compute_stories(db: str, dup_threshold: float = DUP_THRESHOLD,
                    story_threshold: float = STORY_THRESHOLD) -> dict:
    """Recompute the `stories` table for the whole corpus; returns counts."""
    from datasketch import LeanMinHash, MinHashLSH

    reader = open_reader(db, time_limit_ms=0)
    dup_lsh = MinHashLSH(threshold=dup_threshold, num_perm=NUM_PERM)
    story_lsh = MinHashLSH(threshold=story_threshold, num_perm=NUM_PERM)
    dup_uf, story_uf = _UnionFind(), _UnionFind()
    hashes: dict[str, object] = {}
    info: dict[str, tuple[str | None, bool]] = {}
    best: dict[str, tuple[str, float]] = {}
    for row in _articles(reader):
        aid, text = row["id"], row["text"] or ""
        tagged = bool(WIRE_TAG.search(text[:3000])) or "wire_tag:" in (row["evidence"] or "")
        info[aid] = (row["outlet"], tagged)
        mh = _minhash(_shingles(text))
        for other in dup_lsh.query(mh):
            sim = mh.jaccard(hashes[other])
            if sim >= dup_threshold:
                dup_uf.union(other, aid)
                story_uf.union(other, aid)
                if aid not in best or sim > best[aid][1]:
                    best[aid] = (other, sim)
        mh = LeanMinHash(mh)  # hash values only: a fraction of the memory per article
        dup_lsh.insert(aid, mh)
        hashes[aid] = mh
        km = _minhash(key_terms(text))
        for other in story_lsh.query(km):
            story_uf.union(other, aid)
        story_lsh.insert(aid, km)
    reader.close()
    groups: dict[str, set[str | None]] = {}
    for aid in info:
        groups.setdefault(dup_uf.find(aid), set()).add(info[aid][0])
    rows = []
    for aid, (_outlet, tagged) in info.items():
        root = dup_uf.find(aid)
        dup_of, sim = best.get(aid, (None, None))
        cross_outlet = len(groups[root] - {None}) > 1
        rows.append({"article_id": aid, "story_id": story_uf.find(aid), "duplicate_of": dup_of,
                     "similarity": round(sim, 3) if sim is not None else None,
                     "wire": int(tagged or (cross_outlet and dup_of is not None)
                                 or (cross_outlet and root == aid and len(groups[root]) > 1))})
    with Store(db) as store:
        store.replace_table("stories", rows)
    n_stories = len({r["story_id"] for r in rows})
    return {"articles": len(rows), "stories": n_stories,
            "duplicates": sum(1 for r in rows if r["duplicate_of"]), "wire": sum(r["wire"] for r in rows)}


def stories(conn: sqlite3.Connection, min_size: int = 2, limit: int = 100,
            max_rows: int = DEFAULT_MAX_ROWS) -> Result:
    """Story clusters with at least `min_size` articles, biggest first."""
    sql = """
    SELECT s.story_id, count(*) AS articles, count(DISTINCT a.outlet) AS outlets,
           group_concat(DISTINCT a.outlet) AS outlet_names, min(a.published) AS first_published,
           sum(s.duplicate_of IS NOT NULL) AS duplicates, sum(s.wire) AS wire,
           (SELECT title FROM articles WHERE id = s.story_id) AS title
    FROM stories s JOIN articles a ON a.id = s.article_id
    GROUP BY s.story_id HAVING count(*) >= :min ORDER BY articles DESC, first_published LIMIT :limit
    """
    limit = min(limit, max_rows)
    return query(conn, sql, {"min": min_size, "limit": limit + 1}, max_rows=limit)


def story_members(conn: sqlite3.Connection, story_id: str, max_rows: int = DEFAULT_MAX_ROWS) -> Result:
    sql = """
    SELECT a.id AS article_id, a.title, a.outlet, a.published, a.url, s.duplicate_of,
           s.similarity, s.wire
    FROM stories s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ?
    ORDER BY coalesce(a.published, a.analysed_at), a.rowid
    """
    return query(conn, sql, (story_id,), max_rows=max_rows)
