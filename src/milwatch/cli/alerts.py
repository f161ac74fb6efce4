"""`milwatch alerts`: what the watchlists caught, newest first."""

from __future__ import annotations

from pathlib import Path

import click

from milwatch.alerts import get_watchlist, process_new_events, recent_changes
from milwatch.alerts.brief import parse_period
from milwatch.alerts.feed import news_lines
from milwatch.alerts.webhook import deliver_pending
from milwatch.cli._common import db_option, json_option, open_db, settings_from
from milwatch.cli._query import print_json, print_table


@click.command("alerts")
@click.option("--watchlist", metavar="W", help="Only this watchlist (id or name).")
@click.option("--since", metavar="PERIOD",
              help="Only alerts raised or updated in the last PERIOD (7d, 4w, 3m) or "
                                               "since a date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=1), default=50, help="At most this many [default: 50].")
@click.option("--deliver", is_flag=True, help="Also POST the webhook deliveries that are due (new, or failed "
                                               "earlier and waiting for a retry), with retries and back-off.")
@db_option
@json_option
def command(watchlist: str | None, since: str | None, limit: int, deliver: bool, db: Path | None,
            as_json: bool) -> None:
    """List alert changes, newest first: when, watchlist, the real event (type, countries, date) and what
    was new: its first report, new sources or languages, a new conflict between sources.

    Events extracted but not yet matched (an extract stopped before its end) are matched first.
    Watchlists are made with `milwatch watchlist add`.
    """
    since_at = parse_period(since)[0] if since else None
    store = open_db(settings_from(db=db))
    try:
        process_new_events(store)
        delivered = deliver_pending(store) if deliver else None
        wl = get_watchlist(store, watchlist) if watchlist else None
        changes = recent_changes(store, wl.id if wl else None, limit=limit, since=since_at)
    finally:
        store.close()
    if as_json:
        print_json({"alerts": changes, "deliveries": delivered} if deliver else changes)
        return
    rows = [[c["at"], c["watchlist"], f"#{c['alert']}.{c['revision']}",
             f"{c['type']} {'–'.join(c['countries'])} {c['date'] or 'undated'}",
             "; ".join(news_lines(c["news"])),
             ", ".join(c["news"].get("new_reports") or ())] for c in changes]
    print_table(None, ("at", "watchlist", "alert", "event", "new", "reports"), rows,
                "no alerts" + (" in this period" if since else " yet"), wrap=("new", "reports"))
    if delivered is not None:
        click.echo(f"webhooks: delivered {delivered['delivered']} · failed {delivered['failed']}")
