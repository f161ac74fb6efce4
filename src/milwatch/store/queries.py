"""Read-only queries over the SQLite store: what the query CLI, the exports, the API and the web UI ask.

    flt = EventFilter(countries=("AZE",), types=("meeting",), since="2024-09")
    page = events_page(store, flt, limit=50)          # Page(items, next, total)
    page = events_page(store, flt, cursor=page.next)  # ... until page.next is None
    for event in iter_events(store, flt): ...         # every match, read page by page

Functions take the store (they use its connection) and never write.  Pages are cut
by keyset cursors (an opaque string), so paging through any number of rows costs the
same per page and has no cap.  An event's date for sorting and for `since`/`until` is
its own date, else its article's publication date; partial dates (`2024-09`, `2024`)
count as the whole period.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import Any

from milwatch.errors import QueryError
from milwatch.store.query_filter import (
    MAX_PAGE,
    SORT_DATE,
    EventFilter,
    Page,
    and_where,
    decode_cursor,
    encode_cursor,
    event_where,
    page_limit,
    period_end,
)
from milwatch.store.sql import Connection

EVENT_FROM = ("FROM events e JOIN articles a ON a.id = e.article_id "
              "LEFT JOIN stories s ON s.article_id = e.article_id "
              "LEFT JOIN real_event_mentions rm ON rm.article_id = e.article_id AND rm.idx = e.idx")
EVENT_SELECT = ("SELECT e.rowid AS rid, e.*, a.lang, a.published, a.title, a.source_url, a.source, "
                "s.story_id AS story, rm.event_id AS event_id ")  # e.* has sort_date
REAL_EVENT = "COALESCE(rm.event_id, e.article_id || '#' || e.idx)"  # a report's real event (itself if none)
_PERSON_COLS = "name, aliases, country, role, rank, person_id"


# events -----------------------------------------------------------------------
def _persons_of(conn: Connection, keys: Sequence[tuple[str, int]]) -> dict[tuple[str, int], list[dict]]:
    out: dict[tuple[str, int], list[dict[str, Any]]] = {}
    ids = sorted({k[0] for k in keys})
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = conn.execute(f"SELECT article_id, idx, {_PERSON_COLS} FROM event_persons "  # noqa: S608
                            f"WHERE article_id IN ({', '.join('?' * len(chunk))}) ORDER BY "
                            f"article_id, idx, pidx",
                            chunk)
        for r in rows:
            out.setdefault((r["article_id"], r["idx"]), []).append(
                {"name": r["name"], "aliases": json.loads(r["aliases"]), "country": r["country"],
                 "role": r["role"], "rank": r["rank"], "person_id": r["person_id"]})
    return out


def event_dict(row: Any, persons: list[dict[str, Any]]) -> dict[str, Any]:
    """One event row (with its article's columns) as the dict every edge prints or serves."""
    return {
        "id": f"{row['article_id']}#{row['idx']}", "article_id": row["article_id"], "idx": row["idx"],
        "type": row["type"], "countries": json.loads(row["countries"]), "actor": json.loads(row["actor"]),
        "recipient": json.loads(row["recipient"]), "mode": row["mode"], "date": row["date"],
        "location": row["location"], "doc_type": row["doc_type"], "areas": json.loads(row["areas"]),
        "historical": bool(row["historical"]), "persons": persons, "evidence": row["evidence"],
        "evidence_start": row["evidence_start"], "evidence_end": row["evidence_end"], "plover": row["plover"],
        "plover_mode": row["plover_mode"], "plover_context": row["plover_context"], "cameo": row["cameo"],
        "confidence": row["confidence"], "lang": row["lang"], "published": row["published"],
        "title": row["title"], "source_url": row["source_url"], "source": row["source"],
        "story": row["story"], "event_id": row["event_id"],
    }


def with_persons(conn: Connection, rows: list[Any]) -> list[dict[str, Any]]:
    persons = _persons_of(conn, [(r["article_id"], r["idx"]) for r in rows])
    return [event_dict(r, persons.get((r["article_id"], r["idx"]), [])) for r in rows]


def event_from(flt: EventFilter | None) -> str:
    """FROM of the matching reports (`e`) and their real events (`rm`), joined to articles (`a`) and stories
    (`s`) only when `flt` looks at them: what counts and aggregates read."""
    sql = "FROM events e LEFT JOIN real_event_mentions rm ON rm.article_id = e.article_id AND rm.idx = e.idx"
    if flt is not None and flt.lang:
        sql += " JOIN articles a ON a.id = e.article_id"
    if flt is not None and flt.story:
        sql += " LEFT JOIN stories s ON s.article_id = e.article_id"
    return sql


def count_events(store: Any, flt: EventFilter) -> int:
    """Matching reports: from the kept counts when they answer `flt` (store/rollups.py), else counted."""
    from milwatch.store import rollups

    scope = rollups.scope_of(flt)
    if scope is not None:
        return rollups.reports_total(store, scope, flt)
    where, params = event_where(flt)
    return int(store.conn.execute(f"SELECT COUNT(*) {event_from(flt)}{and_where(where)}",
                                  params).fetchone()[0])


def events_page(store: Any, flt: EventFilter, cursor: str | None = None, limit: int = 50,
                order: str = "asc", total: bool = True) -> Page:
    """One page of events ordered by (date, rowid), ascending or descending (a walk of the sort-date index;
    none when the kept counts say that nothing matches: the walk would read every report)."""
    from milwatch.store import rollups

    scope = rollups.scope_of(flt)
    if scope is not None and not rollups.reports_total(store, scope, flt):
        order_direction(order)  # bad arguments are still errors
        page_limit(limit)
        if cursor:
            decode_cursor(cursor, str, int)
        return Page([], None, 0 if total else None)
    where, params = event_where(flt)
    given: dict[str, str] = {}  # upper-case code -> as given (SQL's upper() is the one that counts)
    for code in (*flt.countries, *(flt.pair or ())):
        given.setdefault(code.upper(), code)
    if not given:
        items, nxt = date_page(store, f"{EVENT_SELECT}{EVENT_FROM}", f"{SORT_DATE}, e.rowid", where,
                               params, cursor, limit, order, with_persons)
        return Page(items, nxt, count_events(store, flt) if total else None)
    # a country must take part: walk the reports of the one with the fewest in date order (its
    # `event_countries` index, whose sort_date is the report's; ties sorted by rowid as they come), each
    # other country looked up in `event_countries` before the report itself is read, so a page reads about
    # limit x that country's reports / matches index entries, never the whole store (a pair walked the
    # sort-date index until 50 reports named both: 30-45 ms at 100k; benchmarks/README.md, session 8)
    rarest = min(given, key=lambda code: (rollups.reports_total(store, code, None), code))
    others = [given[code] for code in sorted(given) if code != rarest]
    joins = "".join(f"CROSS JOIN event_countries ec{i} " for i in range(1, len(others) + 1))
    source = EVENT_FROM.replace("FROM events e", f"FROM event_countries ec0 {joins}CROSS JOIN events e", 1)
    walk = ["ec0.country = upper(?)",
            *(f"ec{i}.article_id = ec0.article_id AND ec{i}.idx = ec0.idx AND ec{i}.country = upper(?)"
              for i in range(1, len(others) + 1)),
            "e.article_id = ec0.article_id", "e.idx = ec0.idx"]
    walk_params: list[Any] = [given[rarest], *others]
    if flt.since:  # the bounds of `event_where` on the walked index too
        walk.append("ec0.sort_date >= ?")
        walk_params.append(flt.since[:4])
    if flt.until:
        walk.append("ec0.sort_date != '' AND ec0.sort_date <= ?")
        walk_params.append(period_end(flt.until))
    items, nxt = date_page(store, f"{EVENT_SELECT}{source}", "ec0.sort_date, e.rowid", [*walk, *where],
                           [*walk_params, *params], cursor, limit, order, with_persons,
                           order_by=("ec0.sort_date", "e.rowid"), seek="ec0.sort_date")
    return Page(items, nxt, count_events(store, flt) if total else None)


def order_direction(order: str) -> str:
    """The SQL of `order` (asc or desc) after an ORDER BY term."""
    if order not in ("asc", "desc"):
        raise QueryError(f"order must be asc or desc, got {order!r}")
    return "" if order == "asc" else " DESC"


def date_page(store: Any, select: str, sort: str, where: list[str], params: list[Any], cursor: str | None,
              limit: int, order: str, complete: Callable[[Any, list[Any]], list[dict[str, Any]]],
              order_by: tuple[str, str] = ("sort_date", "rid"), seek: str | None = None
              ) -> tuple[list[dict[str, Any]], str | None]:
    """One page of `select` (which names `sort_date` and `rid`, the SQL pair `sort`) under `where`, ordered by
    them from the keyset `cursor` on, completed by `complete(conn, rows)`; (items, the next page's cursor).

    `order_by`: the SQL of the two sort terms when not the output columns (an indexed column equal to
    `sort_date`, for the walk of that index); `seek`: a column equal to `sort_date` that the cursor's date
    also bounds (so the walk starts there)."""
    direction = order_direction(order)
    limit = page_limit(limit)
    if cursor:
        date, rid = decode_cursor(cursor, str, int)
        where = [*where, f"({sort}) {'>' if order == 'asc' else '<'} (?, ?)"]
        params = [*params, date, rid]
        if seek:
            where.append(f"{seek} {'>=' if order == 'asc' else '<='} ?")
            params.append(date)
    first, second = order_by
    rows = store.conn.execute(f"{select}{and_where(where)} ORDER BY {first}{direction}, "
                              f"{second}{direction} LIMIT ?",
                              [*params, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    return (complete(store.conn, rows),
            encode_cursor(rows[-1]["sort_date"], rows[-1]["rid"]) if more and rows else None)


def stream_rows(store: Any, sql: str, params: Sequence[Any],
                complete: Callable[[Any, list[Any]], list[dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    """Rows of one query fetched MAX_PAGE at a time (SQLite sorts once; memory stays flat), each page
    completed into dicts by `complete(conn, rows)` (officials of events, reports of real events)."""
    cursor = store.conn.execute(sql, params)
    try:
        while True:
            rows = cursor.fetchmany(MAX_PAGE)
            if not rows:
                return
            yield from complete(store.conn, rows)
    finally:
        cursor.close()


def _stream(store: Any, sql: str, params: Sequence[Any]) -> Iterator[dict[str, Any]]:
    """Rows of one query as event dicts with their officials."""
    return stream_rows(store, sql, params, with_persons)


def iter_events(store: Any, flt: EventFilter, order: str = "asc") -> Generator[dict[str, Any], None, None]:
    """Every matching event in the order of `events_page`, streamed from one query."""
    if order not in ("asc", "desc"):
        raise QueryError(f"order must be asc or desc, got {order!r}")
    where, params = event_where(flt)
    direction = "" if order == "asc" else " DESC"
    yield from _stream(store, f"{EVENT_SELECT}{EVENT_FROM}{and_where(where)} ORDER BY sort_date{direction}, "
                              f"rid{direction}", params)


def iter_events_by_article(store: Any, flt: EventFilter) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(article id, its matching events) in ingest order of the articles."""
    where, params = event_where(flt)
    current: tuple[str, list[dict[str, Any]]] | None = None
    for event in _stream(store, f"{EVENT_SELECT}{EVENT_FROM}{and_where(where)} ORDER BY a.pk, e.idx", params):
        if current is not None and current[0] != event["article_id"]:
            yield current
            current = None
        if current is None:
            current = (event["article_id"], [])
        current[1].append(event)
    if current is not None:
        yield current


def event_months(store: Any, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """Matching events per month (`YYYY-MM`; `YYYY` for year-only dates, `unknown` without one), by type."""
    where, params = event_where(flt)
    return by_month(store.conn.execute(
        f"SELECT substr({SORT_DATE}, 1, 7) AS m, e.type, COUNT(*) {event_from(flt)}{and_where(where)} "
        "GROUP BY m, e.type ORDER BY m", params))


def by_month(rows: Iterable[Sequence[Any]]) -> list[dict[str, Any]]:
    """(month, type, count) rows in month order as one item a month (`unknown` for none): its count, by
    type."""
    out: dict[str, dict[str, Any]] = {}
    for month, kind, n in rows:
        item = out.setdefault(month or "unknown", {"month": month or "unknown", "events": 0, "by_type": {}})
        item["events"] += n
        item["by_type"][kind] = n
    return list(out.values())


# countries and pairs -------------------------------------------------------------
def countries(store: Any, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """Every country (or organisation) with its number of real events (with a matching report), by type;
    most events first."""
    from milwatch.store import rollups

    scope = rollups.scope_of(flt)
    where, params = event_where(flt)
    out: dict[str, dict[str, Any]] = {}
    for code, kind, n in rollups.pair_counts(store, scope, flt, countries=True) if scope is not None else \
            store.conn.execute(
            f"SELECT c.value, e.type, COUNT(DISTINCT {REAL_EVENT}) {event_from(flt)}, "
            f"json_each(e.countries) c"
            f"{and_where(where)} GROUP BY c.value, e.type", params):
        item = out.setdefault(code, {"code": code, "events": 0, "by_type": {}})
        item["events"] += n
        item["by_type"][kind] = n
    return sorted(out.values(), key=lambda c: (-c["events"], c["code"]))


def pairs(store: Any, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """Every pair of countries taking part in the same real events (with a matching report), with counts by
    type; most first.  These are the weights of the country-pair network."""
    from milwatch.store import rollups

    scope = rollups.scope_of(flt)
    where, params = event_where(flt)
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for a, b, kind, n in rollups.pair_counts(store, scope, flt) if scope is not None else store.conn.execute(
            f"SELECT c1.value, c2.value, e.type, COUNT(DISTINCT {REAL_EVENT}) {event_from(flt)}, "
            f"json_each(e.countries) "
            f"c1, json_each(e.countries) c2{and_where([*where, 'c1.value < c2.value'])} "
            "GROUP BY c1.value, c2.value, e.type", params):
        item = out.setdefault((a, b), {"a": a, "b": b, "events": 0, "by_type": {}})
        item["events"] += n
        item["by_type"][kind] = n
    return sorted(out.values(), key=lambda p: (-p["events"], p["a"], p["b"]))


def article_ids(store: Any, flt: EventFilter) -> Iterator[str]:
    """Ids of the articles of `flt.lang`, `flt.article`, `flt.story` (each when given), in ingest order."""
    where: list[str] = ["pk > ?"]
    params: list[object] = [0]
    if flt.lang:
        where.append("lang = ?")
        params.append(flt.lang)
    if flt.article:
        where.append("id = ?")
        params.append(flt.article)
    if flt.story:
        where.append("id IN (SELECT article_id FROM stories WHERE story_id = ?)")
        params.append(flt.story)
    while True:
        rows = store.conn.execute(f"SELECT pk, id FROM articles WHERE {' AND '.join(where)} "  # noqa: S608
                                  "ORDER BY pk LIMIT 500", params).fetchall()
        if not rows:
            return
        yield from (r[1] for r in rows)
        params[0] = rows[-1][0]
