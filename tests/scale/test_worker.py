"""The Spark job's Spark-free parts: items, per-document limits, ledger rows, Parquet loading."""

from __future__ import annotations

import sqlite3
import time

import pytest

from reportedly.corpus.inputs import iter_jsonl, iter_warc
from reportedly.scale import records, synth
from reportedly.scale.worker import ITEM_TABLES, DocTimeout, analyse_item, analyse_partition, time_limit
from reportedly.settings import Settings


def _lines(path: str) -> list[tuple[str, int]]:
    with open(path, encoding="utf-8") as fh:
        return [(line.rstrip("\n"), i) for i, line in enumerate(fh)]


def test_jsonl_items_match_the_embedded_batch(tmp_path):
    path = str(tmp_path / "in.jsonl")
    synth.write_jsonl(path, 30, bad_lines=4)
    ours = list(records.jsonl_items(_lines(path), path))
    theirs = list(iter_jsonl(path))
    assert len(ours) == 34 and [(i.id, i.input, i.kind, i.error is None) for i in ours] == \
           [(i.id, i.input, i.kind, i.error is None) for i in theirs]
    assert sum(i.kind == "error" for i in ours) == 4  # invalid JSON, no text field


def test_warc_items_match_the_embedded_batch(tmp_path):
    path = str(tmp_path / "in.warc.gz")
    synth.write_warc(path, 12)
    with open(path, "rb") as fh:
        ours = list(records.warc_items(path, fh.read()))
    assert [(i.id, i.input, i.url) for i in ours] == [(i.id, i.input, i.url) for i in iter_warc(path)]
    assert len(ours) == 12 and all(b"<article>" in (i.data or b"") for i in ours)


def test_truncated_warc_never_raises(tmp_path):
    path = str(tmp_path / "in.warc.gz")
    synth.write_warc(path, 5)
    data = open(path, "rb").read()
    for cut in (7, len(data) // 3, len(data) // 2, len(data) - 9):
        for item in records.warc_items(path, data[:cut]):
            ok, rows = analyse_item(item)
            assert len(rows["items"]) == 1 and ok == (not rows["errors"])


def test_size_limit_gives_error_items():
    small = Settings(max_input_bytes=100)
    item = records.from_mapping({"text": "x" * 200}, "t:1", small)
    assert item.kind == "error" and "max_input_bytes" in (item.error or "")
    assert records.file_item("a.html", b"<p>" * 100, small).kind == "error"


def test_detect_format():
    assert records.detect_format("s3a://b/cc/CC-NEWS-2024.warc.gz") == "warc"
    assert records.detect_format("hdfs:///x/part-*.jsonl.gz") == "jsonl"
    assert records.detect_format("/data/articles.parquet") == "parquet"
    assert records.detect_format("/data/pages/") == "files"


def test_time_limit_interrupts():
    t0 = time.perf_counter()
    with pytest.raises(DocTimeout), time_limit(0.2):
        while True:
            pass
    assert time.perf_counter() - t0 < 2


def test_every_item_gives_a_ledger_row():
    items = [records.from_mapping(a, f"x:{n}") for n, a in enumerate(synth.articles(3))]
    items.append(records.from_mapping({"title": "no text"}, "x:99"))
    seen: list[bool] = []
    out = list(analyse_partition(items, Settings(), seen.append))
    assert seen == [True, True, True, False]
    for rows in out:
        assert set(rows) == set(ITEM_TABLES) and len(rows["items"]) == 1
    assert out[-1]["items"][0]["status"] == "error" and out[-1]["errors"][0]["reason"]


def test_timeout_is_an_error_row(monkeypatch):
    import reportedly.scale.worker as worker

    def slow(item, settings):
        time.sleep(5)

    monkeypatch.setattr(worker, "process_item", slow)
    ok, rows = analyse_item(records.from_mapping({"text": "A\n\nb"}, "x:1"), Settings(doc_timeout=0.2))
    assert not ok and "doc_timeout" in rows["errors"][0]["reason"]


def test_load_parquet_is_idempotent(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from reportedly.corpus.schema import TABLE, arrow_schema
    from reportedly.scale.load import load_parquet

    items = [records.from_mapping(a, f"x:{n}") for n, a in enumerate(synth.articles(10))]
    results = [analyse_item(i)[1] for i in items]
    for name in ITEM_TABLES:
        rows = [r for res in results for r in res[name]]
        (tmp_path / "out" / name).mkdir(parents=True)
        table = pa.Table.from_pylist(rows, schema=arrow_schema(TABLE[name]))
        pq.write_table(table, tmp_path / "out" / name / "part-0.parquet")
    db = str(tmp_path / "c.sqlite")
    first = load_parquet(str(tmp_path / "out"), db)
    second = load_parquet(str(tmp_path / "out"), db)
    assert first == second and first["articles"] == first["items"] == 10
    conn = sqlite3.connect(db)
    for name in ITEM_TABLES:
        assert conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == first[name], name
    fts = conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Berlin OR London "
                       "OR Hamburg OR München OR Köln OR Leeds'").fetchone()[0]
    assert 0 < fts <= 10
