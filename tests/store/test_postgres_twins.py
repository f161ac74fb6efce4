"""PostgreSQL twins of the store tests that are about the SQLite file (marked `sqlite_only` there), and what
the CLI shows of a PostgreSQL URL: never its password, never the `postgresql:/` a path option folds it to."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from milwatch.errors import StoreError
from milwatch.store import PostgresStore
from milwatch.store.pg_schema import PG_MIGRATIONS
from milwatch.store.postgres import shown_location
from support.cli import clean_env, milwatch_command
from support.modules import load_file

_SQLITE = load_file("milwatch_tests_store_twins", Path(__file__).with_name("test_store.py"))
PARAS, art, tools = _SQLITE.PARAS, _SQLITE.art, _SQLITE.tools


def test_a_newer_database_is_refused_on_postgresql(pg_url: str) -> None:
    PostgresStore(pg_url).close()
    with PostgresStore(pg_url) as store, store.transaction() as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'later')")
    with pytest.raises(StoreError, match="newer"):
        PostgresStore(pg_url)


def test_a_failed_batch_leaves_nothing_on_postgresql(pg_url: str, tools) -> None:  # noqa: F811
    good, broken = art(tools, "good", PARAS[0]), art(tools, "broken", PARAS[1], line=2)
    with PostgresStore(pg_url) as store:
        store.conn.execute("CREATE FUNCTION no_broken() RETURNS trigger AS $$ BEGIN "
                           "IF NEW.id = 'broken' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ "
                           "LANGUAGE plpgsql")
        store.conn.execute("CREATE TRIGGER no_broken BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION "
                           "no_broken()")
        with pytest.raises(StoreError, match="boom"):
            store.add_articles([good, broken])
        assert store.count_articles() == 0
        assert store.stats()["schema_version"] == max(v for v, _n, _s in PG_MIGRATIONS)


def test_shown_location_unfolds_and_hides_the_password() -> None:
    assert shown_location("postgresql:/me:secret@db/x") == "postgresql://me:***@db/x"
    assert shown_location("postgres://me@db/x") == "postgresql://me@db/x"
    assert shown_location(Path("var/milwatch.db")) == "var/milwatch.db"


def test_the_cli_never_prints_the_password_of_the_url(pg_url: str, tmp_path: Path) -> None:
    secret = pg_url.replace("postgresql://milwatch@", "postgresql://milwatch:hunter2@")
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "lang": "en", "text": " ".join(PARAS[:2])}) + "\n",
                      encoding="utf-8")
    env = clean_env(tmp_path / "no-config.toml")
    outputs = []
    for args in (["ingest", str(corpus), "--db", secret], ["ingest", str(corpus), "--db", secret, "--json"],
                 ["extract", "--db", secret], ["extract", "--db", secret, "--json"]):
        done = subprocess.run([*milwatch_command(), *args], capture_output=True, text=True,
                              env=env, timeout=300)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout + done.stderr)
    shown = pg_url.replace("postgresql://milwatch@", "postgresql://milwatch:***@")
    for output in outputs:
        assert "hunter2" not in output and "postgresql:/milwatch" not in output, output
    assert shown in outputs[0] and json.loads(outputs[1].strip().splitlines()[-1])["database"] == shown
    assert shown in outputs[2] and json.loads(outputs[3].strip().splitlines()[-1])["database"] == shown


def test_datasette_refuses_a_url_without_showing_its_password(pg_url: str, tmp_path: Path) -> None:
    secret = pg_url.replace("postgresql://milwatch@", "postgresql://milwatch:hunter2@")
    env = clean_env(tmp_path / "no-config.toml")
    PostgresStore(pg_url).close()
    done = subprocess.run([*milwatch_command(), "export", "--datasette", str(tmp_path / "site"),
                           "--db", secret],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode != 0 and "datasette reads SQLite files" in done.stderr
    assert "hunter2" not in done.stderr and "milwatch:***@" in done.stderr


def test_predict_into_a_database_counts_only_its_own_bad_records(pg_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    good = json.dumps({"id": "p1", "lang": "en", "text": " ".join(PARAS[:2])})
    env = clean_env(tmp_path / "no-config.toml")
    warnings = []
    for run in range(2):
        corpus.write_text(f'{good}\n{{"id": "broken-{run}", "text": "cut\n', encoding="utf-8")
        done = subprocess.run([*milwatch_command(), "predict", str(corpus), "-o", str(tmp_path / "out.jsonl"),
                               "--db", pg_url, "-q"], capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr
        warnings.append(done.stderr)
    assert "warning: 1 records" in warnings[0] and "warning: 1 records" in warnings[1], warnings
    assert "in.jsonl:2" in warnings[1]
