"""Spark local mode on a few hundred synthetic articles: the same items, articles and row counts
per table as `reportedly batch` (run_batch into SQLite) on the same input."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from reportedly.scale import synth

pytest.importorskip("pyspark", reason="pyspark not installed (pip install 'reportedly[spark]')")
if shutil.which("java") is None:
    pytest.skip("Java is missing: Spark needs a JRE 17+ (apt-get install openjdk-17-jre-headless)",
                allow_module_level=True)

N_JSONL, N_WARC, BAD = 300, 40, 4
pytestmark = pytest.mark.slow  # ~70 s on the 2-core reference machine (JVM start, 3 Spark jobs)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("scale")
    synth.write_jsonl(str(d / "news.jsonl"), N_JSONL, bad_lines=BAD)
    synth.write_warc(str(d / "news.warc.gz"), N_WARC, seed=1)
    return d


@pytest.fixture(scope="module")
def spark():
    from reportedly.scale.spark_job import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def spark_run(corpus, spark):
    from reportedly.scale.spark_job import run_spark

    inputs = [str(corpus / "news.jsonl"), str(corpus / "news.warc.gz")]
    return run_spark(inputs, str(corpus / "out"), spark=spark)


@pytest.fixture(scope="module")
def batch_db(corpus):
    from reportedly.corpus.batch import run_batch

    db = str(corpus / "batch.sqlite")
    run_batch([str(corpus / "news.jsonl"), str(corpus / "news.warc.gz")], db, workers=2)
    return sqlite3.connect(db)


def _ids(spark, path, col):
    return sorted(r[0] for r in spark.read.parquet(path).select(col).collect())


def test_counts_and_accumulators(spark_run):
    assert spark_run.ok == N_JSONL + N_WARC
    assert spark_run.errors == BAD
    assert spark_run.rows["items"] == spark_run.ok + spark_run.errors
    assert spark_run.rows["errors"] == BAD
    assert spark_run.rows["articles"] == N_JSONL + N_WARC


def test_same_results_as_the_embedded_batch(spark_run, batch_db, spark, corpus):
    out = str(corpus / "out")
    for table, rows in spark_run.rows.items():
        expected = batch_db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        assert rows == expected, table
    assert _ids(spark, f"{out}/articles", "id") == \
        sorted(r[0] for r in batch_db.execute("SELECT id FROM articles"))
    assert _ids(spark, f"{out}/items", "item_id") == \
        sorted(r[0] for r in batch_db.execute("SELECT item_id FROM items"))
    assert spark_run.rows["attributions"] > 0 and spark_run.rows["sources"] > 0


def test_schema_is_the_stores(spark_run, spark, corpus):
    from reportedly.corpus.schema import TABLE

    for table in spark_run.rows:
        df = spark.read.parquet(str(corpus / "out" / table))
        assert df.columns == TABLE[table].column_names, table


def test_parquet_input_and_load_into_sqlite(spark_run, spark, corpus, tmp_path):
    from reportedly.scale.load import load_parquet
    from reportedly.scale.spark_job import run_spark

    again = run_spark(str(corpus / "out" / "articles"), str(tmp_path / "again"), spark=spark,
                      input_format="parquet")
    assert again.ok == spark_run.rows["articles"] and again.errors == 0
    counts = load_parquet(str(corpus / "out"), str(tmp_path / "c.sqlite"))
    assert counts == spark_run.rows
