"""Has the database changed?  A cheap question the API asks before reusing an answer (api/cache.py)."""

from __future__ import annotations

from typing import Any


def data_version(store: Any) -> int | None:
    """A number that changes whenever another connection commits to the database (SQLite's `PRAGMA
    data_version`, read from the WAL index: no table is touched); None where the store cannot tell
    (PostgreSQL), so that nothing computed from it is ever reused."""
    if getattr(store, "dialect", "sqlite") != "sqlite":
        return None
    return int(store.conn.execute("PRAGMA data_version").fetchone()[0])
