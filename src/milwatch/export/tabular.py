"""Events as a JSON array, JSON lines, CSV rows and Parquet row groups (one row per event).

CSV: every text cell is quoted and numbers are not (csv.QUOTE_NONNUMERIC), so codes such as
CAMEO `042` are written as the text "042"; readers that guess types from the look of a value
(pandas) need to be told: `pd.read_csv(path, dtype={"cameo": str})` or `dtype=str`.  Text cells
that a spreadsheet would run as formulas start with `'` (see export/_cells.py).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, BinaryIO

from milwatch.errors import MissingExtraError
from milwatch.export._cells import csv_cell
from milwatch.export._streams import text_stream, write_json_array, write_json_lines
from milwatch.store.queries import MAX_PAGE, EventFilter, iter_events

CSV_COLUMNS: tuple[str, ...] = (
    "id", "article_id", "idx", "type", "countries", "actor", "recipient", "mode", "date",
    "location", "doc_type",
    "areas", "historical", "persons", "evidence", "evidence_start", "evidence_end", "plover", "plover_mode",
    "plover_context", "cameo", "confidence", "lang", "published", "title", "source_url", "source", "story",
)
LIST_COLUMNS = ("countries", "actor", "recipient", "areas")
PERSON_FIELDS = ("name", "aliases", "country", "role", "rank", "person_id")


def write_json(store: Any, flt: EventFilter, out: BinaryIO) -> int:
    return write_json_array(iter_events(store, flt), out)


def write_jsonl(store: Any, flt: EventFilter, out: BinaryIO) -> int:
    return write_json_lines(iter_events(store, flt), out)


def csv_row(event: dict[str, Any]) -> list[Any]:
    """An event flattened for CSV: lists joined with ';', persons as 'name (country, role)'."""
    row = dict(event)
    for key in LIST_COLUMNS:
        row[key] = ";".join(event[key])
    row["persons"] = ";".join(
        p["name"] + (f" ({', '.join(x for x in (p['country'], p['role']) if x)})" if p["country"]
                     or p["role"] else "")
        for p in event["persons"])
    row["historical"] = "true" if event["historical"] else "false"
    return [csv_cell("" if row[c] is None else row[c]) for c in CSV_COLUMNS]


def write_csv(store: Any, flt: EventFilter, out: BinaryIO) -> int:
    n = 0
    with text_stream(out, newline="") as text:
        writer = csv.writer(text, quoting=csv.QUOTE_NONNUMERIC)
        writer.writerow(CSV_COLUMNS)
        for event in iter_events(store, flt):
            writer.writerow(csv_row(event))
            n += 1
    return n


def require_pyarrow() -> Any:
    """pyarrow, or a clear error naming the `parquet` extra when it is not installed."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401  (the writer lives in a submodule)
    except ImportError as exc:
        raise MissingExtraError("export --format parquet", "pyarrow", "parquet") from exc
    return pyarrow




def parquet_schema() -> Any:
    pa = require_pyarrow()

    text, strings = pa.string(), pa.list_(pa.string())
    person = pa.struct([("name", text), ("aliases", strings), ("country", text),
                        ("role", text), ("rank", text), ("person_id", text)])
    types = {"idx": pa.int32(), "historical": pa.bool_(), "evidence_start": pa.int64(),
             "evidence_end": pa.int64(), "confidence": pa.float64(), "persons": pa.list_(person)}
    return pa.schema([(c, types.get(c, strings if c in LIST_COLUMNS else text)) for c in CSV_COLUMNS])


def write_parquet(store: Any, flt: EventFilter, out: BinaryIO) -> int:
    """Parquet in row groups of up to MAX_PAGE events; memory stays flat however many there are."""
    require_pyarrow()  # the install hint before any query runs
    return write_parquet_rows(({c: event[c] for c in CSV_COLUMNS} for event in iter_events(store, flt)),
                              parquet_schema(), out)


def write_parquet_rows(rows: Iterable[dict[str, Any]], schema: Any, out: BinaryIO) -> int:
    """Rows written as Parquet row groups of up to MAX_PAGE rows (memory stays flat); how many."""
    pa = require_pyarrow()
    n = 0
    batch: list[dict[str, Any]] = []
    with pa.parquet.ParquetWriter(out, schema) as writer:
        for row in rows:
            batch.append(row)
            if len(batch) >= MAX_PAGE:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
