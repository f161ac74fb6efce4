"""Issue 13 item 2 (load at 100k): through a real `milwatch serve`, page totals, statistics, the timeline and
the pairs read from the store's kept counts agree with the pages themselves, before and after another
process (`milwatch ingest` + `milwatch extract`) adds articles; answers are sent as the JSON they were."""

from __future__ import annotations

import json
import time
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlencode

from click.testing import CliRunner

FILTERS: list[dict[str, Any]] = [{}, {"country": "EST"}, {"pair": "EST,LVA"}, {"type": "meeting"},
                                 {"since": "2024"}, {"country": "JPN", "since": "2024-01"},
                                 {"country": "XXX"}]


def agree(kb: ModuleType, base: str, flt: dict[str, Any]) -> int:
    """The events of `flt`, paged to the end, against the total, the statistics, timeline and pairs."""
    items, _ = kb.pages(base, "/api/events", flt, limit=3)  # asserts len(items) == total on the last page
    _, stats = kb.get(f"{base}/api/stats?{urlencode(flt)}")
    assert stats["matching_reports"] == len(items), flt
    _, months = kb.get(f"{base}/api/timeline?{urlencode(flt)}")
    assert sum(m["events"] for m in months) == sum(stats["events_by_type"].values()), flt
    real = {e["event_id"] for e in items}
    assert len(real) == sum(stats["events_by_type"].values()), flt  # every report has its real event
    _, pairs = kb.get(f"{base}/api/pairs?{urlencode(flt)}")
    assert len(pairs) == stats["pairs"], flt
    days = [e["date"] or e["published"] for e in items if e["date"] or e["published"]]
    assert (stats["first_event"], stats["last_event"]) == ((min(days), max(days)) if days
                                                           else (None, None)), flt
    return len(items)


def test_totals_and_statistics_follow_writes_of_another_process(kb: ModuleType, tmp_path: Path) -> None:
    from milwatch.cli import main

    rows = kb.articles()
    db = kb.build_db(tmp_path / "kb", rows[: len(rows) // 2])
    with kb.serve(db, "--cache-seconds", "0") as base:
        before = {json.dumps(f): agree(kb, base, f) for f in FILTERS}
        assert before[json.dumps({})] > 0 and before[json.dumps({"country": "XXX"})] == 0
        corpus = kb.write_jsonl(tmp_path / "more.jsonl", rows[len(rows) // 2:])
        for args in (["ingest", str(corpus), "--db", str(db), "-q"], ["extract", "--db", str(db), "-q"]):
            result = CliRunner().invoke(main, args, catch_exceptions=False)
            assert result.exit_code == 0, result.output
        time.sleep(0.05)  # the server asks whether the database changed at most every 20 ms
        after = {json.dumps(f): agree(kb, base, f) for f in FILTERS}
        assert after[json.dumps({})] > before[json.dumps({})]
        status, raw = kb.get(f"{base}/api/stats")
        assert status == 200 and raw["reports"] >= after[json.dumps({})]
