"""HTTP for `watch`: conditional GETs, a polite pace per host, robots.txt, bounded answers.

One `Fetcher` is shared by the worker threads of a run: httpx's client is
thread-safe, the per-host pacing and the robots.txt cache take a lock.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit, urlunsplit

import httpx

ROBOTS_TTL = 24 * 3600.0  # seconds a robots.txt is trusted
ROBOTS_RETRY = 600.0  # after a robots.txt that could not be read (5xx, network), ask again after this
ROBOTS_MAX_BYTES = 512 * 1024
MAX_REDIRECTS = 5
MAX_CRAWL_DELAY = 60.0  # a robots.txt crawl-delay above this is capped (a source is still polled)


@dataclass(slots=True)
class Fetched:
    """The answer to one request: a body (status 200), not modified (304), or an error message."""

    url: str
    status: int | None = None
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    final_url: str | None = None
    content_type: str = ""
    error: str | None = None
    retry_after: float | None = None  # seconds the server asked us to wait (429/503)
    seconds: float = 0.0

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, IndexError):
        return None


@dataclass(slots=True)
class _Robots:
    parser: urllib.robotparser.RobotFileParser | None  # None: allow everything
    expires: float
    disallow_all: bool = False


@dataclass
class HostPacer:
    """At most one request per `delay(host)` seconds to each host, across threads."""

    delay: Callable[[str], float]
    _next: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait(self, host: str, extra: float = 0.0, stop: threading.Event | None = None) -> None:
        """Reserve the next slot of `host` and sleep until it comes (or `stop` is set)."""
        gap = max(self.delay(host), extra)
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + gap
        pause = slot - time.monotonic()
        if pause > 0:
            if stop is not None:
                stop.wait(pause)
            else:
                time.sleep(pause)


class Fetcher:
    """GET with conditional headers, per-host pacing and robots.txt, never more than `max_bytes`."""

    def __init__(self, user_agent: str, delay: Callable[[str], float], max_bytes: int = 20 * 1024 * 1024,
                 stop: threading.Event | None = None) -> None:
        self.user_agent, self.max_bytes = user_agent, max_bytes
        self.pacer = HostPacer(delay)
        self.stop = stop or threading.Event()
        self.client = httpx.Client(headers={"User-Agent": user_agent}, follow_redirects=True,
                                   max_redirects=MAX_REDIRECTS, trust_env=False,
                                   limits=httpx.Limits(max_connections=64, max_keepalive_connections=32))
        self._robots: dict[str, _Robots] = {}
        self._robots_lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}

    def close(self) -> None:
        self.client.close()

    # robots.txt ------------------------------------------------------------------------
    def _robots_for(self, url: str, timeout: float) -> _Robots:
        parts = urlsplit(url)
        base = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        with self._robots_lock:
            lock = self._host_locks.setdefault(base, threading.Lock())
        with lock:  # one robots.txt request per host, the other threads wait for it
            known = self._robots.get(base)
            if known is not None and known.expires > time.monotonic():
                return known
            robots = self._read_robots(base, parts.hostname or "", timeout)
            self._robots[base] = robots
            return robots

    def _read_robots(self, base: str, host: str, timeout: float) -> _Robots:
        """RFC 9309: 4xx = no rules; 5xx or no answer = everything disallowed for a while."""
        self.pacer.wait(host, stop=self.stop)
        now = time.monotonic()
        answer = self._get(base + "/robots.txt", {}, timeout, ROBOTS_MAX_BYTES)
        if answer.error is not None and answer.status is None:
            return _Robots(None, now + ROBOTS_RETRY, disallow_all=True)
        if answer.status is not None and 400 <= answer.status < 500:
            return _Robots(None, now + ROBOTS_TTL)
        if answer.status != 200:
            return _Robots(None, now + ROBOTS_RETRY, disallow_all=True)
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(answer.body.decode("utf-8", "replace").splitlines())
        return _Robots(parser, now + ROBOTS_TTL)

    def allowed(self, url: str, timeout: float = 30.0) -> tuple[bool, float]:
        """(may we fetch `url`, the crawl-delay robots.txt asks for, 0 when none)."""
        robots = self._robots_for(url, timeout)
        if robots.disallow_all:
            return False, 0.0
        if robots.parser is None:
            return True, 0.0
        delay = robots.parser.crawl_delay(self.user_agent)
        return robots.parser.can_fetch(self.user_agent, url), min(float(delay or 0.0), MAX_CRAWL_DELAY)

    # requests --------------------------------------------------------------------------
    def fetch(self, url: str, timeout: float = 30.0, etag: str | None = None,
              last_modified: str | None = None) -> Fetched:
        """A polite conditional GET of `url` (robots.txt asked first)."""
        started = time.monotonic()
        ok, crawl_delay = self.allowed(url, timeout)
        if not ok:
            return Fetched(url, error="disallowed by robots.txt", seconds=time.monotonic() - started)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self.pacer.wait(urlsplit(url).hostname or "", crawl_delay, stop=self.stop)
        answer = self._get(url, headers, timeout, self.max_bytes)
        answer.seconds = time.monotonic() - started
        return answer

    def _get(self, url: str, headers: dict[str, str], timeout: float, limit: int) -> Fetched:
        try:
            with self.client.stream("GET", url, headers=headers, timeout=timeout) as response:
                out = Fetched(url, status=response.status_code, final_url=str(response.url),
                              etag=response.headers.get("ETag"),
                              last_modified=response.headers.get("Last-Modified"),
                              content_type=response.headers.get("Content-Type", ""))
                if response.status_code == 304:
                    return out
                if response.status_code != 200:
                    out.error = f"HTTP {response.status_code} {response.reason_phrase}".strip()
                    if response.status_code in (429, 503):
                        out.retry_after = _retry_after(response.headers.get("Retry-After"))
                    return out
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > limit:
                    out.error = f"answer too large ({declared} bytes > limit {limit})"
                    return out
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        out.error = f"answer too large (more than {limit} bytes)"
                        return out
                    chunks.append(chunk)
                out.body = b"".join(chunks)
                return out
        except httpx.TimeoutException:
            return Fetched(url, error=f"timed out after {timeout:g} s")
        except httpx.TooManyRedirects:
            return Fetched(url, error=f"more than {MAX_REDIRECTS} redirects")
        except httpx.HTTPError as exc:
            return Fetched(url, error=f"{type(exc).__name__}: {exc}"[:500])
