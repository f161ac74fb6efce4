"""Fixtures shared by the test folders: the invented knowledge base of tests/api/kb.py (loaded by file path, as
tests/ is no package) and a database built from it by the real pipeline."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from support.modules import load_file


@pytest.fixture(scope="session")
def kb() -> ModuleType:
    """The module tests/api/kb.py: invented articles, `build_db`, `serve` and HTTP helpers."""
    return load_file("milwatch_tests_kb", Path(__file__).parent / "api" / "kb.py")


@pytest.fixture(scope="module")
def kb_db(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The invented articles ingested and extracted by the real commands."""
    return kb.build_db(tmp_path_factory.mktemp("kb"))
