"""scripts/test.sh --store: the suite on PostgreSQL is opt-in (MILWATCH_TEST_STORE for pytest), a wrong value
fails."""

from __future__ import annotations

import shutil
from pathlib import Path

from support.testsh_project import ROOT, project, run

CLEAN = '"""A module ruff accepts."""\n\nVALUE = 1\n'
SEES_STORE = ("import os\n\n\ndef test_store() -> None:\n"
              "    assert os.environ.get('MILWATCH_TEST_STORE') == {!r}\n")


def test_the_default_store_is_sqlite(tmp_path: Path) -> None:
    done = run(project(tmp_path, CLEAN, SEES_STORE.format("sqlite")))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout


def test_store_postgres_starts_the_server_and_tells_pytest(tmp_path: Path) -> None:
    root = project(tmp_path, CLEAN, SEES_STORE.format("postgres"))
    shutil.copy(ROOT / "scripts" / "postgres.sh", root / "scripts" / "postgres.sh")
    done = run(root, "--store", "postgres")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout


def test_a_wrong_store_fails_before_anything_runs(tmp_path: Path) -> None:
    done = run(project(tmp_path, CLEAN), "--store", "mysql")
    assert done.returncode == 2
    assert "--store takes sqlite or postgres, not 'mysql'" in done.stderr and "passed" not in done.stdout


def test_help_names_the_store_option(tmp_path: Path) -> None:
    done = run(project(tmp_path, CLEAN), "--help")
    assert done.returncode == 0 and "--store sqlite|postgres" in done.stdout and "passed" not in done.stdout
