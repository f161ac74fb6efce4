"""Issue 13 (load at 100k, session 8): a page of events filtered by countries walks the `event_countries`
index of the country with the fewest reports in date order (the other countries looked up in the same
table), instead of the sort-date index of every report until enough name them all.  The pages are the same
as before: every filter's pages, asc and desc, any page size, through the cursors, equal the reports in the
order of the plain SQL (sort date, rowid), ties on a date included; SQLite and PostgreSQL."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from milwatch.model import Article, Event, Extraction
from milwatch.store import open_store
from milwatch.store.queries import EventFilter, count_events, events_page
from support.event_filters import SD, reference_where

FROM = "FROM events e JOIN articles a ON a.id = e.article_id"
COUNTRIES = ["EST", "LVA", "FIN", "POL", "nato"]  # drawn with these weights: some rare, some common
WEIGHTS = [8, 6, 3, 1, 2]
DATES = [None, "2023", "2023-11", "2023-11-29", "2024-02", "2024-02-06", "2024-02-07", "2024-03-01"]
FILTERS = [EventFilter(countries=("EST",)), EventFilter(countries=("pol",)), EventFilter(countries=("NATO",)),
           EventFilter(pair=("LVA", "EST")), EventFilter(pair=("EST", "POL")),
           EventFilter(pair=("FIN", "FIN")),
           EventFilter(countries=("EST", "FIN", "LVA")), EventFilter(countries=("EST",), pair=("fin", "POL")),
           EventFilter(countries=("LVA",), since="2024"), EventFilter(pair=("EST", "LVA"), since="2023-11"),
           EventFilter(countries=("EST",), until="2023-11"), EventFilter(pair=("EST", "FIN"), until="2024"),
           EventFilter(countries=("FIN",), since="2023-11-29", until="2024-02-06"),
           EventFilter(countries=("EST",), types=("meeting",)), EventFilter(pair=("EST", "LVA"), lang="de"),
           EventFilter(countries=("XXX",)), EventFilter(pair=("EST", "XXX"))]


def expected(store: Any, flt: EventFilter, order: str) -> list[str]:
    where, params = reference_where(flt)
    direction = " DESC" if order == "desc" else ""
    return [f"{r[0]}#{r[1]}" for r in store.conn.execute(
        f"SELECT e.article_id, e.idx {FROM}{where} ORDER BY {SD}{direction}, e.rowid{direction}", params)]


def paged(store: Any, flt: EventFilter, order: str, limit: int) -> list[str]:
    ids: list[str] = []
    cursor = None
    while True:
        page = events_page(store, flt, cursor, limit, order, total=False)
        ids += [e["id"] for e in page.items]
        if page.next is None:
            return ids
        cursor = page.next


def fill(store: Any, seed: int = 5, articles: int = 60) -> None:
    rng = random.Random(seed)
    store.add_articles([Article(id=f"p{i:03d}", text=f"Report number {i} of a generated store.",
                                lang=rng.choice(["en", "de"]), published=rng.choice(DATES[1:] + [None]),
                                source_url=f"https://s{i % 7}.example.com/{i}") for i in range(articles)])
    for i in range(articles):
        events = []
        for _ in range(rng.randint(0, 4)):
            chosen = {rng.choices(COUNTRIES, WEIGHTS)[0] for _ in range(rng.randint(1, 3))}
            events.append(Event(type=rng.choice(["meeting", "agreement", "exercise"]),
                                countries=sorted(chosen), date=rng.choice(DATES), evidence="Generated.",
                                confidence=0.7))
        store.save_extraction(f"p{i:03d}", Extraction(f"p{i:03d}", events))


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    location = str(tmp_path / "c.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    opened = open_store(location)
    fill(opened)
    yield opened
    opened.close()


def test_pages_by_country_are_the_reports_in_date_order(store: Any) -> None:
    assert count_events(store, EventFilter()) > 100  # enough reports, and many on one date
    for flt in FILTERS:
        for order in ("asc", "desc"):
            want = expected(store, flt, order)
            for limit in (1, 3, 50):
                assert paged(store, flt, order, limit) == want, (flt, order, limit)
        assert events_page(store, flt, limit=2).total == len(expected(store, flt, "asc")), flt


@pytest.mark.sqlite_only("the plan is SQLite's EXPLAIN QUERY PLAN")
def test_a_pair_walks_the_rarer_country_in_date_order(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    try:
        fill(store)
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        first = events_page(store, EventFilter(pair=("EST", "POL")), limit=2, order="desc", total=False)
        events_page(store, EventFilter(pair=("EST", "POL")), first.next, limit=2, order="desc", total=False)
        store.conn.set_trace_callback(None)
        pages = [sql for sql in seen if "ORDER BY ec0.sort_date" in sql]
        assert len(pages) == 2
        for sql in pages:
            plan = [str(r[3]) for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
            # the rarer country (POL) first, by its index; no sort of all its reports (only ties on a date)
            assert plan[0].startswith("SEARCH ec0 USING COVERING INDEX event_countries_country"), plan
            assert "'POL'" in sql or "upper('POL')" in sql
            assert not any("TEMP B-TREE FOR ORDER BY" in step for step in plan), plan
        # the next page starts at its cursor's date in the index
        second = " ".join(str(r[3]) for r in store.conn.execute(f"EXPLAIN QUERY PLAN {pages[1]}"))
        assert "sort_date<?" in second, second
    finally:
        store.close()
