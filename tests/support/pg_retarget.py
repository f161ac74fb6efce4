"""Run other test modules again on PostgreSQL (tests/store/test_postgres_suites*.py).

A module is loaded again by path, as a private copy, and the names it opens stores by
(`open_store`, `SQLiteStore`, and tests/monitor's `_rows`) are pointed, in that copy only, at a fresh
PostgreSQL database per store path.  The server is scripts/postgres.sh's, started on first use; a
test is skipped, saying why, only when PostgreSQL cannot be installed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parents[1]
SCRIPT = TESTS.parent / "scripts" / "postgres.sh"
CANNOT_INSTALL = 3


class PgPaths:
    """Store paths -> databases of one PostgreSQL server."""

    def __init__(self) -> None:
        self.server: str | None = None
        self.made: dict[str, str] = {}

    def server_url(self) -> str:
        if self.server is None:
            pytest.importorskip("psycopg",
                                reason="psycopg 3 is not installed (pip install 'milwatch[postgres]')")
            done = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, timeout=900)
            if done.returncode == CANNOT_INSTALL:
                pytest.skip(f"PostgreSQL cannot be installed here: {done.stderr.strip()[-300:]}")
            assert done.returncode == 0, (f"scripts/postgres.sh failed ({done.returncode}):\n"
                                          f"{done.stderr[-2000:]}")
            self.server = done.stdout.strip().splitlines()[-1]
        return self.server

    def url_for(self, location: Any) -> str:
        from milwatch.store.base import store_url

        text = str(location)
        if store_url(text):
            return text
        if text not in self.made:
            import psycopg

            server = self.server_url()
            name = f"t_{uuid.uuid4().hex[:16]}"
            with psycopg.connect(server, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            self.made[text] = server.replace("/postgres?", f"/{name}?")
        return self.made[text]

    def open(self, location: Any, create: bool = True, **options: Any) -> Any:
        from milwatch.store import open_store

        return open_store(self.url_for(location), create=create, **options)

    def rows(self, location: Any, sql: str) -> list[tuple[Any, ...]]:
        with self.open(location, create=False) as store:
            return [tuple(r) for r in store.conn.execute(sql).fetchall()]

    def drop_all(self) -> None:
        if self.server is None or not self.made:
            return
        import psycopg

        with psycopg.connect(self.server, autocommit=True) as conn:
            for url in self.made.values():
                conn.execute(f'DROP DATABASE IF EXISTS '
                             f'"{url.partition("?")[0].rsplit("/", 1)[-1]}" WITH (FORCE)')
        self.made.clear()


def load(relative: str, paths: PgPaths) -> ModuleType:
    """A private copy of tests/<relative> whose stores are PostgreSQL databases."""
    name = "milwatch_pg_" + relative.replace("/", "_").removesuffix(".py")
    spec = importlib.util.spec_from_file_location(name, TESTS / relative)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for attr in ("open_store", "SQLiteStore"):
        if hasattr(module, attr):
            setattr(module, attr, paths.open)
    if hasattr(module, "_rows"):
        module._rows = paths.rows
    return module


def _is_fixture(value: Any) -> bool:
    return type(value).__name__ == "FixtureFunctionDefinition" or hasattr(value, "_pytestfixturefunction")


def collect(namespace: dict[str, Any], modules: list[ModuleType], sqlite_only: set[str],
            own_fixtures: set[str]) -> None:
    """The modules' tests (suffixed with their module) and fixtures, into a test module's namespace."""
    for module in modules:
        marks = getattr(module, "pytestmark", [])
        for name in dir(module):
            value = getattr(module, name)
            if name.startswith("test_") and name not in sqlite_only and callable(value):
                for mark in marks if isinstance(marks, list) else [marks]:
                    value = mark(value)  # the module's marks (skipif…) on its own tests only
                namespace[f"{name}__{module.__name__.rsplit('_test_', 1)[-1]}"] = value
            elif _is_fixture(value) and name not in own_fixtures:
                assert name not in namespace or namespace[name] is value, f"two fixtures named {name}"
                namespace[name] = value
