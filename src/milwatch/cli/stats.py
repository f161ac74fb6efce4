"""`milwatch stats`: what the database holds, by language, source and month."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from milwatch.cli._common import (
    db_option,
    json_option,
    open_db,
    quiet_on_closed_pipe,
    settings_from,
    show_path,
)
from milwatch.cli._query import print_json, safe_markup


def _table(title: str, counts: dict[str, int], top: int) -> Table:
    table = Table(title=title, title_justify="left", show_edge=False)
    table.add_column(title.split()[-1].capitalize())
    table.add_column("articles", justify="right")
    items = list(counts.items())
    for key, n in items[:top]:
        table.add_row(safe_markup(key), str(n))
    if len(items) > top:
        table.add_row(f"… {len(items) - top} more", str(sum(n for _k, n in items[top:])))
    return table


@click.command("stats")
@db_option
@click.option("--top", type=click.IntRange(min=1), default=15, show_default=True,
              help="Rows shown per table (the rest are summed up).")
@json_option
@quiet_on_closed_pipe
def command(db: Path | None, top: int, as_json: bool) -> None:
    """Counts of articles by language, source and month, and of the other tables: events are real events
    (each real-world event once), reports the articles' statements of them."""
    settings = settings_from(db=db)
    store = open_db(settings)
    try:
        stats = store.stats()
    finally:
        store.close()
    if as_json:
        print_json(stats)
        return
    console = Console(highlight=False)
    console.print(f"[bold]{safe_markup(show_path(stats['database']))}[/] (schema v{stats['schema_version']})")
    console.print(f"articles {stats['articles']} · duplicates {stats['duplicates']} · near-duplicates "
                  f"{stats['near_duplicates']} · quarantined {stats['quarantined']} · "
                  f"extracted {stats['extracted']}"
                  f" · events {stats['events']} (reports {stats['reports']}) · stories {stats['stories']}")
    for title, key in (("by language", "by_lang"), ("by source", "by_source"), ("by month", "by_month")):
        if stats[key]:
            console.print()
            console.print(_table(title, stats[key], top))
