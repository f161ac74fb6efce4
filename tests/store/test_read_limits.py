"""Reads found by the load harness (benchmarks/crash_load.py load): a search whose time ran out is a timeout
(StoreError, 503), not a "bad search query" (400); an article without clean text found by its title."""

from __future__ import annotations

from pathlib import Path

import pytest

from milwatch.errors import StoreError
from milwatch.model import Article
from milwatch.store import open_store
from milwatch.store.queries_browse import search_page


def test_a_search_out_of_time_is_a_timeout_not_a_bad_query(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    try:
        store.add_articles([Article(id=f"r{i}", lang="en", title=f"Report {i}",
                                    text=f"Report {i} on defence cooperation and naval talks number {i * 7}.")
                            for i in range(3000)])
        assert search_page(store, "report").total == 3000
        with pytest.raises(StoreError, match="took longer"), store.time_limit(0.0):
            search_page(store, "report")
    finally:
        store.close()


def test_an_article_without_clean_text_is_found_by_its_title(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    try:
        store.add_articles([Article(id="t1", lang="en", title="Naval talks", text="Naval talks held.")])
        with store.transaction() as conn:  # as a store filled through the Store API without cleaning
            conn.execute("UPDATE articles SET clean_text = NULL")
        page = search_page(store, "naval")
        assert [item["id"] for item in page.items] == ["t1"] and page.items[0]["snippet"] == ""
    finally:
        store.close()


def _old_stats(store: object, flt: object) -> dict[str, object]:
    """knowledge_stats' figures as they were computed before its one-pass query: one query each."""
    from milwatch.store.queries import (
        EVENT_FROM,
        REAL_EVENT,
        SORT_DATE,
        and_where,
        countries,
        event_where,
        pairs,
    )

    conn = store.conn  # type: ignore[attr-defined]
    where, params = event_where(flt)  # type: ignore[arg-type]
    by_type = {k: n for k, n in conn.execute(f"SELECT e.type, COUNT(DISTINCT {REAL_EVENT}) n {EVENT_FROM}"
                                             f"{and_where(where)} GROUP BY e.type ORDER BY n DESC, e.type",
                                             params)}
    span = conn.execute(f"SELECT MIN(NULLIF({SORT_DATE}, '')), MAX(NULLIF({SORT_DATE}, '')), "
                        f"COUNT(DISTINCT CASE WHEN e.historical = 0 THEN {REAL_EVENT} END), COUNT(*) "
                        f"{EVENT_FROM}{and_where(where)}", params).fetchone()
    return {"events_by_type": by_type, "first_event": span[0], "last_event": span[1],
            "current_events": span[2], "matching_reports": span[3],
            "countries": len(countries(store, flt)), "pairs": len(pairs(store, flt))}  # type: ignore[arg-type]


def _reports(tmp_path: Path) -> object:
    """A store of 40 articles whose reports cover three types, five countries, dated, undated and background
    events, several reports of one real event."""
    from milwatch.model import Event, Extraction

    store = open_store(tmp_path / "stats.db")
    pairs_ = [("EST", "LVA"), ("JPN", "IND"), ("EST", "POL"), ("LVA", "POL", "LTU")]
    store.add_articles([Article(id=f"s{i}", lang=("en", "de")[i % 2],
                                published=f"2024-{1 + i % 9:02d}-1{i % 7}",
                                text=f"Report {i} on defence talks.") for i in range(40)])
    for i in range(40):
        countries = list(pairs_[i % 4])
        events = [Event(type=("meeting", "agreement", "exercise")[i % 3], countries=countries,
                        date=None if i % 5 == 0 else f"2024-{1 + (i // 8):02d}-0{1 + i % 4}",
                        evidence="They met.", historical=i % 6 == 0, confidence=0.8)]
        if i % 4 == 1:
            events.append(Event(type="meeting", countries=countries, date="2023-05", evidence="Earlier.",
                                historical=True, confidence=0.6))
        store.save_extraction(f"s{i}", Extraction(article_id=f"s{i}", events=events))
    return store


def test_stats_in_one_pass_equal_the_figures_query_by_query(tmp_path: Path) -> None:
    from milwatch.store.queries import EventFilter
    from milwatch.store.queries_browse import knowledge_stats

    store = _reports(tmp_path)
    try:
        filters = [None, EventFilter(countries=("EST",)), EventFilter(since="2024-03"),
                   EventFilter(types=("meeting",)),
                   EventFilter(pair=("JPN", "IND")), EventFilter(lang="de"), EventFilter(countries=("XXX",)),
                   EventFilter(current_only=True)]
        for flt in filters:
            old = _old_stats(store, flt)
            new = knowledge_stats(store, flt)
            assert {k: new[k] for k in old} == old, flt
            assert list(new["events_by_type"]) == list(old["events_by_type"])  # the same order
        whole = knowledge_stats(store, None)
        assert (whole["countries"], whole["pairs"], len(whole["events_by_type"])) == (6, 6, 3)
        assert whole["current_events"] < sum(whole["events_by_type"].values())
    finally:
        store.close()  # type: ignore[attr-defined]
