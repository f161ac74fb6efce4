"""The read API against a real `milwatch serve` on 127.0.0.1: every endpoint, every filter, paging to the
last page.  Expected results are computed from the complete, unfiltered listing."""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from types import ModuleType
from typing import Any
from urllib.parse import quote

import pytest

ENDPOINTS = ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/timeline", "/api/stories",
             "/api/stories/{story_id}", "/api/persons", "/api/persons/{person_id}",
             "/api/countries", "/api/pairs", "/api/search", "/api/stats")


def sort_date(e: dict[str, Any]) -> str:
    return e["date"] or e["published"] or ""


def period_end(value: str) -> str:
    return value + ("-12-31" if len(value) == 4 else "-31" if len(value) == 7 else "")


def period_start(value: str) -> str:
    return value + ("-01-01" if len(value) == 4 else "-01" if len(value) == 7 else "")


@pytest.fixture(scope="module")
def all_events(kb: ModuleType, server: str) -> list[dict[str, Any]]:
    items, n_pages = kb.pages(server, "/api/events", limit=3)
    assert n_pages > 3
    return items


def test_openapi_documents_every_endpoint(kb: ModuleType, server: str) -> None:
    status, spec = kb.get(server + "/api/openapi.json")
    assert status == 200 and spec["info"]["title"] == "milwatch"
    for path in ENDPOINTS:
        assert path.replace("{article_id}", "{article_id}") in {p.replace(":path", "")
                                                                for p in spec["paths"]}, path
    assert "post" in spec["paths"]["/api/articles"]
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"country", "pair", "type", "since", "until", "person", "lang", "current_only",
            "cursor", "limit"} <= params
    status, page = kb.get(server + "/api/docs")
    assert status == 200 and "/static/apidocs.js" in page and "cdn" not in page.lower()
    assert kb.get(server + "/docs") == (status, page)  # FastAPI's usual address leads there too


def test_every_event_once_in_date_order(kb: ModuleType, server: str,
                                        all_events: list[dict[str, Any]]) -> None:
    status, stats = kb.get(server + "/api/stats")
    assert status == 200 and len(all_events) == stats["reports"] > 20  # /api/events lists reports
    assert stats["events"] == len({e["event_id"] for e in all_events})  # stats count real events
    assert len({e["id"] for e in all_events}) == len(all_events)
    assert [sort_date(e) for e in all_events] == sorted(sort_date(e) for e in all_events)
    newest, _ = kb.pages(server, "/api/events", {"order": "desc"}, limit=4)
    assert [e["id"] for e in newest] == [e["id"] for e in reversed(all_events)]
    for e in all_events:
        assert e["evidence"] and e["article_id"] and e["story"] and e["plover"] and e["cameo"]


FILTERS: list[tuple[dict[str, Any], Any]] = [
    ({"country": "JPN"}, lambda e: "JPN" in e["countries"]),
    ({"country": ["JPN", "IND"]}, lambda e: {"JPN", "IND"} <= set(e["countries"])),
    ({"country": "jpn,phl"}, lambda e: {"JPN", "PHL"} <= set(e["countries"])),
    ({"pair": "EST,LVA"}, lambda e: {"EST", "LVA"} <= set(e["countries"])),
    ({"pair": "FIN-SWE"}, lambda e: {"FIN", "SWE"} <= set(e["countries"])),
    ({"type": "meeting"}, lambda e: e["type"] == "meeting"),
    ({"type": ["meeting", "agreement"]}, lambda e: e["type"] in ("meeting", "agreement")),
    ({"since": "2024-04"}, lambda e: period_end(sort_date(e)) >= "2024-04-01"),
    ({"until": "2024-05"}, lambda e: sort_date(e) != "" and sort_date(e) <= "2024-05-31"),
    ({"since": "2024-03-01", "until": "2024-06-30"},
     lambda e: period_end(sort_date(e)) >= "2024-03-01" and "" != sort_date(e) <= "2024-06-30"),
    ({"person": "Morita"}, lambda e: any("Morita" in p["name"] for p in e["persons"])),
    ({"lang": "de"}, lambda e: e["lang"] == "de"),
    ({"current_only": "true"}, lambda e: not e["historical"]),
    ({"country": "JPN", "type": "meeting", "lang": "en"},
     lambda e: "JPN" in e["countries"] and e["type"] == "meeting" and e["lang"] == "en"),
]


