"""`milwatch sources`: the state of every source `watch` polls."""

from __future__ import annotations

import time
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from milwatch.cli._common import db_option, json_option, open_db, quiet_on_closed_pipe, settings_from
from milwatch.cli._query import print_json, safe_markup
from milwatch.monitor import WatchState


def _when(value: str | None) -> str:
    return value.replace("T", " ").replace("+00:00", "Z") if value else "never"


@click.command("sources")
@db_option
@click.option("--failing", is_flag=True, help="Only sources whose last poll failed.")
@json_option
@quiet_on_closed_pipe
def command(db: Path | None, failing: bool, as_json: bool) -> None:
    """Every source `milwatch watch` polls: last success, last error, items stored, duplicates,
    quarantined and waiting, and when it is polled next (times in UTC)."""
    settings = settings_from(db=db)
    store = open_db(settings)
    try:
        rows = WatchState(store).report()
    finally:
        store.close()
    if failing:
        rows = [r for r in rows if r["failures"]]
    out = [{"name": r["name"], "url": r["url"], "last_success": r["last_success_at"],
            "last_error": r["last_error"], "last_error_at": r["last_error_at"], "failing": r["failures"] > 0,
            "errors_in_a_row": r["failures"], "polls": r["polls"], "not_modified": r["not_modified"],
            "errors": r["errors"], "last_status": r["last_status"],
            "next_poll_in": round(r["next_poll"] - time.time(), 1), "items": r["items"]} for r in rows]
    if as_json:
        print_json(out)
        return
    if not out:
        click.echo("no sources yet: run `milwatch watch SOURCES.toml` first")
        return
    table = Table(show_edge=False)
    for name, justify in (("source", "left"), ("last success", "left"), ("last error", "left"),
                          ("stored", "right"), ("dup", "right"), ("quar", "right"), ("wait", "right"),
                          ("polls", "right"), ("next", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for r in out:
        error = ""
        if r["last_error"]:
            error = f"{_when(r['last_error_at'])} {r['last_error']}"
            error = f"[red]{safe_markup(error)}[/]" if r["failing"] else f"[dim]{safe_markup(error)}[/]"
        items = r["items"]
        wait = f"{items['pending']}" + (f" ({items['failing']} failing)" if items["failing"] else "")
        table.add_row(safe_markup(r["name"]), _when(r["last_success"]), error, str(items["stored"]),
                      str(items["duplicate"]), str(items["quarantined"]), wait, str(r["polls"]),
                      f"{max(r['next_poll_in'], 0):.0f} s")
    Console(highlight=False).print(table)
