"""Answers of the read endpoints, reused while the database has not changed.

On a store of 100k articles a statistic, the country-pair network, a timeline or the first page of a
sorted event list is a scan of every event (a fraction of a second to seconds of CPU), and a
dashboard's clients ask for the same few again and again.  So the API keeps its recent answers, keyed
by endpoint and parameters, and gives one again when

- the database has not changed since it was computed (no commit by any process: SQLite's
  `data_version`, asked of one probe connection, costs microseconds), or
- it was computed less than `stale_seconds` ago (default `STALE_SECONDS`): while `ingest`, `extract`
  or `watch` commit every few milliseconds, an answer is at most that old instead of recomputed for
  every request.

Requests that arrive while the same answer is being computed wait for that computation instead of
starting their own, and at most `slots` scans (default: one per core) run at a time: more would only
share the same cores, each finishing later, while looking up one record (`heavy=False`) never waits.  A write
through this API (`POST`) empties the cache, so a client sees its own writes at once.  Where the store cannot
tell whether it changed (PostgreSQL), nothing is reused.

With `refresh_behind` (the server's) and `stale_seconds` > 0, an answer past them is still given, for at most
`refresh_grace` seconds more, while one background thread computes it again: while another process
writes, a client waits only for an answer nobody asked for yet, never for one being brought up to date.
Answers are bounded in number and in bytes (JSON bodies), least recently used first out.
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from milwatch.store.changes import data_version

T = TypeVar("T")
STALE_SECONDS = 5.0
MAX_ENTRIES = 4096
MAX_BYTES = 64 * 1024 * 1024  # of answers kept as JSON bodies (api/routes.py); others count as 1 KB
# `refresh_behind`: how much older than `stale_seconds` an answer given while computed again may be
REFRESH_GRACE = 30.0
# the database is asked whether it changed at most this often (one probe for every request)
PROBE_SECONDS = 0.02


def default_slots() -> int:
    return max(1, os.cpu_count() or 1)


@dataclass(slots=True)
class _Entry:
    generation: int
    at: float  # when its computation started (time.monotonic)
    value: Any
    size: int = 1024


@dataclass(slots=True)
class _Flight:
    done: threading.Event = field(default_factory=threading.Event)
    ok: bool = False
    value: Any = None
    error: BaseException | None = None
    meta: Meta | None = None  # of the answer kept, when it was kept


Meta = tuple[int, float]  # (generation, when its computation started) of a kept answer


class AnswerCache:
    """`answer(key, compute)`: compute's value, or a reused one (see the module's docstring)."""

    def __init__(self, open_probe: Callable[[], Any], stale_seconds: float = STALE_SECONDS,
                 max_entries: int = MAX_ENTRIES, slots: int | None = None, refresh_behind: bool = False,
                 max_bytes: int = MAX_BYTES, refresh_grace: float = REFRESH_GRACE) -> None:
        self.stale_seconds = stale_seconds
        self.refresh_behind = refresh_behind
        self.refresh_grace = refresh_grace
        self.max_bytes = max_bytes
        self._bytes = 0
        # refreshes behind (one at a time), made when needed
        self._background: ThreadPoolExecutor | None = None
        self._slots = threading.BoundedSemaphore(slots or default_slots())
        self.max_entries = max_entries
        self.hits = self.misses = self.stale_hits = 0
        self.front_hits = 0  # of the hits, those AnswerFront sent
        self._open_probe = open_probe
        self._probe: Any = None
        self._version: int | None = None
        self._generation = 0
        self._probe_lock = threading.Lock()
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, _Entry] = OrderedDict()
        self._flights: dict[Hashable, _Flight] = {}
        self._floor = float("-inf")  # entries computed before this are never given again (a write here)
        self._probed: tuple[float, int | None] | None = None  # (when, generation) of the last probe

    def generation(self) -> int | None:
        """A number that grows whenever the database changed since the last call; None: cannot tell.
        Asked of the database at most every PROBE_SECONDS (or `stale_seconds`, when shorter): 200 requests
        at once each asking it queued behind one another on the probe's lock."""
        every = min(PROBE_SECONDS, self.stale_seconds)  # never longer than an answer may be reused
        probed = self._probed
        if probed is not None and time.monotonic() - probed[0] < every:
            return probed[1]
        with self._probe_lock:
            probed = self._probed
            if probed is not None and time.monotonic() - probed[0] < every:
                return probed[1]
            generation = self._ask()
            self._probed = (time.monotonic(), generation)
            return generation

    def _ask(self) -> int | None:
        if self._probe is None:
            self._probe = self._open_probe()
        version = data_version(self._probe)
        if version is None:
            return None
        if version != self._version:
            self._version = version
            self._generation += 1
        return self._generation

    def fresh(self, meta: Meta) -> bool:
        """Would an answer kept with `meta` be given again now without being computed (the rule of `answer`)?
        False when the database cannot be asked at once (another thread is asking it)."""
        if self.stale_seconds < 0:
            return False
        generation, at = meta
        if at < self._floor:
            return False
        if time.monotonic() - at < self.stale_seconds:
            return True
        probed = self._probed
        every = min(PROBE_SECONDS, self.stale_seconds)
        if probed is not None and time.monotonic() - probed[0] < every:
            return probed[1] == generation
        if not self._probe_lock.acquire(blocking=False):
            return False
        try:
            current = self._ask()
            self._probed = (time.monotonic(), current)
        finally:
            self._probe_lock.release()
        return current == generation

    def note_hit(self) -> None:
        """A kept answer was sent again by AnswerFront."""
        self.hits += 1
        self.front_hits += 1

    def answer(self, key: Hashable, compute: Callable[[], T], heavy: bool = True, behind: bool = True,
               served: list[Meta] | None = None) -> T:
        """compute()'s value or a reused one; `heavy`: a scan, run in one of the slots; `behind=False`: never
        an answer being computed again (`refresh_behind`), for a part of another answer being computed.
        `served` gets the meta of the kept answer given (none when it was not kept)."""
        if heavy:
            plain = compute

            def compute() -> T:
                with self._slots:
                    return plain()

        if self.stale_seconds < 0:
            return compute()
        generation = self.generation()
        if generation is None:
            return compute()
        now = time.monotonic()
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry.at >= self._floor and (
                    entry.generation == generation or now - entry.at < self.stale_seconds):
                self._entries.move_to_end(key)
                self.hits += 1
                if served is not None:
                    served.append((entry.generation, entry.at))
                return entry.value
            flight = self._flights.get(key)
            if (self.refresh_behind and behind and self.stale_seconds > 0 and entry is not None
                and entry.at >= self._floor
                    and now - entry.at < self.stale_seconds + self.refresh_grace):
                self.stale_hits += 1  # given while computed again, once, behind the requests
                if flight is None:
                    self._flights[key] = flight = _Flight()
                    if self._background is None:
                        self._background = ThreadPoolExecutor(1, thread_name_prefix="milwatch-refresh")
                    self._background.submit(self._lead, key, compute, generation, now, flight, True)
                return entry.value
            self.misses += 1
            leader = flight is None
            if flight is None:
                flight = self._flights[key] = _Flight()
        if not leader:
            flight.done.wait()
            if flight.error is not None:  # e.g. its time ran out: the same query would fail the same way
                raise flight.error
            if flight.ok and flight.meta is not None and served is not None:
                served.append(flight.meta)
            return flight.value if flight.ok else compute()
        value = self._lead(key, compute, generation, now, flight)
        if flight.meta is not None and served is not None:
            served.append(flight.meta)
        return value

    def _lead(self, key: Hashable, compute: Callable[[], T], generation: int, now: float, flight: _Flight,
              behind: bool = False) -> T:
        """Compute the answer of `key` for everyone waiting on `flight` and keep it."""
        try:
            value = compute()
            flight.value, flight.ok = value, True
            size = len(value) if isinstance(value, bytes) else 1024
            with self._lock:
                if now >= self._floor:  # not emptied by a write while it was computed
                    old = self._entries.pop(key, None)
                    self._bytes += size - (old.size if old is not None else 0)
                    self._entries[key] = _Entry(generation, now, value, size)
                    flight.meta = (generation, now)
                while self._entries and (len(self._entries) > self.max_entries
                                         or self._bytes > self.max_bytes):
                    self._bytes -= self._entries.popitem(last=False)[1].size
            return value
        except Exception as exc:
            flight.error = exc
            if behind:  # nobody waits for it: the previous answer stays until it is too old
                return None  # type: ignore[return-value]
            raise
        finally:
            with self._lock:
                self._flights.pop(key, None)
            flight.done.set()

    def clear(self) -> None:
        """Forget every answer (and any being computed now): the database was written through this server."""
        with self._lock:
            self._entries.clear()
            self._bytes = 0
            self._floor = time.monotonic() + 1e-9

    def close(self) -> None:
        if self._background is not None:
            self._background.shutdown(wait=True, cancel_futures=True)
        with self._probe_lock:
            if self._probe is not None:
                self._probe.close()
                self._probe = None


