"""Issue 14, done when: on the dev corpus (ingested and extracted with the CLI, as a user does),
`milwatch events --pair AZE VNM` lists each real event once with its report count, and the weight of
that pair in the network (`/api/pairs` of a running `milwatch serve`, and the GraphML export) is that
number.  Exports carry the real event's `event_id` and its report ids at both levels."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from support.cli import clean_env

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"


def milwatch(kb: ModuleType, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = clean_env(home / "no-config.toml") | {"COLUMNS": "250"}
    run = subprocess.run([kb.milwatch_exe(), *args], capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    return run


@pytest.fixture(scope="module")
def dev_db(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not DEV.is_dir():
        pytest.skip(f"no dev corpus at {DEV}")
    home = tmp_path_factory.mktemp("dev")
    db = home / "dev.db"
    milwatch(kb, home, "ingest", str(DEV), "--db", str(db))
    milwatch(kb, home, "extract", "--db", str(db))
    return db


def json_of(kb: ModuleType, db: Path, *args: str) -> Any:
    return json.loads(milwatch(kb, db.parent, *args, "--db", str(db)).stdout)


def test_pair_lists_each_real_event_once_and_the_network_weighs_it_so(kb: ModuleType, dev_db: Path) -> None:
    real = json_of(kb, dev_db, "events", "--pair", "AZE", "VNM", "--json")
    reports = json_of(kb, dev_db, "events", "--pair", "AZE", "VNM", "--reports", "--json")
    ids = [e["event_id"] for e in real]
    assert len(ids) == len(set(ids)) >= 2  # each real event once
    assert len(real) < len(reports)  # the language versions of one event are one real event
    # every report of the pair belongs to exactly one listed real event
    assert sorted(x for e in real for x in e["report_ids"]) == sorted(r["id"] for r in reports)
    assert all(e["n_reports"] == len(e["report_ids"]) >= 1 for e in real)
    assert {r["event_id"] for r in reports} == set(ids)
    assert any(e["n_reports"] > 1 and len(e["languages"]) > 1 for e in real)

    table = milwatch(kb, dev_db.parent, "events", "--pair", "AZE", "VNM", "--db", str(dev_db)).stdout
    rows = [line for line in table.splitlines() if "ev:" in line]
    assert len(rows) == len(real)
    for event in real:  # its id once, on the line with its report count
        (line,) = [row for row in rows if event["event_id"] in row]
        assert f" {event['n_reports']} " in line
    assert f"{len(real)} of {len(real)} real events ({len(reports)} reports" in table

    with kb.serve(dev_db) as base:
        status, pairs = kb.get(base + "/api/pairs")
        assert status == 200
        weight = {(p["a"], p["b"]): p["events"] for p in pairs}[("AZE", "VNM")]
        status, stats = kb.get(base + "/api/stats")
    assert weight == len(real)
    assert stats["events"] < stats["reports"]

    nx = pytest.importorskip("networkx")
    out = dev_db.parent / "net.graphml"
    milwatch(kb, dev_db.parent, "export", "--db", str(dev_db), "-o", str(out))
    assert nx.read_graphml(out)["AZE"]["VNM"]["weight"] == len(real)


def test_stats_count_real_events(kb: ModuleType, dev_db: Path) -> None:
    stats = json_of(kb, dev_db, "stats", "--json")
    everything = json_of(kb, dev_db, "events", "--json")
    assert stats["events"] == len(everything) < stats["reports"]
    assert sum(e["n_reports"] for e in everything) == stats["reports"]
    shown = milwatch(kb, dev_db.parent, "stats", "--db", str(dev_db)).stdout
    assert f"events {stats['events']} (reports {stats['reports']})" in shown


def test_exports_carry_the_real_event_and_its_reports(kb: ModuleType, dev_db: Path) -> None:
    home = dev_db.parent
    milwatch(kb, home, "export", "--db", str(dev_db), "--pair", "AZE", "VNM", "-o", str(home / "ev.jsonl"))
    milwatch(kb, home, "export", "--db", str(dev_db), "--pair", "AZE", "VNM", "--level", "report",
             "-o", str(home / "rep.jsonl"))
    milwatch(kb, home, "export", "--db", str(dev_db), "--pair", "AZE", "VNM", "-o", str(home / "ev.csv"))
    events = [json.loads(x) for x in (home / "ev.jsonl").read_text(encoding="utf-8").splitlines()]
    reports = [json.loads(x) for x in (home / "rep.jsonl").read_text(encoding="utf-8").splitlines()]
    by_id = {e["event_id"]: e for e in events}
    assert len(by_id) == len(events) < len(reports)
    for report in reports:
        assert report["id"] in by_id[report["event_id"]]["report_ids"]
    assert sum(len(e["report_ids"]) for e in events) == len(reports)
    header, *lines = (home / "ev.csv").read_text(encoding="utf-8").splitlines()
    assert header.startswith('"event_id","type","countries"') and len(lines) == len(events)
