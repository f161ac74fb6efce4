"""`milwatch stories`: stories (articles in any language reporting the same event), filtered."""

from __future__ import annotations

from collections.abc import Generator
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
    print_csv,
    print_json_array,
    print_table,
)
from milwatch.store.queries import EventFilter
from milwatch.store.queries_browse import stories_page

COLUMNS = ("story", "published", "articles", "langs", "events", "type", "countries", "date", "title")


def iter_stories(store: Any, flt: EventFilter) -> Generator[dict[str, Any], None, None]:
    cursor: str | None = None
    while True:
        page = stories_page(store, flt, cursor, 500)
        yield from page.items
        if page.next is None:
            return
        cursor = page.next


def _cells(story: dict[str, Any]) -> list[Any]:
    return [story["id"], story["first_published"], story["articles"], ",".join(story["langs"]),
            story["events"], story["type"], "–".join(story["countries"]), story["date"], story["title"]]


@click.command("stories")
@event_filter_options
@limit_option(None, "stories")
@db_option
@json_option
@csv_option
@quiet_on_closed_pipe
def command(db: Path | None, limit: int | None, as_json: bool, as_csv: bool, **filters: Any) -> None:
    """List stories with at least one matching event, by first publication date: id, dates, number of
    articles and their languages, number of events, the main event (type, countries, date) and a title."""
    flt = filter_from(**filters)
    store = open_db(settings_from(db=db))
    stream = iter_stories(store, flt)
    try:
        stories = islice(stream, limit)
        if as_json:
            print_json_array(stories)
        elif as_csv:
            print_csv(COLUMNS, (_cells(s) for s in stories))
        else:
            shown = print_table(None, COLUMNS, (_cells(s) for s in stories), "no stories match")
            if shown:
                click.echo(f"{shown} of {stories_page(store, flt, limit=1).total} stories "
                           "(`milwatch show story:ID` shows one)")
    finally:
        stream.close()
        store.close()
