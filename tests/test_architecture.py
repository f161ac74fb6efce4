"""The import direction of the layers (README, "Layout"), read from the source with ast.

    ingest → clean → langid → extract → resolve → cluster → store → pipeline/world
           → export/alerts/monitor → api/web/cli

A module may import its own layer and the layers below it, never one above: the stages are
pure functions over the records of model.py and never import the store, the API, the web
layer or the CLI, so the same code runs in the CLI, the API and batch jobs.  Every import
counts, including those inside functions and under TYPE_CHECKING.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "milwatch"
# lowest first; a top-level module or subpackage of milwatch belongs to exactly one layer
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"model", "errors", "settings", "packs", "known_officials", "parallel", "evaluate", "__init__"}),
    frozenset({"ingest"}),
    frozenset({"clean"}),
    frozenset({"langid"}),
    frozenset({"extract"}),
    frozenset({"resolve"}),
    frozenset({"cluster"}),
    frozenset({"store"}),
    frozenset({"pipeline", "world"}),
    frozenset({"export", "alerts", "monitor"}),
    frozenset({"api", "web", "spark", "cli"}),
)
STAGES = ("ingest", "clean", "langid", "extract", "resolve", "cluster")
NEVER_FROM_STAGES = {"store", "api", "web", "cli", "export", "pipeline", "world", "alerts", "monitor"}


def layer_of(part: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if part in layer)


def part_of(file: Path) -> str:
    """The top-level module or subpackage a file belongs to ('store' for store/sqlite.py)."""
    return file.relative_to(PACKAGE).parts[0].removesuffix(".py")


def imported_parts(file: Path, root: Path = PACKAGE) -> list[tuple[int, str]]:
    """(line, top-level part of milwatch) of every import of milwatch in a file of the package at `root`,
    relative imports resolved."""
    rel = file.relative_to(root).with_suffix("")
    package = ["milwatch", *rel.parts[:-1]]  # the package the file is in (for relative imports)
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"), filename=str(file))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
                names = [module] if node.module else [f"{module}.{alias.name}" for alias in node.names]
            else:
                names = [node.module or ""]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "milwatch" and len(parts) > 1:
                found.append((node.lineno, parts[1]))
    return found


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_part_has_a_layer() -> None:
    parts = {part_of(f) for f in sources()}
    assert "store" in parts and "extract" in parts  # the scan sees the package
    unplaced = sorted(p for p in parts if not any(p in layer for layer in LAYERS))
    assert unplaced == [], f"add these to a layer of tests/test_architecture.py: {unplaced}"


def test_stages_never_import_store_api_web_or_cli() -> None:
    bad = [f"{f.relative_to(PACKAGE)}:{line} imports milwatch.{target}"
           for f in sources() if part_of(f) in STAGES
           for line, target in imported_parts(f) if target in NEVER_FROM_STAGES]
    assert bad == []


def test_imports_point_down_the_layers() -> None:
    bad = []
    for f in sources():
        source = part_of(f)
        if not any(source in layer for layer in LAYERS):
            continue  # reported by test_every_part_has_a_layer
        for line, target in imported_parts(f):
            if any(target in layer for layer in LAYERS) and layer_of(target) > layer_of(source):
                bad.append(f"{f.relative_to(PACKAGE)}:{line}: {source} imports {target}, a layer above it")
    assert bad == []


def test_the_reader_sees_every_kind_of_import(tmp_path: Path) -> None:
    """Absolute, relative, `from . import x` and function-level imports are all read (else the checks prove nothing)."""
    root = tmp_path / "milwatch"
    (root / "extract").mkdir(parents=True)
    probe = root / "extract" / "probe.py"
    probe.write_text("from ..store import sqlite\nimport json\n\n\ndef f():\n    import milwatch.cli\n"
                     "    from . import rules\n    from milwatch.web.pages import page\n", encoding="utf-8")
    assert imported_parts(probe, root) == [(1, "store"), (6, "cli"), (7, "extract"), (8, "web")]
    assert layer_of("store") > layer_of("extract") > layer_of("ingest")
