"""Bulk mode of the real events (store/real_events.py): saves into a store without reports defer the
real events and resolve them once at the end, with the tables the saves one by one leave (rollup rows of
zero left by the incremental deletes aside); a store that holds reports stays incremental; a run that
stops midway is resolved by the next save; `milwatch predict --db` leaves the tables of a rebuild."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from milwatch.model import Extraction
from milwatch.store import SQLiteStore, open_store
from milwatch.store.real_events import PENDING_KEY, resolve_all
from support.real_event_reports import ARTICLES, BERG, article, meeting, visits


def extractions() -> dict[str, Extraction]:
    return {
        **visits(),
        "c-en": Extraction("c-en", [meeting("2024-02-08", kind="exercise", countries=("EST", "FIN"),
                                            persons=(BERG,))]),
        "c-fi": Extraction("c-fi", [meeting("2024-02-08", kind="exercise", countries=("FIN", "EST"),
                                            persons=(BERG,))]),
        "d-en": Extraction("d-en", [meeting("2024-03-01", kind="exercise", countries=("EST", "FIN"))]),
    }


def fresh(path: Path) -> SQLiteStore:
    store = open_store(path)
    store.add_articles([article(a) for a in ARTICLES])
    return store


def save_all(store: SQLiteStore, order: list[str]) -> None:
    found = extractions()
    for aid in order:
        store.save_extraction(aid, found[aid])


TABLES = ("real_events", "real_event_mentions", "report_keys", "conflicts", "real_event_counts",
          "real_event_pairs")


def tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The real-event tables, row for row (sorted); rollup rows counting zero real events left out."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in TABLES:
            zero = " WHERE events > 0" if table in ("real_event_counts", "real_event_pairs") else ""
            out[table] = sorted(conn.execute(f"SELECT * FROM {table}{zero}").fetchall(), key=repr)  # noqa: S608
        out["pending"] = conn.execute("SELECT key FROM state WHERE key = ?", (PENDING_KEY,)).fetchall()
        return out
    finally:
        conn.close()


def incremental(tmp_path: Path, order: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    store = fresh(tmp_path / "incremental.db")
    save_all(store, order)
    store.close()
    return tables(tmp_path / "incremental.db")


def test_bulk_run_defers_and_ends_with_the_tables_of_saves_one_by_one(tmp_path: Path) -> None:
    order = list(ARTICLES)
    store = fresh(tmp_path / "bulk.db")
    with store.bulk_real_events() as deferred:
        save_all(store, order)
        assert deferred and store.count_real_events() == 0  # nothing resolved during the run
        assert tables(tmp_path / "bulk.db")["pending"] == [(PENDING_KEY,)]
    assert store.count_real_events() == 6
    assert store.real_event_reports("ev:a-de#0") == ["a-de#0", "a-en#0", "a-lv#0"]
    assert store.real_event_reports("ev:a-de#1") == ["a-de#1", "a-en#1"]  # another kind: the signing
    store.close()
    bulk = tables(tmp_path / "bulk.db")
    assert bulk == incremental(tmp_path, order)
    assert bulk["real_events"] and bulk["report_keys"] and bulk["conflicts"] and bulk["pending"] == []


def test_resolution_in_small_batches_of_whole_kinds_is_the_same(tmp_path: Path) -> None:
    store = fresh(tmp_path / "bulk.db")
    with store.bulk_real_events():
        save_all(store, list(ARTICLES))
    whole = tables(tmp_path / "bulk.db")
    with store.transaction() as conn:
        for table in ("real_event_mentions", "real_events", "report_keys", "conflicts"):
            conn.execute(f"DELETE FROM {table}")  # noqa: S608
        assert resolve_all(conn, batch=1) == 6  # one kind per batch
    store.close()
    assert tables(tmp_path / "bulk.db") == whole


def test_a_store_with_reports_stays_incremental(tmp_path: Path) -> None:
    store = fresh(tmp_path / "bulk.db")
    save_all(store, ["b-en", "a-lv"])
    with store.bulk_real_events() as deferred:
        save_all(store, ["a-en", "a-de", "c-en", "c-fi", "d-en"])
        assert not deferred and store.count_real_events() == 6  # kept up to date save by save
    store.close()
    assert tables(tmp_path / "bulk.db") == incremental(tmp_path, ["b-en", "a-lv", "a-en", "a-de", "c-en",
                                                                  "c-fi", "d-en"])


def test_a_run_that_stops_midway_is_resolved_by_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "bulk.db"
    fresh(path).close()
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_real_events_bulk import extractions
        from milwatch.store import open_store
        store = open_store({str(path)!r})
        found = extractions()
        with store.bulk_real_events():
            for aid in ["a-en", "a-de", "a-lv", "b-en", "c-en", "c-fi"]:
                store.save_extraction(aid, found[aid])
            os._exit(3)  # killed: no resolution at the end
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.returncode == 3, done.stderr
    assert tables(path)["pending"] == [(PENDING_KEY,)] and tables(path)["real_events"] == []
    store = open_store(path)
    save_all(store, ["d-en"])  # an ordinary save: everything waiting is resolved, then this one
    store.close()
    assert tables(path) == incremental(tmp_path, list(ARTICLES))


def test_predict_into_a_fresh_db_leaves_the_tables_of_a_rebuild(tmp_path: Path) -> None:
    lines = [f'{{"id": "n{i}", "lang": "en", "published": "2024-02-0{i + 1}", "text": '
             f'"Estonian Defence Minister Jaan Tamm met Latvian Defence Minister Andris Ozols in Tallinn on '
             f'{i + 1} February 2024 to discuss air defence cooperation. Report {i}."}}' for i in range(4)]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "p.db"
    exe = Path(sys.executable).with_name("milwatch")
    done = subprocess.run([str(exe), "predict", str(source), "-o", str(tmp_path / "pred.jsonl"),
                           "--db", str(db), "-q"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    after_run = tables(db)
    assert after_run["real_events"] and after_run["pending"] == []
    store = open_store(db)
    store.rebuild_real_events()
    store.close()
    assert tables(db) == after_run
