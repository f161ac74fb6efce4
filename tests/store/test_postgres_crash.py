"""kill -9 in the middle of a real `milwatch ingest` into PostgreSQL, then run it again: nothing lost,
nothing doubled (the corpus of test_crash.py)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from milwatch.store import open_store
from support.kill import kill_9_at
from support.modules import load_file

CRASH = load_file("milwatch_tests_crash", Path(__file__).with_name("test_crash.py"))


def count(url: str, table: str = "articles") -> int:
    with open_store(url, create=False) as store:
        return int(store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])  # noqa: S608


@pytest.mark.slow
def test_kill_9_during_ingest_into_postgresql_then_rerun(pg_url: str, tmp_path: Path) -> None:
    n, bad = CRASH.N, CRASH.BAD_LINES
    corpus = tmp_path / "corpus.jsonl"
    CRASH.write_corpus(corpus)
    open_store(pg_url).close()  # the tables, so the count below can watch the ingest
    args = [*CRASH.CLI, "ingest", str(corpus), "--db", pg_url, "--batch-size", "100", "--quiet"]
    at_kill = kill_9_at(args, lambda: count(pg_url), wait=120)
    assert 300 <= at_kill < n - len(bad)

    rerun = subprocess.run([*args, "--json"], capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["stored"] + summary["already_stored"] == n - len(bad)
    assert summary["already_stored"] >= at_kill and summary["duplicates"] == 0
    assert summary["quarantined"] == len(bad)
    with open_store(pg_url, create=False) as store:
        conn = store.conn
        assert (tuple(conn.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM articles").fetchone())
                == (n - 3, n - 3))
        assert ({r[0] for r in conn.execute("SELECT id FROM articles")}
                == {f"r{i}" for i in range(n) if i not in bad})
        assert [r[0] for r in conn.execute("SELECT origin_line FROM quarantine ORDER BY origin_line")] == [
            line + 1 for line in bad]
        assert len(store.search("report", limit=n)) == n - len(bad)  # the full-text index holds every article
    again = subprocess.run([*args, "--json"], capture_output=True, text=True, timeout=900)
    assert json.loads(again.stdout)["stored"] == 0 and count(pg_url) == n - len(bad)
    assert count(pg_url, "quarantine") == len(bad)
