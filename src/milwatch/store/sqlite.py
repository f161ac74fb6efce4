"""The SQLite store: stdlib sqlite3, WAL, FTS5 over clean text, one transaction per batch.

Crash safety: a batch is one `BEGIN IMMEDIATE … COMMIT`; after a crash (even
`kill -9`) SQLite rolls the open batch back and every committed one is whole.
Idempotence: an article is keyed by id and content hash, quarantine and
duplicate rows by a key of their origin, so reading the same input again
changes nothing.  Together: re-run an interrupted ingest and nothing is lost or
doubled.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from milwatch.errors import StoreError
from milwatch.ingest.records import Quarantined
from milwatch.model import Article, Origin
from milwatch.store.base import AddCounts
from milwatch.store.events import ExtractionTables
from milwatch.store.migrations import MIGRATIONS
from milwatch.store.neardup import MinHasher
from milwatch.store.real_events import REAL_EVENTS_VERSION
from milwatch.store.rows import ARTICLE_COLUMNS, article_from_row
from milwatch.store.story_index import StoryIndexTables
from milwatch.store.writer import BatchWriter

PAGE = 500
CACHE_KIB = 32 * 1024  # page cache per connection (fixed: memory does not grow with the store)
_SELECT_ARTICLE = "SELECT " + ", ".join(ARTICLE_COLUMNS) + " FROM articles"
_SELECT_ARTICLE_PK = "SELECT pk, " + ", ".join(ARTICLE_COLUMNS) + " FROM articles"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore(ExtractionTables, StoryIndexTables):
    """The embedded default store.  One writer at a time (a lock guards transactions)."""

    dialect = "sqlite"

    def __init__(self, path: str | os.PathLike[str], create: bool = True, near_dup_threshold: float = 0.8,
                 minhash_perm: int = 128, minhash_bands: int = 16) -> None:
        self.location = str(path)
        self.near_dup_threshold = near_dup_threshold
        self._minhash = (minhash_perm, minhash_bands)
        self._hasher_: MinHasher | None = None  # built on first write (readers never need it)
        self._lock = threading.RLock()
        file = Path(path)
        if not create and not file.exists():
            raise StoreError(f"no database at {file}; run `milwatch ingest ... --db {file}` first")
        try:
            if create and file.parent and not file.parent.exists():
                file.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(file, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 10000")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"{file}: cannot open the database ({exc})") from exc
        except OSError as exc:
            raise StoreError(f"{file}: {exc.strerror or exc}") from exc

    # plumbing ----------------------------------------------------------------
    @property
    def _hasher(self) -> MinHasher:
        if self._hasher_ is None:
            self._hasher_ = MinHasher(*self._minhash)
        return self._hasher_

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error."""
        with self._lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.location}: cannot start a transaction ({exc})") from exc
            try:
                yield self.conn
            except sqlite3.Error as exc:
                self.conn.execute("ROLLBACK")
                raise StoreError(f"{self.location}: {exc}") from exc
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.location}: commit failed ({exc})") from exc

    def read_only(self) -> None:
        self.conn.execute("PRAGMA query_only = ON")

    @contextmanager
    def time_limit(self, seconds: float) -> Iterator[None]:
        """SQLite interrupts the statements run inside once `seconds` have passed (a StoreError)."""
        deadline = time.monotonic() + seconds
        self.conn.set_progress_handler(lambda: time.monotonic() > deadline, 20_000)
        try:
            yield
        except (sqlite3.OperationalError, StoreError) as exc:
            if "interrupted" not in str(exc):
                raise
            raise StoreError(f"the query took longer than {seconds:g} s and was stopped; "
                             "narrow the filters or ask for smaller pages") from exc
        finally:
            self.conn.set_progress_handler(None, 0)

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
        return int(row[0])

    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                          "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        current = self.schema_version()
        known = max(v for v, _n, _s in MIGRATIONS)
        if current > known:
            raise StoreError(f"{self.location}: schema version {current} is newer than this milwatch ({known})")
        for version, name, sql in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction() as conn:
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now()))
        if current < REAL_EVENTS_VERSION and self.conn.execute("SELECT 1 FROM events LIMIT 1").fetchone():
            self.rebuild_real_events()  # a database extracted before real events were stored

    # writing -----------------------------------------------------------------
    def add_articles(self, batch: Sequence[Article | Quarantined]) -> AddCounts:
        """Store a batch in one transaction (see milwatch/store/writer.py for what happens to each record)."""
        with self.transaction() as conn:
            return BatchWriter(conn, self._hasher, self.near_dup_threshold, _now()).write(batch)

    # reading -----------------------------------------------------------------
    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute(_SELECT_ARTICLE + " WHERE id = ?", (article_id,)).fetchone()
        return article_from_row(row) if row is not None else None

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def iter_articles(self, lang: str | None = None, ids: Iterable[str] | None = None,
                      limit: int | None = None) -> Iterator[Article]:
        """Articles in ingest order, read page by page (safe to write to the store meanwhile)."""
        if ids is not None:
            for article_id in ids:
                article = self.get_article(article_id)
                if article is not None:
                    yield article
            return
        last, given = 0, 0
        where = " AND lang = ?" if lang else ""
        while True:
            params: list[Any] = [last] + ([lang] if lang else [])
            rows = self.conn.execute(f"{_SELECT_ARTICLE_PK} WHERE pk > ?{where} ORDER BY pk LIMIT {PAGE}",
                                     params).fetchall()
            if not rows:
                return
            for row in rows:
                yield article_from_row(row)
                given += 1
                if limit is not None and given >= limit:
                    return
            last = rows[-1]["pk"]

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        try:
            rows = self.conn.execute(
                "SELECT a.id, snippet(articles_fts, 1, '[', ']', '…', 12) FROM articles_fts "
                "JOIN articles a ON a.pk = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r}: {exc}") from exc
        return [(r[0], r[1]) for r in rows]

    def iter_quarantine(self) -> Iterator[tuple[Quarantined, str]]:
        for row in self.conn.execute("SELECT origin_path, origin_line, origin_offset, reason, raw, raw_size, "
                                     "recorded_at FROM quarantine ORDER BY pk"):
            origin = Origin(row[0] or "", row[1], row[2])
            yield Quarantined(origin, row[3], bytes(row[4] or b""), row[5]), row[6]

    def duplicates_of(self, article_id: str) -> list[dict[str, Any]]:
        out = [{"kind": "exact", "article_id": r[0], "duplicate_of": r[1],
                "origin": Origin(r[2] or "", r[3], r[4]).describe()}
               for r in self.conn.execute(
                   "SELECT article_id, duplicate_of, origin_path, origin_line, origin_offset FROM duplicates "
                   "WHERE duplicate_of = ? OR article_id = ? ORDER BY pk", (article_id, article_id))]
        out += [{"kind": "near", "article_id": r[0], "similar_to": r[1], "similarity": r[2]}
                for r in self.conn.execute("SELECT article_id, similar_to, similarity FROM near_duplicates "
                                           "WHERE article_id = ? OR similar_to = ?", (article_id, article_id))]
        return out

    def stats(self) -> dict[str, Any]:
        def count(sql: str) -> int:
            return int(self.conn.execute(sql).fetchone()[0])

        def groups(sql: str) -> dict[str, int]:
            return {str(k if k is not None else "unknown"): int(n) for k, n in self.conn.execute(sql)}

        return {
            "database": self.location,
            "schema_version": self.schema_version(),
            "articles": count("SELECT COUNT(*) FROM articles"),
            "quarantined": count("SELECT COUNT(*) FROM quarantine"),
            "duplicates": count("SELECT COUNT(*) FROM duplicates"),
            "near_duplicates": count("SELECT COUNT(*) FROM near_duplicates"),
            "extracted": count("SELECT COUNT(*) FROM extractions"),
            "events": count("SELECT COUNT(*) FROM real_events"),  # real events; their reports:
            "reports": count("SELECT COUNT(*) FROM events"),
            "stories": count("SELECT COUNT(DISTINCT story_id) FROM stories"),
            "by_lang": groups("SELECT lang, COUNT(*) n FROM articles GROUP BY lang ORDER BY n DESC, lang"),
            "by_source": groups("SELECT source, COUNT(*) n FROM articles GROUP BY source ORDER BY n DESC, source"),
            "by_month": groups("SELECT substr(published, 1, 7) m, COUNT(*) FROM articles GROUP BY m "
                               "ORDER BY m IS NULL, m"),
        }


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (CREATE TRIGGER bodies kept whole)."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out

