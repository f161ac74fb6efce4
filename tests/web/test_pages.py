"""Every page of the web UI in headless Chromium: filters, the network → story link, the side-by-side story
with evidence highlighted and conflicts marked, the person page, search.  Saves the README screenshots."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import pytest

from support.browser import no_errors

pytestmark = pytest.mark.slow  # a real browser
SAMPLE = Path(__file__).resolve().parents[2] / "src" / "milwatch" / "data" / "sample" / "articles.jsonl"


@pytest.fixture(scope="module")
def server(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The invented articles of tests/api/kb.py plus, when present, the bundled sample (read, not copied)."""
    rows = kb.articles()
    if SAMPLE.exists():
        rows += [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    db = kb.build_db(tmp_path_factory.mktemp("ui"), rows)
    with kb.serve(db) as base:
        yield base


def api(kb: ModuleType, base: str, path: str) -> Any:
    status, body = kb.get(base + path)
    assert status == 200, body
    return body


def test_timeline_with_filters(kb: ModuleType, server: str, new_page: Any, screenshots: Path) -> None:
    ui = new_page(server)
    page = ui.open("/", ".event")
    total = api(kb, server, "/api/events?limit=1")["total"]
    assert page.text_content("#summary") == f"{total} events"
    assert page.locator(".event").count() == min(total, 50)
    assert page.locator("svg.bars .bar").count() >= 5
    page.screenshot(path=str(screenshots / "timeline.png"))

    page.select_option("select[name=type]", "agreement")
    page.fill("input[name=country]", "JPN")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/?*type=agreement*")
    page.wait_for_selector(".event")
    expected = api(kb, server, "/api/events?type=agreement&country=JPN&limit=1")["total"]
    assert expected > 0 and page.text_content("#summary") == f"{expected} events"
    cards = page.locator(".event")
    assert cards.count() == expected
    for i in range(cards.count()):
        assert "agreement" in cards.nth(i).locator(".badge").first.text_content()
        assert "JPN" in cards.nth(i).locator(".countries").text_content()

    page.fill("input[name=since]", "2030")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("text=No events match these filters.")
    page.click("#reset")
    page.wait_for_selector(".event")
    assert page.text_content("#summary") == f"{total} events"
    no_errors(ui)


def test_timeline_pages_with_load_more(kb: ModuleType, server: str, new_page: Any) -> None:
    total = api(kb, server, "/api/events?limit=1")["total"]
    ui = new_page(server)
    page = ui.open("/?order=asc&limit=7", ".event")
    assert page.locator(".event").count() == 7 < total
    while page.is_visible("#more"):
        shown = page.locator(".event").count()
        page.click("#more")
        page.locator(".event").nth(shown).wait_for()
    assert page.locator(".event").count() == total
    shown = [page.locator(".event").nth(i).get_attribute("data-event") for i in range(total)]
    listed, _ = kb.pages(server, "/api/events", limit=50)
    assert shown == [e["id"] for e in listed]
    no_errors(ui)


def test_network_pair_to_story(kb: ModuleType, server: str, new_page: Any, screenshots: Path) -> None:
    pairs = api(kb, server, "/api/pairs")
    ui = new_page(server)
    page = ui.open("/network", "svg#graph .hit")
    assert page.locator("svg#graph .hit").count() == len(pairs)
    assert page.locator("svg#graph g.node").count() == len({c for p in pairs for c in (p["a"], p["b"])})
    assert page.locator("#pairs tr[data-pair]").count() == len(pairs)

    page.locator('svg#graph g.node[data-country="JPN"]').click()  # a country: only its pairs stay listed
    japan = [p for p in pairs if "JPN" in (p["a"], p["b"])]
    assert page.locator("#pairs tr[data-pair]:visible").count() == len(japan)

    page.locator('svg#graph .hit[data-pair="EST,LVA"]').click()
    page.wait_for_selector("#panel .event")
    assert "Estonia – Latvia" in page.text_content("#panel h2")
    events = api(kb, server, "/api/events?pair=EST,LVA&limit=1")["total"]
    assert page.locator("#panel .event").count() == min(events, 25)
    page.screenshot(path=str(screenshots / "network.png"))

    page.locator("#panel .event a.story-link").first.click()
    page.wait_for_url("**/story/**")
    page.wait_for_selector("section.report mark.evidence")
    assert page.locator("section.report").count() == 2
    assert sorted(page.locator("section.report .badge.lang").all_text_contents()) == ["de", "en"]
    no_errors(ui)


def test_story_side_by_side(kb: ModuleType, server: str, new_page: Any, screenshots: Path) -> None:
    stories = api(kb, server, "/api/stories?limit=100")["items"]
    widest = max(stories, key=lambda s: (len(s["langs"]), s["articles"]))
    story = api(kb, server, f"/api/stories/{quote(widest['id'])}")
    ui = new_page(server)
    page = ui.open(f"/story/{quote(widest['id'])}", "section.report mark.evidence")
    assert page.locator("section.report").count() == len(story["articles"])
    for article in story["articles"]:
        column = page.locator(f'section.report[id="report-{article["id"]}"]')
        assert column.locator(".badge.lang").text_content() == article["lang"]
        assert column.locator(".article-text").text_content() == article["text"]
        marked = "".join(column.locator("mark.evidence").all_text_contents())
        for event in article["events"]:
            assert article["text"][event["evidence_start"]:event["evidence_end"]] in article["text"]
            assert event["evidence"].strip()[:20] in marked
        assert column.locator("li.report-event").count() == len(article["events"])
    conflicted = sum(1 for a in story["articles"] for e in a["events"] if e["conflicts"])
    assert page.locator("li.report-event.has-conflict").count() == conflicted
    assert page.locator("#conflicts tr.conflict-row").count() == len(story["conflicts"])
    assert page.is_visible("#conflicts-box") == bool(story["conflicts"])
    assert page.locator("#canonical tbody tr").count() == len(story["canonical"])
    page.locator("li.report-event").first.hover()
    assert page.locator("mark.evidence.focus").count() >= 1
    page.screenshot(path=str(screenshots / "story.png"))
    no_errors(ui)


def test_conflicts_marked_in_the_text(kb: ModuleType, server: str, new_page: Any) -> None:
    with_conflicts = [s for s in api(kb, server, "/api/stories?limit=100")["items"]
                      if api(kb, server, f"/api/stories/{quote(s['id'])}")["conflicts"]]
    if not with_conflicts:
        pytest.skip("the extraction found no conflicting reports in the fixture "
                    "(tests/export covers the marking)")
    ui = new_page(server)
    page = ui.open(f"/story/{quote(with_conflicts[0]['id'])}", "section.report")
    assert page.locator(".conflict-note").count() >= 2
    assert page.locator("mark.evidence.conflict").count() >= 2
    no_errors(ui)


def test_person_page(kb: ModuleType, server: str, new_page: Any) -> None:
    person = api(kb, server, f"/api/persons/{quote('Kenji Morita')}")
    ui = new_page(server)
    page = ui.open("/stories", "#stories a.story-link")
    page.locator("#stories a.story-link", has_text="Japanese and Philippine").click()
    page.wait_for_selector("section.report")
    page.locator("a.person", has_text="Kenji Morita").first.click()
    page.wait_for_url("**/person/**")
    page.wait_for_selector("#events .event")
    assert page.text_content("#name") == "Kenji Morita"
    assert page.locator("#aliases li").all_text_contents()[0] == "Kenji Morita"
    assert page.locator("svg.roles-chart rect").count() == len([r for r in person["roles"] + person["ranks"]
                                                                if r["first_seen"] or r["last_seen"]])
    assert "minister of defense" in page.text_content("#roles")
    assert page.locator("#events .event").count() == len(person["events"])
    no_errors(ui)


def test_persons_and_stories_lists(kb: ModuleType, server: str, new_page: Any) -> None:
    ui = new_page(server)
    page = ui.open("/persons", "#persons tbody tr")
    total = api(kb, server, "/api/persons?limit=1")["total"]
    assert page.locator("#persons tbody tr").count() == min(total, 100)
    page.fill("#filters input[name=q]", "Ozols")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**q=Ozols*")
    page.wait_for_selector("#persons tbody tr")
    assert page.locator("#persons tbody tr").count() == 1
    page = ui.open("/stories?country=FIN", "#stories tbody tr")
    assert page.locator("#stories tbody tr").count() == api(kb, server, "/api/stories?country=FIN")["total"]
    no_errors(ui)


def test_search_from_the_header(kb: ModuleType, server: str, new_page: Any) -> None:
    ui = new_page(server)
    page = ui.open("/network", "svg#graph .hit")
    page.fill("header input[name=q]", "Tallinn")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Tallinn")
    page.wait_for_selector("#results li")
    assert page.locator("#results li").count() == api(kb, server, "/api/search?q=Tallinn")["total"] == 2
    assert set(page.locator("#results mark").all_text_contents()) == {"Tallinn"}
    page.locator("#results a.hit-title").first.click()
    page.wait_for_url("**/story/**")
    page.wait_for_selector("section.report")
    no_errors(ui)


def test_api_docs_page(server: str, new_page: Any) -> None:
    ui = new_page(server)
    page = ui.open("/api/docs", "section.endpoint")
    text = page.text_content("#endpoints")
    for path in ("/api/events", "/api/stories/{story_id}", "/api/pairs", "/api/search", "/api/articles"):
        assert path in text
    no_errors(ui)
