"""Read-only queries over the real events: each real-world event once, with its reports.

    flt = EventFilter(pair=("AZE", "VNM"))
    for event in iter_real_events(store, flt): ...       # each real event once, oldest first
    page = real_events_page(store, flt, limit=50)        # Page(items, next, total)

A real event matches a filter when one of its reports (an `events` row) matches it: the filters
of `queries.EventFilter` keep their meaning.  A real event's date for sorting is its agreed date,
else the publication date of its first report.  Counts follow GDELT's NumMentions / NumArticles /
NumSources: `n_reports` (report events), `n_articles`, `n_sources` (independent source domains).
"""

from __future__ import annotations

import json
from collections.abc import Generator, Sequence
from typing import Any

from milwatch.store import rollups
from milwatch.store.base import Store
from milwatch.store.queries import (
    EventFilter,
    Page,
    and_where,
    by_month,
    date_page,
    event_from,
    event_where,
    order_direction,
    stream_rows,
)
from milwatch.store.sql import Connection

REAL_SORT = "COALESCE(r.date, r.first_report, '')"
REAL_SELECT = f"SELECT r.rowid AS rid, r.*, {REAL_SORT} AS sort_date FROM real_events r"


def real_where(flt: EventFilter | None) -> tuple[list[str], list[Any]]:
    """Conditions on `r` (real events): one of its reports matches `flt`."""
    where, params = event_where(flt)
    if not where:
        return [], []
    inner = f"SELECT rm.event_id {event_from(flt)}{and_where([*where, 'rm.event_id IS NOT NULL'])}"
    return [f"r.event_id IN ({inner})"], params


def _reports_of(conn: Connection, event_ids: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    ids = list(event_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for event_id, article_id, idx in conn.execute(
                "SELECT event_id, article_id, idx FROM real_event_mentions WHERE event_id IN "  # noqa: S608
                f"({', '.join('?' * len(chunk))}) ORDER BY article_id, idx", chunk):
            out.setdefault(event_id, []).append(f"{article_id}#{idx}")
    return out


def real_event_dict(row: Any, report_ids: list[str]) -> dict[str, Any]:
    """One real event as every edge prints or serves it."""
    return {
        "event_id": row["event_id"], "type": row["type"], "countries": json.loads(row["countries"]),
        "date": row["date"], "mode": row["mode"], "location": row["location"], "doc_type": row["doc_type"],
        "historical": bool(row["historical"]), "persons": json.loads(row["persons"]),
        "first_report": row["first_report"], "last_report": row["last_report"], "n_reports": row["n_reports"],
        "n_articles": row["n_articles"], "n_sources": row["n_sources"],
        "article_ids": json.loads(row["articles"]),
        "sources": json.loads(row["sources"]), "languages": json.loads(row["languages"]),
        "report_ids": report_ids, "conflicts": json.loads(row["conflicts"]), "confidence": row["confidence"],
    }


def _with_reports(conn: Connection, rows: list[Any]) -> list[dict[str, Any]]:
    reports = _reports_of(conn, [r["event_id"] for r in rows])
    return [real_event_dict(r, reports.get(r["event_id"], [])) for r in rows]


def count_real_events(store: Any, flt: EventFilter | None = None) -> int:
    where, params = real_where(flt)
    return int(store.conn.execute(f"SELECT COUNT(*) FROM real_events r{and_where(where)}",
                                  params).fetchone()[0])


def real_event_months(store: Any, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """Matching real events per month of their sort date (`YYYY-MM`; `YYYY` for year-only dates; `unknown`),
    by type: `queries.event_months` counted by real event."""
    scope = rollups.scope_of(flt)
    if scope is not None:
        return by_month(rollups.months(store, scope, flt))
    where, params = real_where(flt)
    return by_month(store.conn.execute(
        f"SELECT substr({REAL_SORT}, 1, 7) AS m, r.type, COUNT(*) FROM real_events r{and_where(where)} "
        "GROUP BY m, r.type ORDER BY m", params))


def iter_real_events(store: Any, flt: EventFilter | None = None,
                     order: str = "asc") -> Generator[dict[str, Any], None, None]:
    """Every matching real event, ordered by (date, rowid), streamed from one query."""
    direction = order_direction(order)
    where, params = real_where(flt)
    yield from stream_rows(store, f"{REAL_SELECT}{and_where(where)} ORDER BY "
                                  f"sort_date{direction}, rid{direction}",
                           params, _with_reports)


def real_events_page(store: Any, flt: EventFilter | None = None, cursor: str | None = None, limit: int = 50,
                     order: str = "asc", total: bool = True) -> Page:
    """One page of real events ordered by (date, rowid), ascending or descending."""
    where, params = real_where(flt)
    items, nxt = date_page(store, REAL_SELECT, f"{REAL_SORT}, r.rowid", where, params, cursor, limit, order,
                           _with_reports)
    return Page(items, nxt, count_real_events(store, flt) if total else None)


def real_event(store: Any, event_id: str) -> dict[str, Any] | None:
    """One real event by id, None when there is none."""
    row = store.conn.execute(f"{REAL_SELECT} WHERE r.event_id = ?", (event_id,)).fetchone()
    return _with_reports(store.conn, [row])[0] if row is not None else None


def real_event_summaries(store: Store, event_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Real event id -> the short form a story view shows (type, countries, date, sources, languages…)."""
    out: dict[str, dict[str, Any]] = {}
    ids = list(event_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in store.conn.execute(
                "SELECT event_id, type, countries, date, mode, location, doc_type, historical, n_sources, "  # noqa: S608
                "confidence, n_reports, languages FROM real_events WHERE event_id IN "
                f"({', '.join('?' * len(chunk))})", chunk):
            out[row["event_id"]] = {
                "id": row["event_id"], "type": row["type"], "countries": json.loads(row["countries"]),
                "date": row["date"], "mode": row["mode"], "location": row["location"],
                "doc_type": row["doc_type"],
                "historical": bool(row["historical"]), "sources": row["n_sources"],
                "confidence": row["confidence"],
                "reports": row["n_reports"], "all_langs": json.loads(row["languages"]),
            }
    return out
