"""The Spark job: read → language → clean → extract in mapPartitions, duplicates, stories, real events,
Parquet."""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from milwatch.errors import InputError, SparkError
from milwatch.ingest import Source, find_sources
from milwatch.pipeline import Pipeline
from milwatch.settings import Settings
from milwatch.spark._events import real_events_spark
from milwatch.spark._session import spark_session
from milwatch.spark._stages import extraction_rows as _extraction_rows
from milwatch.spark._stages import now_text, process_partition, read_partition, seq_of
from milwatch.spark._stories import assign_stories_spark
from milwatch.spark._tables import (
    CLASH,
    DUPLICATE,
    FORMAT_VERSION,
    STORED,
    SUMMARY_FILE,
    sort_keys,
    spark_schema,
)
from milwatch.store.rows import ARTICLE_COLUMNS

LANG_AT, SOURCE_AT = ARTICLE_COLUMNS.index("lang"), ARTICLE_COLUMNS.index("source")  # in an article row


@dataclass(slots=True)
class SparkSummary:
    """What one `run_spark` read and wrote."""

    out: str = ""
    master: str = ""
    partitions: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"version": FORMAT_VERSION, **dataclasses.asdict(self)}


def resolve_duplicates(records: Iterable[tuple[int, str, str]]) -> dict[int, tuple[str, str | None]]:
    """Status of records sharing an id or a text with another, decided in input order as the store
    decides (store/writer.py): a known id with another text is a clash, with the same text a
    duplicate; a known text under a new id a duplicate of the first article stored with it."""
    by_id: dict[str, str] = {}  # id -> content hash of the stored article
    by_hash: dict[str, str] = {}  # content hash -> id of the first stored article
    out: dict[int, tuple[str, str | None]] = {}
    for seq, article_id, digest in sorted(records):
        if article_id in by_id:
            out[seq] = (DUPLICATE, article_id) if by_id[article_id] == digest else (CLASH, None)
        elif digest in by_hash:
            out[seq] = (DUPLICATE, by_hash[digest])
        else:
            out[seq] = (STORED, None)
            by_id[article_id], by_hash[digest] = digest, article_id
    return out


def _duplicate_status(articles: Any) -> dict[int, tuple[str, str | None]]:
    """Statuses of the records that share an id or a content hash (the others are stored): only those
    few (seq, id, hash) are brought to the driver, where the input order decides."""
    keys = articles.map(lambda a: (a[0], a[1][0], a[1][1])).cache()
    shared_ids = set(keys.map(lambda k: (k[1], 1)).reduceByKey(lambda x, y: x + y)
                     .filter(lambda kv: kv[1] > 1).keys().collect())
    shared_hashes = set(keys.map(lambda k: (k[2], 1)).reduceByKey(lambda x, y: x + y)
                        .filter(lambda kv: kv[1] > 1).keys().collect())
    colliding = keys.filter(lambda k: k[1] in shared_ids or k[2] in shared_hashes).collect()
    keys.unpersist()
    return resolve_duplicates(colliding)


def _sources(paths: list[Path]) -> tuple[list[Source], list[Any]]:
    sources, problems = find_sources(paths)
    for source in sources:
        if source.stdin:
            raise InputError("-", "milwatch spark reads files and directories, not standard input")
    # executors may not share the driver's working directory: absolute paths (the same origins)
    return [dataclasses.replace(s, path=Path(os.path.abspath(s.path))) for s in sources], problems


def _write(spark: Any, rdd: Any, table: str, out: Path) -> None:
    frame = spark.createDataFrame(rdd, schema=spark_schema(table))
    frame.orderBy(*sort_keys(table)).write.mode("overwrite").parquet(str(out / table))


def _article_row(article: tuple[Any, ...], status: dict[int, tuple[str, str | None]],
                 stories: dict[str, str]) -> tuple[Any, ...]:
    seq, row, extraction, _published = article
    state, duplicate_of = status.get(seq, (STORED, None))
    extracted = state == STORED and extraction is not None
    story = stories.get(row[0], row[0]) if extracted else None
    return (seq, state, duplicate_of, extracted, story, *row)


