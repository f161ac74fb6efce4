"""scripts/test.sh (the README's test command, run by .ci/run) fails on mypy errors in src/ as on test
failures, and src/milwatch itself type-checks clean.

The script cases run the real script on a minimal project (tests/support/testsh_project.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support.testsh_project import project, run

ROOT = Path(__file__).resolve().parents[2]
TYPED = '"""A module mypy accepts."""\n\n\ndef double(x: int) -> int:\n    return 2 * x\n'
# ruff-clean, runs fine, but a str is returned where the annotation promises an int
MISTYPED = '"""A module mypy rejects."""\n\n\ndef double(x: int) -> int:\n    return str(2 * x)\n'


def test_type_error_fails_although_lint_and_tests_pass(tmp_path: Path) -> None:
    done = run(project(tmp_path, MISTYPED))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 passed" in done.stdout  # the tests still ran
    assert "ruff check src tests found errors" not in done.stderr
    assert "Incompatible return value type" in done.stdout
    assert "src/probe/__init__.py:5" in done.stdout
    assert "mypy src found errors" in done.stderr


def test_typed_module_passes_the_gate(tmp_path: Path) -> None:
    done = run(project(tmp_path, TYPED))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout


def test_milwatch_sources_have_no_type_errors() -> None:
    """What CI checks, here too, so that a type error shows up in a targeted test run as well."""
    done = subprocess.run([sys.executable, "-m", "mypy", "src"], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout
