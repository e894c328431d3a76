"""The `spark-submit` entry point: the same job as `reportedly spark`, with the cluster's config.

    spark-submit --master yarn --deploy-mode cluster \\
        --conf spark.executor.memory=2g --conf spark.executor.cores=4 \\
        $(python -c 'import reportedly.scale.submit as s; print(s.__file__)') \\
        s3a://bucket/cc-news/2024/*.warc.gz s3a://bucket/reportedly/2024/

or `python -m reportedly.scale.submit INPUT... OUTPUT` on a machine with a configured
SPARK_HOME. The master and resources come from spark-submit, never from here.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..settings import DEFAULT_SETTINGS
from .spark_job import INPUT_FORMATS, OUTPUT_FORMATS, run_spark, spark_session


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="reportedly.scale.submit", description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", metavar="INPUT... OUTPUT")
    ap.add_argument("--format", dest="fmt", choices=OUTPUT_FORMATS, default="parquet")
    ap.add_argument("--input-format", choices=INPUT_FORMATS, default="auto")
    ap.add_argument("--partitions", type=int, default=None)
    ap.add_argument("--overwrite", action="store_true")
    ap.add_argument("--setting", action="append", default=[], metavar="NAME=VALUE")
    args = ap.parse_args(argv)
    if len(args.paths) < 2:
        ap.error("give at least one INPUT and the OUTPUT")
    settings = DEFAULT_SETTINGS.with_overrides(args.setting)
    spark = spark_session(master=None, app_name="reportedly")
    try:
        result = run_spark(args.paths[:-1], args.paths[-1], fmt=args.fmt, settings=settings, spark=spark,
                           input_format=args.input_format, partitions=args.partitions,
                           mode="overwrite" if args.overwrite else "error")
    finally:
        spark.stop()
    print(json.dumps({"ok": result.ok, "errors": result.errors, "seconds": round(result.seconds, 2),
                      "rows": result.rows}))
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())
