"""The PostgreSQL store: a database several processes share (`--db postgresql://…`, MILWATCH_DB_URL).

The same tables and the same SQL as the SQLite store (store/pg_sql.py translates the few
spellings that differ; store/pg_schema.py holds the schema), with:

* many writers: every write transaction first takes one transaction-level advisory lock, so
  writers take turns as SQLite's `BEGIN IMMEDIATE` makes them (two `watch` processes and the API
  at once lose or double nothing: each batch sees what the one before committed); readers never
  wait (MVCC), and unique keys with ON CONFLICT keep a re-run from adding anything;
* full-text search over a stored tsvector under each article's language configuration
  (store/pg_search.py);
* migrations recorded in `schema_migrations`, applied under the same lock.

Needs psycopg 3 (`pip install 'milwatch[postgres]'`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from milwatch.errors import MissingExtraError, StoreError
from milwatch.store.articles import ArticleTables, now_text
from milwatch.store.neardup import MinHasher
from milwatch.store.pg_schema import PG_MIGRATIONS
from milwatch.store.pg_sql import PgConnection, row_factory
from milwatch.store.sql import Connection

WRITE_LOCK = 0x6D696C77  # advisory lock key of milwatch writers ("milw"), per database


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise MissingExtraError("a postgresql:// database", "psycopg", "postgres") from exc
    return psycopg


def redact(url: str) -> str:
    """The URL without its password (for messages)."""
    head, at, tail = url.rpartition("@")
    if not at or ":" not in head.split("://", 1)[-1]:
        return url
    scheme, _, user = head.partition("://")
    return f"{scheme}://{user.split(':', 1)[0]}:***@{tail}"


def shown_location(location: object) -> str:
    """A store's location for messages: a PostgreSQL URL as a URL (also one a path option folded to
    `postgresql:/…`) without its password, else the path as given."""
    from milwatch.store.base import store_url

    url = store_url(location)
    return str(location) if url is None else redact(url)


class PostgresStore(ArticleTables):
    """A milwatch database in PostgreSQL (13+).  Every write method is one transaction."""

    dialect = "postgresql"

    def __init__(self, url: str, create: bool = True, near_dup_threshold: float = 0.8,
                 minhash_perm: int = 128, minhash_bands: int = 16) -> None:
        psycopg = _psycopg()
        self.location = url
        self.near_dup_threshold = near_dup_threshold
        self._minhash = (minhash_perm, minhash_bands)
        self._hasher_: MinHasher | None = None
        self._lock = threading.RLock()
        self._errors = psycopg.Error
        try:
            self._raw = psycopg.connect(url, autocommit=True, row_factory=row_factory)
            # the store's queries are short: compiling them (JIT) costs more than it saves (1 s on a 10 ms
            # query)
            self._raw.execute("SET jit = off")
        except psycopg.Error as exc:
            raise StoreError(f"{redact(url)}: cannot connect ({str(exc).strip()})") from exc
        self._pg = PgConnection(self._raw)
        self.conn: Connection = self._pg
        try:
            self._migrate(create)
        except psycopg.Error as exc:
            self._raw.close()
            raise StoreError(f"{redact(url)}: cannot open the database ({str(exc).strip()})") from exc

    # plumbing ----------------------------------------------------------------
    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction holding the writers' lock, rolled back on any error."""
        with self._lock:
            try:
                with self._raw.transaction():
                    self._raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                    yield self._pg
            except self._errors as exc:
                raise StoreError(f"{redact(self.location)}: {str(exc).strip()}") from exc

    def read_only(self) -> None:
        self._raw.execute("SET default_transaction_read_only = on")

    @contextmanager
    def time_limit(self, seconds: float) -> Iterator[None]:
        """PostgreSQL cancels any statement run inside that takes longer than `seconds` (a StoreError)."""
        self._raw.execute(f"SET statement_timeout = {max(int(seconds * 1000), 1)}")
        try:
            yield
        except self._errors as exc:
            if getattr(exc, "sqlstate", None) != "57014":  # query_canceled
                raise
            raise StoreError(f"the query took longer than {seconds:g} s and was stopped; "
                             "narrow the filters or ask for smaller pages") from exc
        finally:
            self._raw.execute("SET statement_timeout = 0")

    def schema_version(self) -> int:
        row = self._raw.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
        return int(row[0])

    def _migrate(self, create: bool) -> None:
        exists = self._raw.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()[0]
        known = max(v for v, _n, _s in PG_MIGRATIONS)
        if not exists and not create:
            raise StoreError(f"no database at {redact(self.location)} (no milwatch tables); "
                             f"run `milwatch ingest ... --db {redact(self.location)}` first")
        if not exists or self.schema_version() < known:
            with self._lock, self._raw.transaction():
                self._raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                self._raw.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                                  "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                  "applied_at TEXT NOT NULL)")
                current = self.schema_version()  # again, under the lock: another process may have migrated
                for version, name, sql in PG_MIGRATIONS:
                    if version > current:
                        self._raw.execute(sql)
                        self._raw.execute("INSERT INTO schema_migrations VALUES (%s, %s, %s)",
                                          (version, name, now_text()))
        current = self.schema_version()
        if current > known:
            raise StoreError(f"{redact(self.location)}: schema version {current} is newer than "
                             f"this milwatch ({known})")
        self._pg.load_tables()

    def stats(self) -> dict[str, Any]:
        return super().stats() | {"database": redact(self.location)}  # never a password, e.g. in /api/stats

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        from milwatch.store.pg_search import search_rows

        if not query.strip():
            raise StoreError("empty search query")
        # web-search syntax would read it somehow: refused, as SQLite's FTS5 MATCH does
        if query.count('"') % 2:
            raise StoreError(f"bad search query {query!r}: unbalanced \"")
        try:
            _total, rows = search_rows(self.conn, query, limit, 0, None, "[", "]", words=12)
        except self._errors as exc:
            raise StoreError(f"bad search query {query!r}: {str(exc).strip()}") from exc
        return [(r["id"], r["snip"]) for r in rows]
