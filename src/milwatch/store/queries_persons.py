"""Read-only queries of the officials: a page of persons by name, one person with the events naming them.

Persons come from the registry (`persons` table) when one was saved, else from the officials named in
events, grouped by their canonical name (the rules of `queries_browse`)."""

from __future__ import annotations

import json
from typing import Any

from milwatch.store.queries import (
    EVENT_FROM,
    EVENT_SELECT,
    MAX_PAGE,
    SORT_DATE,
    Page,
    and_where,
    decode_cursor,
    encode_cursor,
    page_limit,
    with_persons,
)
from milwatch.store.queries_browse import has_rows
from milwatch.store.query_filter import LIKE, contains

# persons -------------------------------------------------------------------------
_DERIVED = (f"SELECT p.name AS id, p.name, MAX(p.country) AS country, COUNT(*) AS mentions, "
            f"MIN(NULLIF({SORT_DATE}, '')) AS first_seen, MAX(NULLIF({SORT_DATE}, '')) AS last_seen, "
            f"group_concat(p.aliases, char(30)) AS alias_lists FROM event_persons p "
            f"JOIN events e ON e.article_id = p.article_id AND e.idx = p.idx JOIN articles a "
            f"ON a.id = e.article_id")


def _aliases(lists: str | None, name: str) -> list[str]:
    seen: dict[str, None] = {}
    for chunk in (lists or "").split("\x1e"):
        for alias in json.loads(chunk) if chunk else []:
            if alias != name:
                seen.setdefault(alias, None)
    return sorted(seen)


def _registry_person(row: Any) -> dict[str, Any]:
    data = json.loads(row["data"])
    return {"id": data["id"], "name": data["name"], "country": data.get("country"),
            "aliases": data.get("aliases") or [], "roles": data.get("roles") or [],
            "ranks": data.get("ranks") or [],
            "first_seen": data.get("first_seen"), "last_seen": data.get("last_seen"),
            "mentions": data.get("mentions") or 0, "langs": data.get("langs") or []}


def _derived_person(row: Any) -> dict[str, Any]:
    return {"id": row["id"], "name": row["name"], "country": row["country"],
            "aliases": _aliases(row["alias_lists"], row["name"]), "first_seen": row["first_seen"],
            "last_seen": row["last_seen"], "mentions": row["mentions"]}


def _person_filters(q: str | None, country: str | None, *, match: str,
                    country_column: str) -> tuple[list[str], list[Any]]:
    """The WHERE terms and parameters of a persons query: `match` (two LIKE parameters) finds `q` in
    names and aliases, `country_column` holds the official's state."""
    where: list[str] = []
    params: list[Any] = []
    if q:
        where.append(match)
        params += [contains(q), contains(q)]
    if country:
        where.append(f"upper({country_column}) = upper(?)")
        params.append(country)
    return where, params


