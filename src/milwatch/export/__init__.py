"""Exports: the knowledge base in formats other tools read, streamed, with no row caps.

    count = write_export(store, "parquet", EventFilter(countries=("VNM",)), open("out.parquet", "wb"))

Formats: `json` (one array of events), `jsonl` and `csv` (one event per line/row), `parquet`
(pyarrow, written in row groups) -- each real event once, or every report with `level="report"` --, `plover`
(PLOVER JSON records, one per line), `graphml` (the country-pair network via networkx), `eval` (the GUIDELINES
prediction format, one article per line).  Every format takes the same event filters.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from milwatch.errors import ExportError
from milwatch.store.queries import EventFilter

LEVELS: tuple[str, ...] = ("event", "report")
FORMATS: tuple[str, ...] = ("json", "jsonl", "csv", "parquet", "plover", "graphml", "eval")
BINARY_FORMATS: tuple[str, ...] = ("parquet",)
# the format an output file's extension names (plover and eval are JSON Lines: give --format)
FORMAT_BY_EXTENSION: dict[str, str] = {
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet",
    ".graphml": "graphml",
}


def format_for(path: str) -> str | None:
    """The export format that a file name's extension names, None when it names none."""
    name = path.lower()
    return next((fmt for ext, fmt in FORMAT_BY_EXTENSION.items() if name.endswith(ext)), None)


def write_export(store: Any, fmt: str, flt: EventFilter, out: BinaryIO, level: str = "event") -> int:
    """Write the events matching `flt` in format `fmt` to the binary stream `out`.

    `level` (json, jsonl, csv, parquet): `event` writes each real event once (its `event_id`, counts
    and `report_ids`), `report` every report (with the `event_id` of its real event).  `plover` and
    `eval` write reports; `graphml` weighs pairs by real events.
    Returns what was written: real events or reports (articles for `eval`, edges for `graphml`).
    """
    if fmt in ("json", "jsonl", "csv", "parquet"):
        from milwatch.export.real_events import write_level

        return write_level(store, fmt, flt, out, level)
    if fmt == "plover":
        from milwatch.export.plover import write_plover

        return write_plover(store, flt, out)
    if fmt == "graphml":
        from milwatch.export.graph import write_graphml

        return write_graphml(store, flt, out)
    if fmt == "eval":
        from milwatch.export.evalfmt import write_eval

        return write_eval(store, flt, out)
    raise ExportError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")


__all__ = ["BINARY_FORMATS", "FORMATS", "FORMAT_BY_EXTENSION", "LEVELS", "format_for", "write_export"]
