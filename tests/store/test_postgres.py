"""The store tests on PostgreSQL: the tests of test_store.py that use the `store` fixture run again here
with a `PostgresStore` on a fresh database, plus what only PostgreSQL has (language-aware search, many
writer processes, URLs).  The server is Debian's PostgreSQL, started by scripts/postgres.sh (conftest.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from milwatch.errors import StoreError
from milwatch.store import Store, open_store
from milwatch.store.base import store_url
from milwatch.store.pg_schema import PG_MIGRATIONS
from milwatch.store.pg_sql import translate
from milwatch.store.postgres import PostgresStore, redact
from support.modules import load_file

EXE = str(Path(sys.executable).parent / "milwatch")
SHARED = ("test_exact_duplicates_are_recorded_not_stored",
          "test_extractions_replace_idempotently", "test_near_duplicates_are_linked_not_dropped",
          "test_reingest_is_a_no_op", "test_round_trip_keeps_every_field",
          "test_same_id_other_text_is_quarantined",
          "test_stats_by_language_source_and_month", "test_stories_persons_conflicts")


_SQLITE = load_file("milwatch_tests_store", Path(__file__).with_name("test_store.py"))
PARAS, art, tools = _SQLITE.PARAS, _SQLITE.art, _SQLITE.tools
globals().update({name: getattr(_SQLITE, name) for name in SHARED})  # collected again here, on PostgreSQL


@pytest.fixture()
def store(pg_url: str) -> Iterator[Store]:
    with PostgresStore(pg_url) as s:
        yield s


def test_open_store_reads_urls_and_folded_urls(pg_url: str) -> None:
    opened = open_store(pg_url)
    latest = max(v for v, _n, _s in PG_MIGRATIONS)
    assert opened.dialect == "postgresql" and opened.stats()["schema_version"] == latest
    opened.close()
    folded = pg_url.replace("postgresql://", "postgresql:/")  # what pathlib.Path makes of a URL
    assert store_url(folded) == pg_url
    again = open_store(folded, create=False)  # migrated already: opens, changes nothing
    assert again.count_articles() == 0
    again.close()
    assert store_url("var/milwatch.db") is None
    assert redact("postgresql://me:secret@db/x") == "postgresql://me:***@db/x"


def test_a_missing_database_is_a_clear_error(pg_server: str) -> None:
    with pytest.raises(StoreError, match="cannot connect"):
        open_store(pg_server.replace("/postgres?", "/no_such_database_here?"))


def test_search_uses_each_articles_language(store: Store, tools) -> None:  # noqa: F811
    store.add_articles([art(tools, "en", "\n\n".join(PARAS)),
                        art(tools, "vi",
                            "Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng nước bạn. " * 3, line=2)])
    # English stemming: "memoranda"/"exercises" find the singular forms of the English article
    assert [hit for hit, _ in store.search("exercises")] == ["en"]
    assert [hit for hit, _ in store.search("signing")] == ["en"]
    assert [hit for hit, _ in store.search("giang")] == ["vi"]  # 'simple' configuration: no stemmer for vi
    hit, snippet = store.search('"joint staff"')[0]
    assert hit == "en" and "[joint]" in snippet
    assert store.search("nothing-like-this-anywhere") == []


def test_search_page_on_postgresql(store: Store, tools) -> None:  # noqa: F811
    from milwatch.store.queries_browse import search_page

    store.add_articles([art(tools, f"a{i}",
                            f"Text number {i}. " + PARAS[i % len(PARAS)], line=i) for i in range(7)])
    first = search_page(store, "ministers", limit=2)
    assert first.total == 4 and len(first.items) == 2 and first.next
    rest = search_page(store, "ministers", cursor=first.next, limit=10)
    assert len({i["id"] for i in first.items + rest.items}) == 4
    assert any(part[1] for part in first.items[0]["snippet_parts"])


def test_translation_of_sqlite_spellings() -> None:
    from milwatch.store.pg_sql import Table

    tables = {"stories": Table(("article_id", "story_id"), ("article_id",), False),
              "events": Table(("article_id", "idx", "type"), ("article_id", "idx"), True)}
    assert translate("INSERT OR REPLACE INTO stories VALUES (?, ?)", tables) == (
        "INSERT INTO stories (article_id, story_id) VALUES (%s, %s) ON CONFLICT (article_id) "
        "DO UPDATE SET story_id = EXCLUDED.story_id")
    assert translate("INSERT OR REPLACE INTO events VALUES (?, ?, ?)", tables).endswith(
        "DO UPDATE SET type = EXCLUDED.type, rowid = DEFAULT")
    assert translate("INSERT OR IGNORE INTO x (a) VALUES (?) RETURNING a", tables) == (
        "INSERT INTO x (a) VALUES (%s) ON CONFLICT DO NOTHING RETURNING a")
    assert translate("SELECT 1 FROM json_each(e.countries) WHERE upper(value) = '?%'", {}) == (
        "SELECT 1 FROM json_array_elements_text((e.countries)::json) AS je(value) WHERE upper(value) = '?%%'")
    assert "string_agg(DISTINCT a.lang, ',')" in translate("SELECT group_concat(DISTINCT a.lang) FROM a", {})
    assert "string_agg(p.aliases, chr(30))" in translate(
        "SELECT group_concat(p.aliases, char(30)) FROM p", {})


def _write_jsonl(path: Path, ids: range) -> None:
    with path.open("w") as out:
        for i in ids:
            text = (f"Report {i}: the defense minister of Alphaland met his counterpart from Betaland in "
                    f"city number {i} and both signed agreement {i} on training, logistics and "
                    f"demining. ") * 3
            out.write(json.dumps({"id": f"n{i}", "text": text,
                                  "url": f"https://site{i % 3}.example/{i}"}) + "\n")


def test_many_writers_lose_and_double_nothing(pg_url: str, tmp_path: Path) -> None:
    """Three `milwatch ingest` processes write overlapping inputs to one database at once."""
    open_store(pg_url).close()
    inputs = []
    for n, ids in enumerate((range(0, 60), range(30, 90), range(0, 90, 2))):
        inputs.append(tmp_path / f"in{n}.jsonl")
        _write_jsonl(inputs[-1], ids)
    env = {**os.environ, "MILWATCH_WORKERS": "0"}
    procs = [subprocess.Popen([EXE, "ingest", str(p), "--db", pg_url, "--batch-size", "7", "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env, cwd=tmp_path)
             for p in inputs]
    outs = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1][-500:] for o in outs]
    with open_store(pg_url, create=False) as store:
        ids = sorted(a.id for a in store.iter_articles())
        assert ids == sorted(f"n{i}" for i in range(90))  # every article once
        stats = store.stats()
        assert stats["articles"] == 90 and stats["quarantined"] == 0
    # the same inputs again: nothing new
    again = subprocess.run([EXE, "ingest", str(inputs[0]), "--db", pg_url, "--json"],
                           capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert again.returncode == 0, again.stderr[-800:]
    with open_store(pg_url, create=False) as store:
        assert store.count_articles() == 90


def test_read_only_time_limit_and_no_password_shown(pg_url: str) -> None:
    with PostgresStore(pg_url) as store:
        store.read_only()
        with pytest.raises(StoreError), store.transaction() as conn:
            conn.execute("INSERT INTO state VALUES ('k', '1', 'now')")
        with pytest.raises(StoreError, match="took longer than 0.2 s"), store.time_limit(0.2):
            store.conn.execute("SELECT pg_sleep(3)")
        assert store.count_articles() == 0  # the limit is gone after the block
    secret = pg_url.replace("postgresql://milwatch@", "postgresql://milwatch:hunter2@")
    with PostgresStore(secret) as store:  # trust authentication: the password is not checked
        assert "hunter2" not in json.dumps(store.stats())


def test_both_schemas_have_the_same_tables_and_columns(pg_url: str, tmp_path: Path) -> None:
    """A migration added to store/migrations.py needs its twin in store/pg_schema.py (same version)."""
    from milwatch.store.migrations import MIGRATIONS
    from milwatch.store.pg_schema import PG_MIGRATIONS
    from milwatch.store.sqlite import SQLiteStore

    assert max(v for v, _n, _s in PG_MIGRATIONS) == max(v for v, _n, _s in MIGRATIONS)
    with SQLiteStore(tmp_path / "s.db") as lite, PostgresStore(pg_url) as pg:
        tables = [r[0] for r in lite.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'articles_fts%'")]
        sqlite_columns = {t: [r[1] for r in lite.conn.execute(f"PRAGMA table_info({t})")] for t in tables}
        pg_columns: dict[str, list[str]] = {}
        for table, column in pg.conn.execute(
                "SELECT table_name, column_name FROM information_schema.columns WHERE "
                "table_schema = current_schema() "
                "AND column_name NOT IN ('rowid', 'fts') ORDER BY table_name, ordinal_position"):
            pg_columns.setdefault(table, []).append(column)
    assert pg_columns == sqlite_columns
