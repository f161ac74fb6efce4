"""Polite HTTP against a real local server: conditional requests, robots.txt, redirects, slow and failing
answers, size limits, the pace per host, back-off."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from milwatch.monitor.fetcher import Fetcher
from milwatch.monitor.state import backoff


@pytest.fixture
def fetcher() -> Any:
    f = Fetcher("milwatch-test/1", lambda _host: 0.0)
    yield f
    f.close()


def test_conditional_request_gets_304(site: Callable[..., Any], fs: ModuleType, fetcher: Fetcher) -> None:
    server = site(a=fs.FeedSpec(items=2))
    first = fetcher.fetch(server.url("/feed/a.xml"), 5)
    assert first.status == 200 and first.error is None and b"<rss" in first.body
    assert first.etag and first.last_modified
    again = fetcher.fetch(server.url("/feed/a.xml"), 5, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b"" and server.not_modified == 1
    only_date = fetcher.fetch(server.url("/feed/a.xml"), 5, last_modified=first.last_modified)
    assert only_date.not_modified and server.not_modified == 2
    stale = fetcher.fetch(server.url("/feed/a.xml"), 5, etag='"other"')
    assert stale.status == 200 and stale.body == first.body


def test_robots_txt_is_respected_and_asked_once(site: Callable[..., Any], fs: ModuleType,
                                                fetcher: Fetcher) -> None:
    server = site(p=fs.FeedSpec(), a=fs.FeedSpec())
    blocked = fetcher.fetch(server.url("/private/p.xml"), 5)
    assert blocked.error == "disallowed by robots.txt" and blocked.status is None
    assert "/private/p.xml" not in server.hits
    assert fetcher.fetch(server.url("/feed/a.xml"), 5).status == 200
    assert server.hits["/robots.txt"] == 1


def test_redirects_are_followed_and_loops_stopped(site: Callable[..., Any], fs: ModuleType,
                                                  fetcher: Fetcher) -> None:
    server = site(m=fs.FeedSpec(redirect=True))
    moved = fetcher.fetch(server.url("/feed/m.xml"), 5)
    assert moved.status == 200 and moved.final_url == server.url("/moved/m.xml") and b"<rss" in moved.body
    loop = fetcher.fetch(server.url("/loop"), 5)
    assert loop.error == "more than 5 redirects"


def test_errors_and_slow_answers_are_reported(site: Callable[..., Any], fs: ModuleType,
                                              fetcher: Fetcher) -> None:
    server = site(bad=fs.FeedSpec(status=500), slow=fs.FeedSpec(delay=1.5), busy=fs.FeedSpec(status=503))
    bad = fetcher.fetch(server.url("/feed/bad.xml"), 5)
    assert bad.status == 500 and bad.error == "HTTP 500 Internal Server Error"
    started = time.monotonic()
    slow = fetcher.fetch(server.url("/feed/slow.xml"), 0.5)
    assert slow.error == "timed out after 0.5 s" and time.monotonic() - started < 1.4
    patient = fetcher.fetch(server.url("/feed/slow.xml"), 5)
    assert patient.status == 200 and patient.error is None
    missing = fetcher.fetch(server.url("/feed/none.xml"), 5)
    assert missing.error == "HTTP 404 Not Found"
    refused = fetcher.fetch("http://127.0.0.1:9/feed.xml", 2)  # nothing listens on the discard port
    assert refused.status is None and refused.error


def test_answers_over_the_limit_are_refused(site: Callable[..., Any], fs: ModuleType) -> None:
    server = site(big=fs.FeedSpec(items=30))
    small = Fetcher("t", lambda _h: 0.0, max_bytes=2048)
    try:
        answer = small.fetch(server.url("/feed/big.xml"), 5)
    finally:
        small.close()
    assert answer.error is not None and "too large" in answer.error and answer.body == b""


def test_requests_to_one_host_keep_their_distance(site: Callable[..., Any], fs: ModuleType) -> None:
    server = site(a=fs.FeedSpec(items=1))
    polite = Fetcher("t", lambda host: 0.4 if host == "127.0.0.1" else 0.0)
    try:
        polite.fetch(server.url("/feed/a.xml"), 5)  # robots.txt, then the feed: 0.4 s apart
        started = time.monotonic()
        polite.fetch(server.url("/feed/a.xml"), 5)
        polite.fetch(server.url("/feed/a.xml"), 5)
        assert time.monotonic() - started >= 0.75
    finally:
        polite.close()


def test_backoff_doubles_and_is_capped() -> None:
    rng = random.Random(1)
    delays = [backoff(60, n, 3600, rng=rng) for n in range(1, 9)]
    assert 54 <= delays[0] <= 66 and 108 <= delays[1] <= 132
    assert all(b > a for a, b in zip(delays[:5], delays[1:6], strict=True))
    assert max(delays) <= 3600 * 1.1 and delays[-1] >= 3600 * 0.9
    assert backoff(60, 1, 3600, retry_after=900, rng=rng) == 900
