"""Watchlists, alerts and briefs: milwatch telling its users when something happens.

    wl = add_watchlist(store, "baltic", WatchQuery.from_dict({"pair": ["EST", "LVA"]}), webhook_url=URL)
    changes = after_extraction(store)     # the hook: match new events, then deliver webhooks
    atom = feed_xml(store, wl, base_url)  # the watchlist's Atom feed
    html = render_brief(build_brief(store, since="7d"), "html")

This package sits beside the exports: it uses the store, the world-model resolvers and the
query layer; no stage imports it.  Edges call `after_extraction` wherever extraction results
are written (`milwatch extract`, `POST /api/articles`).
"""

from __future__ import annotations

from typing import Any

from milwatch.alerts.matching import AlertChange, process_new_events
from milwatch.alerts.query import WatchlistError, WatchQuery
from milwatch.alerts.watchlists import (
    Watchlist,
    add_watchlist,
    get_watchlist,
    list_watchlists,
    recent_alerts,
    recent_changes,
    remove_watchlist,
)


def after_extraction(store: Any, background: bool = False, **delivery: Any) -> list[AlertChange]:
    """Evaluate the watchlists on the newly extracted events, then deliver the webhooks they queued
    (in a thread with its own connection when `background`; else now, with retries)."""
    from milwatch.alerts.webhook import deliver_in_background, deliver_pending

    changes = process_new_events(store)
    from milwatch.store.alert_tables import has_undelivered

    if has_undelivered(store):
        if background:
            deliver_in_background(store.location, **delivery)
        else:
            deliver_pending(store, **delivery)
    return changes


__all__ = [
    "AlertChange", "WatchQuery", "Watchlist", "WatchlistError", "add_watchlist", "after_extraction",
    "get_watchlist", "list_watchlists", "process_new_events", "recent_alerts", "recent_changes",
    "remove_watchlist",
]
