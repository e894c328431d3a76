"""Search, sources, stories, trace and exports over a small hand-built corpus."""

from __future__ import annotations

import json
import sqlite3

import pytest

from reportedly.corpus import Corpus, Store, compute_stories
from reportedly.corpus.export import export_tables, import_parquet, write_claimreviews
from reportedly.corpus.rows import analysis_to_rows
from reportedly.corpus.trace import parse_claim_query
from reportedly.errors import StoreError

from .helpers import article_text
from .test_rows import rich_analysis

WIRE = ("Berlin (dpa) - Die Bundesregierung hat am Dienstag ein neues Gesetz zur Förderung der "
        "Windenergie beschlossen. Wirtschaftsminister Robert Habeck sagte, der Ausbau müsse schneller gehen. "
        "Bis 2030 sollen 115 Gigawatt an Land installiert sein, heißt es in dem Entwurf. Die Opposition "
        "kritisierte die Pläne, die Armee nannte sie unzureichend, und forderte mehr Tempo beim "
        "Netzausbau im Norden.")


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "c.sqlite")
    analyses = [
        rich_analysis("late", "Laut Armee hat die Hamas 43.000 Kämpfern.", "2024-01-05", "Abendzeitung"),
        rich_analysis("early", "Laut Armee hat die Hamas 43.000 Kämpfer.", "2024-01-02", "Tagesblatt"),
        rich_analysis("en", "According to the Armee Hamas has 43,000 fighters.", "2024-01-03", "Daily"),
        rich_analysis("other", "Laut Armee hat die Hamas 12 Raketen.", "2024-01-01", "Tagesblatt"),
        rich_analysis("w1", "Windgesetz\n\n" + WIRE, "2024-02-01", "Tagesblatt"),
        rich_analysis("w2", "Neues Windgesetz\n\n" + WIRE + " Ende.", "2024-02-01", "Abendzeitung"),
        rich_analysis("x", article_text(3).replace("Lage", "Armee Lage", 1), "2024-03-01", "Daily"),
    ]
    with Store(path) as store:
        store.write(analysis_to_rows(a, item_id="i-" + a.article.id, input_name=a.article.id)
                    for a in analyses)
    return path


def test_search_finds_articles_quotes_claims(db):
    with Corpus(db) as c:
        res = c.search("43.000")
        kinds = {r["kind"] for r in res.rows}
        assert {"article", "quote", "claim"} <= kinds
        assert {r["article_id"] for r in res.rows} == {"late", "early", "en"}  # 43,000 matches too
        assert c.search('") OR 1=1; --').rows == []  # FTS syntax in input cannot break the query
        capped = Corpus(db, max_rows=2).search("Armee")
        assert capped.truncated and len(capped.rows) == 2


def test_sources_and_anonymous_share(db):
    with Corpus(db) as c:
        rows = c.sources().rows
        assert rows[0]["source"] == "Armee" and rows[0]["articles"] == 7 and rows[0]["outlets"] == 3
        anon = c.sources(anonymous=True).rows
        assert [r["source"] for r in anon] == ["ein Sprecher"]
        share = {r["outlet"]: r["share"] for r in c.anonymous_share().rows}
        assert share["Tagesblatt"] == 0.5


def test_trace_orders_by_time_and_marks_first(db):
    assert parse_claim_query("43.000 Kämpfer") == ({43000.0}, ["kämpfer"])
    assert 2e6 in parse_claim_query("2 Millionen Euro")[0]
    with Corpus(db) as c:
        rows = c.trace("43.000 Kämpfer").rows
        assert [r["article_id"] for r in rows] == ["early", "late"]
        assert rows[0]["first"] and not rows[1]["first"]
        assert rows[0]["kind"] == "quantity" and rows[0]["chain"][0] == "Tagesblatt"
        assert [r["article_id"] for r in c.trace("43000").rows] == ["early", "en", "late"]


def test_stories_find_wire_copies(db):
    summary = compute_stories(db)
    assert summary["articles"] == 7 and summary["duplicates"] >= 1
    with Corpus(db) as c:
        big = c.stories().rows
        wire_story = next(s for s in big if s["wire"])
        members = {m["article_id"]: m for m in c.story(wire_story["story_id"]).rows}
        assert {"w1", "w2"} <= set(members)
        assert members["w2"]["duplicate_of"] == "w1" or members["w1"]["duplicate_of"] == "w2"


def test_reader_is_read_only_and_missing_db_is_an_error(db, tmp_path):
    with Corpus(db) as c:
        with pytest.raises(sqlite3.OperationalError):
            c.conn.execute("DELETE FROM articles")
    with pytest.raises(StoreError):
        Corpus(str(tmp_path / "nope.sqlite"))


def test_exports_and_parquet_roundtrip(db, tmp_path):
    for fmt in ("parquet", "csv", "jsonl"):
        counts = export_tables(db, str(tmp_path / fmt), fmt)
        assert counts["articles"] == 7 and counts["claims"] == 7
    copy = str(tmp_path / "copy.sqlite")
    import_parquet(str(tmp_path / "parquet"), copy)
    import_parquet(str(tmp_path / "parquet"), copy)  # idempotent
    with Corpus(copy) as c:
        n = c.counts()
        assert n["articles"] == 7 and n["sources"] == 14 and n["quantities"] == 7
        assert {r["article_id"] for r in c.search("43.000").rows} == {"late", "early", "en"}


def test_claimreview_skeletons_never_carry_a_verdict(db, tmp_path):
    out = tmp_path / "cr.json"
    with open(out, "w", encoding="utf-8") as fh:
        n = write_claimreviews(db, fh)
    reviews = json.loads(out.read_text("utf-8"))
    assert len(reviews) == n
    assert all("reviewRating" not in r and r["@type"] == "ClaimReview" for r in reviews)
    kaempfer = next(r for r in reviews if "43.000 Kämpfer." in r["claimReviewed"])
    item = kaempfer["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "Armee"}
    assert [a["url"] for a in item["appearance"]] == ["https://x.de/early", "https://x.de/late"]
    assert item["firstAppearance"]["url"] == "https://x.de/early"
