"""`milwatch export --datasette DIR`: a metadata.json that fits the database, served by a real datasette.

The invented knowledge base (tests/api/kb.py) is ingested and extracted by the real commands; the metadata
is written by the real CLI; datasette (the `datasette` extra, in the test extra) is started as a user starts
it, and must find the full-text table of `articles` by itself, search with it, and show the facets and
descriptions of the file.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from urllib.parse import quote

import pytest

from milwatch.export.datasette import HIDDEN, TABLES
from support.server import running

DATASETTE = Path(sys.executable).parent / "datasette"


def _columns(db: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: [r[1] for r in conn.execute(f'PRAGMA table_info("{n}")')] for n in names}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def metadata_file(kb_db: Path, kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("datasette") / "site"
    run = subprocess.run([kb.milwatch_exe(), "export", "--datasette", str(out), "--db", str(kb_db)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "metadata.json" in run.stderr and "datasette" in run.stderr
    return out / "metadata.json"


@pytest.mark.sqlite_only("datasette reads SQLite files (export --datasette refuses a URL)")
def test_metadata_describes_the_tables_and_columns_the_database_has(kb_db: Path, metadata_file: Path) -> None:
    data = json.loads(metadata_file.read_text(encoding="utf-8"))
    columns = _columns(kb_db)
    tables = data["databases"][kb_db.stem]["tables"]
    for name in ("articles", "events", "event_persons", "persons", "real_events", "stories", "quarantine"):
        assert tables[name]["description"], name
        assert set(tables[name]["columns"]) == set(TABLES[name].columns) & set(columns[name]), name
    assert set(tables["articles"]["columns"]) >= {"id", "title", "published", "lang", "clean_text"}
    for name, entry in tables.items():
        assert name in columns, f"{name} is described but not in the database"
        assert set(entry.get("columns", {})) <= set(columns[name]), name
        for facet in entry.get("facets", []):
            column = facet if isinstance(facet, str) else next(iter(facet.values()))
            assert column in columns[name], (name, facet)
        if "sort_desc" in entry:
            assert entry["sort_desc"] in columns[name]
    assert tables["minhashes"] == {"hidden": True}
    assert "articles_fts" not in tables  # datasette detects it: nothing to declare
    # every table of the schema is described or hidden, except operational ones shown as they are
    undescribed = set(columns) - set(TABLES) - HIDDEN
    assert all(n.startswith(("articles_fts", "watch", "webhook", "alert")) for n in undescribed), undescribed


@pytest.mark.sqlite_only("export --datasette on a missing SQLite file names the file")
def test_missing_database_is_refused(tmp_path: Path, kb: ModuleType) -> None:
    run = subprocess.run([kb.milwatch_exe(), "export", "--datasette", str(tmp_path / "site"), "--db",
                          str(tmp_path / "none.db")], capture_output=True, text=True, timeout=300)
    assert run.returncode == 3 and "none.db" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "site" / "metadata.json").exists()


@contextmanager
def datasette(db: Path, metadata: Path, kb: ModuleType) -> Iterator[str]:
    """`datasette DB -m metadata.json -p PORT` as a user runs it; yields the base URL."""
    assert DATASETTE.exists(), "datasette is missing: pip install -e '.[test]' (or '.[datasette]')"
    port = kb.free_port()
    base = f"http://127.0.0.1:{port}"
    with running([str(DATASETTE), "serve", str(db), "-m", str(metadata), "-h", "127.0.0.1", "-p", str(port)],
                 base + "/-/versions.json", db.parent / f"datasette-{port}.log"):
        yield base


@pytest.mark.sqlite_only("datasette reads SQLite files (export --datasette refuses a URL)")
def test_datasette_finds_the_fts_table_and_uses_the_metadata(kb_db: Path, metadata_file: Path,
                                                             kb: ModuleType) -> None:
    name = kb_db.stem
    with datasette(kb_db, metadata_file, kb) as base:
        status, database = kb.get(f"{base}/{name}.json")
        assert status == 200, database
        by_name = {t["name"]: t for t in database["tables"]}
        assert by_name["articles"]["fts_table"] == "articles_fts"  # datasette's own detection
        assert by_name["minhashes"]["hidden"] is True

        status, found = kb.get(f"{base}/{name}/articles.json?_search=Tallinn&_shape=objects&_col=title")
        assert status == 200, found
        titles = [row["title"] for row in found["rows"]]
        assert titles and all("Tallinn" in t for t in titles), titles
        status, none = kb.get(f"{base}/{name}/articles.json?_search={quote('zzqx')}&_shape=objects")
        assert status == 200 and none["rows"] == []

        status, table = kb.get(f"{base}/{name}/events.json?_shape=objects&_extra=facet_results")
        assert status == 200, table
        facets = table["facet_results"]
        facets = facets.get("results", facets)  # datasette 1.x nests them
        assert {"type", "mode", "countries"} <= set(facets), sorted(facets)
        types = {v["value"] for v in facets["type"]["results"]}
        assert "meeting" in types

        status, served = kb.get(f"{base}/-/metadata.json")
        assert status == 200
        assert served["databases"][name]["tables"]["articles"]["description"] == \
            json.loads(metadata_file.read_text(encoding="utf-8"))["databases"][name]["tables"]["articles"]["description"]

        status, page = kb.get(f"{base}/{name}/articles")
        assert status == 200 and "clean text (boilerplate stripped)" in page
