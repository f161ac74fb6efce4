"""The kept counts of a bulk real-event resolution (store/real_events.py `resolve_all`, store/rollups.py
`fill_counts`, migration 12): filled set-based at the end instead of one real event at a time by the
insert trigger, they are row for row what the trigger gives for the same real events, on SQLite and on
PostgreSQL; a later incremental save still updates them as before; a re-resolution does not double them;
and the fill is one sorted statement per count table whatever the number of real events."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from milwatch.model import Article, Event, Extraction, Person
from milwatch.store import open_store
from milwatch.store.real_events import PENDING_KEY, _clear, resolve_all
from milwatch.store.rollups import BULK_KEY, fill_counts, fill_sql

CODES = ("EST", "LVA", "FIN", "SWE", "POL", "DEU")
KINDS = ("meeting", "agreement", "exercise")
COUNTS = ("real_event_counts", "real_event_pairs")
# what the insert trigger sets or recomputes itself (PostgreSQL's rowid: the order rows were inserted in)
DERIVED = ("rowid", "report_end", "current_end")


def corpus(n: int, seed: int = 5) -> list[tuple[Article, Extraction]]:
    """`n` articles of reports of 2-4 states, some of one real event (the same kind, day and states in
    articles close together), with dates of a day, a month or a year, undated and background ones."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        published = f"20{rng.randint(21, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        events = []
        for _k in range(rng.randint(1, 3)):
            seen = rng.random() < 0.4 and i > 0
            countries = (sorted(rng.sample(CODES, rng.randint(2, 4))) if not seen
                         else ["EST", "LVA", "FIN"][:rng.randint(2, 3)])
            date = rng.choice([published, published[:7], published[:4], None,
                               f"20{rng.randint(10, 20)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"])
            persons = [Person(name=f"Minister {c.title()}", country=c, role="minister of defense")
                       for c in countries[:2]] if rng.random() < 0.5 else []
            events.append(Event(type=rng.choice(KINDS), countries=countries, date=date,
                                location=countries[0], mode="visit" if rng.random() < 0.5 else None,
                                historical=rng.random() < 0.15, evidence=f"Report {i}.", persons=persons,
                                confidence=0.8))
        aid = f"n{i:04d}"
        out.append((Article(id=aid, text=f"Report {aid}.", lang=rng.choice(["en", "de", "fi"]),
                            published=published, source_url=f"https://s{i % 7}.example.com/{aid}"),
                    Extraction(aid, events)))
    return out


def fill(location: Any, items: list[tuple[Article, Extraction]], bulk: bool) -> Any:
    store = open_store(location)
    store.add_articles([a for a, _x in items])
    if bulk:
        with store.bulk_real_events() as deferred:
            assert deferred
            for a, x in items:
                store.save_extraction(a.id, x)
    else:
        for a, x in items:
            store.save_extraction(a.id, x)
    return store


def rows(store: Any, table: str, nonzero: bool = False) -> list[tuple[Any, ...]]:
    where = " WHERE events > 0" if nonzero and table in COUNTS else ""  # the rows of zero deletes leave
    out = [dict(r) for r in store.conn.execute(f"SELECT * FROM {table}{where}")]  # noqa: S608
    return sorted((tuple(sorted((k, v) for k, v in r.items() if k != "rowid")) for r in out), key=repr)


class _Rollback(Exception):
    pass


def counted_one_by_one(store: Any, nonzero: bool = False) -> dict[str, list[tuple[Any, ...]]]:
    """The store's real events inserted again one at a time, with the insert trigger counting them, into
    empty count tables: what the per-row path gives for them (and the ends it sets).  Rolled back."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    try:
        with store.transaction() as conn:
            events = [dict(r) for r in conn.execute("SELECT * FROM real_events ORDER BY event_id")]
            conn.execute("DELETE FROM real_events")
            for table in COUNTS:
                conn.execute(f"DELETE FROM {table}")  # noqa: S608
            for event in events:
                cols = [c for c in event if c not in DERIVED]
                conn.execute(f"INSERT INTO real_events ({', '.join(cols)}) "  # noqa: S608
                             f"VALUES ({', '.join('?' * len(cols))})", [event[c] for c in cols])
            out = {t: rows(store, t, nonzero) for t in (*COUNTS, "real_events")}
            raise _Rollback
    except _Rollback:
        pass
    return out


def kept(store: Any, nonzero: bool = False) -> dict[str, list[tuple[Any, ...]]]:
    return {t: rows(store, t, nonzero) for t in (*COUNTS, "real_events")}


def check_bulk_counts(location: Any) -> Any:
    """Bulk resolution, a later incremental save and two re-resolutions of `corpus(66)`; returns the store."""
    items = corpus(66)
    store = fill(location, items[:60], bulk=True)
    bulk = kept(store)
    assert len(bulk["real_events"]) > 40 and len(bulk["real_event_pairs"]) > 500
    assert max(dict(r)["events"] for r in bulk["real_event_pairs"]) > 1  # keys of several real events
    assert store.conn.execute("SELECT COUNT(*) FROM state WHERE key IN (?, ?)",
                              (BULK_KEY, PENDING_KEY)).fetchone()[0] == 0
    assert counted_one_by_one(store) == bulk  # row for row, the ends of each real event included
    # later articles, saved as `milwatch extract` / `watch` / POST /api/articles save one: the trigger counts
    store.add_articles([a for a, _x in items[60:]])
    for a, x in items[60:]:
        store.save_extraction(a.id, x)
    after = kept(store, nonzero=True)
    assert after["real_event_pairs"] != bulk["real_event_pairs"]
    assert counted_one_by_one(store, nonzero=True) == after
    # resolved again (a rebuild; a stopped bulk run's resolution): the same counts, not twice them
    store.rebuild_real_events()
    assert kept(store, nonzero=True) == after
    with store.transaction() as conn:
        _clear(conn)  # the delete trigger leaves rows of zero: the fill adds to them
        assert resolve_all(conn, batch=50) == len(after["real_events"])
    assert kept(store, nonzero=True) == after
    return store


def test_bulk_counts_are_the_triggers_row_for_row_on_sqlite(tmp_path: Path) -> None:
    store = check_bulk_counts(tmp_path / "bulk.db")
    after = kept(store, nonzero=True)
    store.close()
    one_by_one = fill(tmp_path / "one.db", corpus(66), bulk=False)  # every save incremental from the start
    assert kept(one_by_one, nonzero=True) == after
    one_by_one.close()


def test_bulk_counts_are_the_triggers_row_for_row_on_postgresql(pg_url: str) -> None:
    check_bulk_counts(pg_url).close()


def _fill_statements(n: int, tmp_path: Path) -> list[str]:
    """The SQL statements SQLite runs (trigger programs included) to fill the kept counts of the real events
    of `corpus(n)` set-based, into emptied count tables."""
    store = fill(tmp_path / f"f{n}.db", corpus(n), bulk=True)
    seen: list[str] = []
    try:
        with store.transaction() as conn:
            conn.execute("INSERT INTO state VALUES (?, 'true', '')", (BULK_KEY,))
            for table in COUNTS:
                conn.execute(f"DELETE FROM {table}")  # noqa: S608
            conn.set_trace_callback(seen.append)
            fill_counts(conn)
            conn.set_trace_callback(None)
            assert conn.execute("SELECT COUNT(*) FROM real_event_pairs").fetchone()[0] > 100
            conn.execute("DELETE FROM state WHERE key = ?", (BULK_KEY,))
    finally:
        store.close()
    return seen


@pytest.mark.sqlite_only("SQLite's statement trace and query plans")
def test_the_fill_is_one_sorted_statement_per_count_table_whatever_the_number_of_real_events(
        tmp_path: Path) -> None:
    """Why the fill's CPU per real event does not grow when the count tables outgrow the page cache (measured
    in benchmarks/real_events.py --fill-cache, never here): it runs one statement per count table, not one
    upsert per real event, and each feeds its rows to the upsert in key order, so the pages of the table are
    written in turn instead of at random."""
    small, big = (_fill_statements(n, tmp_path) for n in (30, 120))
    assert len(small) == len(big) == len(COUNTS), (len(small), len(big))
    store = open_store(tmp_path / "f30.db")
    try:
        for table in COUNTS:
            sql = "EXPLAIN QUERY PLAN " + fill_sql(table, grouped=False)
            plan = [row[3] for row in store.conn.execute(sql)]
            assert plan[-1] == "USE TEMP B-TREE FOR ORDER BY", plan
    finally:
        store.close()
