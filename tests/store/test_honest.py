"""The store protocol is honest: only milwatch.store talks SQL or reaches a store's connection."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "milwatch"
SQL_USE = re.compile(r"\.conn\b|\.execute(many)?\(|\bsqlite3\b|\bpsycopg\b")
STORE_CLASSES = re.compile(r"\b(SQLiteStore|PostgresStore)\(")
# (file, text) a line may still hold: api/sources.py turns a missing watch table into an empty list
# files that read an SQLite file as a file, not as a store: datasette's metadata lists its tables
ALLOWED_FILES = {"export/datasette.py"}
ALLOWED = {("api/sources.py", "import sqlite3"),
           ("api/sources.py", "except sqlite3.OperationalError as exc:")}


def _outside_store() -> list[Path]:
    return [p for p in sorted(SRC.rglob("*.py")) if "store" not in p.relative_to(SRC).parts[:1]
            and str(p.relative_to(SRC)) not in ALLOWED_FILES]


def test_no_sql_outside_the_store() -> None:
    found = [f"{p.relative_to(SRC)}:{n}: {line.strip()}"
             for p in _outside_store() for n, line in enumerate(p.read_text().splitlines(), 1)
             if SQL_USE.search(line) and (str(p.relative_to(SRC)), line.strip()) not in ALLOWED]
    assert not found, "SQL or a store connection outside milwatch.store:\n" + "\n".join(found)


def test_stores_are_opened_through_open_store() -> None:
    found = [f"{p.relative_to(SRC)}:{n}" for p in _outside_store()
             for n, line in enumerate(p.read_text().splitlines(), 1) if STORE_CLASSES.search(line)]
    assert not found, "build stores with milwatch.store.open_store(location):\n" + "\n".join(found)


def test_the_check_finds_sql() -> None:
    assert SQL_USE.search('rows = store.conn.execute("SELECT 1")')
    assert STORE_CLASSES.search("store = SQLiteStore(path)")


def test_the_store_imports_no_stage_that_reads_or_cleans() -> None:
    """The store depends on the records of model.py, not on ingest or clean (issue 15)."""
    found = [f"store/{p.name}:{n}: {line.strip()}" for p in sorted((SRC / "store").glob("*.py"))
             for n, line in enumerate(p.read_text().splitlines(), 1)
             if re.match(r"\s*(from|import) milwatch\.(ingest|clean)\b", line)]
    assert not found, "\n".join(found)
