"""The SQL of `watch`'s state (tables of migration 8): sources, their validators and items.

`milwatch.monitor` decides when to poll and what to store (see monitor/state.py for how each
write is one transaction and what survives a crash); this class is the only code that
reads and writes those tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from milwatch.store.base import Store

DONE_STATES = ("stored", "duplicate", "quarantined")
Item = dict[str, Any]


class Source(Protocol):
    """What the state needs of a configured source (monitor.config.SourceConfig)."""

    @property
    def name(self) -> str: ...

    @property
    def url(self) -> str: ...

    @property
    def kind(self) -> str: ...


def now_text(at: float | None = None) -> str:
    moment = datetime.fromtimestamp(at, UTC) if at is not None else datetime.now(UTC)
    return moment.isoformat(timespec="seconds")


@dataclass(slots=True)
class PendingItem:
    source: str
    key: str
    item: Item
    attempts: int


class WatchTables:
    """Source and item state of `watch` over an open store (SQLite or PostgreSQL)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # sources -------------------------------------------------------------------------
    def sync_sources(self, sources: Sequence[Source]) -> None:
        """Add sources new to the file; a source whose URL changed forgets its validators."""
        with self.store.transaction() as conn:
            for source in sources:
                conn.execute("INSERT OR IGNORE INTO watch_sources (name, url) VALUES (?, ?)",
                             (source.name, source.url))
                conn.execute("UPDATE watch_sources SET kind = ? WHERE name = ?", (source.kind, source.name))
                conn.execute("UPDATE watch_sources SET url = ?, etag = NULL, last_modified = "
                             "NULL, body_hash = NULL, "
                             "next_poll = 0 WHERE name = ? AND url != ?",
                             (source.url, source.name, source.url))

    def source(self, name: str) -> dict[str, Any]:
        row = self.conn.execute("SELECT * FROM watch_sources WHERE name = ?", (name,)).fetchone()
        return dict(row) if row is not None else {}

    def due(self, names: Iterable[str], now: float) -> list[str]:
        wanted = list(names)
        due = {r[0] for r in self.conn.execute("SELECT name FROM watch_sources WHERE next_poll <= ?", (now,))}
        return [n for n in wanted if n in due]

    def next_poll(self, names: Iterable[str]) -> float | None:
        wanted = set(names)
        times = [r[1] for r in self.conn.execute("SELECT name, next_poll FROM watch_sources")
                 if r[0] in wanted]
        return min(times) if times else None

    def new_keys(self, source: str, keys: Sequence[str]) -> list[str]:
        """The keys of `source` never seen before, in the order given."""
        known: set[str] = set()
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            known.update(r[0] for r in self.conn.execute(
                f"SELECT key FROM watch_items WHERE source = ? AND key IN ({', '.join('?' * len(part))})",
                [source, *part]))
        return [k for k in dict.fromkeys(keys) if k not in known]

    def record_poll(self, source: Source, *, at: float, next_poll: float, status: int | None,
                    items: Sequence[Item] = (), etag: str | None = None, last_modified: str | None = None,
                    body_hash: str | None = None, final_url: str | None = None, not_modified: bool = False,
                    error: str | None = None) -> int:
        """One transaction: the poll's new items (pending) and the source's state.  Returns items added."""
        when = now_text(at)
        added = 0
        with self.store.transaction() as conn:
            for item in items:
                added += conn.execute(
                    "INSERT OR IGNORE INTO watch_items (source, key, url, state, payload, first_seen_at) "
                    "VALUES (?, ?, ?, 'pending', ?, ?)",
                    (source.name, item["key"], item.get("url"),
                     json.dumps(item, ensure_ascii=False), when)).rowcount
            if error is None:
                conn.execute(
                    "UPDATE watch_sources SET polls = polls + 1, not_modified = "
                    "not_modified + ?, failures = 0, "
                    "next_poll = ?, last_poll_at = ?, last_success_at = ?, last_status = ?, "
                    "etag = CASE WHEN ? THEN etag ELSE ? END, "
                    "last_modified = CASE WHEN ? THEN last_modified ELSE ? END, "
                    "body_hash = COALESCE(?, body_hash), final_url = COALESCE(?, final_url) WHERE name = ?",
                    (int(not_modified), next_poll, when, when, status, not_modified, etag, not_modified,
                     last_modified, body_hash, final_url, source.name))
            else:
                conn.execute(
                    "UPDATE watch_sources SET polls = polls + 1, errors = errors + 1, "
                    "failures = failures + 1, "
                    "next_poll = ?, last_poll_at = ?, last_error_at = ?, last_error = ?, last_status = ? "
                    "WHERE name = ?", (next_poll, when, when, error[:1000], status, source.name))
        return added

    # items ---------------------------------------------------------------------------
    def pending(self, now: float, sources: Iterable[str], skip: set[tuple[str, str]] = frozenset(),  # type: ignore[assignment]
                limit: int = 1000) -> list[PendingItem]:
        """Items waiting to be stored whose next try has come, oldest first, without those in `skip`."""
        wanted = set(sources)
        keys = [(r[0], r[1], r[2], r[3]) for r in self.conn.execute(
            "SELECT rowid, source, key, attempts FROM watch_items WHERE state = 'pending' AND next_try <= ? "
            "ORDER BY rowid", (now,)) if r[1] in wanted and (r[1], r[2]) not in skip][:limit]
        out = []
        for rowid, source, key, attempts in keys:
            row = self.conn.execute("SELECT payload FROM watch_items WHERE rowid = ?", (rowid,)).fetchone()
            if row is not None and row[0]:
                out.append(PendingItem(source, key, json.loads(row[0]), attempts))
        return out

    def save_item(self, source: str, key: str, item: Item) -> None:
        """Write an item back (its page text, once fetched) before its article is stored."""
        with self.store.transaction() as conn:
            conn.execute("UPDATE watch_items SET payload = ?, error = NULL WHERE source = ? AND key = ?",
                         (json.dumps(item, ensure_ascii=False), source, key))

    def item_failed(self, source: str, key: str, error: str, next_try: float) -> None:
        with self.store.transaction() as conn:
            conn.execute("UPDATE watch_items SET attempts = attempts + 1, error = ?, next_try = ? "
                         "WHERE source = ? AND key = ?", (error[:1000], next_try, source, key))

    def item_done(self, source: str, key: str, state: str, article_id: str | None,
                  error: str | None = None) -> None:
        assert state in DONE_STATES
        with self.store.transaction() as conn:
            conn.execute("UPDATE watch_items SET state = ?, article_id = ?, payload = NULL, "
                         "error = ?, done_at = ? "
                         "WHERE source = ? AND key = ?", (state, article_id, error, now_text(), source, key))

    def stored_article(self, article_id: str, content_hash: str) -> tuple[str, tuple[Any, ...]] | None:
        """(id, origin) of the stored article with this id, else the first with this text."""
        row = self.conn.execute("SELECT id, origin_path, origin_line, origin_offset FROM "
                                "articles WHERE id = ?",
                                (article_id,)).fetchone()
        if row is None:
            row = self.conn.execute("SELECT id, origin_path, origin_line, origin_offset FROM articles "
                                    "WHERE content_hash = ? ORDER BY pk LIMIT 1", (content_hash,)).fetchone()
        return (row[0], (row[1], row[2], row[3])) if row is not None else None

    def claimed(self, article_id: str, source: str, key: str) -> bool:
        """True when another item already stored the article `article_id`."""
        return self.conn.execute("SELECT 1 FROM watch_items WHERE article_id = ? AND state = 'stored' "
                                 "AND NOT (source = ? AND key = ?) LIMIT 1",
                                 (article_id, source, key)).fetchone() is not None

    def unextracted(self, limit: int = 100_000) -> list[str]:
        """Articles `watch` stored that have no extraction yet (after a crash too)."""
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT i.article_id FROM watch_items i LEFT JOIN extractions e ON "
            "e.article_id = i.article_id "
            "WHERE i.state IN ('stored', 'duplicate') AND i.article_id IS NOT NULL AND e.article_id IS NULL "
            "LIMIT ?", (limit,))]

    # report --------------------------------------------------------------------------
    def report(self) -> list[dict[str, Any]]:
        """Every source ever watched with its state and item counts (`milwatch sources`)."""
        counts: dict[str, dict[str, int]] = {}
        for source, state, n in self.conn.execute("SELECT source, state, COUNT(*) FROM watch_items "
                                                  "GROUP BY source, state"):
            counts.setdefault(source, {})[state] = int(n)
        failing = {r[0]: int(r[1]) for r in self.conn.execute(
            "SELECT source, COUNT(*) FROM watch_items WHERE state = 'pending' AND error IS NOT "
            "NULL GROUP BY source")}
        out = []
        for row in self.conn.execute("SELECT * FROM watch_sources ORDER BY name"):
            entry = dict(row)
            got = counts.get(entry["name"], {})
            entry["items"] = {"stored": got.get("stored", 0), "duplicate": got.get("duplicate", 0),
                              "quarantined": got.get("quarantined", 0), "pending": got.get("pending", 0),
                              "failing": failing.get(entry["name"], 0)}
            out.append(entry)
        return out
