"""The SQL of watchlists, alerts and webhook deliveries (tables of migration 7).

`milwatch.alerts` decides what to write; these functions are the only code that reads or
writes the tables.  Functions taking `conn` run inside a transaction the caller opened with
`store.transaction()`; functions taking `store` read outside one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from milwatch.store.base import Store
from milwatch.store.sql import Connection


# watchlists ------------------------------------------------------------------------------
def watchlist_exists(conn: Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM watchlists WHERE name = ?", (name,)).fetchone() is not None


def insert_watchlist(conn: Connection, uid: str, name: str, query: dict[str, Any], webhook_url: str | None,
                     secret: str | None, at: str) -> Any:
    """The new watchlist's row."""
    cur = conn.execute("INSERT INTO watchlists (uid, name, query, webhook_url, webhook_secret, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                       (uid, name, json.dumps(query), webhook_url, secret, at))
    new_id = cur.fetchone()[0]
    return conn.execute("SELECT * FROM watchlists WHERE id = ?", (new_id,)).fetchone()


def watchlist_rows(store: Store) -> list[Any]:
    return store.conn.execute("SELECT * FROM watchlists ORDER BY id").fetchall()


def watchlist_row(store: Store, ref: str) -> Any:
    """The row of the watchlist with this id (digits) or name, else None."""
    if ref.isdigit():
        return store.conn.execute("SELECT * FROM watchlists WHERE id = ?", (int(ref),)).fetchone()
    return store.conn.execute("SELECT * FROM watchlists WHERE name = ?", (ref,)).fetchone()


def delete_watchlist(conn: Connection, watchlist_id: int) -> None:
    conn.execute("DELETE FROM watchlists WHERE id = ?", (watchlist_id,))


def alert_counts(store: Store) -> dict[int, tuple[int, str | None]]:
    """watchlist id -> (alerts, time of the latest change)."""
    return {r[0]: (r[1], r[2]) for r in store.conn.execute(
        "SELECT watchlist_id, COUNT(*), MAX(updated_at) FROM alerts GROUP BY watchlist_id")}


def alert_rows(store: Store, watchlist_id: int, limit: int,
               since: str | None) -> list[tuple[Any, Any, list[Any]]]:
    """(alert row, its latest news or None, its first 50 reports), the latest changed first."""
    sql = "SELECT * FROM alerts WHERE watchlist_id = ?" + (" AND updated_at >= ?" if since else "")
    rows = store.conn.execute(sql + " ORDER BY updated_at DESC, id DESC LIMIT ?",
                              (watchlist_id, *([since] if since else []), limit)).fetchall()
    out = []
    for row in rows:
        news = store.conn.execute("SELECT news FROM alert_changes WHERE alert_id = ? ORDER BY "
                                  "revision DESC LIMIT 1",
                                  (row["id"],)).fetchone()
        mentions = [json.loads(m[0]) for m in store.conn.execute(
            "SELECT event FROM alert_mentions WHERE alert_id = ? ORDER BY added_at, article_id, idx LIMIT 50",
            (row["id"],))]
        out.append((row, json.loads(news[0]) if news else {}, mentions))
    return out


def change_rows(store: Store, watchlist_id: int | None, limit: int, since: str | None) -> list[Any]:
    """Alert revisions, newest first: (alert, revision, at, news, type, countries, date, watchlist id,
    name)."""
    where: list[str] = []
    params: list[int | str] = []
    if watchlist_id is not None:
        where.append("a.watchlist_id = ?")
        params.append(watchlist_id)
    if since:
        where.append("c.at >= ?")
        params.append(since)
    sql = ("SELECT c.alert_id, c.revision, c.at, c.news, a.type, a.countries, a.date, a.watchlist_id, w.name "
           "FROM alert_changes c JOIN alerts a ON a.id = c.alert_id JOIN watchlists w "
           "ON w.id = a.watchlist_id"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY c.at DESC, c.alert_id DESC, "
           "c.revision DESC LIMIT ?")
    return store.conn.execute(sql, (*params, limit)).fetchall()


# alerts (inside the matching transaction) ------------------------------------------------
def alert_row(conn: Connection, alert_id: int) -> Any:
    return conn.execute("SELECT * FROM alerts WHERE id = ?", (alert_id,)).fetchone()


def alert_mentions(conn: Connection, alert_id: int) -> dict[tuple[str, int], dict[str, Any]]:
    return {(r[0], r[1]): json.loads(r[2]) for r in conn.execute(
        "SELECT article_id, idx, event FROM alert_mentions WHERE alert_id = ?", (alert_id,))}


def alert_reports(conn: Connection, alert_id: int, limit: int = 50) -> list[dict[str, Any]]:
    return [json.loads(r[0]) for r in conn.execute(
        "SELECT event FROM alert_mentions WHERE alert_id = ? ORDER BY article_id, idx LIMIT ?",
        (alert_id, limit))]


def candidate_alerts(conn: Connection, watchlist_id: int, kind: str, limit: int) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM alerts WHERE watchlist_id = ? AND kind = ? "
                                       "ORDER BY updated_at DESC, id DESC LIMIT ?",
                                       (watchlist_id, kind, limit))]


def insert_alert(conn: Connection, watchlist_id: int, kind: str, type_: str, countries: list[str],
                 date: str | None, at: str) -> int:
    cur = conn.execute(
        "INSERT INTO alerts (watchlist_id, kind, type, countries, date, revision, sources, langs, conflicts, "
        "first_seen, updated_at) VALUES (?, ?, ?, ?, ?, 0, '[]', '[]', '[]', ?, ?) RETURNING id",
        (watchlist_id, kind, type_, json.dumps(countries), date, at, at))
    return int(cur.fetchone()[0])


