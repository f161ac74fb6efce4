"""The watch loop: poll due sources, follow new items to their pages, store and extract what is new.

Threads fetch (and parse); this thread alone writes the store.  A source that
fails is rescheduled with back-off and reported; it never stops the others.

    watcher = Watcher(config, store, Pipeline.from_settings(settings))
    summary = watcher.run(once=True)
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

from milwatch.ingest import Quarantined, content_hash
from milwatch.model import Article
from milwatch.monitor.config import SourceConfig, WatchConfig
from milwatch.monitor.fetcher import Fetched, Fetcher
from milwatch.monitor.items import Item, feed_items, item_record, origin_of, page_items, page_text
from milwatch.monitor.state import PendingItem, WatchState, backoff
from milwatch.pipeline import Pipeline
from milwatch.store.base import Store

IDLE_WAIT = 1.0  # longest sleep of the loop (seconds): a stop request is seen at least this often


@dataclass(slots=True)
class WatchSummary:
    polls: int = 0
    not_modified: int = 0
    unchanged: int = 0  # 200 answers with the same body as last time
    errors: int = 0
    new_items: int = 0
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    page_errors: int = 0
    extracted: int = 0
    events: int = 0
    seconds: float = 0.0


@dataclass(slots=True)
class _Poll:
    source: SourceConfig
    fetched: Fetched
    items: list[Item] = field(default_factory=list)
    broken: Quarantined | None = None
    body_hash: str | None = None
    unchanged: bool = False


class Watcher:
    """Polls the sources of a `WatchConfig` into a store (see the module docstring)."""

    def __init__(self, config: WatchConfig, store: Store, pipeline: Pipeline, extract: bool = True,
                 log: Callable[[str], None] | None = None, stop: threading.Event | None = None,
                 extract_every: float = 60.0) -> None:
        self.config, self.store, self.pipeline, self.extracts = config, store, pipeline, extract
        self.state = WatchState(store)
        self.log = log or (lambda _line: None)
        self.stop = stop or threading.Event()
        self.extract_every = extract_every
        self.sources = {s.name: s for s in config.sources}
        self.rng = random.Random()
        self.summary = WatchSummary()
        self._look = True  # look for pending items at the next turn of the loop

    # the loop ------------------------------------------------------------------------
    def run(self, once: bool = False, all_sources: bool = False,
            duration: float | None = None) -> WatchSummary:
        """Poll until stopped (or `duration` seconds); `once`: every due source once (`all_sources`: every
        source), their new items, then return."""
        started = time.monotonic()
        deadline = started + duration if duration is not None else None
        self.state.sync_sources(self.config.sources)
        fetcher = Fetcher(self.config.defaults.user_agent, self.config.delay_for,
                          self.config.defaults.max_bytes, stop=self.stop)
        pool = ThreadPoolExecutor(max_workers=self.config.defaults.concurrency, thread_name_prefix="watch")
        jobs: dict[Future[Any], tuple[str, str, str]] = {}  # future -> (kind, source, key)
        polled: set[str] = set()
        tried: set[tuple[str, str]] = set()
        last_extract = last_look = time.monotonic()
        self._look = True
        try:
            while not self.stop.is_set() and (deadline is None or time.monotonic() < deadline):
                now = time.time()
                busy_sources = {s for kind, s, _k in jobs.values() if kind == "poll"}
                names = list(self.sources) if once and all_sources else self.state.due(self.sources, now)
                for name in names:
                    if name in busy_sources or (once and name in polled):
                        continue
                    polled.add(name)
                    source = self.sources[name]
                    row = self.state.source(name)
                    jobs[pool.submit(self._poll, fetcher, source, row)] = ("poll", name, "")
                if self._look or time.monotonic() - last_look >= IDLE_WAIT:
                    self._look, last_look = False, time.monotonic()
                    busy_items = {(s, k) for kind, s, k in jobs.values() if kind == "page"}
                    skip = busy_items | tried if once else busy_items
                    for pending in self.state.pending(now, self.sources, skip):
                        tried.add((pending.source, pending.key))
                        if pending.item.get("follow") and not pending.item.get("followed"):
                            jobs[pool.submit(self._follow, fetcher, pending)] = ("page", pending.source,
                                                                                 pending.key)
                        else:
                            self._store_item(pending)
                if not jobs:
                    if once:
                        break
                    if time.monotonic() - last_extract >= self.extract_every:
                        self._extract()
                        last_extract = time.monotonic()
                    upcoming = self.state.next_poll(self.sources)
                    pause = (IDLE_WAIT if upcoming is None
                             else min(IDLE_WAIT, max(0.0, upcoming - time.time())))
                    self.stop.wait(max(pause, 0.05))
                    continue
                done, _rest = wait(list(jobs), timeout=IDLE_WAIT, return_when=FIRST_COMPLETED)
                for future in done:
                    kind, name, key = jobs.pop(future)
                    if kind == "poll":
                        self._record_poll(future.result())
                    else:
                        self._record_page(future.result())
                if not once and time.monotonic() - last_extract >= self.extract_every:
                    self._extract()
                    last_extract = time.monotonic()
            self._extract()
        finally:
            self.stop.set()
            pool.shutdown(wait=True, cancel_futures=True)
            fetcher.close()
        self.summary.seconds = time.monotonic() - started
        return self.summary

    # worker side ---------------------------------------------------------------------
    def _poll(self, fetcher: Fetcher, source: SourceConfig, row: dict[str, Any]) -> _Poll:
        fetched = fetcher.fetch(source.url, source.timeout, etag=row.get("etag"),
                                last_modified=row.get("last_modified"))
        poll = _Poll(source, fetched)
        if fetched.error is not None or fetched.not_modified:
            return poll
        poll.body_hash = hashlib.sha256(fetched.body).hexdigest()
        if poll.body_hash == row.get("body_hash"):
            poll.unchanged = True
            return poll
        base = fetched.final_url or source.url
        try:
            if source.kind == "page":
                poll.items, poll.broken = page_items(fetched.body, source, base)
            else:
                poll.items, poll.broken = feed_items(fetched.body, source, base, self.pipeline.options)
        except Exception as exc:  # noqa: BLE001 - a parser bug on one source must not stop the others
            poll.broken = Quarantined(origin_of(source, {"key": "", "url": None}),
                                      f"internal error while reading the source: {type(exc).__name__}: {exc}",
                                      fetched.body[: self.pipeline.options.raw_max],
                                      raw_size=len(fetched.body))
        return poll

    def _follow(self, fetcher: Fetcher, pending: PendingItem) -> tuple[PendingItem, str | None]:
        source = self.sources[pending.source]
        fetched = fetcher.fetch(pending.item["url"], source.timeout)
        if fetched.error is not None:
            return pending, f"page {pending.item['url']}: {fetched.error}"
        try:
            text, title, published = page_text(fetched.body, fetched.final_url or pending.item["url"])
        except Exception as exc:  # noqa: BLE001 - trafilatura failing on one page is that page's problem
            return (pending, f"page {pending.item['url']}: cannot extract its text "
                             f"({type(exc).__name__}: {exc})")
        if not text:
            return pending, f"page {pending.item['url']}: no article text found"
        item = dict(pending.item)
        if len(text) > len(item.get("text") or ""):
            item["text"] = text
        item["title"] = ((title or item.get("title")) if source.kind == "page"
                         else (item.get("title") or title))
        item["published"] = item.get("published") or published
        item["followed"] = True
        return PendingItem(pending.source, pending.key, item, pending.attempts), None

    # main side -----------------------------------------------------------------------
    def _record_poll(self, poll: _Poll) -> None:
        source, fetched, at = poll.source, poll.fetched, time.time()
        self.summary.polls += 1
        error = fetched.error
        if error is None and poll.broken is not None:
            self._add([poll.broken])  # the unreadable body, kept with its reason
            error = poll.broken.reason
        if error is not None:
            failures = int(self.state.source(source.name).get("failures") or 0) + 1
            delay = backoff(source.interval, failures, self.config.defaults.max_backoff, fetched.retry_after,
                            self.rng)
            self.state.record_poll(source, at=at, next_poll=at + delay, status=fetched.status, error=error)
            self.summary.errors += 1
            self.log(f"{source.name}: {error} (error {failures} in a row; next try in {delay:.0f} s)")
            return
        fresh: list[Item] = []
        if poll.items:
            new = set(self.state.new_keys(source.name, [i["key"] for i in poll.items]))
            fresh = [i for i in poll.items if i["key"] in new]
            if source.kind == "feed":
                fresh.reverse()  # feeds list the newest first: store the oldest first
        # more new items than max_items: the rest wait for the next poll, so the validators are not kept
        taken = len(fresh) <= source.max_items
        fresh = fresh[: source.max_items]
        next_poll = at + source.interval * (1.0 + 0.05 * self.rng.random())
        added = self.state.record_poll(
            source, at=at, next_poll=next_poll, status=fetched.status, items=fresh,
            etag=fetched.etag if taken else None, last_modified=fetched.last_modified if taken else None,
            body_hash=poll.body_hash if taken else "", final_url=fetched.final_url,
            not_modified=fetched.not_modified)
        self.summary.not_modified += fetched.not_modified
        self.summary.unchanged += poll.unchanged
        self.summary.new_items += added
        self._look = self._look or added > 0
        if added:
            self.log(f"{source.name}: {added} new item{'s' if added != 1 else ''}")

    def _record_page(self, result: tuple[PendingItem, str | None]) -> None:
        pending, error = result
        source = self.sources[pending.source]
        if error is None:
            self.state.save_item(pending.source, pending.key, pending.item)
            self._store_item(pending)
            return
        self.summary.page_errors += 1
        attempts = pending.attempts + 1
        if attempts < source.item_attempts:
            delay = backoff(source.interval, attempts, self.config.defaults.max_backoff, rng=self.rng)
            self.state.item_failed(pending.source, pending.key, error, time.time() + delay)
            self._look = True
            self.log(f"{source.name}: {error} (try {attempts} of {source.item_attempts})")
            return
        item = dict(pending.item)
        item["follow"], item["note"] = False, error
        # nothing to fall back to: kept in quarantine with the reason
        if not (item.get("text") or "").strip():
            item["quarantine"] = f"{error} (after {attempts} tries) and the feed gives no text"
            item["raw"] = item.get("url") or ""
        self.state.item_failed(pending.source, pending.key, error, 0.0)
        self.state.save_item(pending.source, pending.key, item)
        self.log(f"{source.name}: {error}; gave up after {attempts} tries, "
                 + ("kept in quarantine" if item.get("quarantine") else "stored the feed's summary"))
        self._store_item(PendingItem(pending.source, pending.key, item, attempts))

    def _store_item(self, pending: PendingItem) -> None:
        """The item's article (or quarantine record) in one transaction, then the item marked done."""
        source = self.sources[pending.source]
        options = self.pipeline.options
        record = item_record(source, pending.item, options.max_record_bytes, options.raw_max)
        counts = self._add([record])
        if isinstance(record, Quarantined) or counts.id_clashes:
            reason = record.reason if isinstance(record, Quarantined) else "id clash"
            self.state.item_done(pending.source, pending.key, "quarantined", None, reason)
            self.summary.quarantined += 1
            return
        found = self.state.stored_article(record.id, content_hash(record.text))
        article_id = found[0] if found else record.id
        # new here, or stored by this very item before a crash; else another item (or input) had it first
        ours = counts.stored > 0 or (found is not None
                                     and found[1][0] == (record.origin.path if record.origin else None)
                                     and not self.state.claimed(article_id, pending.source, pending.key))
        state = "stored" if ours else "duplicate"
        self.state.item_done(pending.source, pending.key, state, article_id, pending.item.get("note"))
        if ours:
            self.summary.stored += 1
        else:
            self.summary.duplicates += 1

    def _add(self, records: list[Article | Quarantined]) -> Any:
        return self.pipeline.ingest(records, self.store, batch_size=1).counts

    def _extract(self) -> None:
        if not self.extracts:
            return
        ids = self.state.unextracted()
        if not ids:
            return
        summary = self.pipeline.extract(self.store, ids=ids)
        self.summary.extracted += summary.articles
        self.summary.events += summary.events
        self.log(f"extracted {summary.articles} new articles: {summary.events} events, "
                 f"{summary.stories} stories")