def persons_page(store: Any, q: str | None = None, country: str | None = None, cursor: str | None = None,
                 limit: int = 50) -> Page:
    """Officials by name: from the registry when one is saved, else from the persons named in events."""
    limit = page_limit(limit)
    registry = has_rows(store, "persons")
    if registry:
        sql, key, order = ("SELECT person_id AS id, name, data FROM persons", "(name, person_id)",
                           "name, person_id")
        where, params = _person_filters(q, country, match=f"(name {LIKE} OR aliases {LIKE})",
                                        country_column="country")
        total_sql = f"SELECT COUNT(*) FROM persons{and_where(where)}"
    else:
        sql, key, order = _DERIVED, "(p.name, p.name)", "p.name"
        named = f"p.name IN (SELECT name FROM event_persons WHERE name {LIKE} OR aliases {LIKE})"
        where, params = _person_filters(q, country, match=named, country_column="p.country")
        total_sql = f"SELECT COUNT(DISTINCT p.name) FROM event_persons p{and_where(where)}"
    total = int(store.conn.execute(total_sql, params).fetchone()[0])
    if cursor:
        where.append(f"{key} > (?, ?)")
        params += decode_cursor(cursor, str, str)
    group = "" if registry else " GROUP BY p.name"
    rows = store.conn.execute(f"{sql}{and_where(where)}{group} ORDER BY {order} LIMIT ?",
                              [*params, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    items = [_registry_person(r) if registry else _derived_person(r) for r in rows]
    nxt = encode_cursor(rows[-1]["name"], rows[-1]["id"]) if more and rows else None
    return Page(items, nxt, total)


def person_detail(store: Any, person_id: str, limit: int | None = None,
                  cursor: str | None = None) -> dict[str, Any] | None:
    """One official: aliases, roles and ranks over time (first/last seen, count) and their events.

    `limit` cuts the events to a page (keyset `cursor`, as `events_page`): `events_total` counts them
    all and `events_next` is the cursor of the following page (None on the last); without `limit`,
    every event.  The events are found through the person's own rows, so the cost follows the size
    of the page and of the person's record, not of the store.
    """
    if has_rows(store, "persons"):
        row = store.conn.execute("SELECT person_id AS id, name, data FROM persons WHERE "
                                 "person_id = ? OR name = ? "
                                 "ORDER BY person_id = ? DESC, person_id LIMIT 1",
                                 (person_id, person_id, person_id)).fetchone()
        if row is None:
            return None
        person, column = _registry_person(row), "person_id"
        person_id = row["id"]  # a name given: the events are linked by the registry id
    else:
        row = store.conn.execute(f"{_DERIVED} WHERE p.name = ? GROUP BY p.name", (person_id,)).fetchone()
        if row is None:
            return None
        person, column = _derived_person(row), "name"
        for field_, name in (("role", "roles"), ("rank", "ranks")):
            person[name] = [
                {"value": r[0], "first_seen": r[1], "last_seen": r[2], "count": r[3]}
                for r in store.conn.execute(
                    f"SELECT p.{field_}, MIN(NULLIF({SORT_DATE}, '')), "
                    f"MAX(NULLIF({SORT_DATE}, '')), COUNT(*) "
                    "FROM event_persons p JOIN events e ON e.article_id = p.article_id AND e.idx = p.idx "
                    f"JOIN articles a ON a.id = e.article_id WHERE p.name = ? AND p.{field_} IS NOT NULL "
                    f"GROUP BY p.{field_} ORDER BY 2, 1 LIMIT {MAX_PAGE}", (person_id,))]
    if not person.get("langs"):
        person["langs"] = [r[0] for r in store.conn.execute(
            "SELECT DISTINCT a.lang FROM event_persons p JOIN articles a ON a.id = p.article_id "
            f"WHERE p.{column} = ? AND a.lang IS NOT NULL ORDER BY 1", (person_id,))]
    own = f"(e.article_id, e.idx) IN (SELECT article_id, idx FROM event_persons WHERE {column} = ?)"
    where, params = [own], [person_id]
    person["events_total"] = int(store.conn.execute(
        f"SELECT COUNT(*) FROM (SELECT DISTINCT article_id, idx FROM event_persons WHERE {column} = ?) AS t",
        (person_id,)).fetchone()[0])
    if cursor:
        where.append(f"({SORT_DATE}, e.rowid) > (?, ?)")
        params += decode_cursor(cursor, str, int)
    cap = "" if limit is None else f" LIMIT {page_limit(limit) + 1}"
    rows = store.conn.execute(f"{EVENT_SELECT}{EVENT_FROM}{and_where(where)} ORDER BY sort_date, rid{cap}",
                              params).fetchall()
    more = limit is not None and len(rows) > page_limit(limit)
    rows = rows[:page_limit(limit)] if limit is not None else rows
    person["events"] = with_persons(store.conn, rows)
    person["events_next"] = encode_cursor(rows[-1]["sort_date"], rows[-1]["rid"]) if more and rows else None
    return person
