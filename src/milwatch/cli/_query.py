"""Options and output helpers shared by the query commands (events, stories, person, search, export)."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from milwatch.cli._countries import resolve_countries
from milwatch.export._cells import csv_cell, json_text
from milwatch.model import AREAS, DOC_TYPES, EVENT_TYPES, MEETING_MODES
from milwatch.store.query_filter import EventFilter, period_end, period_start

F = TypeVar("F", bound=Callable[..., Any])


# C0/C1 controls (ESC starts terminal sequences; newline and tab stay) and bidirectional overrides
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str) -> str:
    """Text with every terminal control character shown as a visible escape (ESC -> `\\x1b`)."""
    return _UNSAFE.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def safe_markup(text: str) -> str:
    """Data text for rich: control characters neutralised, markup escaped."""
    return escape(safe_text(text))


def _date(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--since/--until: YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar."""
    if value is None:
        return None
    value = value.strip()
    parts = value.split("-")
    try:
        if not (re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value)):
            raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
        if len(parts) > 1 and not 1 <= int(parts[1]) <= 12:
            raise ValueError(f"there is no month {parts[1]}")
        if len(parts) == 3:
            dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError as exc:
        reason = "no such day" if "day is out of range" in str(exc) else str(exc)
        raise click.BadParameter(f"{value!r} is not a date: {reason}", param=param) from None
    return value


def event_filter_options(func: F) -> F:
    """--country, --pair, --type, --doc-type, --mode, --area, --since, --until, --person, --lang,
    --current-only, --story."""
    options = [
        click.option("--country", "country", multiple=True, metavar="COUNTRY",
                     help="Events this country takes part in: ISO3 or ISO2 code, a name in any language, "
                          "or an organisation (nato, un, eu...); repeat for all of several."),
        click.option("--pair", nargs=2, default=None, metavar="A B",
                     help="Events both countries take part in (codes or names, as for --country)."),
        click.option("--type", "types", multiple=True, type=click.Choice(EVENT_TYPES),
                     help="Event type; repeat for several."),
        click.option("--doc-type", "doc_types", multiple=True, callback=_choices(DOC_TYPES), metavar="KIND",
                     help="Agreements whose document is of this kind (" + ", ".join(DOC_TYPES)
                          + "); repeat or separate with commas for any of several."),
        click.option("--mode", "modes", multiple=True, callback=_choices(MEETING_MODES), metavar="MODE",
                     help="Meetings held this way (" + ", ".join(MEETING_MODES) + "); repeat or separate "
                          "with commas for any of several."),
        click.option("--area", "areas", multiple=True, callback=_choices(AREAS), metavar="AREA",
                     help="Events about this area of cooperation (" + ", ".join(AREAS) + "); repeat or "
                          "separate with commas for any of several."),
        click.option("--since", metavar="DATE", callback=_date,
                     help="Events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", callback=_date,
                     help="Events on or before DATE (the whole month/year when partial)."),
        click.option("--person", metavar="NAME",
                     help="Events with an official whose name or alias contains NAME."),
        click.option("--lang", metavar="CODE", callback=_lang,
                     help="Events reported by articles in this language (ISO 639: de, vi, en...)."),
        click.option("--current-only", is_flag=True, help="Leave out historical (background) events."),
        click.option("--story", metavar="ID", help="Events of the articles of one story."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _choices(allowed: Sequence[str]) -> Callable[[click.Context, click.Parameter, Sequence[str]],
                                                 tuple[str, ...]]:
    """A repeatable option's values split at commas and checked against `allowed` (the error lists them)."""

    def check(_ctx: click.Context, param: click.Parameter, values: Sequence[str]) -> tuple[str, ...]:
        out: list[str] = []
        for value in values:
            for part in value.split(","):
                part = part.strip().lower().replace(" ", "_")
                if not part:
                    continue
                if part not in allowed:
                    raise click.BadParameter(f"{part!r} is not one of {', '.join(allowed)}", param=param)
                out.append(part)
        return tuple(dict.fromkeys(out))

    return check


def _lang(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--lang: an ISO 639 code (de, vi, en...), lower-cased."""
    if value is None:
        return None
    code = value.strip()
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", code):
        raise click.BadParameter(f"{value!r} is no ISO 639 language code (de, vi, en, ...)", param=param)
    head, _, rest = code.partition("-")
    return head.lower() + ("-" + rest if rest else "")


def filter_from(country: Sequence[str] = (), pair: Sequence[str] | None = None, types: Sequence[str] = (),
                since: str | None = None, until: str | None = None, person: str | None = None,
                lang: str | None = None, current_only: bool = False, story: str | None = None,
                doc_types: Sequence[str] = (), modes: Sequence[str] = (),
                areas: Sequence[str] = ()) -> EventFilter:
    """The filter of the query options: countries resolved to store codes, the date range checked."""
    if since and until and period_start(since) > period_end(until):
        raise click.UsageError(f"empty date range: --since {since} is after --until {until}")
    codes = resolve_countries([*country, *(pair or ())])
    countries, pair_codes = codes[:len(country)], codes[len(country):]
    return EventFilter(countries=countries, pair=(pair_codes[0], pair_codes[1]) if pair_codes else None,
                       types=tuple(types), since=since, until=until, person=person, lang=lang,
                       current_only=current_only, story=story, doc_types=tuple(doc_types), modes=tuple(modes),
                       areas=tuple(areas))


def csv_option(func: F) -> F:
    return click.option("--csv", "as_csv", is_flag=True, help="Print CSV instead of a table.")(func)


def limit_option(default: int | None, what: str) -> Callable[[F], F]:
    shown = f" [default: {default}]" if default else " [default: all]"
    return click.option("--limit", type=click.IntRange(min=1), default=default,
                        help=f"At most this many {what}{shown}.")


def print_json_array(items: Iterable[Any]) -> None:
    """A JSON array written item by item (nothing is held in memory); control characters JSON-escaped."""
    out = sys.stdout
    out.write("[")
    for i, item in enumerate(items):
        out.write(("," if i else "") + "\n  " + json_text(item))
    out.write("\n]\n")


def print_json(data: Any) -> None:
    """One JSON document, indented; control characters JSON-escaped (the data is unchanged)."""
    click.echo(json_text(data, indent=2))


def print_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """CSV rows; cells that a spreadsheet would run as formulas are neutralised (see export/_cells.py), and
    control characters shown as escapes when the output is a terminal."""
    tty = sys.stdout.isatty()
    writer = csv.writer(sys.stdout, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(columns)
    for row in rows:
        cells = [csv_cell(v) for v in row]
        writer.writerow([safe_text(v) if tty and isinstance(v, str) else v for v in cells])


def print_table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]],
                empty: str = "nothing found", wrap: Sequence[str] = ("persons", "title", "evidence")) -> int:
    """A rich table; every cell escaped (article text never becomes markup).  Only `wrap` columns wrap."""
    table = Table(title=safe_markup(title) if title else None, title_justify="left", show_edge=False,
                  header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold", no_wrap=column not in wrap,
                         ratio=2 if column in wrap else None)
    n = 0
    for row in rows:
        table.add_row(*(safe_markup("" if v is None else " ".join(str(v).split())) for v in row))
        n += 1
    console = console_for_tables()
    if n:
        console.print(table)
    else:
        console.print(safe_markup(empty))
    return n


def console_for_tables() -> Console:
    """A console as wide as the terminal; 160 columns (or $COLUMNS) when the output is piped."""
    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS") or 160)
    return Console(highlight=False, width=width)


def people(persons: Sequence[dict[str, Any]]) -> str:
    return ", ".join(p["name"] for p in persons)
