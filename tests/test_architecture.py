"""The import direction of the layers (README, "Layout") is checked by import-linter: the `layers` contract
in pyproject.toml ([tool.importlinter]), run on the source by scripts/test.sh (`lint-imports`, CI fails when
it is broken).

    ingest → clean → langid → extract → resolve → cluster → store → pipeline/world
           → export/alerts/monitor → api/web/spark/cli

A module may import its own layer and the layers below it, never one above, directly or through another
module: the stages are pure functions over the records of model.py and never import the store, the API,
the web layer or the CLI, so the same code runs in the CLI, the API and batch jobs.

These tests check the contract itself: that it says what the README says, and that `lint-imports` fails on
a copy of the package with an upward import or a subpackage no layer names.
"""

from __future__ import annotations

import ast
import builtins
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "milwatch"
PYPROJECT = ROOT / "pyproject.toml"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
STAGES = ("ingest", "clean", "langid", "extract", "resolve", "cluster")
# the README's order, lowest first: each of these sits in a layer above the one before it
README_ORDER = ("model", "ingest", "clean", "langid", "extract", "resolve", "cluster", "store", "pipeline",
                "export", "cli")


def layers_contract() -> dict:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert config["root_package"] == "milwatch"
    (contract,) = [c for c in config["contracts"] if c["type"] == "layers"]
    return contract


def layer_of(name: str) -> int:
    """The layer of a top-level part of milwatch, counted from the bottom (0 = model, errors, …)."""
    layers = list(reversed(layers_contract()["layers"]))
    found = [i for i, layer in enumerate(layers)
             if name in {p.strip(" ()") for p in layer.replace("|", ":").split(":")}]
    assert len(found) == 1, f"{name} is in {len(found)} layers of the contract"
    return found[0]


def lint_copy(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`lint-imports` with the project's contract, on the copy of the package at tmp_path/milwatch."""
    assert LINT_IMPORTS.exists(), "lint-imports is missing: pip install -e '.[test]' (import-linter)"
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}  # the copy comes before the installed package
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo", str(PYPROJECT)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)


def copy_package(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PACKAGE, tmp_path / "milwatch", ignore=shutil.ignore_patterns("__pycache__")))


def test_contract_follows_the_readme_layers() -> None:
    contract = layers_contract()
    assert contract["containers"] == ["milwatch"]
    assert contract["exhaustive"] is True  # a new subpackage must be given a layer
    order = [layer_of(name) for name in README_ORDER]
    assert (order == sorted(order)
            and len(set(order)) == len(order)), dict(zip(README_ORDER, order, strict=True))


def test_stages_sit_below_store_api_web_and_cli() -> None:
    for stage in STAGES:
        for edge in ("store", "api", "web", "cli", "export", "pipeline", "world"):
            assert layer_of(stage) < layer_of(edge), f"{stage} may import {edge}"


def test_lint_imports_fails_on_an_upward_import(tmp_path: Path) -> None:
    """Relative imports inside a function and absolute ones under TYPE_CHECKING count (else the check proves
    little)."""
    copy = copy_package(tmp_path)
    (copy / "extract" / "_probe.py").write_text("def f():\n    from ..store import "
                                                "sqlite\n    return sqlite\n",
                                                encoding="utf-8")
    (copy / "clean" / "_probe.py").write_text(
        "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    import milwatch.cli\n", encoding="utf-8")
    run = lint_copy(tmp_path)
    assert run.returncode != 0, run.stdout
    assert "milwatch.extract._probe -> milwatch.store.sqlite" in run.stdout, run.stdout
    assert "milwatch.clean._probe -> milwatch.cli" in run.stdout, run.stdout


def test_lint_imports_fails_on_a_package_without_a_layer(tmp_path: Path) -> None:
    copy = copy_package(tmp_path)
    (copy / "detect").mkdir()
    (copy / "detect" / "__init__.py").write_text('"""A stage nobody placed."""\n', encoding="utf-8")
    run = lint_copy(tmp_path)
    assert run.returncode != 0, run.stdout
    assert "milwatch.detect" in run.stdout, run.stdout


def test_every_error_class_lives_in_errors_py() -> None:
    """One error tree: a class deriving from an exception is defined in errors.py, nowhere else."""
    tree = ast.parse((PACKAGE / "errors.py").read_text(encoding="utf-8"))
    exceptions = {name for name in dir(builtins) if isinstance(getattr(builtins, name), type)
                  and issubclass(getattr(builtins, name), BaseException)}
    exceptions |= {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    assert {"MilwatchError", "NotFoundError", "WatchlistError", "QueryError"} <= exceptions
    stray = []
    for file in sorted(PACKAGE.rglob("*.py")):
        rel = file.relative_to(PACKAGE).as_posix()
        if rel == "errors.py":
            continue
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else ""
                         for b in node.bases}
                if bases & exceptions:
                    stray.append(f"{rel}:{node.lineno} class {node.name}")
    assert stray == [], "define these in src/milwatch/errors.py and import them from there"
