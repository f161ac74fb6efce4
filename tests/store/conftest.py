"""A real PostgreSQL for the store tests: started by scripts/postgres.sh (installed by it when missing).

`pg_url` is a fresh, empty database per test.  Without PostgreSQL (it cannot be installed: no root,
no apt) the PostgreSQL tests are skipped and say why; every other failure of the script fails them.
"""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "postgres.sh"
CANNOT_INSTALL = 3  # scripts/postgres.sh: PostgreSQL cannot be installed here


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The URL of the server's `postgres` database."""
    pytest.importorskip("psycopg", reason="psycopg 3 is not installed (pip install 'milwatch[postgres]')")
    done = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, timeout=900)
    if done.returncode == CANNOT_INSTALL:
        pytest.skip(f"PostgreSQL cannot be installed here: {done.stderr.strip()[-300:]}")
    assert done.returncode == 0, f"scripts/postgres.sh failed ({done.returncode}):\n{done.stderr[-2000:]}"
    return done.stdout.strip().splitlines()[-1]


def database_url(server: str, name: str) -> str:
    head, _, query = server.partition("?")
    return f"{head.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")


@pytest.fixture()
def pg_url(pg_server: str) -> Iterator[str]:
    """A new empty database, dropped after the test."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield database_url(pg_server, name)
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
