"""Issue 13 item 2 (load at 100k): the kept counts (store/rollups.py, migration 11) answer statistics, the
country-pair network, the timeline and page totals exactly as counting the reports does, after every kind
of write (new articles, an extraction saved again with other countries and dates, one saved empty), on
SQLite and PostgreSQL; event pages walk the sort-date index instead of sorting the whole table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from milwatch.model import Article, Event, Extraction
from milwatch.store import open_store
from milwatch.store.queries import EventFilter, count_events, countries, events_page, pairs
from milwatch.store.queries_browse import knowledge_stats
from milwatch.store.queries_real import real_event_months
from milwatch.store.rollups import scope_of
from support.event_filters import SD, reference_where

# the reports as counted before migration 11 (every filter of `FILTERS` in plain SQL over the reports)
RE = "COALESCE(rm.event_id, e.article_id || '#' || e.idx)"
FROM = ("FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN real_event_mentions rm "
        "ON rm.article_id = e.article_id AND rm.idx = e.idx")
FILTERS = [EventFilter(), EventFilter(countries=("est",)), EventFilter(countries=("NATO",)),
           EventFilter(pair=("LVA", "EST")), EventFilter(countries=("EST", "FIN")),
           EventFilter(types=("meeting",)), EventFilter(since="2024"), EventFilter(since="2024-03"),
           EventFilter(countries=("LVA",), since="2023-12"),
           EventFilter(pair=("EST", "LVA"), types=("agreement", "meeting"), since="2024-02"),
           EventFilter(since="2024-02-07")]  # the last: a day, answered from the reports


def reference(store: Any, flt: EventFilter) -> dict[str, Any]:
    where, params = reference_where(flt)

    def rows(sql: str) -> list[tuple[Any, ...]]:
        return sorted(tuple(r) for r in store.conn.execute(sql, params).fetchall())

    by_type = dict(rows(f"SELECT e.type, COUNT(DISTINCT {RE}) {FROM}{where} GROUP BY e.type"))
    span = store.conn.execute(f"SELECT MIN(NULLIF({SD}, '')), MAX(NULLIF({SD}, '')), "
                              f"COUNT(*), COUNT(DISTINCT CASE "
                              f"WHEN e.historical = 0 THEN {RE} END) {FROM}{where}", params).fetchone()
    pair_rows = rows(f"SELECT c1.value, c2.value, e.type, COUNT(DISTINCT {RE}) {FROM}, "
                     f"json_each(e.countries) c1, "
                     f"json_each(e.countries) c2{where} AND c1.value < c2.value GROUP BY "
                     f"c1.value, c2.value, e.type")
    country_rows = rows(f"SELECT c.value, e.type, COUNT(DISTINCT {RE}) {FROM}, "
                        f"json_each(e.countries) c{where} "
                        "GROUP BY c.value, e.type")
    months = rows("SELECT substr(COALESCE(r.date, r.first_report, ''), 1, 7), r.type, "
                  "COUNT(*) FROM real_events r "
                  f"WHERE r.event_id IN (SELECT rm.event_id {FROM}{where}) GROUP BY 1, 2")
    return {"by_type": by_type, "first": span[0], "last": span[1], "reports": span[2], "current": span[3],
            "pairs": pair_rows, "countries": country_rows, "n_countries": len({r[0] for r in country_rows}),
            "n_pairs": len({r[:2] for r in pair_rows}), "months": months}


def answered(store: Any, flt: EventFilter) -> dict[str, Any]:
    stats = knowledge_stats(store, flt)
    timeline = real_event_months(store, flt)
    return {"by_type": stats["events_by_type"], "first": stats["first_event"], "last": stats["last_event"],
            "reports": stats["matching_reports"], "current": stats["current_events"],
            "pairs": sorted((p["a"], p["b"], t, n) for p in pairs(store, flt)
                            for t, n in p["by_type"].items()),
            "countries": sorted((c["code"], t, n) for c in countries(store, flt)
                                for t, n in c["by_type"].items()),
            "n_countries": stats["countries"], "n_pairs": stats["pairs"],
            "months": sorted((m["month"] if m["month"] != "unknown" else "", t, n)
                             for m in timeline for t, n in m["by_type"].items())}


def ev(kind: str, countries: list[str], date: str | None, historical: bool = False) -> Event:
    return Event(type=kind, countries=countries, date=date, historical=historical,
                 evidence=f"{kind} {countries}.", confidence=0.8)


ARTICLES = {"a1": "2024-02-06", "a2": "2024-02-07", "a3": "2023-11-30", "a4": "2024-05-01", "a5": None}
EXTRACTIONS = {
    "a1": [ev("meeting", ["EST", "LVA"], "2024-02-06"), ev("agreement", ["EST", "LVA", "nato"], "2024-02")],
    "a2": [ev("meeting", ["LVA", "EST"], "2024-02-06"), ev("exercise", ["EST", "FIN"], None),
           ev("meeting", ["EST", "LVA"], "2019", historical=True)],
    "a3": [ev("aid", ["LVA", "nato"], "2023-11-29"), ev("meeting", ["FIN", "EST", "LVA"], "2023")],
    "a4": [ev("meeting", ["EST", "LVA"], None, historical=True),
           ev("exercise", ["EST", "FIN"], "2024-04-30")],
    "a5": [ev("meeting", ["EST", "LVA"], None)],
}


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    location = str(tmp_path / "k.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    opened = open_store(location)
    opened.add_articles([Article(id=aid, text=f"Report {aid}.", lang="en", published=day,
                                 source_url=f"https://s{aid}.example.com/x")
                                 for aid, day in ARTICLES.items()])
    yield opened
    opened.close()


def check(store: Any) -> None:
    for flt in FILTERS:
        if flt.since != "2024-02-07":
            assert scope_of(flt) is not None, flt  # the kept counts answer it
        got, want = answered(store, flt), reference(store, flt)
        assert got == want, flt
        assert count_events(store, flt) == want["reports"] == events_page(store, flt, limit=2).total, flt
        where, params = reference_where(flt)
        # pages (the sort-date walk, or a rare country's reports sorted) in order
        for order in ("asc", "desc"):
            direction = " DESC" if order == "desc" else ""
            expected = [f"{r[0]}#{r[1]}" for r in store.conn.execute(
                f"SELECT e.article_id, e.idx {FROM}{where} ORDER BY {SD}{direction}, e.rowid{direction}",
                params)]
            assert paged(store, flt, order) == expected, (flt, order)


def paged(store: Any, flt: EventFilter, order: str) -> list[str]:
    ids: list[str] = []
    cursor = None
    while True:
        page = events_page(store, flt, cursor, 2, order, total=False)
        ids += [e["id"] for e in page.items]
        if page.next is None:
            return ids
        cursor = page.next


def test_kept_counts_answer_as_counting_the_reports_after_every_write(store: Any) -> None:
    for aid, events in EXTRACTIONS.items():
        store.save_extraction(aid, Extraction(aid, events))
    check(store)
    assert knowledge_stats(store)["matching_reports"] == 10 and knowledge_stats(store)["countries"] == 4
    # saved again with other countries and dates, and one article's events gone: counts follow
    store.save_extraction("a1", Extraction("a1", [ev("meeting", ["EST", "POL"], "2024-03-02"),
                                                  ev("agreement", ["EST", "LVA", "nato"], "2024-02")]))
    store.save_extraction("a3", Extraction("a3", []))
    check(store)
    assert knowledge_stats(store, EventFilter(countries=("POL",)))["events_by_type"] == {"meeting": 1}
    assert pairs(store, EventFilter(countries=("nato",))) == [
        {"a": "EST", "b": "LVA", "events": 1, "by_type": {"agreement": 1}},
        {"a": "EST", "b": "nato", "events": 1, "by_type": {"agreement": 1}},
        {"a": "LVA", "b": "nato", "events": 1, "by_type": {"agreement": 1}}]
    store.save_extraction("a3", Extraction("a3", EXTRACTIONS["a3"]))
    check(store)


@pytest.mark.sqlite_only("the plan is SQLite's EXPLAIN QUERY PLAN")
def test_event_pages_follow_the_sort_date_index(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    try:
        store.add_articles([Article(id=aid, text=f"Report {aid}.", lang="en", published=day)
                            for aid, day in ARTICLES.items()])
        for aid, events in EXTRACTIONS.items():
            store.save_extraction(aid, Extraction(aid, events))
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        for order in ("asc", "desc"):
            events_page(store, EventFilter(), limit=3, order=order, total=False)
            events_page(store, EventFilter(since="2024"), limit=3, order=order, total=False)
        store.conn.set_trace_callback(None)
        pages = [sql for sql in seen if "ORDER BY sort_date" in sql]
        assert len(pages) == 4
        for sql in pages:
            plan = " | ".join(str(r[3]) for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
            # no sort of every matching report
            assert "events_sort" in plan and "TEMP B-TREE" not in plan, plan
        days = [e["date"] or e["published"] or "" for e in events_page(store, EventFilter(), limit=50).items]
        assert days == sorted(days)
    finally:
        store.close()
