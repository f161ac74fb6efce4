"""Spark batch runs: the embedded pipeline's stage functions in `mapPartitions` (each partition builds
`Pipeline.from_settings(settings)`), then duplicates, stories (_stories.py) and real events (_events.py)
resolved in Spark by their blocking keys, Parquet out.

    summary = run_spark([Path("corpus/")], Path("out/"), settings, master="local[2]")
    rows = prediction_rows(Path("out/"))          # the same predictions as `milwatch predict`
    load_into(store, Path("out/"))                # into a milwatch database (any Store)

pyspark comes from the `spark` extra (pip install 'milwatch[spark]') and Spark needs Java
17+; neither is imported until a job runs.
"""

from __future__ import annotations

from typing import Any

__all__ = ["load_into", "prediction_rows", "run_spark"]


def __getattr__(name: str) -> Any:
    if name == "run_spark":
        from milwatch.spark._run import run_spark

        return run_spark
    if name in ("load_into", "prediction_rows"):
        from milwatch.spark import results

        return getattr(results, name)
    raise AttributeError(name)
