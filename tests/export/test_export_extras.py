"""Parquet and GraphML need optional extras: without them, `export` names the extra to install.

The CLI runs in a fresh interpreter in which the package is unimportable (`sys.modules[name] = None`
makes `import name` raise ImportError exactly as when it is not installed); everything else is real.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

RUN_WITHOUT = (
    "import sys\n"
    "for name in sys.argv[1].split(','):\n"
    "    sys.modules[name] = None\n"
    "sys.argv = ['milwatch'] + sys.argv[2:]\n"
    "from milwatch.cli import main\n"
    "main()\n"
)


def run_without(hidden: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", RUN_WITHOUT, hidden, *args], capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize(("fmt", "hidden", "module", "extra"), [
    ("parquet", "pyarrow,pyarrow.parquet", "pyarrow", "parquet"),
    ("graphml", "networkx", "networkx", "graph"),
])
def test_missing_extra_names_it(kb_db: Path, tmp_path: Path, fmt: str, hidden: str, module: str,
                                extra: str) -> None:
    out = tmp_path / f"events.{fmt}"
    run = run_without(hidden, "export", "--db", str(kb_db), "--format", fmt, "-o", str(out))
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"milwatch[{extra}]" in run.stderr
    assert module in run.stderr and f"--format {fmt}" in run.stderr
    assert "Traceback" not in run.stderr
    assert not out.exists() or out.stat().st_size == 0  # nothing half-written


def test_other_formats_need_no_extra(kb_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    run = run_without("pyarrow,pyarrow.parquet,networkx", "export", "--db", str(kb_db), "-o", str(out))
    assert run.returncode == 0, run.stderr
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith('"') and '"type"' in header  # a CSV header: written without pyarrow or networkx