@pytest.mark.parametrize(("params", "keep"), FILTERS, ids=[str(p) for p, _ in FILTERS])
def test_event_filters_page_to_the_end(kb: ModuleType, server: str, all_events: list[dict[str, Any]],
                                       params: dict[str, Any], keep: Any) -> None:
    expected = [e["id"] for e in all_events if keep(e)]
    assert expected, f"the fixture has no event for {params}"
    got, _ = kb.pages(server, "/api/events", params, limit=2)
    assert [e["id"] for e in got] == expected


def test_story_and_article_filters(kb: ModuleType, server: str, all_events: list[dict[str, Any]]) -> None:
    story = all_events[0]["story"]
    got, _ = kb.pages(server, "/api/events", {"story": story})
    assert {e["id"] for e in got} == {e["id"] for e in all_events if e["story"] == story}
    assert len({e["article_id"] for e in got}) == 2  # the English and the German report
    article = all_events[0]["article_id"]
    got, _ = kb.pages(server, "/api/events", {"article": article})
    assert [e["id"] for e in got] == [e["id"] for e in all_events if e["article_id"] == article]


@pytest.mark.parametrize(("query", "status"), [
    ("since=2024-13-99x", 400), ("since=yesterday", 400), ("type=parade", 400), ("pair=EST", 400),
    ("cursor=not-a-cursor", 400), ("limit=0", 422), ("limit=501", 422), ("order=sideways", 422),
])
def test_bad_parameters_are_client_errors(kb: ModuleType, server: str, query: str, status: int) -> None:
    code, body = kb.get(f"{server}/api/events?{query}")
    assert code == status and "detail" in body


def test_articles_page_filter_and_detail(kb: ModuleType, server: str,
                                         all_events: list[dict[str, Any]]) -> None:
    everything, _ = kb.pages(server, "/api/articles", limit=4)
    assert len(everything) == len(kb.articles())
    assert [a["id"] for a in everything] == [a["id"] for a in kb.articles()]  # ingest order
    for params, keep in [({"lang": "de"}, lambda a: a["lang"] == "de"),
                         ({"since": "2024-05", "until": "2024-06"},
                          lambda a: "2024-05-01" <= (a["published"] or "") <= "2024-06-31"),
                         ({"source": "zeitung.example.de"}, lambda a: a["source"] == "zeitung.example.de"),
                         ({"relevant": "false"}, lambda a: not a["relevant"]),
                         ({"story": all_events[0]["story"]}, lambda a: a["story"] == all_events[0]["story"])]:
        got, _ = kb.pages(server, "/api/articles", params, limit=2)
        assert [a["id"] for a in got] == [a["id"] for a in everything if keep(a)], params
        assert got, params
    status, one = kb.get(f"{server}/api/articles/kb-en-0")
    assert status == 200 and one["text"].startswith("Estonian Defence Minister") and one["events"]
    for e in one["events"]:
        assert one["text"][e["evidence_start"]:e["evidence_end"]].strip() == e["evidence"].strip()
    assert kb.get(f"{server}/api/articles/no-such-article")[0] == 404


def test_stories_page_filters_and_detail(kb: ModuleType, server: str,
                                         all_events: list[dict[str, Any]]) -> None:
    stories, n_pages = kb.pages(server, "/api/stories", limit=2)
    assert n_pages >= 3 and {s["id"] for s in stories} == {e["story"] for e in all_events}
    assert all(s["articles"] == 2 and s["langs"] == ["de", "en"] for s in stories)
    japan, _ = kb.pages(server, "/api/stories", {"country": "JPN"}, limit=1)
    assert {s["id"] for s in japan} == {e["story"] for e in all_events if "JPN" in e["countries"]}
    status, story = kb.get(f"{server}/api/stories/{quote(stories[0]['id'])}")
    assert status == 200 and len(story["articles"]) == 2
    assert {a["lang"] for a in story["articles"]} == {"de", "en"}
    canonical = {c["id"] for c in story["canonical"]}
    assert canonical and all(e["canonical"] in canonical for a in story["articles"] for e in a["events"])
    assert all(c["event"] in canonical for c in story["conflicts"])
    assert kb.get(f"{server}/api/stories/nope")[0] == 404


