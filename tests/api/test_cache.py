"""api/cache.py: read answers are reused while the database is unchanged (or for a bounded time while another
process writes), computed once for concurrent requests, and a write through the server is seen at once."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
from pathlib import Path
from types import ModuleType

import pytest

from milwatch.api.cache import STALE_SECONDS, AnswerCache
from milwatch.model import Article
from milwatch.store import open_store


def make_store(path: Path) -> None:
    store = open_store(path)
    store.add_articles([Article(id="a0", text="The defence ministers met in Oslo.", lang="en")])
    store.close()


def counter() -> tuple[list[int], object]:
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    return calls, compute


def probe(path: Path) -> object:
    store = open_store(path, create=False)
    store.read_only()
    return store


def add(path: Path, article_id: str) -> None:
    """A commit by another connection, as `milwatch ingest` makes one."""
    store = open_store(path, create=False)
    store.add_articles([Article(id=article_id, text=f"Report {article_id} on naval cooperation.", lang="en")])
    store.close()


@pytest.mark.sqlite_only("answers are reused on SQLite's data_version only; PostgreSQL stores compute every "
                         "read (docs/api.md, --cache-seconds)")
def test_unchanged_database_reuses_a_changed_one_recomputes(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    make_store(db)
    cache = AnswerCache(lambda: probe(db), stale_seconds=0)
    calls, compute = counter()
    assert [cache.answer(("stats",), compute) for _ in range(3)] == [1, 1, 1]
    assert cache.answer(("pairs",), compute) == 2  # another key is another answer
    add(db, "a1")
    assert cache.answer(("stats",), compute) == 3  # committed elsewhere: computed again
    assert cache.answer(("stats",), compute) == 3
    cache.close()


@pytest.mark.sqlite_only("answers are reused on SQLite's data_version only; PostgreSQL stores compute every "
                         "read (docs/api.md, --cache-seconds)")
def test_while_written_an_answer_is_reused_for_stale_seconds_only(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    make_store(db)
    cache = AnswerCache(lambda: probe(db), stale_seconds=1.0)
    calls, compute = counter()
    assert cache.answer("k", compute) == 1
    add(db, "a1")
    assert cache.answer("k", compute) == 1  # changed, but younger than 1 s
    time.sleep(1.1)
    assert cache.answer("k", compute) == 2
    cache.close()


@pytest.mark.sqlite_only("answers are reused on SQLite's data_version only; PostgreSQL stores compute every "
                         "read (docs/api.md, --cache-seconds)")
def test_clear_forgets_everything_and_negative_seconds_turn_reuse_off(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    make_store(db)
    cache = AnswerCache(lambda: probe(db), stale_seconds=60)
    calls, compute = counter()
    assert cache.answer("k", compute) == cache.answer("k", compute) == 1
    cache.clear()
    assert cache.answer("k", compute) == 2
    off = AnswerCache(lambda: probe(db), stale_seconds=-1)
    assert [off.answer("k", compute) for _ in range(2)] == [3, 4]
    cache.close()


@pytest.mark.sqlite_only("answers are reused on SQLite's data_version only; PostgreSQL stores compute every "
                         "read (docs/api.md, --cache-seconds)")
def test_concurrent_requests_for_one_answer_compute_it_once(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    make_store(db)
    cache = AnswerCache(lambda: probe(db), stale_seconds=0)
    calls: list[int] = []

    def slow() -> str:
        calls.append(1)
        time.sleep(0.5)
        return "answer"

    got: list[str] = []
    threads = [threading.Thread(target=lambda: got.append(cache.answer("k", slow))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == ["answer"] * 8 and len(calls) == 1
    cache.close()


def test_serve_default_matches_the_cache_default() -> None:
    from milwatch.cli.serve import command

    option = next(p for p in command.params if p.name == "cache_seconds")
    assert option.default == STALE_SECONDS


def _stats(kb: ModuleType, base: str) -> int:
    status, body = kb.get(base + "/api/stats")
    assert status == 200, body
    return int(body["articles"])


@pytest.mark.sqlite_only("copies the SQLite file of kb_db (shutil.copy) and relies on SQLite's data_version")
def test_writes_through_the_server_show_at_once_other_writes_within_the_bound(kb: ModuleType, kb_db: Path,
                                                                               tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    shutil.copy(kb_db, db)
    with kb.serve(db, token="t0ken") as base:
        before = _stats(kb, base)
        assert _stats(kb, base) == before
        status, body = kb.post(base + "/api/articles", {"id": "cache-post", "lang": "en",
                                                        "text": "The Estonian defence minister met his "
                                                                "Latvian counterpart in Tallinn on Monday."},
                               {"Authorization": "Bearer t0ken"})
        assert status == 200, body
        assert _stats(kb, base) == before + 1  # at once, although the answer was cached a moment ago
        extra = tmp_path / "more.jsonl"
        extra.write_text(json.dumps({"id": "cache-cli", "lang": "en", "text": "Naval talks in Riga."}) + "\n")
        done = subprocess.run([kb.milwatch_exe(), "ingest", str(extra), "--db", str(db), "-q"],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        written = time.monotonic()
        while _stats(kb, base) != before + 2:
            assert time.monotonic() - written < STALE_SECONDS + 10, "another process's write never showed"
            time.sleep(0.2)


def test_scans_take_turns_while_look_ups_never_wait(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    make_store(db)
    cache = AnswerCache(lambda: probe(db), stale_seconds=0, slots=1)
    started = threading.Event()

    def scan() -> str:
        started.set()
        time.sleep(1.0)
        return "scan"

    first = threading.Thread(target=lambda: cache.answer("stats", scan))
    first.start()
    assert started.wait(10)
    t0 = time.monotonic()
    assert cache.answer("person", lambda: "look-up", heavy=False) == "look-up"
    assert time.monotonic() - t0 < 0.5  # not behind the scan
    assert cache.answer("pairs", lambda: "second scan") == "second scan"
    assert time.monotonic() - t0 > 0.5  # waited for the slot
    first.join()
    cache.close()
