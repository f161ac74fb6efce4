"""Issue 13 item 2 (load at 100k): with `refresh_behind` (the server's cache) an answer past its stale
window is given while it is computed again once, behind the requests; never beyond the grace, never after a
write through the server; answers are bounded in bytes.  Real SQLite databases, no mocks."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from milwatch.api.cache import AnswerCache
from milwatch.model import Article
from milwatch.store import open_store


def probe(db: Path):  # type: ignore[no-untyped-def]
    store = open_store(db, create=False)
    store.read_only()
    return store


def add(db: Path, aid: str) -> None:
    with open_store(db) as store:
        store.add_articles([Article(id=aid, text=f"Text of {aid}.", lang="en")])


def settle(cache: AnswerCache, seconds: float = 10.0) -> None:
    ends = time.monotonic() + seconds
    while cache._flights and time.monotonic() < ends:  # the refresh behind is done
        time.sleep(0.01)
    assert not cache._flights


@pytest.mark.sqlite_only("answers are reused on SQLite's data_version only; PostgreSQL "
                         "stores compute every read")
def test_a_stale_answer_is_given_while_it_is_computed_again_behind(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    add(db, "a0")
    cache = AnswerCache(lambda: probe(db), stale_seconds=0.2, refresh_behind=True, refresh_grace=2.0)
    calls = []

    def compute() -> int:
        calls.append(1)
        time.sleep(0.05)
        return len(calls)

    try:
        assert cache.answer("k", compute) == 1  # nothing kept yet: computed while the client waits
        add(db, "a1")
        time.sleep(0.3)
        started = time.monotonic()
        assert cache.answer("k", compute) == 1  # past its window: the previous answer at once ...
        assert time.monotonic() - started < 0.04
        assert cache.answer("k", compute) == 1 and cache.stale_hits == 2
        settle(cache)
        assert cache.answer("k", compute) == 2 and len(calls) == 2  # ... computed again once, behind
        add(db, "a2")
        time.sleep(2.5)  # older than the window and the grace: the client waits for a new one
        assert cache.answer("k", compute) == 3
        cache.clear()  # a write through the server: never the previous answer
        assert cache.answer("k", compute) == 4
    finally:
        cache.close()


@pytest.mark.sqlite_only("answers are reused on SQLite's data_version only; PostgreSQL "
                         "stores compute every read")
def test_answers_are_bounded_in_bytes(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    add(db, "a0")
    cache = AnswerCache(lambda: probe(db), stale_seconds=60, max_bytes=10_000)
    try:
        for i in range(30):
            cache.answer(("page", i), lambda: b"x" * 1000)
        assert len(cache._entries) == 10 and cache._bytes == 10_000
        assert ("page", 29) in cache._entries and ("page", 0) not in cache._entries  # the oldest out
    finally:
        cache.close()
