"""scripts/test.sh (the README's test command, run by .ci/run) fails on ruff errors as on test failures.

Each case runs the real script on a minimal project (this pyproject.toml and scripts/, a one-module
package and a one-test suite) with the project's virtualenv and no install step.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV = Path(sys.executable).parent.parent


def project(tmp_path: Path, module: str, test: str) -> Path:
    root = tmp_path / "project"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "test.sh", root / "scripts" / "test.sh")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    (root / "src" / "probe").mkdir(parents=True)
    (root / "src" / "probe" / "__init__.py").write_text(module, encoding="utf-8")
    (root / "tests").mkdir()
    (root / "tests" / "test_probe.py").write_text(test, encoding="utf-8")
    return root


def run(root: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "MILWATCH_VENV": str(VENV), "MILWATCH_SKIP_INSTALL": "1"}
    return subprocess.run(["sh", str(root / "scripts" / "test.sh"), "-q", "-p", "no:cacheprovider"],
                          capture_output=True, text=True, env=env, timeout=300)


CLEAN = '"""A module ruff accepts."""\n\nVALUE = 1\n'
PASSING = "def test_ok() -> None:\n    assert 1 + 1 == 2\n"


def test_clean_and_passing_is_success(tmp_path: Path) -> None:
    done = run(project(tmp_path, CLEAN, PASSING))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout


def test_ruff_error_fails_although_tests_pass(tmp_path: Path) -> None:
    done = run(project(tmp_path, '"""Unused import."""\n\nimport os\n', PASSING))
    assert done.returncode != 0
    assert "1 passed" in done.stdout  # the tests still ran
    assert "F401" in done.stdout
    assert "ruff check src tests found errors" in done.stderr


def test_failing_test_fails(tmp_path: Path) -> None:
    done = run(project(tmp_path, CLEAN, "def test_bad() -> None:\n    assert 1 + 1 == 3\n"))
    assert done.returncode == 1
    assert "1 failed" in done.stdout
