"""`run_spark`: analyse WARC / JSONL / Parquet / files on Spark into the corpus tables as Parquet.

Shape of the job (why):
1. read records on the executors (`binaryFiles` + warcio, `textFile`, `read.parquet`), so any
   Hadoop-compatible path works (hdfs://, s3a://, gs://, abfss://, file://);
2. `mapPartitions(worker.analyse_partition)`: the pipeline is built once per worker process;
3. write one wide staging dataset (one row per input item, an array column per table), so the
   analysis runs exactly once however many tables are written afterwards;
4. explode each table from the staging data (columnar: only that column is read), drop
   duplicates on the table's SQLite primary key — the same rows the embedded store keeps — and
   write `OUTPUT/<table>/`; then remove the staging data.
Counts come from accumulators (live progress) and, authoritatively, from the written tables.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..corpus.schema import INTEGER, REAL, TABLE, Table
from ..settings import DEFAULT_SETTINGS, Settings
from . import records as rec_mod
from .worker import ITEM_TABLES, analyse_partition

INPUT_FORMATS = ("auto", "warc", "jsonl", "parquet", "files")
OUTPUT_FORMATS = ("parquet", "orc", "json")
STAGING = "_staging"

LOCAL_CONF = {
    "spark.driver.memory": "1g",
    "spark.sql.shuffle.partitions": "4",
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.session.timeZone": "UTC",
    "spark.python.worker.reuse": "true",   # keeps the per-process pipeline across tasks
}
"""Defaults for local mode only; on a cluster, spark-submit's own --conf values apply."""


@dataclass
class SparkResult:
    ok: int
    errors: int
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    output: str = ""

    @property
    def items(self) -> int:
        return self.ok + self.errors


def spark_session(master: str | None = "local[*]", app_name: str = "reportedly",
                  conf: dict[str, str] | None = None) -> Any:
    """A SparkSession; `master=None` keeps what spark-submit configured."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    settings = dict(conf or {})
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            settings = {**LOCAL_CONF, **settings}
            # executors must run the interpreter that has reportedly installed (the venv's)
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    for key, value in settings.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    if master and master.startswith("local"):
        session.sparkContext.setLogLevel("ERROR")
    return session


def spark_type(table: Table) -> Any:
    from pyspark.sql import types as T

    kinds = {INTEGER: T.LongType(), REAL: T.DoubleType()}
    return T.StructType([T.StructField(c, kinds.get(t, T.StringType()), True) for c, t in table.columns])


def staging_schema() -> Any:
    from pyspark.sql import types as T

    return T.StructType([T.StructField(name, T.ArrayType(spark_type(TABLE[name]), False), False)
                         for name in ITEM_TABLES])


def _coercers(table: Table) -> list[tuple[str, Any]]:
    return [(c, float if t == REAL else int if t == INTEGER else None) for c, t in table.columns]


_COERCE = {name: _coercers(TABLE[name]) for name in ITEM_TABLES}


def rows_to_tuple(rows: dict[str, list[dict[str, Any]]]) -> tuple:
    """Rows of one item → one staging row: per table, a list of tuples in schema column order.

    Numbers are coerced (int into a DoubleType would be nulled by Spark without an error)."""
    out = []
    for name in ITEM_TABLES:
        cols = _COERCE[name]
        out.append([tuple(_cell(r.get(c), f) for c, f in cols) for r in rows.get(name, ())])
    return tuple(out)


def _cell(value: Any, convert: Any) -> Any:
    return value if value is None or convert is None else convert(value)


def read_items(spark: Any, inputs: Sequence[str], input_format: str = "auto",
               partitions: int | None = None, settings: Settings = DEFAULT_SETTINGS) -> Any:
    """Inputs → RDD of corpus `Item`s; formats may be mixed when `input_format` is auto."""
    sc = spark.sparkContext
    parallel = max(1, partitions or sc.defaultParallelism * 2)
    rdds = []
    for path in inputs:
        kind = rec_mod.detect_format(path) if input_format == "auto" else input_format
        if kind == "jsonl":
            lines = sc.textFile(path, minPartitions=parallel).zipWithIndex()
            rdds.append(lines.mapPartitions(lambda it, p=path: rec_mod.jsonl_items(it, p, settings)))
        elif kind == "parquet":
            df = spark.read.parquet(path)
            rows = df.select(*[c for c in df.columns if c in rec_mod.FIELDS]).rdd.zipWithIndex()
            rdds.append(rows.map(lambda rn, p=path: rec_mod.from_mapping(
                rn[0].asDict(), f"{p}:{rn[1] + 1}", settings)))
        elif kind == "warc":
            rdds.append(sc.binaryFiles(path).flatMap(lambda pf: rec_mod.warc_items(pf[0], pf[1], settings)))
        elif kind == "files":
            rdds.append(sc.binaryFiles(path).map(lambda pf: rec_mod.file_item(pf[0], pf[1], settings)))
        else:
            raise ValueError(f"unknown input format {kind!r}; known: {', '.join(INPUT_FORMATS)}")
    rdd = rdds[0] if len(rdds) == 1 else sc.union(rdds)
    if partitions or rdd.getNumPartitions() < sc.defaultParallelism:
        rdd = rdd.repartition(parallel)  # one big WARC file is one partition: spread its records
    return rdd


def run_spark(input: str | Sequence[str], output: str, fmt: str = "parquet",
              master: str | None = "local[*]", settings: Settings = DEFAULT_SETTINGS, *,
              input_format: str = "auto", partitions: int | None = None, mode: str = "error",
              keep_staging: bool = False, spark: Any = None) -> SparkResult:
    """Analyse `input` (paths, globs, comma lists) into `output/<table>/` in format `fmt`."""
    if fmt not in OUTPUT_FORMATS:
        raise ValueError(f"unknown output format {fmt!r}; known: {', '.join(OUTPUT_FORMATS)}")
    inputs = [input] if isinstance(input, str) else list(input)
    spark = spark or spark_session(master)
    sc = spark.sparkContext
    ok_acc, err_acc = sc.accumulator(0), sc.accumulator(0)
    t0 = time.perf_counter()
    output = output.rstrip("/")
    staging = f"{output}/{STAGING}"

    def count(ok: bool) -> None:
        (ok_acc if ok else err_acc).add(1)

    def analyse(it: Any, s: Settings = settings) -> Any:
        return (rows_to_tuple(rows) for rows in analyse_partition(it, s, count))

    items = read_items(spark, inputs, input_format, partitions, settings)
    wide = spark.createDataFrame(items.mapPartitions(analyse), staging_schema(), verifySchema=False)
    wide.write.mode("overwrite").parquet(staging)

    result = SparkResult(ok=ok_acc.value, errors=err_acc.value, output=output)
    written = spark.read.parquet(staging)
    for name in ITEM_TABLES:
        table = TABLE[name]
        df = written.selectExpr(f"explode(`{name}`) AS r").select("r.*")
        df.dropDuplicates(list(table.key)).write.mode(mode).format(fmt).save(f"{output}/{name}")
        result.rows[name] = spark.read.format(fmt).load(f"{output}/{name}").count()
    if not keep_staging:
        _delete(spark, staging)
    result.seconds = time.perf_counter() - t0
    return result


def _delete(spark: Any, path: str) -> None:
    """Remove a path through Hadoop's FileSystem API, so s3a:// and hdfs:// work as file:// does."""
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).delete(hpath, True)
