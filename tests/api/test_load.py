"""Issue 13 item 2, the load half of benchmarks/crash_load.py in small: a real `milwatch serve` answers 50
concurrent clients without one error (no "database is locked") while `milwatch ingest` and `milwatch extract`
write to the same database.  Latency is measured by the benchmark (100k articles, 200 clients), not here."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from support.modules import load_file

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    sys.path.insert(0, str(BENCH))  # _load imports its sibling benchmark modules
    return load_file("milwatch_bench_load", BENCH / "_load.py")


@pytest.mark.slow
@pytest.mark.sqlite_only("benchmarks/_load.py builds and copies the SQLite file with sqlite3 (PostgreSQL "
                         "load: benchmarks/store_pg.py)")
def test_fifty_clients_while_writing_see_no_error(harness: ModuleType, tmp_path: Path) -> None:
    store = harness.build_store(tmp_path / "store.db", 2000, base=500)  # 500 generated, copied 4 times
    db = tmp_path / "load.db"
    harness.copy_db(store, db)
    figures = harness.load(db, clients=50, seconds=20, think=0.5, new_articles=100, seed=3,
                           log=lambda _: None)
    assert figures["writers"]["failures"] == []
    assert figures["articles_after"] > figures["articles_before"], "the writers added nothing"
    for name, endpoint in figures["endpoints"].items():
        assert endpoint["requests"] > 0, f"no request to {name}"
        assert endpoint["errors"] == 0, (name, endpoint["error_kinds"])
    assert figures["locked"] == 0
    assert figures["server_log_errors"] == []
