"""The analyst's UI in headless Chromium (issue 12): the world map and its click filter, a timeline whose axis
survives an outlier date, every page at 390 px without horizontal scrolling, the keyboard (skip link, Tab to a
bar or a row, Enter opens), filters round-tripping through the URL, CSV/JSON downloads of the current view and
the story page following the API's `next` cursor.  Saves screenshots at 1280 and 390 px."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlparse

import pytest

from milwatch.web.pages import PAGES
from support.browser import no_errors, tab_to

pytestmark = pytest.mark.slow  # a real browser
SAMPLE = Path(__file__).resolve().parents[2] / "src" / "milwatch" / "data" / "sample" / "articles.jsonl"
OLD = {"id": "old-1949", "lang": "en", "published": "1949-05-10",
       "source_url": "https://archive.example.org/1949",
       "title": "Estonian and Latvian defence ministers meet in Tallinn",
       "text": "Estonian Defence Minister Jaan Tamm received his Latvian counterpart "
               "Andris Ozols in Tallinn on "
               "Tuesday. The two ministers discussed cooperation in officer training."}


@pytest.fixture(scope="module")
def server(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The invented articles of tests/api/kb.py, the bundled sample and one report dated 1949."""
    rows = kb.articles() + [OLD]
    if SAMPLE.exists():
        rows += [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    db = kb.build_db(tmp_path_factory.mktemp("ui12"), rows)
    with kb.serve(db) as base:
        yield base


def api(kb: ModuleType, base: str, path: str, **params: Any) -> Any:
    status, body = kb.get(base + path + ("?" + urlencode(params, doseq=True) if params else ""))
    assert status == 200, body
    return body


def query(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def click_state(page: Any, code: str) -> None:
    """A real mouse click on a point inside the state's shape (a bounding box's centre may be sea)."""
    point = page.locator(f'svg.map path.state[data-country="{code}"]').evaluate("""(path) => {
        const box = path.getBBox(), matrix = path.getScreenCTM();
        for (let i = 1; i < 40; i++) for (let j = 1; j < 40; j++) {
          const p = new DOMPoint(box.x + box.width * i / 40, box.y + box.height * j / 40);
          if (path.isPointInFill(p)) { const s = p.matrixTransform(matrix); return [s.x, s.y]; }
        }
        return null;
      }""")
    assert point, f"no point inside {code}"
    page.mouse.click(*point)


def test_map_renders_and_a_click_filters(kb: ModuleType, server: str, new_page: Any,
                                         screenshots: Path) -> None:
    world = json.loads((Path(__file__).resolve().parents[2] / "src/milwatch/web/static/world.json")
                       .read_text())
    on_map = {c["id"] for c in world["countries"]} | {p["id"] for p in world["points"]}
    states = {c["code"]: c["events"] for c in api(kb, server, "/api/countries")}
    ui = new_page(server, viewport={"width": 1280, "height": 900})
    page = ui.open("/", "svg.map .state[data-events]")
    assert page.locator("svg.map .state").count() == len(on_map) > 200
    coloured = {n.get_attribute("data-country"): int(n.get_attribute("data-events"))
                for n in page.locator('svg.map .state:not([data-events="0"])').all()}
    assert coloured == {code: n for code, n in states.items() if code in on_map}
    fill = "n => getComputedStyle(n).fill"
    assert page.locator('svg.map path.state[data-country="JPN"]').evaluate(fill) != \
        page.locator('svg.map path.state[data-events="0"]').first.evaluate(fill)
    page.screenshot(path=str(screenshots / "timeline-1280.png"))

    click_state(page, "JPN")
    page.wait_for_url("**/?*country=JPN*")
    page.wait_for_selector('svg.map .state.selected[data-country="JPN"]')
    total = api(kb, server, "/api/events", country="JPN", limit=1)["total"]
    assert page.text_content("#summary") == f"{total} events" and total > 0
    assert page.input_value("input[name=country]") == "JPN"
    partners = {c["code"] for c in api(kb, server, "/api/countries", country="JPN")}
    lit = {n.get_attribute("data-country")
           for n in page.locator('svg.map .state:not([data-events="0"])').all()}
    assert lit == partners & on_map and {"PHL", "IND"} <= lit

    click_state(page, "JPN")  # again: the filter is cleared
    page.wait_for_url(lambda url: "country=" not in url)
    page.wait_for_selector("svg.map .state[data-events]")
    assert "country" not in query(page)
    no_errors(ui)


def test_timeline_keeps_an_outlier_aside(kb: ModuleType, server: str, new_page: Any) -> None:
    ui = new_page(server, viewport={"width": 1280, "height": 900})
    page = ui.open("/", "svg.bars .bar")
    chip = page.locator('#aside .outlier[data-month="1949-05"]')
    assert chip.count() == 1 and chip.text_content() == "1949-05 · 1"
    labels = page.locator("svg.bars text.axis").all_text_contents()
    assert labels and all(label >= "2023" for label in labels), labels
    months = [b.get_attribute("data-month") for b in page.locator("svg.bars .bar").all()]
    assert "1949-05" not in months and len(months) >= 5
    widths = [r.bounding_box()["width"] for r in page.locator("svg.bars .bar rect").all()]
    assert min(widths) > 5, widths  # readable bars: the axis is not stretched back to 1949
    assert page.locator("#aside .undated").count() == 1

    chip.click()
    page.wait_for_url("**since=1949-05*")
    page.wait_for_selector(".event")
    assert query(page)["until"] == ["1949-05"] and page.text_content("#summary") == "1 event"
    assert "1949-05-10" in page.text_content(".event .date")
    page.click("#zoom-out")
    page.wait_for_url(lambda url: "since=" not in url)
    page.wait_for_selector("svg.bars .bar")

    # a drag across the bars zooms to that period
    bars = page.locator("svg.bars .bar")
    first, last = bars.nth(0).bounding_box(), bars.nth(2).bounding_box()
    page.mouse.move(first["x"] + first["width"] / 2, first["y"] + first["height"] - 2)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] / 2, last["y"] + last["height"] - 2, steps=5)
    page.mouse.up()
    page.wait_for_url("**until=*")
    since, until = query(page)["since"][0], query(page)["until"][0]
    assert (since, until) == (months[0], months[2])
    page.wait_for_selector(".event")
    expected = api(kb, server, "/api/events", since=since, until=until, limit=1)["total"]
    assert page.text_content("#summary") == f"{expected} events"
    no_errors(ui)


