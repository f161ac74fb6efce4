"""Other folders' store tests, run again on PostgreSQL: real events, read limits, alerts and webhooks,
story views, export errors, incremental stories and `watch` (its Watcher over the store; the CLI
command still requires SQLite).

Each module is loaded again as a private copy whose `open_store`/`SQLiteStore` open a fresh
PostgreSQL database per store path (tests/support/pg_retarget.py); its tests are collected here.
Tests that read the SQLite file itself (sqlite3, an old schema, a trigger) stay SQLite-only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from support.pg_retarget import PgPaths, collect, load

PATHS = PgPaths()
SQLITE_ONLY = {  # they open the SQLite file with sqlite3 (an old schema, a trigger, a broken row, an update)
    "test_an_old_database_gets_its_real_events_when_opened",
    "test_a_failed_save_keeps_the_previous_reports_and_real_events",
    "test_item_pages_that_fail_fall_back_to_the_summary_or_quarantine",
}
MODULES = [load(m, PATHS) for m in (
    "store/test_real_events.py", "store/test_read_limits.py", "alerts/test_alerts.py", "export/test_views.py",
    "export/test_export_errors.py", "cluster/test_incremental_stories.py", "monitor/conftest.py",
    "monitor/test_watch.py")]
collect(globals(), MODULES, SQLITE_ONLY, own_fixtures={"db"})


@pytest.fixture(scope="module", autouse=True)
def _drop_databases() -> Iterator[None]:
    yield
    PATHS.drop_all()


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
