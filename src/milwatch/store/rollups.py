"""Counts kept as reports and real events are saved, so the API's statistics do not grow with the store.

Migration 11 (store/migrations.py, store/pg_schema.py) keeps, by triggers on `events` and `real_events`:

* `report_counts`: reports by scope, type and end month of their sort date;
* `real_event_counts`: real events by scope, type, month of their sort date, `historical` and the latest end
  month of their reports (`report_end`) and of their current reports (`current_end`);
* `real_event_pairs`: real events by scope, country (`b = ''`) or pair, type and `report_end`;

where a scope is `''` (all), a country (upper-case) or a pair `A|B` (A < B) that takes part, and the end
month of a date is the month its period ends in (`2024` -> `2024-12`; `''` for none).  Every report of a
real event has the real event's type and countries (its `kind`: reports of other kinds never join it),
and a real event has a report dated on or after a month exactly when its `report_end` is that month or
later.  So for a filter by countries (at most two, or a pair), types and `since` (a year or a month),
the matching reports, real events by type, the timeline and the country-pair network are sums over the
rows of one scope.  Any other filter (`until`, a day, officials, language, story, article, document type,
mode, area, current only) is answered from the reports (`scope_of` is None).

A bulk resolution of the real events (store/real_events.py `resolve_all`: a fresh or fully re-resolved
store) does not add its real events one by one: while `state` holds `BULK_KEY` (migration 12) the insert
trigger leaves the two real-event tables to `fill_counts`, one INSERT ... SELECT ... GROUP BY each, in key
order (the trigger's upserts, in event order, i.e. random in the key order of `real_event_pairs`, missed the
page cache more as the store grew: ~180 rows per real event).  Same rows: an upsert that adds, like the
trigger, to the rows of zero a re-resolution leaves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from milwatch.store.queries import EventFilter
    from milwatch.store.sql import Connection

BULK_KEY = "real_events_bulk"  # state key (in a bulk transaction): the insert trigger leaves the counts
# a real event's scopes ('', each country, each pair) and its countries and pairs (a, b), with the columns its
# rows are counted under; as the insert trigger reads them (upper case scopes, distinct)
_SCOPES = """s(event_id, type, month, historical, report_end, current_end, scope) AS (
    SELECT event_id, type, substr(COALESCE(date, first_report, ''), 1, 7), historical, report_end,
        current_end, '' FROM real_events
    UNION SELECT r.event_id, r.type, substr(COALESCE(r.date, r.first_report, ''), 1, 7), r.historical,
        r.report_end, r.current_end, upper(c.value) FROM real_events r, json_each(r.countries) c
    UNION SELECT r.event_id, r.type, substr(COALESCE(r.date, r.first_report, ''), 1, 7), r.historical,
        r.report_end, r.current_end, upper(c1.value) || '|' || upper(c2.value)
        FROM real_events r, json_each(r.countries) c1, json_each(r.countries) c2
        WHERE upper(c1.value) < upper(c2.value))"""
_PAIRS = """p(event_id, a, b) AS (SELECT r.event_id, c.value, '' FROM real_events r, json_each(r.countries) c
    UNION SELECT r.event_id, c1.value, c2.value FROM real_events r, json_each(r.countries) c1,
        json_each(r.countries) c2 WHERE c1.value < c2.value)"""
_ROWS = {  # table: (its key, WITH clauses, the key's values, FROM) of one row per real event and key
    "real_event_counts": (("scope", "type", "month", "historical", "report_end", "current_end"), _SCOPES,
                          "scope, type, month, historical, report_end, current_end", "s"),
    "real_event_pairs": (("scope", "a", "b", "type", "report_end"), f"{_SCOPES}, {_PAIRS}",
                         "s.scope, p.a, p.b, s.type, s.report_end", "s JOIN p ON p.event_id = s.event_id"),
}


def fill_sql(table: str, grouped: bool) -> str:
    """The statement that adds every real event to `table`'s counts, in key order: rows grouped (COUNT(*)
    each key) or one row per real event and key (the upsert adds them up)."""
    key, with_, values, source = _ROWS[table]
    cols, at = ", ".join(key), ", ".join(str(i) for i in range(1, len(key) + 1))
    count, tail = ("COUNT(*)", f"GROUP BY {at} ORDER BY {at}") if grouped else ("1", f"ORDER BY {at}")
    return (f"WITH {with_} INSERT INTO {table} ({cols}, events) SELECT {values}, {count} FROM {source} "
            f"WHERE true {tail} ON CONFLICT ({cols}) DO UPDATE SET events = {table}.events + excluded.events")


_OTHER_FIELDS = ("until", "person", "lang", "current_only", "story", "article", "doc_types", "modes", "areas")


def fill_counts(conn: Connection) -> None:
    """Add every row of `real_events` to `real_event_counts` and `real_event_pairs` (inside the caller's
    transaction; for real events the insert trigger left uncounted: `BULK_KEY`).  SQLite upserts one row
    per real event and key, sorted (grouping them first cost more than the upserts: 8.4 s against 5.3 s
    at 10k articles); PostgreSQL needs them grouped (one INSERT never upserts a row twice)."""
    grouped = not isinstance(conn, sqlite3.Connection)
    for table in _ROWS:
        conn.execute(fill_sql(table, grouped))


def scope_of(flt: EventFilter | None) -> str | None:
    """The scope whose counts answer `flt` exactly, None when `flt` needs the reports themselves."""
    if flt is None:
        return ""
    if any(getattr(flt, name) for name in _OTHER_FIELDS) or (flt.since is not None and len(flt.since) > 7):
        return None
    codes = sorted({c.upper() for c in (*flt.countries, *(flt.pair or ()))})
    return "|".join(codes) if len(codes) <= 2 else None


def _where(scope: str, flt: EventFilter | None, end: str = "report_end",
           extra: str = "") -> tuple[str, list[Any]]:
    """WHERE of the rows of `scope` for the types and `since` of `flt` (`end`: the end-month column)."""
    sql, params = " WHERE scope = ?" + extra, [scope]
    types = flt.types if flt is not None else ()
    if types:
        sql += f" AND type IN ({', '.join('?' * len(types))})"
        params += list(types)
    if flt is not None and flt.since:
        sql += f" AND {end} >= ?"
        params.append(flt.since + ("-01" if len(flt.since) == 4 else ""))
    return sql, params


def reports_total(store: Any, scope: str, flt: EventFilter | None) -> int:
    """The number of matching reports."""
    where, params = _where(scope, flt, "end_month")
    return int(store.conn.execute(f"SELECT COALESCE(SUM(reports), 0) FROM report_counts{where}",
                                  params).fetchone()[0])


def months(store: Any, scope: str, flt: EventFilter | None) -> list[tuple[str, str, int]]:
    """(month, type, real events) in month order (`queries_real.real_event_months`)."""
    where, params = _where(scope, flt)
    return [(r[0], r[1], int(r[2])) for r in store.conn.execute(
        f"SELECT month, type, SUM(events) FROM real_event_counts{where} GROUP BY month, type "
        "HAVING SUM(events) > 0 ORDER BY month, type", params)]


def pair_counts(store: Any, scope: str, flt: EventFilter | None,
                countries: bool = False) -> list[tuple[Any, ...]]:
    """(a, b, type, real events) of every pair, or (country, type, real events) with `countries`."""
    where, params = _where(scope, flt, extra=" AND b = ''" if countries else " AND b != ''")
    cols = "a" if countries else "a, b"
    return [tuple(r) for r in store.conn.execute(
        f"SELECT {cols}, type, SUM(events) FROM real_event_pairs{where} GROUP BY {cols}, type "
        "HAVING SUM(events) > 0", params)]


def stats(store: Any, scope: str, flt: EventFilter | None, where: Sequence[str], params: Sequence[Any]
          ) -> dict[str, Any]:
    """What `queries_browse.knowledge_stats` counts over the matching reports, from the kept counts; `where`
    and `params` (`queries.event_where(flt)`) find the first and last dates of the matching reports."""
    conn = store.conn
    counts_where, counts_params = _where(scope, flt)
    by_type = conn.execute(f"SELECT type, SUM(events) FROM real_event_counts{counts_where} GROUP BY type "
                           "HAVING SUM(events) > 0", counts_params).fetchall()
    if flt is not None and flt.since:  # a current report in the period
        current_where, current_params = _where(scope, flt, "current_end")
    else:
        current_where, current_params = _where(scope, flt, extra=" AND historical = 0")
    current = conn.execute(f"SELECT COALESCE(SUM(events), 0) FROM real_event_counts{current_where}",
                           current_params).fetchone()[0]
    reports = reports_total(store, scope, flt)
    codes = sorted({c.upper() for c in (*flt.countries, *(flt.pair or ()))}) if flt is not None else []
    # date-ordered index
    country = min(codes, key=lambda code: reports_total(store, code, None)) if codes else None
    countries_where, countries_params = _where(scope, flt, extra=" AND b = '' AND events > 0")
    pairs_where, pairs_params = _where(scope, flt, extra=" AND b != '' AND events > 0")
    return {
        "events_by_type": {r[0]: int(r[1]) for r in sorted(by_type, key=lambda r: (-r[1], r[0]))},
        "current_events": int(current), "matching_reports": reports,
        "first_event": _edge(store, where, params, "", country) if reports else None,  # no walk for none
        "last_event": _edge(store, where, params, " DESC", country) if reports else None,
        "countries": int(conn.execute(f"SELECT COUNT(DISTINCT a) FROM real_event_pairs{countries_where}",
                                      countries_params).fetchone()[0]),
        "pairs": int(conn.execute(f"SELECT COUNT(*) FROM (SELECT DISTINCT a, b FROM "
                                  f"real_event_pairs{pairs_where}) t",
                                  pairs_params).fetchone()[0]),
    }


def _edge(store: Any, where: Sequence[str], params: Sequence[Any], direction: str, country: str | None
          ) -> str | None:
    """The first (or last) known date of a matching report: a walk of the `events_sort` index, or of the
    `event_countries` index of `country` (one that must take part)."""
    conditions = " AND ".join([*where, "e.sort_date != ''"])
    if country is None:
        sql = f"SELECT e.sort_date FROM events e WHERE {conditions} ORDER BY e.sort_date{direction}"
    else:
        sql = ("SELECT e.sort_date FROM event_countries ec0 CROSS JOIN events e WHERE ec0.country = ? AND "
               f"ec0.sort_date != '' AND e.article_id = ec0.article_id AND e.idx = ec0.idx AND {conditions} "
               f"ORDER BY ec0.sort_date{direction}")
        params = [country, *params]
    row = store.conn.execute(f"{sql} LIMIT 1", list(params)).fetchone()
    return row[0] if row else None
