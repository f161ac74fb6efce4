"""Install and code health: licence, metadata, py.typed, a full sdist, and declared dependencies.

The dependency check reads every import of src/ and tests/ (ast), maps each third-party top-level
module to the distribution that provides it (importlib.metadata) and asks pyproject.toml whether
that distribution is declared: the package's imports as a dependency or an optional extra, the
tests' imports in any of them (the `test` extra).
"""

from __future__ import annotations

import ast
import hashlib
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# the Apache License 2.0 as published at https://www.apache.org/licenses/LICENSE-2.0.txt
APACHE_2_SHA256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30"
# too big for a core install (installed size, issue 13): only optional extras may name them
NOT_CORE = {"pyarrow", "networkx", "scipy", "datasketch", "lingua-language-detector"}
CORE_LIMIT_MB = 300  # `pip install milwatch` without extras (measured 2026-12-03: 244 MB)


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def requirement_name(spec: str) -> str:
    """The normalised distribution name of a PEP 508 requirement ('lxml_html_clean>=0.4' ->
    'lxml-html-clean')."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", spec)
    assert match, spec
    return normalise(match.group(1))


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def third_party_imports(root: Path, local: set[str]) -> dict[str, set[str]]:
    """Top-level module -> files importing it, for every absolute import that is neither stdlib nor local."""
    found: dict[str, set[str]] = {}
    for file in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"), filename=str(file))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in local:
                    found.setdefault(top, set()).add(str(file.relative_to(ROOT)))
    return found


def undeclared(imports: dict[str, set[str]], declared: set[str]) -> list[str]:
    providers = packages_distributions()
    problems = []
    for module, files in sorted(imports.items()):
        dists = {normalise(d) for d in providers.get(module, [])}
        if not dists:
            problems.append(f"{module} (imported in {', '.join(sorted(files))}) is not installed")
        elif not dists & declared:
            problems.append(f"{module} (from {', '.join(sorted(dists))}, imported in "
                            f"{', '.join(sorted(files))}) "
                            "is not declared in pyproject.toml")
    return problems


def test_license_file_is_the_apache_2_text() -> None:
    text = (ROOT / "LICENSE").read_bytes()
    assert text.lstrip().startswith(b"Apache License")
    assert b"END OF TERMS AND CONDITIONS" in text
    assert hashlib.sha256(text).hexdigest() == APACHE_2_SHA256


def test_license_metadata_is_a_spdx_expression() -> None:
    config = pyproject()
    project = config["project"]
    assert project["license"] == "Apache-2.0"  # PEP 639: a string, not the deprecated table
    assert project["license-files"] == ["LICENSE"]
    assert not any("License ::" in c for c in project.get("classifiers", []))  # PEP 639 forbids both
    setuptools_req = [r for r in config["build-system"]["requires"] if requirement_name(r) == "setuptools"]
    assert setuptools_req and re.search(r">=\s*(7[7-9]|[89]\d|\d{3})", setuptools_req[0]), setuptools_req


def test_package_is_typed_and_ships_the_marker() -> None:
    assert (ROOT / "src" / "milwatch" / "py.typed").is_file()
    assert "py.typed" in pyproject()["tool"]["setuptools"]["package-data"]["milwatch"]


def test_manifest_puts_tests_in_the_sdist() -> None:
    lines = [line.split("#")[0].split()
             for line in (ROOT / "MANIFEST.in").read_text(encoding="utf-8").splitlines()]
    commands = {tuple(parts) for parts in lines if parts}
    assert ("graft", "tests") in commands
    assert any(c[0] == "include" and "LICENSE" in c for c in commands)


def test_package_imports_are_declared() -> None:
    project = pyproject()["project"]
    core = {requirement_name(r) for r in project["dependencies"]}
    extras = {name: {requirement_name(r) for r in reqs}
              for name, reqs in project["optional-dependencies"].items()}
    optional = set().union(*(reqs for name, reqs in extras.items() if name not in ("test", "bench")))
    imports = third_party_imports(ROOT / "src", {"milwatch"})
    assert "numpy" in imports  # the scan sees imports at all
    assert undeclared(imports, core | optional) == []


def test_test_imports_are_declared() -> None:
    project = pyproject()["project"]
    declared = {requirement_name(r) for r in project["dependencies"]}
    declared |= {requirement_name(r) for reqs in project["optional-dependencies"].values() for r in reqs}
    local = {"milwatch", "conftest"} | {p.stem for p in (ROOT / "tests").rglob("*.py")}
    local |= {p.name for p in (ROOT / "tests").rglob("*") if p.is_dir()}
    assert undeclared(third_party_imports(ROOT / "tests", local), declared) == []


def test_heavy_packages_are_optional_extras() -> None:
    project = pyproject()["project"]
    core = {requirement_name(r) for r in project["dependencies"]}
    assert core.isdisjoint(NOT_CORE), core & NOT_CORE
    extras = project["optional-dependencies"]
    assert {requirement_name(r) for r in extras["parquet"]} == {"pyarrow"}
    assert {requirement_name(r) for r in extras["graph"]} == {"networkx"}
    assert {requirement_name(r) for r in extras["lingua"]} == {"lingua-language-detector"}
    test_extra = {requirement_name(r) for r in extras["test"]}
    # the suite tests both formats and runs ruff
    assert {"pyarrow", "networkx", "ruff", "lingua-language-detector", "import-linter"} <= test_extra


def _copy_project(dest: Path) -> Path:
    """The project's files without the virtualenv, git data and build products (the sdist is built from a
    copy)."""
    skip = shutil.ignore_patterns(".venv", ".git", "*.egg-info", "__pycache__",
                                  ".pytest_cache", ".ruff_cache",
                                  ".mypy_cache", "build", "dist", "*.db", "*.db-*")
    shutil.copytree(ROOT, dest, ignore=skip)
    return dest


def test_sdist_has_license_tests_and_typed_marker(tmp_path: Path) -> None:
    pytest.importorskip("build", reason="the test extra installs `build`")
    source = _copy_project(tmp_path / "src-tree")
    run = subprocess.run([sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir",
                          str(tmp_path / "dist"), str(source)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    (sdist,) = (tmp_path / "dist").glob("milwatch-*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
        pkg_info = tar.extractfile(next(n for n in tar.getnames() if n.endswith("/PKG-INFO")
                                        and n.count("/") == 1))
        assert pkg_info is not None
        metadata = pkg_info.read().decode("utf-8")
    for member in ("LICENSE", "README.md", "pyproject.toml", "MANIFEST.in", "src/milwatch/py.typed",
                   "tests/conftest.py", "tests/test_packaging.py", "tests/store/test_neardup_permutations.py",
                   "scripts/test.sh", "src/milwatch/packs/en/triggers.toml"):
        assert member in names, member
    assert not any("__pycache__" in n for n in names)
    assert "License-Expression: Apache-2.0" in metadata
    assert "License-File: LICENSE" in metadata
    for extra in ("parquet", "graph"):
        assert f"Provides-Extra: {extra}" in metadata
    assert not re.search(r"^Requires-Dist: (pyarrow|networkx|datasketch)\b(?!.*extra ==)", metadata, re.M)


def _megabytes(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


@pytest.mark.slow
def test_core_install_fits_in_300_mb(tmp_path: Path) -> None:
    """pip installs the core dependencies (no extras) from the index into an empty folder, as `pip install
    milwatch` would; with milwatch's own files they must stay within CORE_LIMIT_MB."""
    site = tmp_path / "site"
    run = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                          "--target", str(site), *pyproject()["project"]["dependencies"]],
                         capture_output=True, text=True, timeout=1800)
    assert run.returncode == 0, run.stderr[-3000:]
    total = _megabytes(site) + _megabytes(ROOT / "src" / "milwatch")
    biggest = sorted(((_megabytes(d), d.name) for d in site.iterdir() if d.is_dir()), reverse=True)[:6]
    assert total <= CORE_LIMIT_MB, (f"the core install takes {total:.0f} MB (> {CORE_LIMIT_MB}); biggest: "
                                    + ", ".join(f"{name} {mb:.0f} MB" for mb, name in biggest))
    assert total > 50  # the packages really were installed
