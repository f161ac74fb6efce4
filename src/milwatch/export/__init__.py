"""Exports: the knowledge base in formats other tools read, streamed, with no row caps.

    count = write_export(store, "parquet", EventFilter(countries=("VNM",)), open("out.parquet", "wb"))

Formats: `jsonl` and `csv` (one event per line/row), `parquet` (pyarrow, written in row
groups), `plover` (PLOVER/POLECAT-style JSON records, one per line), `graphml` (the
country-pair network via networkx), `eval` (the GUIDELINES prediction format, one article
per line).  Every format takes the same event filters.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from milwatch.store.queries import EventFilter

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "plover", "graphml", "eval")
BINARY_FORMATS: tuple[str, ...] = ("parquet",)


def write_export(store: Any, fmt: str, flt: EventFilter, out: BinaryIO) -> int:
    """Write the events matching `flt` in format `fmt` to the binary stream `out`.

    Returns what was written: events (articles for `eval`, edges for `graphml`).
    """
    if fmt in ("jsonl", "csv", "parquet"):
        from milwatch.export import tabular

        return {"jsonl": tabular.write_jsonl, "csv": tabular.write_csv, "parquet": tabular.write_parquet}[fmt](
            store, flt, out)
    if fmt == "plover":
        from milwatch.export.plover import write_plover

        return write_plover(store, flt, out)
    if fmt == "graphml":
        from milwatch.export.graph import write_graphml

        return write_graphml(store, flt, out)
    if fmt == "eval":
        from milwatch.export.evalfmt import write_eval

        return write_eval(store, flt, out)
    raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")


__all__ = ["BINARY_FORMATS", "FORMATS", "write_export"]
