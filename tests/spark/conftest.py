"""Spark tests: pyspark from the `test` extra, Java from Debian's packages (`openjdk-17-jre-headless`,
installed with apt-get when missing, as tests/web/conftest.py installs chromium); skipped with the
reason when neither can be had here."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from support.apt import apt_install
from support.cli import clean_env, milwatch_command

JAVA_PACKAGE = "openjdk-17-jre-headless"
ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
DEV = SHARED / "corpus" / "dev"


def ensure_java() -> str | None:
    """A java executable, installing Debian's JRE when there is none; None when impossible."""
    from milwatch.spark._session import find_java

    found = find_java()
    if found:
        return found
    apt_install(JAVA_PACKAGE)
    return find_java()


@pytest.fixture(scope="session")
def spark_ready() -> str:
    """Skips the test unless pyspark and a Java runtime are there; returns the java path."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        pytest.skip("pyspark is not installed (pip install -e '.[test]' or '.[spark]')")
    java = ensure_java()
    if java is None:
        pytest.skip(f"no Java runtime and `apt-get install -y {JAVA_PACKAGE}` was not possible here")
    return java


def _milwatch(tmp: Path, *args: str, timeout: int = 1200,
              env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*milwatch_command(), *args], cwd=tmp,
                          env=env or clean_env(tmp / "no-config.toml"), capture_output=True,
                          text=True, timeout=timeout)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def milwatch() -> Callable[..., subprocess.CompletedProcess[str]]:
    """`milwatch(tmp, *args)`: the real console script in a subprocess, in `tmp`, with a clean environment."""
    return _milwatch


@pytest.fixture(scope="session")
def read_jsonl() -> Callable[[Path], list[dict[str, Any]]]:
    return _read_jsonl


@pytest.fixture(scope="session")
def dev_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dev set in the GUIDELINES input format (`score.py input`), read from ../shared at test time."""
    if not (SCORE_PY.is_file() and DEV.is_dir()):
        pytest.skip("../shared (eval/score.py and corpus/dev) is not available next to the repo")
    tmp = tmp_path_factory.mktemp("dev")
    gold = tmp / "dev-gold.jsonl"
    gold.write_bytes(b"".join(p.read_bytes() for p in sorted(DEV.glob("*.jsonl"))))
    made = subprocess.run([sys.executable, str(SCORE_PY), "input", str(gold)],
                          capture_output=True, timeout=120, check=True)
    path = tmp / "dev-input.jsonl"
    path.write_bytes(made.stdout)
    return path