def test_persons_page_filters_and_detail(kb: ModuleType, server: str,
                                         all_events: list[dict[str, Any]]) -> None:
    persons, _ = kb.pages(server, "/api/persons", limit=3)
    named = {p["name"] for e in all_events for p in e["persons"]}
    assert {p["name"] for p in persons} == named
    assert [p["name"] for p in persons] == sorted(p["name"] for p in persons)
    found, _ = kb.pages(server, "/api/persons", {"q": "Morita"})
    assert [p["name"] for p in found] == ["Kenji Morita"]
    japanese, _ = kb.pages(server, "/api/persons", {"country": "JPN"})
    assert "Kenji Morita" in {p["name"] for p in japanese} and all(p["country"] == "JPN" for p in japanese)
    status, morita = kb.get(f"{server}/api/persons/{quote('Kenji Morita')}")
    assert status == 200 and morita["roles"] and morita["roles"][0]["value"] == "minister of defense"
    assert {e["id"] for e in morita["events"]} == {e["id"] for e in all_events
                                                   if any(p["name"] == "Kenji Morita" for p in e["persons"])}
    assert len({e["countries"][0] + e["countries"][1] for e in morita["events"]}) == 2  # IND-JPN and JPN-PHL
    assert kb.get(f"{server}/api/persons/Nobody%20Here")[0] == 404


def test_countries_and_pairs_count_the_events(kb: ModuleType, server: str,
                                              all_events: list[dict[str, Any]]) -> None:
    status, countries = kb.get(server + "/api/countries")
    assert status == 200
    # the network counts real events, not reports
    real = list({e["event_id"]: e for e in all_events}.values())
    expected = Counter(c for e in real for c in e["countries"])
    assert {c["code"]: c["events"] for c in countries} == dict(expected)
    assert {c["code"]: c["name"] for c in countries}["JPN"] == "Japan"
    status, pairs = kb.get(server + "/api/pairs")
    expected_pairs = Counter(p for e in real for p in combinations(sorted(e["countries"]), 2))
    assert {(p["a"], p["b"]): p["events"] for p in pairs} == dict(expected_pairs)
    for p in pairs:
        assert sum(p["by_type"].values()) == p["events"]
    status, meetings = kb.get(server + "/api/pairs?type=meeting&lang=en")
    assert sum(p["events"] for p in meetings) == len(
        {e["event_id"] for e in all_events if e["type"] == "meeting" and e["lang"] == "en"})


def test_timeline_and_stats(kb: ModuleType, server: str, all_events: list[dict[str, Any]]) -> None:
    status, months = kb.get(server + "/api/timeline?reports=true")  # real events: tests/api/test_timeline.py
    assert status == 200 and sum(m["events"] for m in months) == len(all_events)
    assert Counter({m["month"]: m["events"] for m in months}) == Counter(sort_date(e)[:7] for e in all_events)
    status, stats = kb.get(server + "/api/stats?country=JPN")
    assert stats["articles"] == len(kb.articles())
    assert sum(stats["events_by_type"].values()) == len({e["event_id"]
                                                         for e in all_events if "JPN" in e["countries"]})
    assert stats["matching_reports"] == sum(1 for e in all_events if "JPN" in e["countries"])
    assert stats["persons"] == len({p["name"] for e in all_events for p in e["persons"]})


def test_search_every_language_to_the_last_page(kb: ModuleType, server: str) -> None:
    hits, _ = kb.pages(server, "/api/search", {"q": "Tallinn"}, limit=1)
    assert {h["id"] for h in hits} == {"kb-en-0", "kb-de-0"}
    for h in hits:
        assert any(match and text.lower() == "tallinn" for text, match in h["snippet_parts"])
    german, _ = kb.pages(server, "/api/search", {"q": "Verteidigungsminister", "lang": "de"}, limit=2)
    assert len(german) == len(kb.PAIRS) and all(h["lang"] == "de" for h in german)
    for odd in ('"unbalanced', "<script>", "AND"):  # not valid FTS5: searched as plain words
        status, body = kb.get(f"{server}/api/search?q={quote(odd)}")
        assert status == 200 and "items" in body
    assert kb.get(f"{server}/api/search?q=")[0] == 422


def test_security_headers_everywhere(kb: ModuleType, server: str) -> None:
    import urllib.request

    for path in ("/", "/api/events", "/static/common.js"):
        with urllib.request.urlopen(server + path, timeout=30) as response:
            assert "script-src 'self'" in response.headers["content-security-policy"]
            assert response.headers["x-content-type-options"] == "nosniff"
