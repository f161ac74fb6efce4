"""Real events in the store: reports of one real-world event become one record as extractions are saved
(joined through the blocking keys, created otherwise), re-saving changes nothing, the result does not
depend on the order articles arrive in and equals a rebuild, and an old database gets them on opening."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from milwatch.ingest.records import content_hash
from milwatch.model import Event, Extraction
from milwatch.store import SQLiteStore, open_store
from milwatch.store.migrations import MIGRATIONS
from milwatch.store.queries import EventFilter, pairs
from milwatch.store.queries_real import count_real_events, iter_real_events
from milwatch.store.rows import ARTICLE_COLUMNS, EVENT_COLUMNS, PERSON_COLUMNS, article_row, event_rows
from support.real_event_reports import ARTICLES as REPORT_ARTICLES
from support.real_event_reports import article, meeting, visits

ARTICLES = {aid: REPORT_ARTICLES[aid] for aid in ("a-en", "a-de", "a-lv", "b-en", "c-en")}


def extractions() -> dict[str, Extraction]:
    return {**visits(), "c-en": Extraction("c-en", [Event(type="exercise", countries=["EST", "FIN"],
                                                          date="2024-02-08", evidence="An exercise.")])}


def filled(path: Path, order: list[str]) -> SQLiteStore:
    store = open_store(path)
    store.add_articles([article(a) for a in ARTICLES])
    found = extractions()
    for aid in order:
        store.save_extraction(aid, found[aid])
    return store


def partition(store: SQLiteStore) -> dict[str, list[str]]:
    return {e["event_id"]: e["report_ids"] for e in iter_real_events(store)}


def test_reports_of_one_event_are_one_real_event(tmp_path: Path) -> None:
    store = filled(tmp_path / "r.db", list(ARTICLES))
    try:
        assert partition(store) == {"ev:a-de#0": ["a-de#0", "a-en#0", "a-lv#0"],
                                    "ev:a-de#1": ["a-de#1", "a-en#1"],
                                    "ev:b-en#0": ["b-en#0"], "ev:c-en#0": ["c-en#0"]}
        visit = next(e for e in iter_real_events(store) if e["event_id"] == "ev:a-de#0")
        assert (visit["n_reports"], visit["n_articles"], visit["n_sources"]) == (3, 3, 3)
        assert visit["languages"] == ["de", "en", "lv"] and visit["date"] == "2024-02-06"
        assert (visit["first_report"], visit["last_report"]) == ("2024-02-06", "2024-02-07")
        assert visit["sources"] == ["news.example.com", "zeitung.example.de", "zinas.example.lv"]
        assert ({p["name"] for p in visit["persons"]} == {"Jaan Tamm", "Andris Ozols"}
                and visit["conflicts"] == [])
        signing = next(e for e in iter_real_events(store) if e["event_id"] == "ev:a-de#1")
        assert [c["field"] for c in signing["conflicts"]] == ["doc_type"]  # memorandum or protocol
        assert [(key, c.field) for key, c in store.iter_conflicts()] == [("ev:a-de#1", "doc_type")]
        assert store.stats()["events"] == 4 and store.stats()["reports"] == 7
        assert store.real_event_of("a-lv", 0) == "ev:a-de#0"
        assert store.real_event_reports("ev:a-de#0") == ["a-de#0", "a-en#0", "a-lv#0"]
        # the network weighs pairs by real events; a filter keeps the real events with a matching report
        weights = {(p["a"], p["b"]): p["events"] for p in pairs(store)}
        assert weights == {("EST", "LVA"): 3, ("EST", "FIN"): 1}
        flt = EventFilter(pair=("EST", "LVA"), lang="lv")
        assert count_real_events(store, flt) == 1 == next(p["events"] for p in pairs(store, flt))
        assert count_real_events(store, EventFilter(pair=("EST", "LVA"))) == 3
    finally:
        store.close()


def test_order_of_arrival_and_rebuild_give_the_same_real_events(tmp_path: Path) -> None:
    forward = filled(tmp_path / "f.db", list(ARTICLES))
    backward = filled(tmp_path / "b.db", list(reversed(ARTICLES)))
    try:
        assert partition(forward) == partition(backward)
        expected = partition(forward)
        assert forward.rebuild_real_events() == len(expected)
        assert partition(forward) == expected
        keys = forward.conn.execute("SELECT COUNT(*) FROM report_keys").fetchone()[0]
        assert keys == backward.conn.execute("SELECT COUNT(*) FROM report_keys").fetchone()[0] > 0
    finally:
        forward.close()
        backward.close()


def test_saving_again_changes_nothing_and_a_new_extraction_moves_the_report(tmp_path: Path) -> None:
    store = filled(tmp_path / "r.db", list(ARTICLES))
    try:
        before = partition(store)
        store.save_extraction("a-en", extractions()["a-en"])
        assert partition(store) == before
        # a-lv re-extracted with the June date: it leaves the February visit and joins the June one
        store.save_extraction("a-lv", Extraction("a-lv", [meeting("2024-06-19")]))
        after = partition(store)
        assert after["ev:a-de#0"] == ["a-de#0", "a-en#0"] and after["ev:a-lv#0"] == ["a-lv#0", "b-en#0"]
        assert "ev:b-en#0" not in after  # renamed after its smallest report
        # an article re-extracted with no events leaves no report behind
        store.save_extraction("c-en", Extraction("c-en", []))
        assert "ev:c-en#0" not in partition(store)
        assert store.conn.execute("SELECT COUNT(*) FROM report_keys WHERE article_id = "
                                  "'c-en'").fetchone()[0] == 0
        assert store.conn.execute("SELECT COUNT(*) FROM real_event_mentions").fetchone()[0] == \
            store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    finally:
        store.close()


def test_background_report_attaches_to_the_news_event(tmp_path: Path) -> None:
    store = filled(tmp_path / "r.db", ["a-en", "b-en"])
    try:
        store.save_extraction("c-en", Extraction("c-en", [meeting("2024-02-06", historical=True)]))
        found = partition(store)
        assert found["ev:a-en#0"] == ["a-en#0", "c-en#0"]
        visit = next(e for e in iter_real_events(store) if e["event_id"] == "ev:a-en#0")
        assert visit["historical"] is False  # a news report says it happened now
    finally:
        store.close()


def _old_database(path: Path) -> None:
    """A database extracted before real events were stored (schema 5): articles, events and officials."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                 "applied_at TEXT NOT NULL)")
    for version, name, sql in MIGRATIONS:
        if version <= 5:
            conn.executescript(sql)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?, '2024-01-01')", (version, name))
    found = extractions()
    for aid in ARTICLES:
        a = article(aid)
        conn.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "  # noqa: S608
                     f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})",
                     article_row(a, content_hash(a.text), "x"))
        rows, persons = event_rows(aid, found[aid].events)
        conn.executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) "  # noqa: S608
                         f"VALUES ({', '.join('?' * len(EVENT_COLUMNS))})", rows)
        conn.executemany(f"INSERT INTO event_persons ({', '.join(PERSON_COLUMNS)}) "  # noqa: S608
                         f"VALUES ({', '.join('?' * len(PERSON_COLUMNS))})", persons)
        conn.execute("INSERT INTO extractions VALUES (?, 1, ?, 'x')", (aid, len(rows)))
    conn.commit()
    conn.close()


