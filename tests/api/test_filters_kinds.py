"""The document-type, mode and area filters of the event endpoints (a real `milwatch serve`), checked against
the events the unfiltered endpoint returns."""

from __future__ import annotations

from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def every_event(kb: ModuleType, server: str) -> list[dict]:
    return kb.pages(server, "/api/events", limit=500)[0]


@pytest.mark.parametrize(("param", "value", "keep"), [
    ("doc_type", "memorandum", lambda e: e["doc_type"] == "memorandum"),
    ("doc_type", "memorandum,letter_of_intent",
     lambda e: e["doc_type"] in ("memorandum", "letter_of_intent")),
    ("mode", "visit", lambda e: e["mode"] == "visit"),
    ("area", "cyber", lambda e: "cyber" in e["areas"]),
    ("area", "cyber,medicine", lambda e: {"cyber", "medicine"} & set(e["areas"])),
])
def test_filter_keeps_exactly_the_matching_events(kb: ModuleType, server: str, every_event: list[dict],
                                                  param: str, value: str, keep: object) -> None:
    expected = sorted(e["id"] for e in every_event if keep(e))  # type: ignore[operator]
    assert 0 < len(expected) < len(every_event)
    found, _ = kb.pages(server, "/api/events", {param: value}, limit=500)
    assert sorted(e["id"] for e in found) == expected
    months = kb.get(f"{server}/api/timeline?reports=true&{param}={value}")[1]
    assert sum(m["events"] for m in months) == len(expected)


def test_filters_combine_with_the_others(kb: ModuleType, server: str, every_event: list[dict]) -> None:
    expected = [e for e in every_event if e["mode"] == "visit" and "JPN" in e["countries"]
                and e["lang"] == "de"]
    found, _ = kb.pages(server, "/api/events", {"mode": "visit", "country": "JPN", "lang": "de"}, limit=500)
    assert expected and sorted(e["id"] for e in found) == sorted(e["id"] for e in expected)
    stories = kb.get(f"{server}/api/stories?area=cyber&limit=500")[1]
    assert 0 < stories["total"] <= kb.get(f"{server}/api/stories?limit=1")[1]["total"]


@pytest.mark.parametrize(("param", "what"),
                         [("doc_type", "document type"), ("mode", "mode"), ("area", "area")])
def test_unknown_values_are_a_clear_400(kb: ModuleType, server: str, param: str, what: str) -> None:
    status, body = kb.get(f"{server}/api/events?{param}=bogus")
    assert status == 400
    assert f"unknown {what}(s) bogus" in body["detail"] and "known:" in body["detail"]


def test_stories_newest_first_pages_through_all(kb: ModuleType, server: str) -> None:
    oldest, _ = kb.pages(server, "/api/stories", limit=3)
    newest, n_pages = kb.pages(server, "/api/stories", {"order": "desc"}, limit=3)
    assert n_pages >= 3 and len(newest) == len(oldest)
    dates = [s["first_published"] or "" for s in newest]
    assert dates == sorted(dates, reverse=True) and dates[0] > dates[-1]
    assert sorted(s["id"] for s in newest) == sorted(s["id"] for s in oldest)
    assert kb.get(f"{server}/api/stories?order=sideways")[0] == 422
