"""The PLOVER export builds on the real events (issue 14): each record (one per report, as PLOVER codes a
source text) names its real event (`milwatch.event_id`, the id `export --level event` gives it) and every
report of that real event (`milwatch.event_reports`); a real event's records are exactly its reports."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from types import ModuleType

from click.testing import CliRunner

from milwatch.cli import main


def _export(db: Path, out: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(out), *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_plover_records_carry_their_real_event_and_its_reports(kb: ModuleType, kb_db: Path,
                                                               tmp_path: Path) -> None:
    records = _export(kb_db, tmp_path / "p.jsonl", "--format", "plover")
    real = _export(kb_db, tmp_path / "r.jsonl", "--format", "jsonl", "--level", "event")
    reports = {r["id"]: r for r in _export(kb_db, tmp_path / "e.jsonl", "--format", "jsonl",
                                           "--level", "report")}
    assert {r["id"] for r in records} == set(reports)
    by_event: dict[str, set[str]] = defaultdict(set)
    for record in records:
        event_id = record["milwatch"]["event_id"]
        assert event_id == reports[record["id"]]["event_id"]
        assert record["id"] in record["milwatch"]["event_reports"]
        by_event[event_id].add(record["id"])
    assert len(real) < len(records)  # some real events have several reports
    assert {e["event_id"]: set(e["report_ids"]) for e in real} == dict(by_event)
    for record in records:
        assert set(record["milwatch"]["event_reports"]) == by_event[record["milwatch"]["event_id"]]


def test_a_filtered_export_still_names_every_report_of_the_real_event(kb_db: Path, tmp_path: Path) -> None:
    german = _export(kb_db, tmp_path / "de.jsonl", "--format", "plover", "--lang", "de")
    everything = _export(kb_db, tmp_path / "all.jsonl", "--format", "plover")
    assert 0 < len(german) < len(everything)
    reports_of = {r["milwatch"]["event_id"]: set(r["milwatch"]["event_reports"]) for r in everything}
    for record in german:
        assert set(record["milwatch"]["event_reports"]) == reports_of[record["milwatch"]["event_id"]]
