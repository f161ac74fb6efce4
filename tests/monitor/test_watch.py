"""The watch loop in-process against a real local site and a real SQLite store: what is new is stored once,
failing sources are retried and reported without stopping the others, pages are followed, state persists."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from milwatch.monitor import Watcher, WatchState, parse_sources
from milwatch.packs import PackRegistry
from milwatch.pipeline import Pipeline
from milwatch.settings import Settings
from milwatch.store.sqlite import SQLiteStore


@pytest.fixture
def watch(tmp_path: Path, registry: PackRegistry) -> Callable[..., Any]:
    """watch(toml, extract=False, **run) runs one Watcher over tmp_path/w.db and returns (summary, state
    rows)."""
    db = tmp_path / "w.db"

    def run(toml: str, extract: bool = False, **kwargs: Any) -> Any:
        store = SQLiteStore(db)
        try:
            pipeline = Pipeline.from_settings(Settings(), registry=registry)
            summary = (Watcher(parse_sources(toml), store, pipeline, extract=extract)
                       .run(**({"once": True} | kwargs)))
            return summary, {r["name"]: r for r in WatchState(store).report()}
        finally:
            store.close()

    run.db = db  # type: ignore[attr-defined]
    return run


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_one_round_stores_new_items_and_reports_failures(site: Callable[..., Any], fs: ModuleType,
                                                         watch: Callable[..., Any],
                                                         make_sources: Callable[..., str]) -> None:
    server = site(full=fs.FeedSpec(items=3), atom=fs.FeedSpec(items=2, atom=True),
                  summ=fs.FeedSpec(items=2, summary=True), moved=fs.FeedSpec(items=2, redirect=True),
                  bad=fs.FeedSpec(status=500), broken=fs.FeedSpec(broken=True),
                  slow=fs.FeedSpec(items=1, delay=2.5),
                  listing=fs.FeedSpec(items=2), privat=fs.FeedSpec(items=1))
    names = ["full", "atom", "summ", "moved", "bad", "broken", "slow", "listing", "privat"]
    toml = make_sources(server, names, header="timeout = 1")
    summary, state = watch(toml)
    assert summary.polls == 9 and summary.errors == 4 and summary.stored == 11 and summary.new_items == 11
    counts = {name: state[name]["items"]["stored"] for name in names}
    assert counts == {"full": 3, "atom": 2, "summ": 2, "moved": 2, "bad": 0, "broken": 0,
                      "slow": 0, "listing": 2, "privat": 0}
    assert state["bad"]["last_error"] == "HTTP 500 Internal Server Error" and state["bad"]["failures"] == 1
    assert state["broken"]["last_error"].startswith("not a readable RSS/Atom feed")
    assert state["slow"]["last_error"] == "timed out after 1 s"
    assert state["privat"]["last_error"] == "disallowed by robots.txt"
    assert state["full"]["last_success_at"] and state["full"]["last_error"] is None
    assert state["moved"]["final_url"] == server.url("/moved/moved.xml")
    # the broken feed is kept in quarantine with its reason, once
    assert _rows(watch.db, "SELECT origin_path, reason FROM quarantine") == [
        (server.url("/feed/broken.xml"), state["broken"]["last_error"])]
    # summary-only items were followed to their pages: the article is the page's text, not the summary
    text, extra = _rows(watch.db, "SELECT text, extra FROM articles WHERE source_url = "
                                  f"'{server.url('/page/summ/1.html')}'")[0]
    assert text.strip().endswith(fs.item_text("summ", 1).split("\n\n")[-1]) and '"followed":true' in extra
    assert "Copyright the test site" not in text
    assert server.hits["/page/summ/0.html"] == 1 and "/page/full/0.html" not in server.hits
    # pages of a page source: the links matching `links`, each fetched once
    assert {r[0] for r in _rows(watch.db, "SELECT title FROM articles WHERE source_url LIKE "
                                          "'%/page/listing/%'")} == {
        "Item listing-0", "Item listing-1"}
    # a second round: conditional requests, nothing stored twice, failing sources tried again
    again, state = watch(toml, all_sources=True)
    assert again.stored == 0 and again.new_items == 0 and again.not_modified + again.unchanged == 5
    assert again.errors == 4 and state["bad"]["failures"] == 2 and state["bad"]["errors"] == 2
    assert _rows(watch.db, "SELECT COUNT(*) FROM articles")[0][0] == 11
    assert _rows(watch.db, "SELECT COUNT(*) FROM quarantine")[0][0] == 1
    assert _rows(watch.db, "SELECT COUNT(*) FROM duplicates")[0][0] == 0


def test_only_new_items_of_a_changing_feed_are_stored(site: Callable[..., Any], fs: ModuleType,
                                                      watch: Callable[..., Any],
                                                      make_sources: Callable[..., str]) -> None:
    server = site(grow=fs.FeedSpec(items=2, window=3), other=fs.FeedSpec(items=1))
    toml = make_sources(server, ["grow", "other"])
    assert watch(toml)[0].stored == 3
    server.specs["grow"].items = 6  # four new items, the feed lists the newest three
    summary, state = watch(toml, all_sources=True)
    assert summary.stored == 3 and summary.not_modified == 1
    assert state["grow"]["items"]["stored"] == 5
    keys = [r[0] for r in _rows(watch.db, "SELECT key FROM watch_items WHERE source = 'grow' ORDER BY rowid")]
    assert keys == ["grow-0", "grow-1", "grow-3", "grow-4", "grow-5"]  # grow-2 was never served: not invented
    assert fs.FeedServer.expected(server) == {("grow", k) for k in keys} | {("other", "other-0")}


def test_a_failing_source_is_retried_with_backoff_and_recovers(site: Callable[..., Any], fs: ModuleType,
                                                               watch: Callable[..., Any],
                                                               make_sources: Callable[..., str]) -> None:
    server = site(flaky=fs.FeedSpec(items=2, status=503), ok=fs.FeedSpec(items=1))
    toml = make_sources(server, ["flaky", "ok"], header="max_backoff = 3600", flaky="interval = 60")
    started = time.time()
    watch(toml)
    _s, state = watch(toml, all_sources=True)
    first_wait = state["flaky"]["next_poll"] - started
    _s, state = watch(toml, all_sources=True)
    assert state["flaky"]["failures"] == 3 and state["flaky"]["last_success_at"] is None
    assert 200 < state["flaky"]["next_poll"] - time.time() <= 264 and 100 < first_wait < 140
    summary, _ = watch(toml)  # not due: backing off
    assert summary.polls == 0
    server.specs["flaky"].status = 200
    summary, state = watch(toml, all_sources=True)
    assert summary.stored == 2 and state["flaky"]["failures"] == 0 and state["flaky"]["last_success_at"]
    assert state["flaky"]["last_error"] == "HTTP 503 Service Unavailable"  # the last error stays visible
    assert 55 < state["flaky"]["next_poll"] - time.time() <= 64


def test_item_pages_that_fail_fall_back_to_the_summary_or_quarantine(
        site: Callable[..., Any], fs: ModuleType, watch: Callable[..., Any],
        make_sources: Callable[..., str]) -> None:
    server = site(summ=fs.FeedSpec(items=1, summary=True, page_status=500), listing=fs.FeedSpec(items=1))
    toml = make_sources(server, ["summ", "listing"], header="item_attempts = 2")
    first, state = watch(toml)
    assert first.page_errors == 1 and first.stored == 1 and state["summ"]["items"]["pending"] == 1
    assert state["summ"]["items"]["failing"] == 1
    retry_at = _rows(watch.db, "SELECT next_try FROM watch_items WHERE source = 'summ'")[0][0]
    assert retry_at > time.time()
    conn = sqlite3.connect(watch.db)
    conn.execute("UPDATE watch_items SET next_try = 0")  # the item waits for its next try: a test need not
    conn.commit()
    conn.close()
    second, state = watch(toml)
    assert second.page_errors == 1 and second.stored == 1 and state["summ"]["items"]["pending"] == 0
    text, extra = _rows(watch.db, "SELECT text, extra FROM articles WHERE extra LIKE '%\"summ\"%'")[0]
    assert text == fs.item_text("summ", 0)[:80] + "…" and "followed" not in extra
    error = _rows(watch.db, "SELECT error FROM watch_items WHERE source = 'summ'")[0][0]
    assert error == f"page {server.url('/page/summ/0.html')}: HTTP 500 Internal Server Error"
    # a page source has no summary to fall back to: the item is quarantined with the reason
    server.specs["listing"].items, server.specs["listing"].page_status = 2, 404
    watch(toml, all_sources=True)
    conn = sqlite3.connect(watch.db)
    conn.execute("UPDATE watch_items SET next_try = 0")
    conn.commit()
    conn.close()
    _s, state = watch(toml)
    assert state["listing"]["items"] == {"stored": 1, "duplicate": 0, "quarantined": 1,
                                         "pending": 0, "failing": 0}
    reason = _rows(watch.db, "SELECT reason FROM quarantine")[0][0]
    assert "HTTP 404 Not Found (after 2 tries) and the feed gives no text" in reason


def test_max_items_takes_the_oldest_first_and_the_rest_next_time(site: Callable[..., Any], fs: ModuleType,
                                                                 watch: Callable[..., Any],
                                                                 make_sources: Callable[..., str]) -> None:
    server = site(many=fs.FeedSpec(items=10))
    toml = make_sources(server, ["many"], header="max_items = 4")
    stored = [watch(toml, all_sources=True)[0].stored for _ in range(4)]
    assert stored == [4, 4, 2, 0]
    keys = [r[0] for r in _rows(watch.db, "SELECT key FROM watch_items ORDER BY rowid")]
    assert keys == [f"many-{i}" for i in range(10)]
    assert server.not_modified == 1  # validators kept only once everything was taken


def test_the_same_story_in_two_feeds_is_one_article_and_a_duplicate(site: Callable[..., Any], fs: ModuleType,
                                                                    watch: Callable[..., Any],
                                                                    make_sources: Callable[..., str]) -> None:
    server = site(a=fs.FeedSpec(items=1), b=fs.FeedSpec(items=1, copy_of="a"))
    toml = make_sources(server, ["a", "b"])
    summary, state = watch(toml)
    assert summary.stored + summary.duplicates == 2 and summary.stored == 1
    assert _rows(watch.db, "SELECT COUNT(*) FROM articles")[0][0] == 1
    assert sorted(r["items"]["duplicate"] for r in state.values()) == [0, 1]
    ids = _rows(watch.db, "SELECT DISTINCT article_id FROM watch_items")
    assert ids == _rows(watch.db, "SELECT id FROM articles")


def test_new_articles_are_extracted(site: Callable[..., Any], fs: ModuleType, watch: Callable[..., Any],
                                    make_sources: Callable[..., str]) -> None:
    server = site(news=fs.FeedSpec(items=2))
    summary, _state = watch(make_sources(server, ["news"]), extract=True)
    assert summary.stored == 2 and summary.extracted == 2 and summary.events >= 2
    assert _rows(watch.db, "SELECT COUNT(*) FROM extractions")[0][0] == 2
    assert _rows(watch.db, "SELECT COUNT(DISTINCT type) FROM events")[0][0] >= 1
    server.specs["news"].items = 3
    summary, _state = watch(make_sources(server, ["news"]), extract=True, all_sources=True)
    assert summary.stored == 1 and summary.extracted == 1  # only the new one


def test_a_long_run_polls_on_schedule_until_its_time_is_up(site: Callable[..., Any], fs: ModuleType,
                                                           watch: Callable[..., Any],
                                                           make_sources: Callable[..., str]) -> None:
    server = site(tick=fs.FeedSpec(items=1, every=1.0), down=fs.FeedSpec(status=500))
    started = time.monotonic()
    summary, state = watch(make_sources(server, ["tick", "down"]), once=False, duration=4.5)
    assert 4.0 < time.monotonic() - started < 9
    assert state["tick"]["polls"] >= 3 and state["tick"]["items"]["stored"] >= 4
    assert 2 <= state["down"]["polls"] <= 4  # backing off: 1, 2, 4 s
    assert summary.stored == state["tick"]["items"]["stored"]
    assert {k for _f, k in server.expected() if _f == "tick"} == {
        r[0] for r in _rows(watch.db, "SELECT key FROM watch_items WHERE source = 'tick'")}
