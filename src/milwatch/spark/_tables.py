"""The Parquet tables of a Spark run: the store's columns (store/rows.py), `seq` first.

    articles/    seq, status, duplicate_of, extracted, story, then the store's article columns
    events/      seq, then the store's event columns (list values as JSON text, as in the store)
    persons/     seq, then the store's event-person columns
    quarantine/  seq, origin_path, origin_line, origin_offset, reason, raw, raw_size
    real_events/          the store's real_events columns (one row per real event), sorted by event_id
    real_event_mentions/  article_id, idx, event_id: the real event of each report, sorted by report
    _milwatch.json   what the run read and wrote; written last (its absence: an unfinished run)

`seq` is the order a sequential run reads the records in; every table of records is written sorted by it.
"""

from __future__ import annotations

from typing import Any

from milwatch.store.rows import ARTICLE_COLUMNS, EVENT_COLUMNS, PERSON_COLUMNS

TABLES = ("articles", "events", "persons", "quarantine", "real_events", "real_event_mentions")
SUMMARY_FILE = "_milwatch.json"
FORMAT_VERSION = 2  # 2: real events
ARTICLE_HEAD = ("seq", "status", "duplicate_of", "extracted", "story")
QUARANTINE_COLUMNS = ("seq", "origin_path", "origin_line", "origin_offset", "reason", "raw", "raw_size")
REAL_EVENT_COLUMNS = ("event_id", "kind", "type", "countries", "date", "location", "mode",
                      "doc_type", "historical",
                      "persons", "first_report", "last_report", "n_reports", "n_articles",
                      "n_sources", "articles", # store/real_events.py real_event_row
                      "sources", "languages", "conflicts", "confidence")
MENTION_COLUMNS = ("article_id", "idx", "event_id")
STORED, DUPLICATE, CLASH = "stored", "duplicate", "clash"

_LONG = {"seq", "origin_line", "origin_offset", "evidence_start", "evidence_end", "raw_size"}
_INT = {"idx", "pidx", "historical", "n_reports", "n_articles", "n_sources"}
_DOUBLE = {"lang_confidence", "confidence"}
_BOOL = {"extracted"}
_BINARY = {"raw"}


def columns(table: str) -> tuple[str, ...]:
    return {
        "articles": (*ARTICLE_HEAD, *ARTICLE_COLUMNS),
        "events": ("seq", *EVENT_COLUMNS),
        "persons": ("seq", *PERSON_COLUMNS),
        "quarantine": QUARANTINE_COLUMNS,
        "real_events": REAL_EVENT_COLUMNS,
        "real_event_mentions": MENTION_COLUMNS,
    }[table]


def sort_keys(table: str) -> tuple[str, ...]:
    return {"events": ("seq", "idx"), "persons": ("seq", "idx", "pidx"), "real_events": ("event_id",),
            "real_event_mentions": ("article_id", "idx")}.get(table, ("seq",))


def spark_schema(table: str) -> Any:
    """The pyspark StructType of a table (pyspark imported here, when a job runs)."""
    from pyspark.sql import types as T

    def kind(name: str) -> Any:
        if name in _LONG:
            return T.LongType()
        if name in _INT:
            return T.IntegerType()
        if name in _DOUBLE:
            return T.DoubleType()
        if name in _BOOL:
            return T.BooleanType()
        if name in _BINARY:
            return T.BinaryType()
        return T.StringType()

    return T.StructType([T.StructField(name, kind(name), name not in ("seq",)) for name in columns(table)])
