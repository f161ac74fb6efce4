"""Exports by level: each real event once (`event`, the default of `milwatch export`) or every report
(`report`), as a JSON array, JSON lines, CSV or Parquet.

An event-level row carries the real event's `event_id`, its agreed fields, its officials, GDELT-like
counts (`n_reports`, `n_articles`, `n_sources`), `article_ids`, `report_ids`, `sources`, `languages`
and the `conflicts` between its reports.  A report-level row is the event dict of
`store.queries.event_dict` (as `milwatch events --reports` prints it), `event_id` naming its real event.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, BinaryIO

from milwatch.errors import ExportError
from milwatch.export._cells import csv_cell
from milwatch.export._streams import text_stream, write_json_array, write_json_lines
from milwatch.export.tabular import CSV_COLUMNS, csv_row, parquet_schema, require_pyarrow, write_parquet_rows
from milwatch.store.queries import EventFilter, iter_events
from milwatch.store.queries_real import iter_real_events

LEVELS: tuple[str, ...] = ("event", "report")
LEVEL_FORMATS: tuple[str, ...] = ("json", "jsonl", "csv", "parquet")  # the formats --level applies to
REPORT_COLUMNS: tuple[str, ...] = (*CSV_COLUMNS, "event_id")
REAL_COLUMNS: tuple[str, ...] = (
    "event_id", "type", "countries", "date", "mode", "location", "doc_type", "historical", "persons",
    "first_report", "last_report", "n_reports", "n_articles", "n_sources", "article_ids",
    "report_ids", "sources", "languages", "conflicts", "confidence",
)
_REAL_LISTS = ("countries", "article_ids", "report_ids", "sources", "languages")


def report_csv_row(event: dict[str, Any]) -> list[Any]:
    """A report flattened for CSV (see `tabular.csv_row`), with its real event's id."""
    return [*csv_row(event), csv_cell(event.get("event_id") or "")]


def _person_text(p: dict[str, Any]) -> str:
    extra = ", ".join(x for x in (p.get("country"), p.get("role")) if x)
    return p["name"] + (f" ({extra})" if extra else "")


def real_csv_row(event: dict[str, Any]) -> list[Any]:
    """A real event flattened for CSV: lists joined with ';', persons as 'name (country, role)', conflicts
    as JSON."""
    row = dict(event)
    for key in _REAL_LISTS:
        row[key] = ";".join(event[key])
    row["persons"] = ";".join(_person_text(p) for p in event["persons"])
    row["historical"] = "true" if event["historical"] else "false"
    row["conflicts"] = json.dumps(event["conflicts"], ensure_ascii=False) if event["conflicts"] else ""
    return [csv_cell("" if row[c] is None else row[c]) for c in REAL_COLUMNS]


def _rows(store: Any, flt: EventFilter, level: str) -> Iterable[dict[str, Any]]:
    if level not in LEVELS:
        raise ExportError(f"unknown export level {level!r}; known: {', '.join(LEVELS)}")
    return iter_real_events(store, flt) if level == "event" else iter_events(store, flt)


def _write_csv(rows: Iterable[dict[str, Any]], level: str, out: BinaryIO) -> int:
    columns, flatten = (REAL_COLUMNS, real_csv_row) if level == "event" else (REPORT_COLUMNS, report_csv_row)
    n = 0
    with text_stream(out, newline="") as text:
        writer = csv.writer(text, quoting=csv.QUOTE_NONNUMERIC)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(flatten(row))
            n += 1
    return n


def _real_schema() -> Any:
    pa = require_pyarrow()

    text, strings = pa.string(), pa.list_(pa.string())
    person = pa.struct([("name", text), ("aliases", strings), ("country", text), ("role", text),
                        ("rank", text)])
    types = {"historical": pa.bool_(), "persons": pa.list_(person), "n_reports": pa.int64(),
             "n_articles": pa.int64(), "n_sources": pa.int64(), "confidence": pa.float64()}
    return pa.schema([(c, types.get(c, strings if c in _REAL_LISTS else text)) for c in REAL_COLUMNS])


def _write_parquet(rows: Iterable[dict[str, Any]], level: str, out: BinaryIO) -> int:
    """Parquet in row groups of up to MAX_PAGE rows; memory stays flat."""
    pa = require_pyarrow()
    if level == "event":
        schema, columns = _real_schema(), REAL_COLUMNS
    else:
        schema, columns = parquet_schema().append(pa.field("event_id", pa.string())), REPORT_COLUMNS

    def item(row: dict[str, Any]) -> dict[str, Any]:
        out_row = {c: row.get(c) for c in columns}
        if level == "event":
            out_row["conflicts"] = (json.dumps(row["conflicts"], ensure_ascii=False)
                                    if row["conflicts"] else None)
        return out_row

    return write_parquet_rows((item(row) for row in rows), schema, out)


def write_level(store: Any, fmt: str, flt: EventFilter, out: BinaryIO, level: str = "event") -> int:
    """Write the real events (`event`) or reports (`report`) matching `flt` as json, jsonl, csv or parquet."""
    rows = _rows(store, flt, level)
    if fmt == "json":
        return write_json_array(rows, out)
    if fmt == "jsonl":
        return write_json_lines(rows, out)
    if fmt == "csv":
        return _write_csv(rows, level, out)
    if fmt == "parquet":
        return _write_parquet(rows, level, out)
    raise ExportError(f"--level applies to {', '.join(LEVEL_FORMATS)}, not {fmt!r}")


__all__ = ["LEVELS", "LEVEL_FORMATS", "REAL_COLUMNS", "REPORT_COLUMNS", "real_csv_row", "report_csv_row",
           "write_level"]
