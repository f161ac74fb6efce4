"""Watchlists in the store: add, list, find, remove; and the alerts they have raised.

Watchlists, alerts and webhook deliveries live in their own tables (store migration 7); this
module and `matching`/`webhook` are the only code that reads or writes them, always through
the store's connection and its transactions (`SQLiteStore.transaction`).
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
        """JSON-ready; the webhook secret only when `secret` (it is shown once, when the watchlist is made)."""
        out: dict[str, Any] = {"id": self.id, "name": self.name, "query": self.query.to_dict(),
                               "description": self.query.describe(), "webhook": None, "created_at": self.created_at,
                               "feed": f"/api/watchlists/{self.id}/feed.atom"}
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
        if conn.execute("SELECT 1 FROM watchlists WHERE name = ?", (name,)).fetchone():
            raise WatchlistError(f"a watchlist named {name!r} exists; remove it first or pick another name")
        cur = conn.execute("INSERT INTO watchlists (uid, name, query, webhook_url, webhook_secret, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)", (str(uuid.uuid4()), name, json.dumps(query.to_dict()),
                                                         webhook_url, secret if webhook_url else None, now()))
        row = conn.execute("SELECT * FROM watchlists WHERE id = ?", (cur.lastrowid,)).fetchone()
    return _from_row(row)


def list_watchlists(store: Any) -> list[Watchlist]:
    return [_from_row(r) for r in store.conn.execute("SELECT * FROM watchlists ORDER BY id")]


def get_watchlist(store: Any, ref: str | int) -> Watchlist:
    """A watchlist by id (digits) or name; a WatchlistError listing the known names otherwise."""
    text = str(ref).strip()
    row = store.conn.execute("SELECT * FROM watchlists WHERE id = ?" if text.isdigit() else
                             "SELECT * FROM watchlists WHERE name = ?", (int(text) if text.isdigit() else text,)
                             ).fetchone()
    if row is None:
        known = [f"{w.id} {w.name}" for w in list_watchlists(store)]
        hint = f"; known: {', '.join(known)}" if known else "; there are none yet (milwatch watchlist add)"
        raise WatchlistError(f"no watchlist {text!r}{hint}")
    return _from_row(row)


def remove_watchlist(store: Any, ref: str | int) -> Watchlist:
    """Delete a watchlist with its alerts and webhook deliveries."""
    found = get_watchlist(store, ref)
    with store.transaction() as conn:
        conn.execute("DELETE FROM watchlists WHERE id = ?", (found.id,))
    return found


def alert_counts(store: Any) -> dict[int, tuple[int, str | None]]:
    """watchlist id -> (alerts, time of the latest change)."""
    return {r[0]: (r[1], r[2]) for r in store.conn.execute(
        "SELECT watchlist_id, COUNT(*), MAX(updated_at) FROM alerts GROUP BY watchlist_id")}


def alert_dict(row: Any, news: Any, mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """An alert as the feed, the API and the terminal show it."""
    return {"id": row["id"], "watchlist_id": row["watchlist_id"], "type": row["type"],
            "countries": json.loads(row["countries"]), "date": row["date"], "revision": row["revision"],
            "sources": json.loads(row["sources"]), "langs": json.loads(row["langs"]),
            "conflicts": json.loads(row["conflicts"]), "first_seen": row["first_seen"],
            "updated_at": row["updated_at"], "news": news, "reports": mentions}


def recent_alerts(store: Any, watchlist_id: int, limit: int = 50, since: str | None = None) -> list[dict[str, Any]]:
    """The watchlist's alerts, the latest changed first, each with its latest news and its reports."""
    sql = "SELECT * FROM alerts WHERE watchlist_id = ?" + (" AND updated_at >= ?" if since else "")
    rows = store.conn.execute(sql + " ORDER BY updated_at DESC, id DESC LIMIT ?",
                              (watchlist_id, *([since] if since else []), limit)).fetchall()
    out = []
    for row in rows:
        news = store.conn.execute("SELECT news FROM alert_changes WHERE alert_id = ? ORDER BY revision DESC LIMIT 1",
                                  (row["id"],)).fetchone()
        mentions = [json.loads(m[0]) for m in store.conn.execute(
            "SELECT event FROM alert_mentions WHERE alert_id = ? ORDER BY added_at, article_id, idx LIMIT 50",
            (row["id"],))]
        out.append(alert_dict(row, json.loads(news[0]) if news else {}, mentions))
    return out


def recent_changes(store: Any, watchlist_id: int | None = None, limit: int = 50,
                   since: str | None = None) -> list[dict[str, Any]]:
    """Alert revisions, newest first: the terminal's `milwatch alerts`."""
    where: list[str] = []
    params: list[int | str] = []
    if watchlist_id is not None:
        where.append("a.watchlist_id = ?")
        params.append(watchlist_id)
    if since:
        where.append("c.at >= ?")
        params.append(since)
    sql = ("SELECT c.alert_id, c.revision, c.at, c.news, a.type, a.countries, a.date, a.watchlist_id, w.name "
           "FROM alert_changes c JOIN alerts a ON a.id = c.alert_id JOIN watchlists w ON w.id = a.watchlist_id"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY c.at DESC, c.alert_id DESC, "
           "c.revision DESC LIMIT ?")
    return [{"alert": r[0], "revision": r[1], "at": r[2], "news": json.loads(r[3]), "type": r[4],
             "countries": json.loads(r[5]), "date": r[6], "watchlist_id": r[7], "watchlist": r[8]}
            for r in store.conn.execute(sql, (*params, limit))]
