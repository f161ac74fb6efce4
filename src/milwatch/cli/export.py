"""`milwatch export`: the events in a format other tools read, streamed, with the query filters."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from milwatch.cli._common import db_option, open_db, settings_from, show_path
from milwatch.cli._query import event_filter_options, filter_from
from milwatch.errors import MilwatchError
from milwatch.export import BINARY_FORMATS, FORMATS, write_export

UNITS = {"graphml": "country pairs", "eval": "articles"}


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to FILE instead of standard output.")
@event_filter_options
@db_option
def command(fmt: str, output: Path | None, db: Path | None, **filters: Any) -> None:
    """Export every matching event (no row cap, streamed page by page): jsonl, csv, parquet,
    plover (PLOVER/POLECAT JSON records), graphml (the country-pair network) or eval (the
    prediction format of the evaluation guidelines, one article per line)."""
    flt = filter_from(**filters)
    if output is None and fmt in BINARY_FORMATS and sys.stdout.isatty():
        raise click.UsageError(f"{fmt} is binary: give -o FILE or redirect the output")
    store = open_db(settings_from(db=db))
    try:
        if output is None:
            n = write_export(store, fmt, flt, sys.stdout.buffer)
            sys.stdout.flush()
        else:
            try:
                output.parent.mkdir(parents=True, exist_ok=True)
                with output.open("wb") as out:
                    n = write_export(store, fmt, flt, out)
            except OSError as exc:
                raise MilwatchError(f"{output}: {exc.strerror or exc}") from exc
    finally:
        store.close()
    where = show_path(str(output)) if output else "standard output"
    click.echo(f"exported {n} {UNITS.get(fmt, 'events')} as {fmt} → {where}", err=True)
