"""scripts/test.sh (the README's test command, run by .ci/run) on a minimal project: this pyproject.toml and
scripts/, a one-module package `probe` and a one-test suite, run with the project's virtualenv and no install
step (`from support.testsh_project import ...`: tests/scripts)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV = Path(sys.executable).parent.parent
PASSING = "def test_ok() -> None:\n    assert 1 + 1 == 2\n"


def project(tmp_path: Path, module: str, test: str = PASSING) -> Path:
    """The minimal project in `tmp_path`/project: `module` as src/probe/__init__.py, `test` as its test."""
    root = tmp_path / "project"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "test.sh", root / "scripts" / "test.sh")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    (root / "src" / "probe").mkdir(parents=True)
    (root / "src" / "probe" / "__init__.py").write_text(module, encoding="utf-8")
    (root / "tests").mkdir()
    (root / "tests" / "test_probe.py").write_text(test, encoding="utf-8")
    return root


def run(root: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """`sh scripts/test.sh [OPTIONS] -q` in the project, with only /usr/bin:/bin on the PATH."""
    env = {"PATH": "/usr/bin:/bin", "MILWATCH_VENV": str(VENV), "MILWATCH_SKIP_INSTALL": "1"}
    return subprocess.run(["sh", str(root / "scripts" / "test.sh"), *options, "-q", "-p", "no:cacheprovider"],
                          capture_output=True, text=True, env=env, timeout=300, cwd=root)