def _page_paths(kb: ModuleType, server: str) -> list[str]:
    """A real address for every page of web.pages.PAGES (ids taken from the API)."""
    story = api(kb, server, "/api/stories", limit=1)["items"][0]["id"]
    samples = {"story_id": quote(story), "article_id": "kb-en-0", "person_id": quote("Kenji Morita")}
    paths = []
    for path in PAGES:
        for name, value in samples.items():
            path = path.replace("{" + name + ":path}", value).replace("{" + name + "}", value)
        assert "{" not in path, f"no sample id for the page {path}: add one to this test"
        paths.append(path)
    return [*paths, "/?country=JPN&mode=visit", "/network?pair=EST,LVA", "/search?q=Tallinn"]


def test_every_page_fits_390_px(kb: ModuleType, server: str, new_page: Any, screenshots: Path) -> None:
    ui = new_page(server, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    shots = {"/": "timeline-390.png", "/network?pair=EST,LVA": "network-390.png",
             "/stories": "stories-390.png"}
    for path in _page_paths(kb, server):
        page = ui.open(path, "main")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)
        width = page.evaluate("document.documentElement.scrollWidth")
        wide = page.evaluate("""() => [...document.querySelectorAll('main *')].filter((n) => {
            const r = n.getBoundingClientRect(); return r.width && r.right > innerWidth + 1
              && !n.closest('.table-box, .article-text, .reports');
          }).slice(0, 5).map((n) => n.tagName + '.' + n.className)""")
        assert width <= 390 and not wide, (path, width, wide)
        if path in shots:
            page.screenshot(path=str(screenshots / shots[path]))
        if path.startswith("/story/"):
            page.screenshot(path=str(screenshots / "story-390.png"))
    no_errors(ui)


