"""The done-when of `milwatch watch` in small (benchmarks/watch.py runs it with 200 feeds for 10 minutes): the
real command against a changing local site with failing, slow, broken, redirected and summary-only feeds is
killed with kill -9 at random moments (polling, following pages, storing, extracting), started
again each time, then one last round: every item the site served is stored and extracted exactly once, none
lost, and `milwatch sources` reports the failing feeds, and only them."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

CLI = [sys.executable, "-c", "from milwatch.cli import main; main()"]
KILLS = (5, 20, 35)  # kill -9 once this many items are stored, plus a random moment (0-1.5 s) later


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM watch_items WHERE state = 'stored'").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not migrated yet
    finally:
        conn.close()


def test_kill_9_at_random_moments_loses_nothing_and_stores_nothing_twice(
        site: Callable[..., Any], fs: ModuleType, make_sources: Callable[..., str], tmp_path: Path) -> None:
    specs = {"grow1": fs.FeedSpec(items=4, every=0.4), "grow2": fs.FeedSpec(items=6, every=0.7),
             "summ1": fs.FeedSpec(items=3, summary=True, every=0.9, page_delay=0.05),
             "atom1": fs.FeedSpec(items=3, atom=True, every=1.1),
             "moved1": fs.FeedSpec(items=2, redirect=True, every=1.3),
             "slow1": fs.FeedSpec(items=2, delay=0.8, every=2.0), "down1": fs.FeedSpec(status=500),
             "down2": fs.FeedSpec(status=503), "broken1": fs.FeedSpec(broken=True)}
    server = site(**specs)
    sources = tmp_path / "sources.toml"
    sources.write_text(make_sources(server, list(specs), header="concurrency = 4\nmax_backoff = 2"),
                       encoding="utf-8")
    db = tmp_path / "w.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MILWATCH_")} | {
        "MILWATCH_CONFIG": str(tmp_path / "none.toml")}
    args = [*CLI, "watch", str(sources), "--db", str(db), "-q", "--extract-every", "1"]
    rng = random.Random(15)
    for at in KILLS:
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and proc.poll() is None and _stored(db) < at:
                time.sleep(0.05)
            time.sleep(rng.uniform(0.0, 1.5))
            assert proc.poll() is None, "watch ended by itself"
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
    assert _stored(db) >= KILLS[-1]  # the kills hit a working run
    for spec in specs.values():  # the site stops changing; one more round takes what is left
        spec.items, spec.every = spec.count(time.time()), None
    final = subprocess.run([*args, "--once", "--all", "--json"], env=env, capture_output=True,
                           text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    expected = server.expected()
    stored = _rows(db, "SELECT source, key FROM watch_items WHERE state = 'stored'")
    assert len(stored) == len(set(stored)) and set(stored) == expected and len(expected) > 30
    assert _rows(db, "SELECT COUNT(*) FROM watch_items WHERE state != 'stored'") == [(0,)]
    assert (_rows(db, "SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM articles")
            == [(len(expected), len(expected))])
    assert _rows(db, "SELECT COUNT(*) FROM extractions") == [(len(expected),)]
    report = subprocess.run([*CLI, "sources", "--db", str(db), "--json"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert report.returncode == 0, report.stderr
    by_name = {r["name"]: r for r in json.loads(report.stdout)}
    failing = {name for name, r in by_name.items() if r["failing"]}
    assert failing == {"down1", "down2", "broken1"}
    assert by_name["down1"]["last_error"] == "HTTP 500 Internal Server Error"
    assert by_name["down2"]["last_error"] == "HTTP 503 Service Unavailable"
    assert by_name["broken1"]["last_error"].startswith("not a readable RSS/Atom feed")
    assert all(r["errors"] == r["polls"] > 0 for name, r in by_name.items() if name in failing)
    assert all(r["items"]["pending"] == 0 and r["last_success"]
               for name, r in by_name.items() if name not in failing)
