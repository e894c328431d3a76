"""kill -9 a running batch at random points, rerun: no document lost, none duplicated.

REPORTEDLY_RESUME_KILLS sets how many kills (3 here for speed; the benchmark mode uses 10:
`REPORTEDLY_RESUME_KILLS=10 pytest tests/corpus/test_resume.py`).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

from .helpers import write_jsonl, write_text_files

KILLS = int(os.environ.get("REPORTEDLY_RESUME_KILLS", "3"))


def _items(db: str) -> int:
    if not os.path.exists(db):
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM items").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def _batch(inputs: list[str], db: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "reportedly", "batch", *inputs, "--db", db, "--no-progress", "-j", "2"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def test_kill_minus_nine_and_resume(tmp_path):
    rng = random.Random(int(os.environ.get("REPORTEDLY_RESUME_SEED", "7")))
    n = 300 * KILLS  # enough that every kill lands mid-batch (each round commits ~50-100)
    write_text_files(tmp_path / "crawl", n)
    write_jsonl(tmp_path / "bad.jsonl", ["{oops", {"nothing": 1}])
    inputs = [str(tmp_path / "crawl"), str(tmp_path / "bad.jsonl")]
    expected = n + 2
    db = str(tmp_path / "c.sqlite")
    kills = 0
    for _ in range(KILLS):
        before = _items(db)
        if before >= expected:
            break
        proc = _batch(inputs, db)
        deadline = time.monotonic() + 60
        while _items(db) <= before and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 0.3))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the batch and its workers, as kill -9 would
            kills += 1
        proc.wait()
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    assert kills == KILLS, f"only {kills} of {KILLS} kills landed mid-batch"
    final = _batch(inputs, db)
    assert final.wait(timeout=300) in (0, 1)  # 1 only when this run itself stored error rows
    conn = sqlite3.connect(db)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    assert one("SELECT count(*) FROM items") == expected
    assert one("SELECT count(*) FROM items WHERE status='ok'") == n == one("SELECT count(*) FROM articles")
    assert one("SELECT count(*) FROM errors") == 2
    assert one("SELECT count(DISTINCT item_id) FROM articles") == n
    # child rows are not duplicated by replays: per-article counts match the stored analysis
    assert one("SELECT count(*) FROM articles a WHERE n_sources != "
               "(SELECT count(*) FROM sources s WHERE s.article_id = a.id)") == 0
    assert one("SELECT count(*) FROM articles_fts") == n
    assert one("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Meldung'") == n
