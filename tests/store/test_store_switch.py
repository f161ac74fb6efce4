"""MILWATCH_TEST_STORE (tests/support/pg_store.py): the store the tests run on is the one asked for, in the
pytest process and in the commands the tests start; `--db PATH` reaches a command as the URL a PostgreSQL user
gives."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from milwatch.store import open_store
from support import pg_store
from support.cli import clean_env, milwatch_command

WANTED = "postgresql" if pg_store.wanted() else "sqlite"


def test_a_store_path_opens_the_store_asked_for(tmp_path: Path) -> None:
    store = open_store(tmp_path / "switch.db")
    try:
        assert store.dialect == WANTED
    finally:
        store.close()
    assert (tmp_path / "switch.db").exists()  # (an empty stand-in file on PostgreSQL: the store exists)


def test_a_command_on_a_store_path_uses_the_store_asked_for(tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "s1", "lang": "en", "text": "Defence ministers met in Riga."}) + "\n",
                      encoding="utf-8")
    done = subprocess.run([*milwatch_command(), "ingest", str(corpus), "--db",
                           str(tmp_path / "cli.db"), "--json"],
                          capture_output=True, text=True,
                          env=clean_env(tmp_path / "no-config.toml"), timeout=300)
    assert done.returncode == 0, done.stderr
    database = json.loads(done.stdout.strip().splitlines()[-1])["database"]
    assert database.startswith("postgresql://") == (WANTED == "postgresql"), database
    with open_store(tmp_path / "cli.db", create=False) as store:  # the same database in this process
        assert store.count_articles() == 1


def test_db_options_are_rewritten_to_urls() -> None:
    targets = pg_store.PgTargets("postgresql://me@/postgres?host=/run/pg", "mwt_test_")
    targets._create = lambda name: None  # type: ignore[method-assign]  (no server needed to name databases)
    argv = ["ingest", "a.jsonl", "--db", "/tmp/x/m.db", "--load=/tmp/x/m.db", "--db", "postgresql://o@h/d"]
    out = pg_store.rewrite_argv(argv, targets)
    name = targets.name_for("/tmp/x/m.db")
    assert out[:3] == ["ingest", "a.jsonl", "--db"] and out[3] == f"postgresql://me@/{name}?host=/run/pg"
    assert (out[4] == f"--load=postgresql://me@/{name}?host=/run/pg"
            and out[5:] == ["--db", "postgresql://o@h/d"])
    assert name.startswith("mwt_test_") and len(name) <= 63 and targets.name_for("/tmp/x/other.db") != name


def test_the_mode_comes_from_the_environment() -> None:
    assert (pg_store.wanted()
            == (os.environ.get("MILWATCH_TEST_STORE", "sqlite") in ("postgres", "postgresql")))
