"""`milwatch brief`: a report of a period to send: counts, a chart, top stories, new officials, conflicts."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import click

from milwatch.alerts import get_watchlist
from milwatch.alerts.brief import build_brief
from milwatch.alerts.brief_render import render_brief
from milwatch.cli._common import db_option, open_db, settings_from, show_path


@click.command("brief")
@click.option("--since", default="7d", show_default=True, metavar="PERIOD",
              help="Start: Nd, Nw, Nm or Ny back from --until (7d, 4w, 3m), or a date (YYYY, "
                   "YYYY-MM, YYYY-MM-DD).")
@click.option("--until", metavar="DATE",
              help="Last day (YYYY, YYYY-MM or YYYY-MM-DD; a partial date counts to its "
                                              "end) [default: today].")
@click.option("--watchlist", metavar="W", help="Only events this watchlist (id or name) matches.")
@click.option("--top", type=click.IntRange(min=1, max=100), default=10, show_default=True,
              help="Top stories shown.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file: .html (self-contained: inline style and chart, "
                   "nothing loaded from the "
                   "network), .md, or .json [default: Markdown on standard output].")
@click.option("--format", "fmt", type=click.Choice(["html", "md", "json"]),
              help="Format [default: from the extension of -o, else md].")
@db_option
def command(since: str, until: str | None, watchlist: str | None, top: int, output: Path | None,
            fmt: str | None, db: Path | None) -> None:
    """Write a brief of a period: event counts by country pair and type, a chart of events over time,
    the top stories (most sources and languages first) with their evidence sentences in the original
    language and links to the articles, officials first seen in the period, and where sources disagree.

    \b
    Examples:
      milwatch brief --since 7d -o brief.html
      milwatch brief --since 2025-01 --until 2025-03 --watchlist baltic -o q1.md
    The same report is served by `milwatch serve` at /brief?since=7d&watchlist=baltic.
    """
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else "md"
        fmt = {"htm": "html", "markdown": "md"}.get(suffix, suffix)
        if fmt not in ("html", "md", "json"):
            raise click.UsageError(f"cannot tell the format from {show_path(str(output))!r}: "
                                   f"name it .html, .md or "
                                   ".json, or give --format")
    store = open_db(settings_from(db=db))
    try:
        wl = get_watchlist(store, watchlist) if watchlist else None
        data = build_brief(store, since=since, until=until, watchlist=wl, top=top)
    finally:
        store.close()
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n" if fmt == "json" else render_brief(data, fmt)
    if output is None:
        click.echo(text, nl=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=output.parent, delete=False,
                                     suffix=".tmp") as tmp:
        tmp.write(text)
    os.replace(tmp.name, output)  # a reader never sees half a brief
    t = data["totals"]
    click.echo(f"brief {data['period']['since']} – {data['period']['until']}: {t['events']} events, "
               f"{t['stories']} stories, {len(data['officials'])} new officials, "
               f"{len(data['conflicts'])} conflicts "
               f"→ {show_path(str(output))}")
