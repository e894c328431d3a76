"""rows.py and schema.py: every row has exactly the schema's columns; docs list the schema."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from reportedly.corpus.rows import analysis_to_rows, check_rows, counted_thing, error_rows
from reportedly.corpus.schema import ROW_TABLES, TABLE, TABLES, all_ddl, arrow_schema
from reportedly.model import Analysis, Article, Attribution, Claim, Outlet, Quantity, Source, Span, SpeechAct

DOCS = Path(__file__).resolve().parents[2] / "docs" / "corpus.md"


def rich_analysis(aid: str = "a1", text: str = "Laut Armee hat die Hamas 43.000 Kämpfer.",
                  published: str | None = "2024-01-02", outlet: str = "Tagesblatt") -> Analysis:
    """A hand-built analysis with every table filled, independent of the pipeline's progress."""
    art = Article(id=aid, title=text.split("\n")[0], language="de", text=text, url=f"https://x.de/{aid}",
                  published=published, outlet=Outlet(name=outlet, domain="x.de", evidence=["domain:x.de"]))
    a = Analysis.new(art)
    i = text.index("Armee")
    a.sources = [Source(id="s1", name="Armee", type="organization", mentions=[Span.of(text, i, i + 5)]),
                 Source(id="s2", name=None, type="anonymous", description="ein Sprecher")]
    a.attributions = [Attribution(id="t1", mode="according_to", source="s1", source_mention=None, cue=None,
                                  message=Span.of(text, 0, len(text)))]
    a.speech_acts = [SpeechAct(id="e1", source="s2", source_mention=None, cue=Span.of(text, 0, 4))]
    m = re.search(r"\d[\d.,]*\d|\d", text)
    assert m is not None
    a.claims = [Claim(id="c1", sentence=Span.of(text, 0, len(text)), attribution="t1",
                      quantities=[Quantity(span=Span.of(text, m.start(), m.end()),
                                           value=float(re.sub(r"[.,]", "", m.group(0))))])]
    return a


def test_rows_match_schema():
    rows = analysis_to_rows(rich_analysis(), item_id="i1", input_name="x")
    check_rows(rows)
    assert set(rows) == set(ROW_TABLES)
    assert rows["quantities"][0]["thing"] == "kämpfer"
    assert rows["claims"][0]["source_label"] == "Armee"
    assert rows["sources"][1]["anonymous"] == 1
    assert '"Tagesblatt"' in rows["claims"][0]["chain"]
    (act,) = rows["speech_acts"]
    assert (act["source_label"], act["cue"]) == ("ein Sprecher", "Laut")
    assert act["context"] == "Laut Armee hat die Hamas 43.000 Kämpfer."  # its sentence
    assert act["topic"] is None
    check_rows(error_rows("i2", "y", "broken"))


def test_counted_thing_skips_unit():
    text = "Die Partei kam auf 5 Prozent der Stimmen."
    assert counted_thing(text, text.index("5") + 1, "Prozent") == "stimmen"


def test_ddl_creates_every_table():
    conn = sqlite3.connect(":memory:")
    for stmt in all_ddl():
        conn.execute(stmt)
    for t in TABLES:
        cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{t.name}")')]
        assert cols == t.column_names
        assert len(arrow_schema(t)) == len(t.columns)


def test_docs_document_every_column():
    doc = DOCS.read_text("utf-8")
    for t in TABLES:
        assert f"### `{t.name}`" in doc, f"docs/corpus.md lacks table {t.name}"
        for c in t.column_names:
            assert f"| {c} |" in doc, f"docs/corpus.md lacks column {t.name}.{c}"
    assert TABLE["articles"].key == ("id",)
