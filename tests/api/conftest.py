"""A real `milwatch serve` on the knowledge base of kb.py (fixtures `kb` and `kb_db`: tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def server(kb: ModuleType, kb_db: Path) -> Iterator[str]:
    with kb.serve(kb_db, token="s3cret-token") as base:
        yield base
