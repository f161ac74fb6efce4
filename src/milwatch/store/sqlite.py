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
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from milwatch.errors import StoreError
from milwatch.store.articles import ArticleTables
from milwatch.store.migrations import MIGRATIONS
from milwatch.store.neardup import MinHasher
from milwatch.store.real_events import REAL_EVENTS_VERSION

CACHE_KIB = 32 * 1024  # page cache per connection (fixed: memory does not grow with the store)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore(ArticleTables):
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
            self._db = sqlite3.connect(file, isolation_level=None, check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            self.conn = self._db
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
    def close(self) -> None:
        self._db.close()

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
                yield self._db
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
        self._db.set_progress_handler(lambda: time.monotonic() > deadline, 20_000)
        try:
            yield
        except (sqlite3.OperationalError, StoreError) as exc:
            if "interrupted" not in str(exc):
                raise
            raise StoreError(f"the query took longer than {seconds:g} s and was stopped; "
                             "narrow the filters or ask for smaller pages") from exc
        finally:
            self._db.set_progress_handler(None, 0)

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
        return int(row[0])

    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                          "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        current = self.schema_version()
        known = max(v for v, _n, _s in MIGRATIONS)
        if current > known:
            raise StoreError(f"{self.location}: schema version {current} is newer than "
                             f"this milwatch ({known})")
        for version, name, sql in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction() as conn:
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now()))
        if current < REAL_EVENTS_VERSION and self.conn.execute("SELECT 1 FROM events LIMIT 1").fetchone():
            self.rebuild_real_events()  # a database extracted before real events were stored

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        try:
            rows = self.conn.execute(
                "SELECT a.id, snippet(articles_fts, 1, '[', ']', '…', 12) FROM articles_fts "
                "JOIN articles a ON a.pk = articles_fts.rowid WHERE articles_fts MATCH ? "
                "ORDER BY rank LIMIT ?",
                (query, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r}: {exc}") from exc
        return [(r[0], r[1]) for r in rows]


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

