"""What the store's SQL code needs of a database connection (sqlite3's, or the PostgreSQL adapter's).

The store modules write one SQL text for both backends, in SQLite's dialect with `?`
placeholders; the PostgreSQL connection (store/postgres.py) translates what differs.  Only
code under `milwatch.store` may call these methods (tests/store/test_honest.py checks it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol


class Cursor(Protocol):
    """The rows of one statement: each row answers `row[0]` and `row["column"]`."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int = ...) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any: ...
