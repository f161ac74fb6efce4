"""scripts/test.sh (the README's test command, run by .ci/run) fails on ruff errors as on test failures.

Each case runs the real script on a minimal project (tests/support/testsh_project.py).
"""

from __future__ import annotations

from pathlib import Path

from support.testsh_project import project, run

CLEAN = '"""A module ruff accepts."""\n\nVALUE = 1\n'


def test_clean_and_passing_is_success(tmp_path: Path) -> None:
    done = run(project(tmp_path, CLEAN))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout


def test_ruff_error_fails_although_tests_pass(tmp_path: Path) -> None:
    done = run(project(tmp_path, '"""Unused import."""\n\nimport os\n'))
    assert done.returncode != 0
    assert "1 passed" in done.stdout  # the tests still ran
    assert "F401" in done.stdout
    assert "ruff check src tests found errors" in done.stderr


def test_failing_test_fails(tmp_path: Path) -> None:
    done = run(project(tmp_path, CLEAN, "def test_bad() -> None:\n    assert 1 + 1 == 3\n"))
    assert done.returncode == 1
    assert "1 failed" in done.stdout
