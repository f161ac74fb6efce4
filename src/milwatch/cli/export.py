"""`milwatch export`: the events in a format other tools read, streamed, with the query filters."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from milwatch.cli._common import db_option, open_db, quiet_on_closed_pipe, settings_from, show_path
from milwatch.cli._query import event_filter_options, filter_from, safe_text
from milwatch.errors import MilwatchError
from milwatch.export import BINARY_FORMATS, FORMAT_BY_EXTENSION, FORMATS, LEVELS, format_for, write_export
from milwatch.export.datasette import write_metadata
from milwatch.store.sqlite import SQLiteStore

UNITS = {"graphml": "country pairs", "eval": "articles", "plover": "events"}


def _format(fmt: str | None, output: Path | None) -> str:
    """--format when given, else the one the output file's extension names."""
    if fmt:
        return fmt
    guessed = format_for(output.name) if output else None
    if guessed:
        return guessed
    known = ", ".join(f"{ext} ({f})" for ext, f in FORMAT_BY_EXTENSION.items())
    where = f"{output.name!r} has no extension that names a format ({known})" if output else "no -o FILE"
    raise click.UsageError(f"give --format: {where}")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format [default: the one the -o file's extension names: .json (one JSON array), "
                   ".jsonl/.ndjson (JSON Lines), .csv, .parquet, .graphml].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to FILE instead of standard output.")
@click.option("--level", type=click.Choice(LEVELS), default="event", show_default=True,
              help="json, jsonl, csv, parquet: each real event once (with its event_id, "
                   "counts and report ids), "
                   "or every report (with the event_id of its real event).")
@click.option("--datasette", "datasette_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Instead of events: write DIR/metadata.json (table and column descriptions, facets) for "
                   "`datasette DB -m DIR/metadata.json`.")
@event_filter_options
@db_option
@quiet_on_closed_pipe
def command(fmt: str | None, output: Path | None, level: str, datasette_dir: Path | None, db: Path | None,
            **filters: Any) -> None:
    """Export every matching event (no row cap, streamed page by page): json (one array), jsonl,
    csv, parquet (each real event once, or every report with --level report), plover (PLOVER JSON records, one
    per line), graphml (the country-pair network) or eval (the prediction format of the evaluation guidelines,
    one article per line).  With -o and no --format, the file's extension names the format."""
    if datasette_dir is not None:
        _datasette(datasette_dir, db)
        return
    fmt = _format(fmt, output)
    flt = filter_from(**filters)
    if output is None and fmt in BINARY_FORMATS and sys.stdout.isatty():
        raise click.UsageError(f"{fmt} is binary: give -o FILE or redirect the output")
    store = open_db(settings_from(db=db))
    closed_pipe = False
    try:
        if output is None:
            try:
                n = write_export(store, fmt, flt, sys.stdout.buffer, level)
                sys.stdout.flush()
            except BrokenPipeError:
                closed_pipe = True  # handled here, so the export's stream ends before the store closes
        else:
            try:
                output.parent.mkdir(parents=True, exist_ok=True)
                with output.open("wb") as out:
                    n = write_export(store, fmt, flt, out, level)
            except OSError as exc:
                raise MilwatchError(f"{output}: {exc.strerror or exc}") from exc
    finally:
        store.close()
    if closed_pipe:
        raise BrokenPipeError
    where = safe_text(show_path(str(output))) if output else "standard output"
    unit = UNITS.get(fmt, "events" if level == "event" else "reports")
    click.echo(f"exported {n} {unit} as {fmt} → {where}", err=True)


def _datasette(out_dir: Path, db: Path | None) -> None:
    store = open_db(settings_from(db=db))  # a missing database is refused, an old one migrated
    store.close()
    if not isinstance(store, SQLiteStore):
        raise MilwatchError(f"datasette reads SQLite files, not "
                            f"{show_path(str(store.location))}: give --db FILE")
    target = write_metadata(Path(store.location), out_dir)
    where = safe_text(show_path(str(target)))
    click.echo(f"wrote {where}: datasette {safe_text(show_path(store.location))} -m {where}", err=True)