def write_alert(conn: Connection, alert_id: int, touched: Sequence[str],
                mentions: dict[tuple[str, int], dict[str, Any]], at: str, date: str | None, revision: int,
                sources: list[str], langs: list[str], conflicts: list[list[str]], news_worthy: bool) -> None:
    """Replace the reports of the `touched` articles and update the alert's summary."""
    conn.executemany("DELETE FROM alert_mentions WHERE alert_id = ? AND article_id = ?",
                     [(alert_id, a) for a in touched])
    keep = set(touched)
    conn.executemany("INSERT OR REPLACE INTO alert_mentions VALUES (?, ?, ?, ?, ?)",
                     [(alert_id, k[0], k[1], json.dumps(event, ensure_ascii=False), at)
                      for k, event in mentions.items() if k[0] in keep])
    conn.execute("UPDATE alerts SET date = ?, revision = ?, sources = ?, langs = ?, conflicts = ?, "
                 "updated_at = CASE WHEN ? THEN ? ELSE updated_at END WHERE id = ?",
                 (date, revision, json.dumps(sources), json.dumps(langs), json.dumps(conflicts), news_worthy,
                  at, alert_id))


def insert_change(conn: Connection, alert_id: int, revision: int, at: str, news: dict[str, Any]) -> None:
    conn.execute("INSERT INTO alert_changes VALUES (?, ?, ?, ?)",
                 (alert_id, revision, at, json.dumps(news, ensure_ascii=False)))


def queue_delivery(conn: Connection, watchlist_id: int, alert_id: int, revision: int,
                   body: str, at: str) -> None:
    conn.execute("INSERT OR IGNORE INTO webhook_deliveries (watchlist_id, alert_id, revision, "
                 "payload, status, next_at, created_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)",
                 (watchlist_id, alert_id, revision, body, at, at))


def queued_articles(conn: Connection, batch: int) -> list[tuple[int, str]]:
    """(seq, article id) of the oldest `batch` articles waiting to be matched."""
    return [(int(r[0]), r[1]) for r in conn.execute(
        "SELECT seq, article_id FROM alert_queue ORDER BY seq LIMIT ?", (batch,)).fetchall()]


def dequeue(conn: Connection, up_to: int) -> None:
    conn.execute("DELETE FROM alert_queue WHERE seq <= ?", (up_to,))


# webhook deliveries ------------------------------------------------------------------------
def has_undelivered(store: Store) -> bool:
    return store.conn.execute("SELECT 1 FROM webhook_deliveries WHERE status IN ('pending', 'failed') "
                              "LIMIT 1").fetchone() is not None


def claim_deliveries(conn: Connection, at: str, stale: str, limit: int = 100) -> list[Any]:
    """(id, payload, attempts, url, secret) of deliveries due now, marked `sending` (claimed)."""
    rows = conn.execute(
        "SELECT d.id, d.payload, d.attempts, w.webhook_url, w.webhook_secret FROM webhook_deliveries d "
        "JOIN watchlists w ON w.id = d.watchlist_id WHERE w.webhook_url IS NOT NULL AND "
        "((d.status IN ('pending', 'failed') AND d.next_at <= ?) OR (d.status = "
        "'sending' AND d.next_at <= ?)) "
        "ORDER BY d.id LIMIT ?", (at, stale, limit)).fetchall()
    conn.executemany("UPDATE webhook_deliveries SET status = 'sending', next_at = ? WHERE id = ?",
                     [(at, r[0]) for r in rows])
    return rows


def record_attempt(conn: Connection, delivery_id: int, attempt: int, at: str, status: int | None,
                   error: str | None, seconds: float, delivered: bool) -> None:
    conn.execute("INSERT OR REPLACE INTO webhook_attempts VALUES (?, ?, ?, ?, ?, ?)",
                 (delivery_id, attempt, at, status, error, seconds))
    conn.execute("UPDATE webhook_deliveries SET attempts = ?, status = ?, delivered_at = ?, "
                 "next_at = ? WHERE id = ?",
                 (attempt, "delivered" if delivered else "sending", at if delivered else None,
                  at, delivery_id))


def delivery_failed(conn: Connection, delivery_id: int, later: str) -> None:
    conn.execute("UPDATE webhook_deliveries SET status = 'failed', next_at = ? WHERE id = ?",
                 (later, delivery_id))


def delivery_log(store: Store, watchlist_id: int, limit: int = 20) -> list[dict[str, Any]]:
    """The latest deliveries of a watchlist with their attempts."""
    out = []
    for row in store.conn.execute("SELECT id, alert_id, revision, status, attempts, created_at, delivered_at "
                                  "FROM webhook_deliveries WHERE watchlist_id = ? ORDER BY id DESC LIMIT ?",
                                  (watchlist_id, limit)).fetchall():
        tries = [{"attempt": a[0], "at": a[1], "status_code": a[2], "error": a[3], "seconds": a[4]}
                 for a in store.conn.execute("SELECT attempt, at, status_code, error, seconds "
                                             "FROM webhook_attempts "
                                             "WHERE delivery_id = ? ORDER BY attempt", (row[0],))]
        out.append({"id": row[0], "alert": row[1], "revision": row[2], "status": row[3], "attempts": row[4],
                    "created_at": row[5], "delivered_at": row[6], "log": tries})
    return out
