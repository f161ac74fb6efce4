"""Fixtures shared by the test folders: the invented knowledge base of tests/api/kb.py (loaded by file path,
as tests/ is no package) and a database built from it by the real pipeline.

MILWATCH_TEST_STORE=postgres runs every test on PostgreSQL (tests/support/pg_store.py): a store path names a
fresh database of scripts/postgres.sh's server; tests marked `sqlite_only` (about the SQLite file itself)
skip."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

from support import pg_store
from support.modules import load_file

if TYPE_CHECKING:
    from milwatch.extract.engine import Extractor
    from milwatch.packs import PackRegistry

PG_TARGETS = pytest.StashKey[pg_store.PgTargets]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers",
                            "sqlite_only(reason): the test is about SQLite itself (its file, PRAGMAs, "
                                       "datasette); skipped under MILWATCH_TEST_STORE=postgres")
    if not pg_store.wanted() or hasattr(config, "workerinput"):
        return
    targets = pg_store.PgTargets(pg_store.start_server(), pg_store.PgTargets.new_prefix())
    config.stash[PG_TARGETS] = targets
    folder = Path(tempfile.mkdtemp(prefix="milwatch-pg-site-"))  # its sitecustomize.py: see pg_store
    os.environ.update(pg_store.child_environment(targets, folder))
    # a child given PYTHONPATH=<this sys.path> (not os.environ's) gets the mode too
    sys.path.append(str(folder))
    pg_store.install(targets)


def pytest_report_header(config: pytest.Config) -> str:
    targets = config.stash.get(PG_TARGETS, None)
    return (f"store: PostgreSQL ({targets.server}, databases {targets.prefix}*)" if targets
            else "store: SQLite")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if PG_TARGETS not in config.stash:
        return
    modules = {id(item.module): item.module for item in items if isinstance(item, pytest.Function)}
    modules |= {id(m): m for name, m in list(sys.modules.items()) if name.rsplit(".", 1)[-1] == "conftest"}
    for module in modules.values():
        pg_store.retarget_module(module, config.stash[PG_TARGETS])  # SQLiteStore(path), sqlite3.connect(path)
    for item in items:
        mark = item.get_closest_marker("sqlite_only")
        if mark is not None:
            reason = mark.args[0] if mark.args else mark.kwargs.get("reason", "about SQLite itself")
            item.add_marker(pytest.mark.skip(reason=f"sqlite_only: {reason}"))


def pytest_unconfigure(config: pytest.Config) -> None:
    targets = config.stash.get(PG_TARGETS, None)
    if targets is not None:
        targets.drop_all()
        site = Path(os.environ.get("PYTHONPATH", "").split(os.pathsep)[0])
        if site.name.startswith("milwatch-pg-site-"):
            shutil.rmtree(site, ignore_errors=True)


@pytest.fixture(scope="session")
def kb() -> ModuleType:
    """The module tests/api/kb.py: invented articles, `build_db`, `serve` and HTTP helpers."""
    return load_file("milwatch_tests_kb", Path(__file__).parent / "api" / "kb.py")


@pytest.fixture(scope="module")
def kb_db(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The invented articles ingested and extracted by the real commands."""
    return kb.build_db(tmp_path_factory.mktemp("kb"))


@pytest.fixture(scope="session")
def registry() -> PackRegistry:
    """The packs, loaded once for the tests that only read them (a test that needs a fresh one builds it)."""
    from milwatch.packs import PackRegistry

    return PackRegistry()


@pytest.fixture(scope="session")
def extractor(registry: PackRegistry) -> Extractor:
    """One Extractor (compiled packs) for the extract, pack and fuzz tests."""
    from milwatch.extract.engine import Extractor

    return Extractor(registry)


@pytest.fixture
def no_user_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing of the user's setup reaches the CLI: MILWATCH_CONFIG names a missing file, no MILWATCH_DB_PATH,
    a 200-column terminal.  Modules ask for it with
    `pytestmark = pytest.mark.usefixtures("no_user_settings")`."""
    monkeypatch.setenv("MILWATCH_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.delenv("MILWATCH_DB_PATH", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
