"""Issue 13 item 2, the crash half of benchmarks/crash_load.py in small: kill -9 at random points of the real
`milwatch ingest`, `extract` and `watch` (feeds on 127.0.0.1), run again, compare with a clean run."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path
from types import ModuleType

import pytest

from support.modules import load_file

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_load.py"


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    return load_file("milwatch_bench_crash_load", BENCH)


@pytest.mark.slow
@pytest.mark.sqlite_only("benchmarks/crash_load.py counts rows in the SQLite file; PostgreSQL: "
                         "test_postgres_crash.py")
def test_random_kill_9_runs_lose_and_double_nothing(harness: ModuleType, tmp_path: Path) -> None:
    outcomes = harness.crash(runs=3, articles=240, feeds=6, seed=int(time.time()) % 1000, folder=tmp_path,
                             report=lambda _line: None)
    assert [o.command for o in outcomes] == ["ingest", "extract", "watch"]
    for o in outcomes:
        assert o.killed, f"{o.command} ended before the kill"
        assert (o.lost, o.duplicated, o.problems, o.leftover) == (0, 0, [], []), o


@pytest.mark.sqlite_only("benchmarks/crash_load.py counts rows in the SQLite file; PostgreSQL: "
                         "test_postgres_crash.py")
def test_the_comparison_sees_lost_and_doubled_rows(harness: ModuleType, tmp_path: Path) -> None:
    """The check itself can fail: a row taken away and an article stored twice are both found."""
    import sqlite3

    db = tmp_path / "ingested.db"
    corpus = harness.write_corpus(tmp_path / "c.jsonl", 100)
    harness.run([*harness.CLI, "ingest", str(corpus), "--db", str(db), "-q"])
    reference = harness.snapshot(db)
    assert harness.compare(reference, reference) == (0, 0, [])
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM quarantine WHERE pk = (SELECT MIN(pk) FROM quarantine)")
    conn.execute("INSERT INTO articles (id, content_hash, text, clean_text, lang, ingested_at) "
                 "SELECT id || '-again', content_hash, text, clean_text, lang, ingested_at "
                 "FROM articles LIMIT 1")
    conn.commit()
    conn.close()
    lost, doubled, problems = harness.compare(harness.snapshot(db), reference)
    assert (lost, doubled) == (1, 2)  # one quarantine row; one article row more, and its content twice
    assert any("stored twice" in p for p in problems) and any(p.startswith("quarantine:") for p in problems)


@pytest.mark.slow
def test_extract_workers_exit_when_extract_is_killed(harness: ModuleType, tmp_path: Path) -> None:
    """kill -9 of `milwatch extract --workers 2` leaves no worker behind (they used to work off their queue,
    or hang flushing results to a parent that was gone)."""
    db = tmp_path / "x.db"
    corpus = harness.write_corpus(tmp_path / "c.jsonl", 400)
    harness.run([*harness.CLI, "ingest", str(corpus), "--db", str(db), "-q"])
    proc = subprocess.Popen([*harness.CLI, "extract", "--db", str(db), "--workers", "2", "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while len(tree := harness.process_tree(proc.pid)) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(tree) >= 3, "the workers did not start"
        time.sleep(0.5)  # inside the workers' start-up (packs, extractor) or their first chunks
        tree = harness.process_tree(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        workers = tree[1:]
        deadline = time.monotonic() + 5
        while any(harness._alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [p for p in workers if harness._alive(p)]
    finally:
        for pid in harness.process_tree(proc.pid)[1:] if proc.poll() is None else []:
            os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == [], f"extract workers still running 5 s after kill -9 of their parent: {left}"
