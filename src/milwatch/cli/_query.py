"""Options and output helpers shared by the query commands (events, stories, person, search, export)."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from milwatch.errors import MilwatchError
from milwatch.model import EVENT_TYPES
from milwatch.store.queries import EventFilter

F = TypeVar("F", bound=Callable[..., Any])


class NotFound(MilwatchError):
    exit_code = 4


def event_filter_options(func: F) -> F:
    """--country, --pair, --type, --since, --until, --person, --lang, --current-only, --story."""
    options = [
        click.option("--country", "country", multiple=True, metavar="ISO3",
                     help="Events this country (or organisation, e.g. nato) takes part in; repeat for all of several."),
        click.option("--pair", nargs=2, default=None, metavar="A B", help="Events both countries take part in."),
        click.option("--type", "types", multiple=True, type=click.Choice(EVENT_TYPES),
                     help="Event type; repeat for several."),
        click.option("--since", metavar="DATE", help="Events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", help="Events on or before DATE (the whole month/year when partial)."),
        click.option("--person", metavar="NAME", help="Events with an official whose name or alias contains NAME."),
        click.option("--lang", metavar="CODE", help="Events reported by articles in this language."),
        click.option("--current-only", is_flag=True, help="Leave out historical (background) events."),
        click.option("--story", metavar="ID", help="Events of the articles of one story."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def filter_from(country: Sequence[str] = (), pair: Sequence[str] | None = None, types: Sequence[str] = (),
                since: str | None = None, until: str | None = None, person: str | None = None,
                lang: str | None = None, current_only: bool = False, story: str | None = None) -> EventFilter:
    return EventFilter(countries=tuple(country),
                       pair=(pair[0], pair[1]) if pair else None, types=tuple(types), since=since, until=until,
                       person=person, lang=lang, current_only=current_only, story=story)


def csv_option(func: F) -> F:
    return click.option("--csv", "as_csv", is_flag=True, help="Print CSV instead of a table.")(func)


def limit_option(default: int | None, what: str) -> Callable[[F], F]:
    shown = f" [default: {default}]" if default else " [default: all]"
    return click.option("--limit", type=click.IntRange(min=1), default=default,
                        help=f"At most this many {what}{shown}.")


def print_json_array(items: Iterable[Any]) -> None:
    """A JSON array written item by item (nothing is held in memory)."""
    out = sys.stdout
    out.write("[")
    for i, item in enumerate(items):
        out.write(("," if i else "") + "\n  " + json.dumps(item, ensure_ascii=False, default=str))
    out.write("\n]\n")


def print_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(row)


def print_table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]],
                empty: str = "nothing found", wrap: Sequence[str] = ("persons", "title", "evidence")) -> int:
    """A rich table; every cell escaped (article text never becomes markup).  Only `wrap` columns wrap."""
    table = Table(title=title, title_justify="left", show_edge=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold", no_wrap=column not in wrap, ratio=2 if column in wrap else None)
    n = 0
    for row in rows:
        table.add_row(*(escape("" if v is None else " ".join(str(v).split())) for v in row))
        n += 1
    console = console_for_tables()
    if n:
        console.print(table)
    else:
        console.print(escape(empty))
    return n


def console_for_tables() -> Console:
    """A console as wide as the terminal; 160 columns (or $COLUMNS) when the output is piped."""
    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS") or 160)
    return Console(highlight=False, width=width)


def people(persons: Sequence[dict[str, Any]]) -> str:
    return ", ".join(p["name"] for p in persons)
