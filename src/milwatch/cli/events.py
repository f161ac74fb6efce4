"""`milwatch events`: events of the knowledge base, filtered, as a table, JSON or CSV."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import click

from milwatch.cli._common import db_option, json_option, open_db, quiet_on_closed_pipe, settings_from
from milwatch.cli._query import (
    csv_option,
    event_filter_options,
    filter_from,
    limit_option,
    people,
    print_csv,
    print_json_array,
    print_table,
)
from milwatch.export.tabular import CSV_COLUMNS, csv_row
from milwatch.store.queries import count_events, iter_events

COLUMNS = ("date", "type", "countries", "mode", "location", "persons", "lang", "event")


def _cells(event: dict[str, Any]) -> list[Any]:
    date = event["date"] or (f"({event['published']})" if event["published"] else "")
    kind = event["type"] + (" (historical)" if event["historical"] else "")
    detail = event["mode"] or event["doc_type"] or ""
    return [date, kind, "–".join(event["countries"]), detail, event["location"], people(event["persons"]),
            event["lang"], event["id"]]


@click.command("events")
@event_filter_options
@limit_option(None, "events")
@click.option("--desc", is_flag=True, help="Newest first.")
@db_option
@json_option
@csv_option
@quiet_on_closed_pipe
def command(db: Path | None, limit: int | None, desc: bool, as_json: bool, as_csv: bool, **filters: Any) -> None:
    """List events, oldest first: date (the article's publication date in brackets when the event has
    none), type, countries, mode or document type, place, officials, language and event id (ARTICLE#N)."""
    flt = filter_from(**filters)
    store = open_db(settings_from(db=db))
    stream = iter_events(store, flt, "desc" if desc else "asc")
    try:
        events: Iterator[dict[str, Any]] = islice(stream, limit)
        if as_json:
            print_json_array(events)
        elif as_csv:
            print_csv(CSV_COLUMNS, (csv_row(e) for e in events))
        else:
            total = count_events(store, flt)
            shown = print_table(None, COLUMNS, (_cells(e) for e in events), "no events match")
            if shown:
                click.echo(f"{shown} of {total} events")
    finally:
        stream.close()  # before the store: a stream cut short (a closed pipe) must not outlive the database
        store.close()
