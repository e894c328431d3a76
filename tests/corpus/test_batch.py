"""run_batch and the input readers: every item ends as a row, reruns resume, crashes are contained."""

from __future__ import annotations

import os
import sqlite3
import time

from reportedly.corpus import batch as batch_mod
from reportedly.corpus import run_batch
from reportedly.corpus.inputs import iter_items
from reportedly.settings import Settings

from .helpers import article_text, gz, html_page, write_feed, write_jsonl, write_text_files, write_warc


def _counts(db) -> dict:
    conn = sqlite3.connect(db)
    out = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
           for t in ("items", "articles", "errors")}
    out["ok"] = conn.execute("SELECT count(*) FROM items WHERE status='ok'").fetchone()[0]
    conn.close()
    return out


def test_all_input_kinds(tmp_path):
    crawl = tmp_path / "crawl"
    write_text_files(crawl, 3)
    (crawl / "page.html").write_text(html_page(50), "utf-8")
    (crawl / "empty.html").write_text("<html><body></body></html>", "utf-8")
    jl = write_jsonl(tmp_path / "a.jsonl", [
        {"text": article_text(60), "url": "https://x.de/60", "published": "2024-01-01"},
        {"html": html_page(61), "url": "https://x.de/61"},
        "{broken json", {"nothing": 1}, {"text": "   "},
    ])
    warc = write_warc(tmp_path / "c.warc.gz",
                      [("https://w.de/1", html_page(70)), ("https://w.de/2", html_page(71))])
    feed = write_feed(tmp_path / "f.rss", 2, start=80)
    (tmp_path / "l.opml").write_text('<opml><body><outline xmlUrl="f2.xml"/></body></opml>', "utf-8")
    write_feed(tmp_path / "f2.xml", 1, start=90)
    (tmp_path / "u.urls").write_text("# comment\nhttp://127.0.0.1/private\nnot a url\n", "utf-8")
    inputs = [str(crawl), str(gz(jl)), str(warc), str(feed), str(tmp_path / "l.opml"),
              str(tmp_path / "u.urls"), str(tmp_path / "missing*.txt")]
    items = list(iter_items(inputs))
    assert len(items) == 5 + 5 + 2 + 2 + 1 + 2 + 1
    assert len({i.id for i in items}) == len(items)
    db = str(tmp_path / "c.sqlite")
    stats = run_batch(inputs, db, workers=2)
    c = _counts(db)
    assert c["items"] == len(items) == stats.ok + stats.errors
    assert 0 < stats.startup_seconds < stats.seconds  # model loading is reported apart
    assert stats.steady_per_second > stats.per_second
    assert c["items"] == c["ok"] + c["errors"]
    conn = sqlite3.connect(db)
    reasons = dict(conn.execute("SELECT input, reason FROM errors"))
    assert any("invalid JSON" in r for r in reasons.values())
    assert any("non-public" in r or "private" in r for r in reasons.values())
    assert any("no such" in r or "matches no" in r for r in reasons.values())
    published = conn.execute("SELECT published FROM articles WHERE url='https://x.de/60'").fetchone()[0]
    assert published == "2024-01-01"
    assert conn.execute("SELECT count(*) FROM articles WHERE url LIKE 'https://w.de/%'").fetchone()[0] == 2
    # rerun: everything is skipped, nothing changes
    again = run_batch(inputs, db, workers=2)
    assert again.skipped == len(items) and again.ok == again.errors == 0
    assert _counts(db) == c
    # --retry-errors: error items run again (URL still refused), still one row each
    retried = run_batch(inputs, db, workers=2, retry_errors=True)
    assert retried.ok == 0 and retried.errors == c["errors"]
    assert _counts(db) == c


def _crashy(item, settings):
    if item.input.endswith("crash.txt"):
        os._exit(3)
    if item.input.endswith("slow.txt"):
        time.sleep(30)
    return _real(item, settings)


_real = batch_mod.process_item


def test_worker_crash_and_timeout_become_error_rows(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    write_text_files(folder, 4)
    (folder / "crash.txt").write_text("Absturz\n\nDieser Text bringt den Worker um.", "utf-8")
    (folder / "slow.txt").write_text("Langsam\n\nDieser Text braucht zu lange.", "utf-8")
    monkeypatch.setattr(batch_mod, "process_item", _crashy)  # inherited by forked workers
    monkeypatch.setattr(batch_mod, "HARD_KILL_GRACE", 0.5)
    db = str(tmp_path / "c.sqlite")
    stats = run_batch([str(folder)], db, Settings(doc_timeout=1.0), workers=2)
    assert stats.ok == 4 and stats.errors == 2
    conn = sqlite3.connect(db)
    reasons = {inp.rsplit("/", 1)[1]: r for inp, r in conn.execute("SELECT input, reason FROM errors")}
    assert "crashed" in reasons["crash.txt"]
    assert "timeout" in reasons["slow.txt"]


def test_the_item_queued_behind_a_crash_is_analysed_by_the_next_worker(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    write_text_files(folder, 3)  # a00000..a00002 sort before crash.txt
    (folder / "crash.txt").write_text("Absturz\n\nDieser Text bringt den Worker um.", "utf-8")
    write_text_files(folder, 1, start=99)
    (folder / "zz.txt").write_text("Danach\n\nDer Sprecher sagte, alles sei gut.", "utf-8")
    monkeypatch.setattr(batch_mod, "process_item", _crashy)
    db = str(tmp_path / "c.sqlite")
    stats = run_batch([str(folder)], db, workers=1)  # one worker: the next item always waits behind
    assert (stats.ok, stats.errors, stats.restarts) == (5, 1, 1)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM items WHERE status='ok'").fetchone()[0] == 5
