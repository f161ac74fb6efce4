"""GET /api/sources on a real `milwatch serve` over a store written by a real `milwatch watch --once` against
a local feed server (tests/api/watched.py): every source with its last success, last error, next poll and
items, the same rows `milwatch sources --json` prints; an empty list for a store without sources or watch
tables."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from milwatch.store.sqlite import SQLiteStore
from support.modules import load_file

SAME_AS_CLI = ("name", "url", "last_success", "last_error", "last_error_at", "failing",
               "errors_in_a_row", "polls", "not_modified", "errors", "last_status", "items")


def load_watched() -> ModuleType:
    return load_file("milwatch_tests_watched", Path(__file__).parent / "watched.py", once=True)


@pytest.fixture(scope="module")
def watched(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    return load_watched().build(tmp_path_factory.mktemp("watched"), kb.milwatch_exe())


@pytest.fixture(scope="module")
def server(kb: ModuleType, watched: tuple[Path, dict[str, str]]) -> Iterator[str]:
    with kb.serve(watched[0]) as base:
        yield base


def get_sources(kb: ModuleType, base: str, query: str = "") -> dict[str, Any]:
    status, body = kb.get(base + "/api/sources" + query)
    assert status == 200, body
    return body


def test_every_source_with_its_last_success_error_next_poll_and_items(
        kb: ModuleType, server: str, watched: tuple[Path, dict[str, str]]) -> None:
    db, urls = watched
    body = get_sources(kb, server)
    assert body["total"] == 3 and body["failing"] == 1
    rows = {r["name"]: r for r in body["items"]}
    assert [r["name"] for r in body["items"]] == ["down", "flaky", "ministry"]
    assert {name: r["url"] for name, r in rows.items()} == urls

    down, flaky, ministry = rows["down"], rows["flaky"], rows["ministry"]
    assert (down["failing"] is True and down["errors_in_a_row"] == 2 and down["errors"] == 2
            and down["polls"] == 2)
    assert down["last_error"] == "HTTP 500 Internal Server Error" and down["last_status"] == 500
    assert down["last_success"] is None and down["items"]["stored"] == 0
    # recovered: its last error is kept, with its time, but it is no longer failing
    assert flaky["failing"] is False and flaky["errors_in_a_row"] == 0 and flaky["errors"] == 1
    assert flaky["last_error"] == "HTTP 503 Service Unavailable" and flaky["items"]["stored"] == 2
    assert flaky["last_success"] > flaky["last_error_at"] or flaky["last_success"] == flaky["last_error_at"]
    assert ministry["last_error"] is None and ministry["last_error_at"] is None
    assert ministry["items"] == {"stored": 3, "duplicate": 0, "quarantined": 0, "pending": 0, "failing": 0}
    assert ministry["not_modified"] == 1 and ministry["last_status"] == 304  # the second poll got a 304

    now = datetime.now(UTC)
    for r in body["items"]:
        assert r["kind"] == "feed" and "final_url" in r  # the kind each source was configured with
        assert r["last_poll"] is not None
        when = datetime.fromisoformat(r["next_poll"])
        assert when > now and 0 < r["next_poll_in"] <= 3600 + 60
        assert abs((when - now).total_seconds() - r["next_poll_in"]) < 30
    assert rows["down"]["next_poll_in"] > rows["ministry"]["next_poll_in"] > 800  # back-off after two errors

    # the very rows `milwatch sources --json` prints (same query), field for field
    done = subprocess.run([kb.milwatch_exe(), "sources", "--db", str(db), "--json"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    cli = json.loads(done.stdout)
    assert ([{k: r[k] for k in SAME_AS_CLI} for r in cli]
            == [{k: r[k] for k in SAME_AS_CLI} for r in body["items"]])


def test_failing_filter_and_read_only(kb: ModuleType, server: str) -> None:
    body = get_sources(kb, server, "?failing=true")
    assert [r["name"] for r in body["items"]] == ["down"] and body["total"] == 1 and body["failing"] == 1
    assert ([r["name"] for r in get_sources(kb, server, "?failing=false")["items"]]
            == ["down", "flaky", "ministry"])
    status, _ = kb.get(server + "/api/sources?failing=maybe")
    assert status == 422
    status, _ = kb.post(server + "/api/sources", {"name": "x", "url": "http://127.0.0.1/"})
    assert status == 405
    status, schema = kb.get(server + "/api/openapi.json")
    assert status == 200 and "get" in schema["paths"]["/api/sources"]


def test_empty_list_without_sources_or_watch_tables(kb: ModuleType, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    SQLiteStore(fresh).close()  # every table, no source
    old = tmp_path / "old.db"
    SQLiteStore(old).close()
    conn = sqlite3.connect(old)
    conn.executescript("DROP TABLE watch_items; DROP TABLE watch_sources;")  # as if watch never existed
    conn.close()
    for db in (fresh, old):
        with kb.serve(db) as base:
            assert get_sources(kb, base) == {"items": [], "total": 0, "failing": 0}
            assert get_sources(kb, base, "?failing=true")["items"] == []