def run_spark(paths: list[Path], out: Path, settings: Settings, master: str = "local[*]",
              partitions: int | None = None, packs_root: Path | None = None) -> SparkSummary:
    """Run the pipeline on Spark over `paths`; Parquet tables and a summary in `out`.  The executors
    use the packs under `packs_root` (None: the packs shipped with milwatch on each executor)."""
    started = time.perf_counter()
    sources, problems = _sources(paths)
    out.mkdir(parents=True, exist_ok=True)
    (out / SUMMARY_FILE).unlink(missing_ok=True)  # a finished run writes it again, last
    spark = spark_session(master)
    try:
        summary = _run(spark, sources, problems, out, settings, partitions, packs_root)
    except SparkError:
        raise
    except Exception as exc:
        if type(exc).__module__.startswith(("pyspark", "py4j")):
            raise SparkError(f"the Spark job failed: {type(exc).__name__}: {str(exc)[:2000]}") from exc
        raise
    finally:
        spark.stop()
    summary.master, summary.seconds = master, round(time.perf_counter() - started, 3)
    (out / SUMMARY_FILE).write_text(json.dumps(summary.to_dict(), indent=2) + "\n", encoding="utf-8")
    return summary


def _run(spark: Any, sources: list[Source], problems: list[Any], out: Path, settings: Settings,
         partitions: int | None, packs_root: Path | None) -> SparkSummary:
    from pyspark import StorageLevel

    sc = spark.sparkContext
    n = partitions or max(2, sc.defaultParallelism)
    options = Pipeline.from_settings(settings).options  # the executors build the same from the same settings
    read = (sc.parallelize(list(enumerate(sources, 1)), max(1, len(sources)))
            .mapPartitions(functools.partial(read_partition, options=options)))
    found = sc.parallelize([(seq_of(0, i), q) for i, q in enumerate(problems)], 1)
    work = functools.partial(process_partition, settings=settings, now=now_text(), packs_root=packs_root)
    processed = read.union(found).repartition(n).mapPartitions(work).persist(StorageLevel.MEMORY_AND_DISK)
    articles = processed.filter(lambda r: r[0] == "a").map(lambda r: r[1:])
    quarantined = processed.filter(lambda r: r[0] == "q").map(lambda r: r[1])

    status = _duplicate_status(articles)
    stored = articles.filter(lambda a, s=status: s.get(a[0], (STORED,))[0] == STORED)
    items = (stored.filter(lambda a: a[2] is not None)
             .map(lambda a: (a[0], a[1][0], a[3], a[2].events)))
    story_rdd = assign_stories_spark(items)
    stories = dict(story_rdd.collect())  # only articles filed under another article's id
    story_rdd.unpersist()

    b_status, b_stories = sc.broadcast(status), sc.broadcast(stories)
    _write(spark, articles.map(lambda a: _article_row(a, b_status.value, b_stories.value)), "articles", out)
    extracted = stored.filter(lambda a: a[2] is not None).map(lambda a: _extraction_rows(a[0], a[1][0], a[2]))
    _write(spark, extracted.flatMap(lambda pair: pair[0]), "events", out)
    _write(spark, extracted.flatMap(lambda pair: pair[1]), "persons", out)
    _write(spark, quarantined, "quarantine", out)
    reports = (stored.filter(lambda a: a[2] is not None and a[2].events)
               .map(lambda a: (a[0], a[1][0], a[1][LANG_AT], a[3], a[1][SOURCE_AT], a[2].events)))
    real, mentions = real_events_spark(reports, n)
    _write(spark, real, "real_events", out)
    _write(spark, mentions, "real_event_mentions", out)
    counts = _counts(articles, quarantined, status, stories) | {"real_events": real.count()}
    processed.unpersist()
    return SparkSummary(out=str(out), partitions=n, counts=counts)


def _counts(articles: Any, quarantined: Any, status: dict[int, tuple[str, str | None]],
            stories: dict[str, str]) -> dict[str, int]:
    tally = articles.map(lambda a, s=status: (
        s.get(a[0], (STORED,))[0],
        a[2] is not None,
        len(a[2].events) if a[2] is not None else 0,
    )).map(lambda t: (t[0], (1, int(t[1]), int(t[0] == STORED and t[1] and t[2] > 0),
                             t[2] if t[0] == STORED else 0)))
    per = dict(tally.reduceByKey(lambda x, y: tuple(map(sum, zip(x, y, strict=True)))).collect())
    kinds = Counter({k: v[0] for k, v in per.items()})
    got = per.get(STORED, (0, 0, 0, 0))
    extracted = got[1]
    return {
        "articles": sum(kinds.values()),
        "stored": kinds[STORED],
        "duplicates": kinds[DUPLICATE],
        "id_clashes": kinds[CLASH],
        "quarantined": quarantined.count(),
        "extracted": extracted,
        "failed": kinds[STORED] - extracted,
        "relevant": got[2],
        "events": got[3],
        "stories": extracted - len(stories),
    }


__all__ = ["SparkSummary", "resolve_duplicates", "run_spark"]
