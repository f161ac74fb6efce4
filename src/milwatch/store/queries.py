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

import base64
import json
import re
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from milwatch.errors import QueryError
from milwatch.store.sql import Connection

MAX_PAGE = 500
MAX_CURSOR = 1024  # characters; real cursors are far shorter
MAX_VALUES = 20  # countries (or types) in one filter: each one is a condition of the query
MAX_TEXT = 1000  # characters of a text filter (person, lang, story, article)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SORT_DATE = "e.sort_date"  # its date, else its article's publication date (migration 11 keeps it; indexed)
EVENT_FROM = ("FROM events e JOIN articles a ON a.id = e.article_id "
              "LEFT JOIN stories s ON s.article_id = e.article_id "
              "LEFT JOIN real_event_mentions rm ON rm.article_id = e.article_id AND rm.idx = e.idx")
EVENT_SELECT = ("SELECT e.rowid AS rid, e.*, a.lang, a.published, a.title, a.source_url, a.source, "
                "s.story_id AS story, rm.event_id AS event_id ")  # e.* has sort_date
REAL_EVENT = "COALESCE(rm.event_id, e.article_id || '#' || e.idx)"  # a report's real event (itself if none)
_PERSON_COLS = "name, aliases, country, role, rank, person_id"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of events; every given one must hold.  `countries` must all take part."""

    countries: tuple[str, ...] = ()
    pair: tuple[str, str] | None = None
    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    person: str | None = None
    lang: str | None = None
    current_only: bool = False
    story: str | None = None
    article: str | None = None
    doc_types: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()  # any of them

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _DATE.match(value):
                raise QueryError(f"{name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        for name, values in (("countries", (*self.countries, *(self.pair or ()))), ("types", self.types),
                             ("doc_types", self.doc_types), ("modes", self.modes), ("areas", self.areas)):
            if len(values) > MAX_VALUES:
                raise QueryError(f"{name}: at most {MAX_VALUES} values, got {len(values)}")
        for name in ("person", "lang", "story", "article"):
            value = getattr(self, name)
            if value is not None and len(value) > MAX_TEXT:
                raise QueryError(f"{name}: at most {MAX_TEXT} characters, got {len(value)}")

    @property
    def event_level(self) -> bool:
        """True when a criterion looks at events (not only at their articles)."""
        return bool(self.countries or self.pair or self.types or self.since or self.until or self.person
                    or self.current_only or self.doc_types or self.modes or self.areas)


@dataclass(slots=True)
class Page:
    items: list[dict[str, Any]] = field(default_factory=list)
    next: str | None = None  # cursor of the next page; None on the last page
    total: int | None = None
    ranked: int | None = None  # search: the matches ranked and paged, when not every one (queries_browse)

    def to_dict(self) -> dict[str, Any]:
        extra = {} if self.ranked is None else {"ranked": self.ranked}
        return {"items": self.items, "next": self.next, "total": self.total} | extra


# cursors ----------------------------------------------------------------------
def encode_cursor(*key: Any) -> str:
    raw = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, *types: type) -> list[Any]:
    """The key of a cursor made by `encode_cursor`, checked against the types of its parts (`str`, `int`).

    A cursor is client input: anything that is not such a key (bad base64 or JSON, deep nesting,
    wrong length or types, numbers SQLite cannot hold, negative offsets) is a QueryError.
    """
    shown = cursor if len(cursor) <= 40 else cursor[:40] + "…"
    if len(cursor) > MAX_CURSOR:
        raise QueryError(f"bad cursor {shown!r}: longer than {MAX_CURSOR} characters; "
                         f"pass back a page's `next`")
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, TypeError, RecursionError) as exc:
        raise QueryError(f"bad cursor {shown!r}: not a cursor this server made; "
                         f"pass back a page's `next`") from exc
    if not isinstance(key, list) or len(key) != len(types):
        raise QueryError(f"bad cursor {shown!r}: expected {len(types)} values")
    for value, kind in zip(key, types, strict=True):
        if not (_int_position(value) if kind is int else isinstance(value, str) and _utf8(value)):
            raise QueryError(f"bad cursor {shown!r}: {value!r} is not a valid {kind.__name__} position")
    return key


def _int_position(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1 << 63


def _utf8(value: str) -> bool:
    try:
        value.encode("utf-8")  # a JSON-escaped lone surrogate cannot reach SQLite
    except UnicodeEncodeError:
        return False
    return True


def page_limit(limit: int) -> int:
    if limit < 1:
        raise QueryError(f"limit must be at least 1, got {limit}")
    return min(limit, MAX_PAGE)


# filters ----------------------------------------------------------------------
def period_start(value: str) -> str:
    return value + ("-01-01" if len(value) == 4 else "-01" if len(value) == 7 else "")


def period_end(value: str) -> str:
    return value + ("-12-31" if len(value) == 4 else "-31" if len(value) == 7 else "")


def event_where(flt: EventFilter | None) -> tuple[list[str], list[Any]]:
    """SQL conditions (over `e` events, `a` articles, `s` stories) and their parameters."""
    flt = flt or EventFilter()
    where: list[str] = []
    params: list[Any] = []
    for code in (*flt.countries, *(flt.pair or ())):  # event_countries: the report's countries, upper-case
        where.append("EXISTS (SELECT 1 FROM event_countries ec WHERE ec.article_id = "
                     "e.article_id AND ec.idx = e.idx "
                     "AND ec.country = upper(?))")
        params.append(code)
    if flt.types:
        where.append(f"e.type IN ({', '.join('?' * len(flt.types))})")
        params += list(flt.types)
    for column, values in (("e.doc_type", flt.doc_types), ("e.mode", flt.modes)):
        if values:
            where.append(f"{column} IN ({', '.join('?' * len(values))})")
            params += list(values)
    if flt.areas:
        where.append(f"EXISTS (SELECT 1 FROM json_each(e.areas) WHERE value IN "
                     f"({', '.join('?' * len(flt.areas))}))")
        params += list(flt.areas)
    # the event's period ends on or after `since` (and so it is not in an earlier year: the index)
    if flt.since:
        where.append(f"{SORT_DATE} >= ? AND (CASE length({SORT_DATE}) WHEN 4 THEN {SORT_DATE} "
                     f"|| '-12-31' WHEN 7 THEN "
                     f"{SORT_DATE} || '-31' ELSE {SORT_DATE} END) >= ?")
        params += [flt.since[:4], period_start(flt.since)]
    if flt.until:  # ... and starts on or before `until`
        where.append(f"{SORT_DATE} != '' AND {SORT_DATE} <= ?")
        params.append(period_end(flt.until))
    if flt.person:
        where.append("EXISTS (SELECT 1 FROM event_persons p WHERE p.article_id = "
                     "e.article_id AND p.idx = e.idx "
                     f"AND (p.name {LIKE} OR p.aliases {LIKE} OR p.person_id = ?))")
        like = contains(flt.person)
        params += [like, like, flt.person]
    if flt.lang:
        where.append("a.lang = ?")
        params.append(flt.lang)
    if flt.current_only:
        where.append("e.historical = 0")
    if flt.story:
        where.append("s.story_id = ?")
        params.append(flt.story)
    if flt.article:
        where.append("e.article_id = ?")
        params.append(flt.article)
    return where, params


LIKE = "LIKE ? ESCAPE '\\'"  # with `contains`: the given text is matched literally


def contains(text: str) -> str:
    """A LIKE pattern for "contains `text`": its own `%` and `_` are matched as characters."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def and_where(where: Sequence[str]) -> str:
    return (" WHERE " + " AND ".join(where)) if where else ""


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
