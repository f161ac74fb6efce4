"""The sources `milwatch watch` polls, over HTTP: `GET /api/sources` (read-only).

The rows come from `WatchState.report()`, the same query `milwatch sources` prints; this module only shapes
them (the CLI's `--json` field names, plus absolute times for a page to show).
"""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool

from milwatch.monitor import WatchState
from milwatch.monitor.state import now_text
from milwatch.store.sqlite import SQLiteStore

router = APIRouter()


def source_report(store: SQLiteStore, now: float | None = None) -> list[dict[str, Any]]:
    """Every source `watch` has polled, by name: its state, last success and error, next poll and item counts.

    An empty list when the store has no sources, or no watch tables at all (a database `watch` never
    opened)."""
    try:
        rows = WatchState(store).report()
    except Exception as exc:  # SQLite's and PostgreSQL's missing-table errors alike
        if not _no_watch_tables(exc):
            raise
        return []
    moment = time.time() if now is None else now
    return [_shape(row, moment) for row in rows]


def _no_watch_tables(exc: Exception) -> bool:
    text = str(exc)
    return "watch_" in text and ("no such table" in text or "does not exist" in text)


def _shape(row: dict[str, Any], now: float) -> dict[str, Any]:
    next_poll = float(row["next_poll"] or 0)
    return {
        "name": row["name"],
        "url": row["url"],
        "final_url": row.get("final_url"),
        "kind": row.get("kind"),  # feed | page once `watch` records it; null in stores that do not keep it
        "last_poll": row.get("last_poll_at"),
        "last_success": row["last_success_at"],
        "last_status": row["last_status"],
        "last_error": row["last_error"],
        "last_error_at": row["last_error_at"],
        "failing": row["failures"] > 0,
        "errors_in_a_row": row["failures"],
        "polls": row["polls"],
        "not_modified": row["not_modified"],
        "errors": row["errors"],
        "next_poll": now_text(next_poll) if next_poll > 0 else None,
        "next_poll_in": round(max(next_poll - now, 0.0), 1),
        "items": row["items"],
    }


@router.get("/api/sources", tags=["sources"])
async def sources(request: Request,
                  failing: Annotated[bool, Query(description="only sources whose last poll failed")] = False,
                  ) -> dict[str, Any]:
    """Every source `milwatch watch` polls (as `milwatch sources --json`): `name`, `url`, `final_url`, `kind`,
    `last_poll`, `last_success`, `last_status`, `last_error`, `last_error_at` (UTC), `failing`,
    `errors_in_a_row`, `polls`, `not_modified`, `errors`, `next_poll` (UTC) and `next_poll_in` (seconds),
    `items` (`stored`, `duplicate`, `quarantined`, `pending`, `failing`).  Not paged: one row per source."""
    def work() -> list[dict[str, Any]]:
        with request.app.state.access.reader() as store:
            return source_report(store)

    rows = await run_in_threadpool(work)
    if failing:
        rows = [r for r in rows if r["failing"]]
    return {"items": rows, "total": len(rows), "failing": sum(r["failing"] for r in rows)}
