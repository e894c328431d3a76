"""Scale-out on Apache Spark: the same analysis and corpus tables as `reportedly batch`, on a cluster.

Import `reportedly.scale.spark_job` for `run_spark`; pyspark is imported only when a job runs, so
this package loads without the `spark` extra installed.
"""
