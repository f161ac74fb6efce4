"""`milwatch events`: the real events of the knowledge base (each once, with its report count), or with
`--reports` every report of them; filtered, as a table, JSON or CSV."""

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
from milwatch.export.real_events import REAL_COLUMNS, REPORT_COLUMNS, real_csv_row, report_csv_row
from milwatch.store.queries import count_events, iter_events
from milwatch.store.queries_real import count_real_events, iter_real_events

COLUMNS = ("date", "type", "countries", "mode", "location", "persons", "lang", "event")
REAL_TABLE = ("date", "type", "countries", "mode", "location", "persons", "reports", "langs", "event")


def _cells(event: dict[str, Any]) -> list[Any]:
    date = event["date"] or (f"({event['published']})" if event["published"] else "")
    kind = event["type"] + (" (historical)" if event["historical"] else "")
    detail = event["mode"] or event["doc_type"] or ""
    return [date, kind, "–".join(event["countries"]), detail, event["location"], people(event["persons"]),
            event["lang"], event["id"]]


def _real_cells(event: dict[str, Any]) -> list[Any]:
    date = event["date"] or (f"({event['first_report']})" if event["first_report"] else "")
    kind = event["type"] + (" (historical)" if event["historical"] else "")
    detail = event["mode"] or event["doc_type"] or ""
    return [date, kind, "–".join(event["countries"]), detail, event["location"], people(event["persons"]),
            event["n_reports"], ",".join(event["languages"]), event["event_id"]]


@click.command("events")
@event_filter_options
@limit_option(None, "events")
@click.option("--desc", is_flag=True, help="Newest first.")
@click.option("--reports", "reports", is_flag=True,
              help="List every report (an article's statement of an event) instead of each real event once.")
@db_option
@json_option
@csv_option
@quiet_on_closed_pipe
def command(db: Path | None, limit: int | None, desc: bool, reports: bool, as_json: bool, as_csv: bool,
            **filters: Any) -> None:
    """List real events, oldest first, each once: date (its first report's publication date in brackets
    when the reports give none), type, countries, mode or document type, place, officials, number of
    reports, their languages and the real event's id.  A real event matches when one of its reports
    matches the filters.  With --reports, every report instead: its own date, officials, language and
    id (ARTICLE#N)."""
    flt = filter_from(**filters)
    store = open_db(settings_from(db=db))
    order = "desc" if desc else "asc"
    stream = iter_events(store, flt, order) if reports else iter_real_events(store, flt, order)
    try:
        events: Iterator[dict[str, Any]] = islice(stream, limit)
        if as_json:
            print_json_array(events)
        elif as_csv:
            print_csv(*((REPORT_COLUMNS, (report_csv_row(e) for e in events)) if reports
                        else (REAL_COLUMNS, (real_csv_row(e) for e in events))))
        elif reports:
            total = count_events(store, flt)
            shown = print_table(None, COLUMNS, (_cells(e) for e in events), "no events match")
            if shown:
                click.echo(f"{shown} of {total} reports")
        else:
            total = count_real_events(store, flt)
            shown = print_table(None, REAL_TABLE, (_real_cells(e) for e in events), "no events match")
            if shown:
                click.echo(f"{shown} of {total} real events ({count_events(store, flt)} reports; --reports "
                           "lists them)")
    finally:
        stream.close()  # before the store: a stream cut short (a closed pipe) must not outlive the database
        store.close()
