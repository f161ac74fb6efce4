"""`milwatch watchlist add|list|show|rm`: saved queries that raise alerts when new events match."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from milwatch.alerts import WatchQuery, add_watchlist, get_watchlist, list_watchlists, remove_watchlist
from milwatch.alerts.feed import alert_title, news_lines
from milwatch.alerts.watchlists import alert_counts, recent_alerts
from milwatch.alerts.webhook import delivery_log
from milwatch.cli._common import db_option, json_option, open_db, settings_from
from milwatch.cli._countries import resolve_countries
from milwatch.cli._query import print_json, print_table, safe_text
from milwatch.model import AREAS, DOC_TYPES, EVENT_TYPES, MEETING_MODES


@click.group("watchlist", context_settings={"help_option_names": ["-h", "--help"]})
def command() -> None:
    """Watchlists: saved queries over events.  Each one is checked against every new event as it is
    extracted (`milwatch extract`, `POST /api/articles`), never by re-reading the database; a match
    becomes an alert about its real event (one per event, not one per report), shown by `milwatch
    alerts`, in the Atom feed /api/watchlists/ID/feed.atom of `milwatch serve`, and POSTed to the
    watchlist's webhook when it has one.

    \b
    Examples:
      milwatch watchlist add baltic --pair Estonia Latvia --type meeting --type agreement
      milwatch watchlist add vn-aid --country VNM --type aid --webhook https://hooks.example.org/mw
      milwatch watchlist add drones --text "unmanned aerial" --lang en --area defense_industry
      milwatch watchlist list
      milwatch watchlist show baltic
      milwatch watchlist rm baltic
    """


@command.command("add")
@click.argument("name")
@click.option("--country", "countries", multiple=True, metavar="COUNTRY",
              help="A country (ISO3/ISO2 code, a name in any language, or nato, un, "
                   "eu...) that must take part; "
                   "repeat for all of several.")
@click.option("--pair", nargs=2, default=None, metavar="A B", help="Two countries that must both take part.")
@click.option("--official", "officials", multiple=True, metavar="NAME",
              help="An official named in the event (name or alias contains NAME, or a "
                   "person id); repeat for any "
                   "of several.")
@click.option("--type", "types", multiple=True, type=click.Choice(EVENT_TYPES),
              help="Event type; repeat for any.")
@click.option("--doc-type", "doc_types", multiple=True, type=click.Choice(DOC_TYPES),
              help="Document type of an agreement; repeat for any.")
@click.option("--area", "areas", multiple=True, type=click.Choice(AREAS),
              help="Area of cooperation; repeat for any.")
@click.option("--mode", "modes", multiple=True, type=click.Choice(MEETING_MODES),
              help="Meeting mode; repeat for any.")
@click.option("--lang", "langs", multiple=True, metavar="CODE",
              help="Language of the reporting article (ISO 639-1: de, vi, en...); repeat for any.")
@click.option("--text", metavar="WORDS",
              help="Words that must all appear in the evidence sentence, the title, "
                                              "the place or an official's name (case and accents ignored).")
@click.option("--historical", is_flag=True, help="Also match background (historical) mentions.")
@click.option("--webhook", metavar="URL", help="POST each new alert here as JSON, signed with HMAC-SHA256.")
@click.option("--secret", metavar="TEXT",
              help="The webhook signing key (16+ characters) [default: a random one, "
                                               "printed once].")
@db_option
@json_option
def add(name: str, countries: tuple[str, ...], pair: tuple[str, str] | None, officials: tuple[str, ...],
        types: tuple[str, ...], doc_types: tuple[str, ...], areas: tuple[str, ...], modes: tuple[str, ...],
        langs: tuple[str, ...], text: str | None, historical: bool, webhook: str | None, secret: str | None,
        db: Path | None, as_json: bool) -> None:
    """Save a watchlist NAME: every given criterion must hold (see `milwatch watchlist --help`).
    It alerts on events extracted from now on."""
    codes = resolve_countries([*countries, *(pair or ())])
    query = WatchQuery.from_dict({
        "countries": list(codes[:len(countries)]), "pair": list(codes[len(countries):]) or None,
        "officials": list(officials), "types": list(types), "doc_types": list(doc_types),
        "areas": list(areas), "modes": list(modes), "langs": [lang.lower() for lang in langs], "text": text,
        "historical": historical})
    store = open_db(settings_from(db=db), create=True)
    try:
        made = add_watchlist(store, name, query, webhook_url=webhook, secret=secret)
    finally:
        store.close()
    if as_json:
        print_json(made.to_dict(secret=True))
        return
    click.echo(f"watchlist {made.id} {safe_text(made.name)}: {safe_text(query.describe())}")
    click.echo(f"feed: /api/watchlists/{made.id}/feed.atom (under `milwatch serve`)")
    if made.webhook_url:
        click.echo(f"webhook: {safe_text(made.webhook_url)}\nsigning secret (shown only now): "
                   f"{made.webhook_secret}")


@command.command("list")
@db_option
@json_option
def list_(db: Path | None, as_json: bool) -> None:
    """List the watchlists: id, name, criteria, alerts raised, the latest one, webhook."""
    store = open_db(settings_from(db=db))
    try:
        found, counts = list_watchlists(store), alert_counts(store)
    finally:
        store.close()
    if as_json:
        print_json([w.to_dict() | {"alerts": counts.get(w.id, (0, None))[0]} for w in found])
        return
    rows = [[w.id, w.name, w.query.describe(), counts.get(w.id, (0, None))[0], counts.get(w.id, (0, None))[1],
             w.webhook_url or ""] for w in found]
    print_table(None, ("id", "name", "criteria", "alerts", "latest", "webhook"), rows,
                "no watchlists yet: `milwatch watchlist add NAME --country ...` makes one",
                wrap=("criteria",))


@command.command("show")
@click.argument("watchlist")
@click.option("--limit", type=click.IntRange(min=1), default=20, help="Alerts shown [default: 20].")
@db_option
@json_option
def show(watchlist: str, limit: int, db: Path | None, as_json: bool) -> None:
    """Show one watchlist (by id or name): its criteria, latest alerts and webhook deliveries."""
    store = open_db(settings_from(db=db))
    try:
        found = get_watchlist(store, watchlist)
        alerts = recent_alerts(store, found.id, limit=limit)
        deliveries = delivery_log(store, found.id) if found.webhook_url else []
    finally:
        store.close()
    if as_json:
        print_json(found.to_dict() | {"alerts": alerts, "deliveries": deliveries})
        return
    click.echo(f"watchlist {found.id} {safe_text(found.name)}: {safe_text(found.query.describe())}")
    click.echo(f"created {found.created_at} · feed /api/watchlists/{found.id}/feed.atom"
               + (f" · webhook {safe_text(found.webhook_url)}" if found.webhook_url else ""))
    print_table(None, ("alert", "updated", "event", "reports", "langs", "news"),
                [_alert_row(a) for a in alerts], "no alerts yet", wrap=("event", "news"))
    if deliveries:
        print_table("webhook deliveries", ("id", "alert", "rev", "status", "attempts", "last"),
                    [[d["id"], d["alert"], d["revision"], d["status"], d["attempts"],
                      _last(d)] for d in deliveries],
                    wrap=("last",))


def _alert_row(alert: dict[str, Any]) -> list[Any]:
    return [alert["id"], alert["updated_at"], alert_title(alert), len(alert["reports"]),
            ",".join(alert["langs"]), "; ".join(news_lines(alert["news"]))]


def _last(delivery: dict[str, Any]) -> str:
    if not delivery["log"]:
        return ""
    last = delivery["log"][-1]
    return f"{last['at']} {last['status_code'] or ''} {last['error'] or ''}".strip()


@command.command("rm")
@click.argument("watchlist")
@db_option
def rm(watchlist: str, db: Path | None) -> None:
    """Remove a watchlist (by id or name) with its alerts and webhook deliveries."""
    store = open_db(settings_from(db=db))
    try:
        gone = remove_watchlist(store, watchlist)
    finally:
        store.close()
    click.echo(f"removed watchlist {gone.id} {safe_text(gone.name)}")