FRONT = "milwatch.front"  # ASGI scope key: where a route leaves the meta of the kept answer it sent


class AnswerFront:
    """ASGI middleware: a GET whose exact path and query were answered a moment ago from a kept answer is
    answered again from the same bytes, without the framework (routing, parameters, dependencies, two
    worker-thread hops: ~1.5 ms of CPU, most of a reused answer's cost), as long as `cache` would give
    that kept answer again (`AnswerCache.fresh`: unchanged database, or within `stale_seconds`, and no
    write through this server since).  Routes tell which kept answer they sent by setting
    `scope[FRONT]["meta"]`; only complete 200 answers that did are kept here, bounded as the cache."""

    def __init__(self, app: Any, cache: AnswerCache, prefix: str = "/api/", max_entries: int = MAX_ENTRIES,
                 max_bytes: int = MAX_BYTES) -> None:
        self.app, self.cache, self.prefix = app, cache, prefix
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._entries: OrderedDict[tuple[str, bytes], tuple[Meta, list[Any], bytes]] = OrderedDict()
        self._bytes = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        kept = self._entries.get(key)
        if kept is not None and self.cache.fresh(kept[0]):
            self._entries.move_to_end(key)
            self.cache.note_hit()
            await send({"type": "http.response.start", "status": 200, "headers": list(kept[1])})
            await send({"type": "http.response.body", "body": kept[2]})
            return
        holder: dict[str, Any] = {}
        scope[FRONT] = holder
        start: dict[str, Any] = {}
        parts: list[bytes] = []

        async def keep(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(status=message["status"], headers=list(message.get("headers", [])))
            elif message["type"] == "http.response.body":
                parts.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200 and holder.get("meta"):
                    self._keep(key, holder["meta"], start["headers"], b"".join(parts))
            await send(message)

        await self.app(scope, receive, keep)

    def _keep(self, key: tuple[str, bytes], meta: Meta, headers: list[Any], body: bytes) -> None:
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= len(old[2]) + len(key[1])
        self._entries[key] = (meta, headers, body)
        self._bytes += len(body) + len(key[1])
        while self._entries and (len(self._entries) > self.max_entries or self._bytes > self.max_bytes):
            dropped_key, dropped = self._entries.popitem(last=False)
            self._bytes -= len(dropped[2]) + len(dropped_key[1])