def test_keyboard_skip_link_bars_and_rows(kb: ModuleType, server: str, new_page: Any) -> None:
    ui = new_page(server, viewport={"width": 1280, "height": 900})
    page = ui.open("/", "svg.bars .bar")
    page.wait_for_selector("svg.map .state[data-events]")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # the chart is one tab stop (not one per bar); arrows move, Enter opens the month
    bars = page.locator("svg.bars .bar").count()
    assert page.locator('svg.bars .bar[tabindex="0"]').count() == 1 < bars
    page.locator("#filters button[type=submit]").focus()
    presses = tab_to(page, "svg.bars .bar")
    assert presses < 12, presses
    page.keyboard.press("ArrowRight")
    month = page.evaluate("document.activeElement.getAttribute('data-month')")
    assert month == page.locator("svg.bars .bar").nth(1).get_attribute("data-month")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**since={month}*")
    assert query(page)["until"] == [month]

    # the map: one tab stop, Enter filters by the state
    page = ui.open("/", "svg.map .state[tabindex='0']")
    code = page.locator("svg.map .state[tabindex='0']").get_attribute("data-country")
    page.locator("svg.map .state[tabindex='0']").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**country={code}*")

    # network: Tab to a pair's row, Enter opens its events; a country node answers Enter too
    page = ui.open("/network", "#pairs tr[data-pair]")
    tab_to(page, "#pairs a.pair-link")
    pair = page.evaluate("document.activeElement.getAttribute('data-pair')")
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel .event")
    assert query(page)["pair"] == [pair]
    page.locator('svg#graph g.node[data-country="JPN"]').focus()
    page.keyboard.press("Enter")
    assert query(page)["node"] == ["JPN"] and "pair" not in query(page)

    # stories: Tab to a row's link, Enter opens the story; Enter on an event shows its evidence
    page = ui.open("/stories", "#stories a.story-link")
    tab_to(page, "#stories a.story-link")
    page.keyboard.press("Enter")
    page.wait_for_url("**/story/**")
    page.wait_for_selector("li.report-event")
    tab_to(page, "li.report-event")
    assert page.locator("mark.evidence.focus").count() >= 1
    page.keyboard.press("Enter")
    no_errors(ui)


def test_filters_round_trip_through_the_url(kb: ModuleType, server: str, new_page: Any) -> None:
    wanted = {"country": "JPN", "type": "meeting", "mode": "visit", "area": "training", "lang": "en",
              "since": "2024", "until": "2024-12", "current_only": "true", "order": "asc"}
    ui = new_page(server)
    page = ui.open("/?" + urlencode(wanted), ".event")
    for name, value in wanted.items():
        field = page.locator(f"#filters [name={name}]")
        if name == "current_only":
            assert field.is_checked()
        else:
            assert field.input_value() == value, name
    filters = {k: v for k, v in wanted.items() if k != "order"}
    total = api(kb, server, "/api/events", limit=1, **filters)["total"]
    assert 0 < total < api(kb, server, "/api/events", limit=1)["total"]
    assert page.text_content("#summary") == f"{total} events"
    page.click("#filters button[type=submit]")
    page.wait_for_load_state()
    page.wait_for_selector(".event")
    assert {k: v[0] for k, v in query(page).items()} == wanted

    page.select_option("#filters select[name=doc_type]", "memorandum")
    page.fill("#filters [name=country]", "")
    page.select_option("#filters select[name=type]", "")
    page.select_option("#filters select[name=mode]", "")
    page.select_option("#filters select[name=area]", "")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**doc_type=memorandum*")
    page.wait_for_selector(".event")
    memos = api(kb, server, "/api/events", limit=1, doc_type="memorandum", lang="en", since="2024",
                until="2024-12", current_only="true")["total"]
    assert page.text_content("#summary") == f"{memos} events" and page.locator(".event").count() == memos

    # the selected network pair is in the URL: it survives a reload and a filter in the URL applies to it
    page = ui.open("/network?since=2024&pair=EST,LVA", "#panel .event")
    assert "Estonia – Latvia" in page.text_content("#panel h2")
    page.click("#back")
    assert "pair" not in query(page) and query(page)["since"] == ["2024"]
    page.locator('#pairs a.pair-link[data-pair="FIN,SWE"]').click()
    page.wait_for_selector("#panel .event")
    assert query(page)["pair"] == ["FIN,SWE"]
    page.reload()
    page.wait_for_selector("#panel .event")
    assert "Finland – Sweden" in page.text_content("#panel h2")

    page = ui.open("/stories?mode=visit&lang=de", "#stories tbody tr")
    assert page.input_value("#filters select[name=mode]") == "visit"
    stories = api(kb, server, "/api/stories", mode="visit", lang="de", order="desc", limit=100)
    assert page.locator("#stories tbody tr").count() == stories["total"]
    shown = page.locator("#stories tbody tr a.story-link").all_text_contents()
    assert shown == [s["title"] or s["id"] for s in stories["items"]]  # newest first
    no_errors(ui)


