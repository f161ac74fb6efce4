"""Other folders' store tests, run again on PostgreSQL: real events, alerts and webhooks, story views,
incremental stories, and `watch` (its Watcher over the store; the CLI command still requires SQLite).

Each module below is loaded by path and its tests are collected again here, with the names it
opens stores by (`open_store`, `SQLiteStore`) pointed at a fresh PostgreSQL database per path
(conftest.py's server).  Tests that read the SQLite file itself (sqlite3, an old schema) stay
SQLite-only; the rest must pass unchanged on both stores.
"""

from __future__ import annotations

import importlib.util
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

from milwatch.store import Store, open_store
from milwatch.store.base import store_url

TESTS = Path(__file__).resolve().parents[1]
SQLITE_ONLY = {  # they open the SQLite file with sqlite3 (an old schema, a trigger, a broken row, an update)
    "test_an_old_database_gets_its_real_events_when_opened", "test_a_failed_save_keeps_the_previous_reports_and_real_events",
    "test_item_pages_that_fail_fall_back_to_the_summary_or_quarantine",
}


def _load(relative: str) -> ModuleType:
    name = "milwatch_pg_" + relative.replace("/", "_").removesuffix(".py")
    spec = importlib.util.spec_from_file_location(name, TESTS / relative)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _is_fixture(value: Any) -> bool:
    return type(value).__name__ == "FixtureFunctionDefinition" or hasattr(value, "_pytestfixturefunction")


MODULES = [_load(m) for m in ("store/test_real_events.py", "alerts/test_alerts.py", "export/test_views.py",
                              "cluster/test_incremental_stories.py", "monitor/conftest.py", "monitor/test_watch.py")]
OWN_FIXTURES = {"db", "_on_postgresql"}  # defined below for PostgreSQL
for _module in MODULES:
    for _name in dir(_module):
        _value = getattr(_module, _name)
        if _name.startswith("test_") and _name not in SQLITE_ONLY and callable(_value):
            globals()[f"{_name}__{_module.__name__.rsplit('_test_', 1)[-1]}"] = _value
        elif _is_fixture(_value) and _name not in OWN_FIXTURES:
            globals()[_name] = _value  # the module's (or its folder's conftest's) fixtures, e.g. views' `store`
@pytest.fixture(autouse=True)
def _on_postgresql(monkeypatch: pytest.MonkeyPatch, pg_server: str) -> Iterator[None]:
    import psycopg

    made: dict[str, str] = {}

    def url_for(location: Any) -> str:
        text = str(location)
        if store_url(text):
            return text
        if text not in made:
            name = f"t_{uuid.uuid4().hex[:16]}"
            with psycopg.connect(pg_server, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            made[text] = pg_server.replace("/postgres?", f"/{name}?")
        return made[text]

    def pg_open(location: Any, create: bool = True, **options: Any) -> Store:
        return open_store(url_for(location), create=create, **options)

    def rows(location: Any, sql: str) -> list[tuple[Any, ...]]:  # tests/monitor's sqlite3 read
        with pg_open(location, create=False) as store:
            return [tuple(r) for r in store.conn.execute(sql).fetchall()]

    for module in MODULES:
        for name in ("open_store", "SQLiteStore"):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, pg_open)
        if hasattr(module, "_rows"):
            monkeypatch.setattr(module, "_rows", rows)
    yield
    with psycopg.connect(pg_server, autocommit=True) as conn:
        for url in made.values():
            conn.execute(f'DROP DATABASE IF EXISTS "{url.split("/")[-1].split("?")[0]}" WITH (FORCE)')


@pytest.fixture()
def db(kb: ModuleType, pg_url: str, tmp_path: Path) -> Path:
    """tests/alerts' `db` on PostgreSQL: the URL (as the Path a CLI option makes of it) of a store holding
    the other reports, ingested and extracted by the real commands."""
    from milwatch.cli import main

    alerts = next(m for m in MODULES if hasattr(m, "reports"))
    corpus = kb.write_jsonl(tmp_path / "kb.jsonl", alerts.reports("other"))
    for args in (["ingest", str(corpus), "--db", pg_url, "-q"], ["extract", "--db", pg_url, "-q"]):
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return Path(pg_url)
