"""A knowledge base built by the real pipeline and a real `milwatch serve` on it (module kb.py)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest


def load_kb() -> ModuleType:
    spec = importlib.util.spec_from_file_location("milwatch_tests_kb", Path(__file__).with_name("kb.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def kb() -> ModuleType:
    return load_kb()


@pytest.fixture(scope="module")
def kb_db(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return kb.build_db(tmp_path_factory.mktemp("kb"))


@pytest.fixture(scope="module")
def server(kb: ModuleType, kb_db: Path) -> Iterator[str]:
    with kb.serve(kb_db, token="s3cret-token") as base:
        yield base