def _download(page: Any, format_: str) -> str:
    with page.expect_download() as info:
        page.click(f"#downloads button[data-format={format_}]")
    return Path(info.value.path()).read_text(encoding="utf-8-sig")


def test_downloads_of_the_current_view(kb: ModuleType, server: str, new_page: Any) -> None:
    ui = new_page(server, accept_downloads=True)
    page = ui.open("/?country=JPN&limit=3", ".event")
    expected, _ = kb.pages(server, "/api/events", {"country": "JPN", "order": "desc"}, limit=500)
    rows = list(csv.DictReader(io.StringIO(_download(page, "csv"))))
    assert [r["id"] for r in rows] == [e["id"] for e in expected] and len(rows) > 3
    assert all("JPN" in r["countries"] for r in rows) and rows[0]["evidence"]
    items = json.loads(_download(page, "json"))
    assert [e["id"] for e in items] == [e["id"] for e in expected]

    page = ui.open("/stories?country=FIN", "#stories tbody tr")
    stories = json.loads(_download(page, "json"))
    assert [s["id"] for s in stories] == [s["id"] for s in api(kb, server, "/api/stories", country="FIN",
                                                                 order="desc")["items"]]
    page = ui.open("/network", "#pairs tr[data-pair]")
    pairs = list(csv.DictReader(io.StringIO(_download(page, "csv"))))
    assert {(p["a"], p["b"], int(p["events"])) for p in pairs} == \
        {(p["a"], p["b"], p["events"]) for p in api(kb, server, "/api/pairs")}
    for path, name in (("/persons", "persons"), ("/search?q=Tallinn", "search")):
        page = ui.open(path, "#downloads button")
        got = json.loads(_download(page, "json"))
        assert len(got) == api(kb, server, f"/api/{name}",
                               **({"q": "Tallinn"} if name == "search" else {}))["total"]
    no_errors(ui)


def test_story_page_follows_the_next_cursor(kb: ModuleType, server: str, new_page: Any) -> None:
    story = next(s for s in api(kb, server, "/api/stories", limit=100)["items"] if s["articles"] >= 2)
    ui = new_page(server)
    page = ui.open(f"/story/{quote(story['id'])}?limit=1", "section.report")
    assert page.locator("section.report").count() == 1
    assert page.text_content("#meta").startswith(f"story {story['id']} · 1 of {story['articles']} reports")
    while page.is_visible("#more"):
        shown = page.locator("section.report").count()
        page.click("#more")
        page.locator("section.report").nth(shown).wait_for()
    full = api(kb, server, f"/api/stories/{quote(story['id'])}")
    assert [s.get_attribute("id") for s in page.locator("section.report").all()] == \
        [f"report-{a['id']}" for a in full["articles"]]
    assert page.locator("#canonical tbody tr").count() == len(full["canonical"])
    no_errors(ui)
