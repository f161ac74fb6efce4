"""Watchlists in the store: add, list, find, remove; and the alerts they have raised.

Watchlists, alerts and webhook deliveries live in their own tables (store migration 7); this
module and `matching`/`webhook` decide what is read and written, through the functions of
`milwatch.store.alert_tables` (the only code that writes their SQL).
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from milwatch.alerts.query import MAX_TEXT, WatchlistError, WatchQuery
from milwatch.store import alert_tables

MAX_NAME = 80


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Watchlist:
    id: int
    uid: str
    name: str
    query: WatchQuery
    webhook_url: str | None = None
    webhook_secret: str | None = None
    created_at: str = ""

    def to_dict(self, secret: bool = False) -> dict[str, Any]:
        """JSON-ready; the webhook secret only when `secret` (it is shown once, when the watchlist is
        made)."""
        out: dict[str, Any] = {"id": self.id, "name": self.name, "query": self.query.to_dict(),
                               "description": self.query.describe(), "webhook": None,
                               "created_at": self.created_at, "feed": f"/api/watchlists/{self.id}/feed.atom"}
        if self.webhook_url:
            out["webhook"] = {"url": self.webhook_url}
            if secret:
                out["webhook"]["secret"] = self.webhook_secret
        return out


def check_name(name: Any) -> str:
    if not isinstance(name, str) or not name.strip():
        raise WatchlistError("a watchlist needs a name (a few words: baltic, vietnam-aid)")
    name = " ".join(name.split())
    if len(name) > MAX_NAME:
        raise WatchlistError(f"name: at most {MAX_NAME} characters")
    if name.isdigit():
        raise WatchlistError(f"name: {name!r} is only digits, which read as a watchlist id; add a letter")
    if any(not c.isprintable() for c in name):
        raise WatchlistError("name: control characters are not allowed")
    return name


def check_webhook(url: Any) -> str | None:
    if url is None or url == "":
        return None
    if not isinstance(url, str) or len(url) > 2000:
        raise WatchlistError("webhook: expected a URL of at most 2,000 characters")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WatchlistError(f"webhook: {url!r} is no http:// or https:// URL")
    return url


def _from_row(row: Any) -> Watchlist:
    return Watchlist(id=row["id"], uid=row["uid"], name=row["name"],
                     query=WatchQuery.from_dict(json.loads(row["query"])), webhook_url=row["webhook_url"],
                     webhook_secret=row["webhook_secret"], created_at=row["created_at"])


def add_watchlist(store: Any, name: str, query: WatchQuery, webhook_url: str | None = None,
                  secret: str | None = None) -> Watchlist:
    """Save a watchlist; with a webhook a signing secret is made unless one is given."""
    name = check_name(name)
    webhook_url = check_webhook(webhook_url)
    if secret is not None and (not isinstance(secret, str) or not 16 <= len(secret) <= MAX_TEXT):
        raise WatchlistError("webhook secret: 16 to 200 characters")
    if webhook_url and not secret:
        secret = secrets.token_hex(32)
    with store.transaction() as conn:
        if alert_tables.watchlist_exists(conn, name):
            raise WatchlistError(f"a watchlist named {name!r} exists; remove it first or pick another name")
        row = alert_tables.insert_watchlist(conn, str(uuid.uuid4()), name, query.to_dict(), webhook_url,
                                            secret if webhook_url else None, now())
    return _from_row(row)


def list_watchlists(store: Any) -> list[Watchlist]:
    return [_from_row(r) for r in alert_tables.watchlist_rows(store)]


def get_watchlist(store: Any, ref: str | int) -> Watchlist:
    """A watchlist by id (digits) or name; a WatchlistError listing the known names otherwise."""
    text = str(ref).strip()
    row = alert_tables.watchlist_row(store, text)
    if row is None:
        known = [f"{w.id} {w.name}" for w in list_watchlists(store)]
        hint = f"; known: {', '.join(known)}" if known else "; there are none yet (milwatch watchlist add)"
        raise WatchlistError(f"no watchlist {text!r}{hint}")
    return _from_row(row)


def remove_watchlist(store: Any, ref: str | int) -> Watchlist:
    """Delete a watchlist with its alerts and webhook deliveries."""
    found = get_watchlist(store, ref)
    with store.transaction() as conn:
        alert_tables.delete_watchlist(conn, found.id)
    return found


def alert_counts(store: Any) -> dict[int, tuple[int, str | None]]:
    """watchlist id -> (alerts, time of the latest change)."""
    return alert_tables.alert_counts(store)


def alert_dict(row: Any, news: Any, mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """An alert as the feed, the API and the terminal show it."""
    return {"id": row["id"], "watchlist_id": row["watchlist_id"], "type": row["type"],
            "countries": json.loads(row["countries"]), "date": row["date"], "revision": row["revision"],
            "sources": json.loads(row["sources"]), "langs": json.loads(row["langs"]),
            "conflicts": json.loads(row["conflicts"]), "first_seen": row["first_seen"],
            "updated_at": row["updated_at"], "news": news, "reports": mentions}


def recent_alerts(store: Any, watchlist_id: int, limit: int = 50,
                  since: str | None = None) -> list[dict[str, Any]]:
    """The watchlist's alerts, the latest changed first, each with its latest news and its reports."""
    return [alert_dict(row, news, mentions)
            for row, news, mentions in alert_tables.alert_rows(store, watchlist_id, limit, since)]


def recent_changes(store: Any, watchlist_id: int | None = None, limit: int = 50,
                   since: str | None = None) -> list[dict[str, Any]]:
    """Alert revisions, newest first: the terminal's `milwatch alerts`."""
    return [{"alert": r[0], "revision": r[1], "at": r[2], "news": json.loads(r[3]), "type": r[4],
             "countries": json.loads(r[5]), "date": r[6], "watchlist_id": r[7], "watchlist": r[8]}
            for r in alert_tables.change_rows(store, watchlist_id, limit, since)]
