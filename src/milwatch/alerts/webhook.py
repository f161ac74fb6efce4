"""Webhooks: each new alert revision POSTed as JSON to the watchlist's URL, signed, retried, logged.

    deliver_pending(store)          # after process_new_events; safe to call from several processes

The request carries `Content-Type: application/json` and
    X-Milwatch-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed by the watchlist's secret>
    X-Milwatch-Delivery:  <delivery id>   (the same on every retry: receivers can drop repeats)
    X-Milwatch-Event:     alert
A 2xx answer delivers it.  Anything else (an error status, a refused connection, a timeout) is
retried with exponential back-off (`backoff`, doubled each time) up to `attempts` tries; every
try is a row of `webhook_attempts`.  A delivery that still fails is marked `failed` and tried
again, as many times more, by the next run after its `next_at`.  Deliveries wait in the
`webhook_deliveries` outbox, written in the same transaction as their alert, so an alert is
never lost between the database and the receiver.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from typing import Any

from milwatch import __version__
from milwatch.alerts.watchlists import Watchlist, now
from milwatch.store import alert_tables

ATTEMPTS = 4
BACKOFF = 0.5  # seconds before the second try; doubled for each next one
TIMEOUT = 10.0
RETRY_LATER = timedelta(minutes=5)  # a failed delivery waits this long before a later run tries it again
STALE_CLAIM = timedelta(minutes=10)  # a delivery claimed by a process that died is free again after this


def sign(secret: str, body: bytes) -> str:
    """The signature header value: `sha256=` and the hex HMAC-SHA256 of `body`."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, header: str) -> bool:
    """True when `header` is the signature of `body` (what a receiver checks)."""
    return hmac.compare_digest(sign(secret, body), header or "")


def payload(conn: Any, watchlist: Watchlist, alert_id: int, revision: int,
            news: dict[str, Any], at: str) -> str:
    """The JSON body of one alert revision (kept in the outbox as sent)."""
    row = alert_tables.alert_row(conn, alert_id)
    reports = alert_tables.alert_reports(conn, alert_id)
    body = {
        "event": "alert",
        "watchlist": {"id": watchlist.id, "name": watchlist.name},
        "alert": {
            "id": alert_id, "revision": revision, "at": at, "type": row["type"],
            "countries": json.loads(row["countries"]), "date": row["date"],
            "sources": json.loads(row["sources"]), "langs": json.loads(row["langs"]), "news": news,
            "reports": [{"article_id": r["article_id"], "title": r.get("title"), "lang": r.get("lang"),
                         "published": r.get("published"), "source": r.get("source"),
                         "source_url": r.get("source_url"), "evidence": r.get("evidence"),
                         "persons": [p.get("name") for p in r.get("persons") or ()]} for r in reports],
        },
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> tuple[int | None, str | None]:
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the user's own URL
            return response.status, None
    except urllib.error.HTTPError as exc:
        return exc.code, f"HTTP {exc.code} {exc.reason}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return None, f"{type(exc).__name__}: {reason}"


def _claim(store: Any) -> list[Any]:
    """Deliveries due now, marked `sending` by this process (so no other one posts them too)."""
    at = datetime.now(UTC)
    stale = (at - STALE_CLAIM).isoformat(timespec="seconds")
    with store.transaction() as conn:
        return alert_tables.claim_deliveries(conn, at.isoformat(timespec="seconds"), stale)


def deliver_pending(store: Any, attempts: int = ATTEMPTS, backoff: float = BACKOFF,
                    timeout: float = TIMEOUT) -> dict[str, int]:
    """POST every due delivery (see the module docstring); returns counts of delivered and failed."""
    counts = {"delivered": 0, "failed": 0}
    while True:
        rows = _claim(store)
        if not rows:
            return counts
        for delivery_id, body_text, tried, url, secret in rows:
            body = body_text.encode()
            headers = {"Content-Type": "application/json", "User-Agent": f"milwatch/{__version__}",
                       "X-Milwatch-Event": "alert", "X-Milwatch-Delivery": str(delivery_id),
                       "X-Milwatch-Signature": sign(secret or "", body)}
            delivered = False
            for attempt in range(attempts):
                if attempt:
                    time.sleep(backoff * 2 ** (attempt - 1))
                started = time.perf_counter()
                status, error = _post(url, body, headers, timeout)
                tried += 1
                delivered = status is not None and 200 <= status < 300
                with store.transaction() as conn:
                    alert_tables.record_attempt(conn, delivery_id, tried, now(), status, error,
                                                round(time.perf_counter() - started, 3), delivered)
                if delivered:
                    break
            if delivered:
                counts["delivered"] += 1
                continue
            counts["failed"] += 1
            later = (datetime.now(UTC) + RETRY_LATER).isoformat(timespec="seconds")
            with store.transaction() as conn:
                alert_tables.delivery_failed(conn, delivery_id, later)


def deliver_in_background(location: str, **options: Any) -> threading.Thread:
    """`deliver_pending` in a thread with its own connection (an HTTP request need not wait for receivers)."""

    def run() -> None:
        from milwatch.store import open_store

        store = open_store(location, create=False)
        try:
            deliver_pending(store, **options)
        finally:
            store.close()

    thread = threading.Thread(target=run, name="milwatch-webhooks", daemon=True)
    thread.start()
    return thread


def delivery_log(store: Any, watchlist_id: int, limit: int = 20) -> list[dict[str, Any]]:
    """The latest deliveries of a watchlist with their attempts."""
    return alert_tables.delivery_log(store, watchlist_id, limit)