@pytest.mark.sqlite_only("writes an old SQLite schema with sqlite3 (a migration of the SQLite file)")
def test_an_old_database_gets_its_real_events_when_opened(tmp_path: Path) -> None:
    _old_database(tmp_path / "old.db")
    store = open_store(tmp_path / "old.db", create=False)
    try:
        reference = filled(tmp_path / "new.db", list(ARTICLES))
        assert partition(store) == partition(reference) and store.count_real_events() == 4
        reference.close()
    finally:
        store.close()
    store = open_store(tmp_path / "old.db", create=False)  # opened again: nothing derived twice
    try:
        assert store.count_real_events() == 4
    finally:
        store.close()


def test_a_failed_save_keeps_the_previous_reports_and_real_events(tmp_path: Path) -> None:
    store = filled(tmp_path / "r.db", list(ARTICLES))
    try:
        before = partition(store)
        no_evidence = Event(type="meeting", countries=["EST"], evidence=None)  # type: ignore[arg-type]
        bad = Extraction("a-en", [meeting("2024-02-06"), no_evidence])
        try:
            store.save_extraction("a-en", bad)  # evidence NOT NULL: the transaction is rolled back
        except Exception:  # noqa: BLE001 - the store's error type is not what this test is about
            pass
        else:
            raise AssertionError("a report without evidence was stored")
        assert partition(store) == before
        assert store.get_extraction("a-en") is not None and len(store.get_extraction("a-en").events) == 2
    finally:
        store.close()
