"""One Extractor (compiled packs) for all extract tests: building it per module recompiled every pack."""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from milwatch.packs import PackRegistry


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor(PackRegistry())
