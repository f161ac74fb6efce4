"""GET /api/timeline counts real events by default (issue 14 item 2), reports with `reports=true`: against a
real `milwatch serve` on the knowledge base of kb.py, several reports per real event."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from milwatch.store import open_store
from milwatch.store.queries_real import iter_real_events


@pytest.fixture(scope="module")
def reports(kb: ModuleType, server: str) -> list[dict[str, Any]]:
    return kb.pages(server, "/api/events", limit=500)[0]


def _months(months: list[dict[str, Any]]) -> Counter[str]:
    for m in months:
        assert sum(m["by_type"].values()) == m["events"]
    return Counter({m["month"]: m["events"] for m in months})


def test_the_timeline_counts_each_real_event_once(kb: ModuleType, kb_db: Path, server: str,
                                                  reports: list[dict[str, Any]]) -> None:
    with open_store(kb_db) as store:
        real = list(iter_real_events(store))
    assert len(real) < len(reports)  # the fixture has real events reported several times
    status, months = kb.get(server + "/api/timeline")
    assert status == 200
    assert sum(_months(months).values()) == len(real) == len({e["event_id"] for e in reports})
    assert _months(months) == Counter((e["date"] or e["first_report"] or "")[:7] or "unknown" for e in real)


def test_reports_are_one_flag_away(kb: ModuleType, server: str, reports: list[dict[str, Any]]) -> None:
    status, months = kb.get(server + "/api/timeline?reports=true")
    assert status == 200 and sum(_months(months).values()) == len(reports)
    assert _months(months) == Counter((e["date"] or e["published"] or "")[:7] or "unknown" for e in reports)


def test_filters_count_the_real_events_with_a_matching_report(kb: ModuleType, server: str,
                                                              reports: list[dict[str, Any]]) -> None:
    meetings_en = {e["event_id"] for e in reports if e["type"] == "meeting" and e["lang"] == "en"}
    months = kb.get(server + "/api/timeline?type=meeting&lang=en")[1]
    assert 0 < sum(_months(months).values()) == len(meetings_en)
