"""`--doc-type`, `--mode`, `--area` and `--lang` on the event commands (events, stories, export), run as a
user runs them (`milwatch ...` in a subprocess) on a knowledge base built by the real pipeline, checked
against the unfiltered listing."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

Event = dict[str, Any]


def milwatch(kb: ModuleType, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MILWATCH_CONFIG": str(db.parent / "no-config.toml"), "COLUMNS": "200"}
    return subprocess.run([kb.milwatch_exe(), *args, "--db", str(db)], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def as_json(kb: ModuleType, db: Path, *args: str) -> Any:
    done = milwatch(kb, db, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def reports(kb: ModuleType, kb_db: Path) -> list[Event]:
    every = as_json(kb, kb_db, "events", "--reports")
    assert len(every) > 20
    return every


CASES: list[tuple[list[str], Callable[[Event], bool]]] = [
    (["--doc-type", "memorandum"], lambda e: e["doc_type"] == "memorandum"),
    (["--doc-type", "memorandum", "--doc-type", "letter_of_intent"],
     lambda e: e["doc_type"] in ("memorandum", "letter_of_intent")),
    (["--doc-type", "memorandum,letter_of_intent"],
     lambda e: e["doc_type"] in ("memorandum", "letter_of_intent")),
    (["--mode", "visit"], lambda e: e["mode"] == "visit"),
    (["--area", "cyber"], lambda e: "cyber" in e["areas"]),
    (["--area", "cyber,medicine"], lambda e: bool({"cyber", "medicine"} & set(e["areas"]))),
    (["--lang", "DE"], lambda e: e["lang"] == "de"),
    (["--mode", "visit", "--lang", "de", "--country", "JPN"],
     lambda e: e["mode"] == "visit" and e["lang"] == "de" and "JPN" in e["countries"]),
]


@pytest.mark.parametrize(("args", "keep"), CASES, ids=[" ".join(a) for a, _ in CASES])
def test_events_keep_exactly_the_matching_reports(kb: ModuleType, kb_db: Path, reports: list[Event],
                                                  args: list[str], keep: Callable[[Event], bool]) -> None:
    expected = sorted(e["id"] for e in reports if keep(e))
    assert 0 < len(expected) < len(reports), args
    found = as_json(kb, kb_db, "events", "--reports", *args)
    assert sorted(e["id"] for e in found) == expected


def test_real_events_stories_and_export_take_the_filters(kb: ModuleType, kb_db: Path,
                                                         reports: list[Event]) -> None:
    memos = {e["id"] for e in reports if e["doc_type"] == "memorandum"}
    real = as_json(kb, kb_db, "events", "--doc-type", "memorandum")
    # a real event is listed when one of its reports matches: its report ids include a matching report
    assert real and all(set(r["report_ids"]) & memos for r in real)
    assert {i for r in real for i in r["report_ids"]} >= memos

    stories = as_json(kb, kb_db, "stories", "--area", "cyber")
    cyber_stories = {e["story"] for e in reports if "cyber" in e["areas"] and e.get("story")}
    assert {s["id"] for s in stories} == cyber_stories
    assert stories and not any("medicine" in e["areas"] for e in reports)
    assert as_json(kb, kb_db, "stories", "--area", "medicine") == []  # the filter is applied to stories

    done = milwatch(kb, kb_db, "export", "--format", "csv", "--level", "report", "--mode", "visit")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert sorted(r["id"] for r in rows) == sorted(e["id"] for e in reports if e["mode"] == "visit")
    assert rows and {r["mode"] for r in rows} == {"visit"}

    table = milwatch(kb, kb_db, "events", "--reports", "--mode", "visit", "--doc-type", "memorandum")
    assert table.returncode == 0, table.stderr
    assert not any(e["mode"] == "visit" and e["doc_type"] == "memorandum" for e in reports)
    assert table.stdout.strip() == "no events match"  # both must hold: a meeting has no document


@pytest.mark.parametrize(("args", "says"), [
    (["--doc-type", "treaty"], "'treaty' is not one of agreement, memorandum"),
    (["--mode", "video"], "'video' is not one of visit, phone, multilateral, third-party"),
    (["--area", "cyber,space"], "'space' is not one of training"),
    (["--lang", "German"], "'German' is no ISO 639 language code"),
])
def test_bad_values_are_usage_errors(kb: ModuleType, kb_db: Path, args: list[str], says: str) -> None:
    for command in ("events", "stories", "export"):
        done = milwatch(kb, kb_db, command, *args)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert says in done.stderr and done.stdout == "", (command, done.stderr)


def test_help_lists_the_values(kb: ModuleType, kb_db: Path) -> None:
    done = subprocess.run([kb.milwatch_exe(), "events", "--help"], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "COLUMNS": "200"}, check=False)
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    for option in ("--doc-type KIND", "--mode MODE", "--area AREA", "--lang CODE"):
        assert option in text
    assert "letter_of_intent" in text and "third-party" in text and "counterterrorism" in text
