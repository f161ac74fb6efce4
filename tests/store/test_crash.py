"""kill -9 in the middle of a real `milwatch ingest`, then run it again: nothing lost, nothing doubled."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from support.kill import kill_9_at

N = 6000
BAD_LINES = (17, 2500, 5999)
CLI = [sys.executable, "-c", "from milwatch.cli import main; main()"]

WORDS = ["minister", "defense", "talks", "capital", "agreement", "training", "exercise", "navy",
         "cooperation", "delegation", "signed", "visit", "border", "security", "officers", "memorandum",
         "logistics", "plan", "joint", "staff", "maritime"]
VOCAB = [a + b for a in WORDS for b in ("", "s", "ed", "ing", "al", "ers", "ly", "ion", "ive", "ment")]


def write_corpus(path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(N):
            if i in BAD_LINES:
                f.write('{"id": "broken", "text": "cut here\n')
                continue
            rng = random.Random(i)
            words = " ".join(rng.choice(VOCAB) for _ in range(60))
            text = f"Report {i}: the {words}.\n\nSecond paragraph {i} about the {words[:200]}."
            f.write(json.dumps({"id": f"r{i}", "lang": "en", "text": text}) + "\n")


def count(db: Path, table: str = "articles") -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])  # noqa: S608
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # not created / migrated yet


@pytest.mark.slow
@pytest.mark.sqlite_only("checks the SQLite file after kill -9 (PRAGMA integrity_check, FTS5 index); "
                         "PostgreSQL: test_postgres_crash.py")
def test_kill_9_during_ingest_then_rerun(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    db = tmp_path / "crash.db"
    args = [*CLI, "ingest", str(corpus), "--db", str(db), "--batch-size", "100", "--quiet"]
    at_kill = kill_9_at(args, lambda: count(db))
    assert 300 <= at_kill < N - len(BAD_LINES)

    rerun = subprocess.run([*args, "--json"], capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["stored"] + summary["already_stored"] == N - len(BAD_LINES)
    assert summary["already_stored"] >= at_kill and summary["duplicates"] == 0
    assert summary["quarantined"] == len(BAD_LINES)

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM articles").fetchone() == (N - 3, N - 3)
        ids = {row[0] for row in conn.execute("SELECT id FROM articles")}
        assert ids == {f"r{i}" for i in range(N) if i not in BAD_LINES}
        assert conn.execute("SELECT COUNT(*) FROM duplicates").fetchone()[0] == 0
        assert [r[0] for r in conn.execute("SELECT origin_line FROM quarantine ORDER BY origin_line")] == [
            line + 1 for line in BAD_LINES]
        assert conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH "
                            "'report'").fetchone()[0] \
            == N - len(BAD_LINES)
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    finally:
        conn.close()

    again = subprocess.run([*args, "--json"], capture_output=True, text=True, timeout=300)
    assert json.loads(again.stdout)["stored"] == 0 and count(db) == N - len(BAD_LINES)
    assert count(db, "quarantine") == len(BAD_LINES)
