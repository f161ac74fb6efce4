"""`milwatch watch` and `milwatch sources` as real processes against a local site on 127.0.0.1; kill -9 in the
middle of a run and run again: every item the site served is stored exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from support.modules import load_file

CLI = [sys.executable, "-c", "from milwatch.cli import main; main()"]


def _feedserver() -> ModuleType:
    return load_file("milwatch_tests_feedserver",
                     Path(__file__).parents[1] / "monitor" / "feedserver.py", once=True)


@pytest.fixture
def site() -> Iterator[Any]:
    fs = _feedserver()
    server = fs.FeedServer({}).start()
    yield server
    server.stop()


def _sources(server: Any, names: list[str], header: str = "") -> str:
    out = ["[watch]", "interval = 1", "timeout = 3", "host_delay = 0", header, ""]
    for name in names:
        out += ["[[source]]", f'name = "{name}"', f'url = "{server.url(f"/feed/{name}.xml")}"', ""]
    return "\n".join(out)


def run(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout)


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []  # not migrated yet
    finally:
        conn.close()


def test_watch_once_then_sources_report(site: Any, tmp_path: Path) -> None:
    fs = _feedserver()
    site.specs.update(good=fs.FeedSpec(items=2), summ=fs.FeedSpec(items=1, summary=True),
                      down=fs.FeedSpec(status=500))
    for name in site.specs:
        site.served[name] = set()
    sources = tmp_path / "sources.toml"
    sources.write_text(_sources(site, ["good", "summ", "down"]), encoding="utf-8")
    db = tmp_path / "w.db"
    proc = run("watch", str(sources), "--db", str(db), "--once", "--json")
    assert proc.returncode == 0, proc.stderr
    figures = json.loads(proc.stdout)
    assert (figures["polls"], figures["errors"], figures["stored"], figures["extracted"]) == (3, 1, 3, 3)
    assert ("down: HTTP 500 Internal Server Error (error 1 in a row" in proc.stderr
            and "Traceback" not in proc.stderr)
    report = run("sources", "--db", str(db), "--json")
    assert report.returncode == 0, report.stderr
    by_name = {r["name"]: r for r in json.loads(report.stdout)}
    assert (by_name["good"]["items"]["stored"] == 2 and by_name["good"]["last_success"]
            and not by_name["good"]["failing"])
    assert by_name["down"]["failing"] and by_name["down"]["last_error"] == "HTTP 500 Internal Server Error"
    assert by_name["down"]["last_success"] is None and by_name["summ"]["items"]["stored"] == 1
    failing = json.loads(run("sources", "--db", str(db), "--json", "--failing").stdout)
    assert [r["name"] for r in failing] == ["down"]
    table = run("sources", "--db", str(db))
    assert table.returncode == 0 and "good" in table.stdout and "HTTP 500" in table.stdout
    # the next --once polls only what is due: nothing right away (interval 1 s, the failing one backs off)
    again = json.loads(run("watch", str(sources), "--db", str(db), "--once", "--json", "-q").stdout)
    assert again["stored"] == 0


def test_bad_sources_file_is_a_clear_error(tmp_path: Path) -> None:
    sources = tmp_path / "s.toml"
    sources.write_text('[watch]\ninterval = 60\n\n[[source]]\nname = "x"\nurl = "notaurl"\n',
                       encoding="utf-8")
    proc = run("watch", str(sources), "--db", str(tmp_path / "x.db"), "--once")
    assert proc.returncode == 2 and f"{sources}:4: url 'notaurl' is not an http(s) URL" in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "x.db").exists()
    missing = run("watch", str(tmp_path / "none.toml"), "--once")
    assert missing.returncode == 2 and "cannot read the sources file" in missing.stderr
    alone = run("watch", str(sources), "--all")
    assert alone.returncode == 2 and "--all goes with --once" in alone.stderr
    empty = run("sources", "--db", str(tmp_path / "none.db"))
    assert empty.returncode == 3 and "no database" in empty.stderr


def test_sigterm_stops_a_long_run_cleanly(site: Any, tmp_path: Path) -> None:
    fs = _feedserver()
    site.specs["tick"] = fs.FeedSpec(items=1, every=0.5)
    sources = tmp_path / "s.toml"
    sources.write_text(_sources(site, ["tick"]), encoding="utf-8")
    db = tmp_path / "t.db"
    proc = subprocess.Popen([*CLI, "watch", str(sources), "--db", str(db), "--json", "--no-extract"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(rows(db, "SELECT 1 FROM articles")) < 3:
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert json.loads(out)["stored"] >= 3 and "watching 1 sources" in err


@pytest.mark.slow
def test_kill_9_mid_run_then_rerun_stores_every_item_exactly_once(site: Any, tmp_path: Path) -> None:
    fs = _feedserver()
    specs = {f"full{i}": fs.FeedSpec(items=15, every=0.7) for i in range(4)}
    specs |= {f"summ{i}": fs.FeedSpec(items=8, summary=True, page_delay=0.05, every=1.5) for i in range(4)}
    specs |= {"down": fs.FeedSpec(status=500), "slow": fs.FeedSpec(items=3, delay=1.0),
              "broken": fs.FeedSpec(broken=True), "atom": fs.FeedSpec(items=5, atom=True, every=1.0)}
    site.specs.update(specs)
    for name in specs:
        site.served[name] = set()
    sources = tmp_path / "s.toml"
    sources.write_text(_sources(site, list(specs), header="concurrency = 4"), encoding="utf-8")
    db = tmp_path / "k.db"
    args = [*CLI, "watch", str(sources), "--db", str(db), "-q", "--extract-every", "2"]
    for kill_at in (25, 70):  # two kill -9, each in the middle of storing and fetching
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and proc.poll() is None:
                stored = rows(db, "SELECT COUNT(*) FROM watch_items WHERE state = 'stored'")
                if stored and stored[0][0] >= kill_at:
                    break
                time.sleep(0.05)
            assert proc.poll() is None, "watch ended by itself"
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
    for spec in specs.values():  # the site stops changing; one more round takes what is left
        spec.items, spec.every = spec.count(time.time()), None
    final = run("watch", str(sources), "--db", str(db), "--once", "--all", "--json", "-q")
    assert final.returncode == 0, final.stderr
    expected = site.expected()
    stored = rows(db, "SELECT source, key FROM watch_items WHERE state = 'stored'")
    assert len(stored) == len(set(stored))
    assert set(stored) == expected and len(expected) > 100
    assert rows(db, "SELECT COUNT(*) FROM watch_items WHERE state != 'stored'") == [(0,)]
    assert rows(db, "SELECT COUNT(*) FROM articles") == [(len(expected),)]
    assert rows(db, "SELECT COUNT(*) FROM duplicates") == [(0,)]
    assert rows(db, "SELECT COUNT(DISTINCT article_id) FROM watch_items") == [(len(expected),)]
    assert rows(db, "SELECT COUNT(*) FROM extractions") == [(len(expected),)]  # extraction caught up too
    assert rows(db, "SELECT COUNT(*) FROM quarantine") == [(1,)]  # the broken feed, once
    followed = rows(db, "SELECT COUNT(*) FROM articles WHERE extra LIKE '%\"followed\":true%'")
    assert followed == [(sum(1 for f, _k in expected if f.startswith("summ")),)]
