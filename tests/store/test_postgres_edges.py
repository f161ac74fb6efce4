"""The edges on PostgreSQL answer as on SQLite: the invented knowledge base of tests/api/kb.py is ingested
and extracted by the real commands into both stores, `milwatch serve` runs on each, and every read
endpoint, the query CLI and the export give the same answers."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

from milwatch.store import open_store

ENDPOINTS = [
    "/api/stats", "/api/events?limit=500", "/api/events?country=EST&limit=500",
    "/api/events?type=meeting&limit=500",
    "/api/events?since=2024-01&until=2024-12&limit=500", "/api/events?person=Kenji%20Morita&limit=500",
    "/api/events?level=real&limit=500", "/api/articles?limit=500", "/api/articles?lang=de&limit=500",
    "/api/stories?limit=500", "/api/persons?limit=500", "/api/persons?q=Morita&limit=500", "/api/countries",
    "/api/pairs", "/api/timeline", "/api/search?q=minister&limit=50",
]


def _build(corpus: Path, db: str) -> None:
    """Ingest and extract `corpus` into `db` with the real commands (as kb.build_db does)."""
    from milwatch.cli import main

    for args in (["ingest", str(corpus), "--db", db, "-q"], ["extract", "--db", db, "-q"]):
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output


@pytest.fixture()
def both(kb: ModuleType, kb_db: Path, pg_url: str, tmp_path: Path) -> tuple[Path, str]:
    _build(kb_db.parent / "kb.jsonl", pg_url)  # the very file the SQLite store read: the same origins
    return kb_db, pg_url


def _same(value: Any) -> Any:
    """An answer without what names the database or depends on the moment."""
    if isinstance(value, dict):
        return {k: _same(v) for k, v in value.items() if k not in ("database", "seconds", "generated_at")}
    if isinstance(value, list):
        return [_same(v) for v in value]
    return value


@pytest.fixture()
def servers(kb: ModuleType, both: tuple[Path, str], tmp_path: Path) -> Iterator[tuple[str, str]]:
    sqlite_db, pg_url = both
    with kb.serve(sqlite_db) as lite, kb.serve(pg_url, folder=tmp_path) as pg:
        yield lite, pg


def test_every_read_endpoint_answers_the_same(kb: ModuleType, servers: tuple[str, str]) -> None:
    lite, pg = servers
    for path in ENDPOINTS:
        status_lite, body_lite = kb.get(lite + path)
        status_pg, body_pg = kb.get(pg + path)
        assert status_lite == status_pg == 200, (path, body_pg)
        if path.startswith("/api/search"):  # ranking differs (bm25 vs ts_rank): the same hits
            assert (sorted(i["id"] for i in body_pg["items"])
                    == sorted(i["id"] for i in body_lite["items"])), path
            continue
        assert _same(body_pg) == _same(body_lite), path


def test_article_story_and_person_pages_answer_the_same(kb: ModuleType, servers: tuple[str, str]) -> None:
    lite, pg = servers
    _s, articles = kb.get(lite + "/api/articles?limit=5")
    _s, stories = kb.get(lite + "/api/stories?limit=5")
    _s, persons = kb.get(lite + "/api/persons?limit=5")
    paths = ([f"/api/articles/{a['id']}" for a in articles["items"]]
             + [f"/api/stories/{s['id']}" for s in stories["items"]]
             + [f"/api/persons/{p['id']}" for p in persons["items"]])
    assert len(paths) >= 10
    for path in paths:
        assert _same(kb.get(pg + path)) == _same(kb.get(lite + path)), path


def test_query_cli_and_export_answer_the_same(kb: ModuleType, both: tuple[Path, str], tmp_path: Path) -> None:
    sqlite_db, pg_url = both
    env = {**os.environ, "MILWATCH_CONFIG": str(tmp_path / "none.toml")}

    def run(*args: str) -> str:
        done = subprocess.run([kb.milwatch_exe(), *args], capture_output=True, text=True,
                              env=env, timeout=300, cwd=tmp_path)
        assert done.returncode == 0, done.stderr[-1500:]
        return done.stdout

    for args in (["events", "--json"], ["stats", "--json"], ["stories", "--json"],
                 ["events", "--reports", "--json"], ["person", "Kenji Morita", "--json"]):
        lite, pg = run(*args, "--db", str(sqlite_db)), run(*args, "--db", pg_url)
        assert _same(json.loads(pg)) == _same(json.loads(lite)), args
    for fmt in ("jsonl", "eval"):
        lite_out, pg_out = tmp_path / f"lite.{fmt}", tmp_path / f"pg.{fmt}"
        run("export", "--format", fmt, "--db", str(sqlite_db), "--output", str(lite_out))
        run("export", "--format", fmt, "--db", pg_url, "--output", str(pg_out))
        assert pg_out.read_text() == lite_out.read_text(), fmt


def test_posts_to_the_api_and_a_cli_ingest_at_once_store_each_article_once(kb: ModuleType, pg_url: str,
                                                                          tmp_path: Path) -> None:
    """The API's writer and an `ingest` process write one PostgreSQL database at the same time."""
    rows = [{"id": f"w{i}", "lang": "en",
             "text": f"The defence minister of Estonia met the Latvian minister in "
                                                  f"Tallinn for talks number {i} on training and logistics."}
            for i in range(40)]
    corpus = kb.write_jsonl(tmp_path / "cli.jsonl", rows[:30])  # w0-w29 by the CLI, w20-w39 by the API
    auth = {"Authorization": "Bearer s3cret"}
    open_store(pg_url).close()  # serve opens an existing database only
    with kb.serve(pg_url, folder=tmp_path, token="s3cret") as base:
        env = {**os.environ, "MILWATCH_CONFIG": str(tmp_path / "none.toml")}
        cli = subprocess.Popen([kb.milwatch_exe(), "ingest", str(corpus), "--db", pg_url,
                                "--batch-size", "3", "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        answers = [kb.post(base + "/api/articles", row, auth) for row in rows[20:]]
        _out, err = cli.communicate(timeout=600)
        assert cli.returncode == 0, err[-1500:]
        assert all(status == 200 for status, _body in answers), answers[:3]
        status, stats = kb.get(base + "/api/stats")
        # each article once; the ten both wrote are stored by the first and recorded as duplicates by the
        # second
        assert status == 200 and stats["articles"] == 40 and stats["duplicates"] == 10, stats
        _s, page = kb.get(base + "/api/articles?limit=100")
        assert sorted(a["id"] for a in page["items"]) == sorted(r["id"] for r in rows)
