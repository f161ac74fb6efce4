"""The sources page (/sources, issue 12) in headless Chromium on a real `milwatch serve` over a store written
by a real `milwatch watch --once` against a local feed server (tests/api/watched.py): every source listed,
the failing one marked (colour, bar and a "failing" label), a recovered one's old error kept dim, the "only
failing" filter in the URL and reachable with the keyboard (Enter applies it), 390 px without horizontal
scrolling. Saves docs/screenshots/sources-1280.png when MILWATCH_SCREENSHOTS=docs/screenshots."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from support.browser import no_errors
from support.modules import load_file

pytestmark = pytest.mark.slow  # a real browser


def load_watched() -> ModuleType:
    return load_file("milwatch_tests_watched", Path(__file__).parents[1] / "api" / "watched.py", once=True)


@pytest.fixture(scope="module")
def server(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db, _urls = load_watched().build(tmp_path_factory.mktemp("sources-ui"), kb.milwatch_exe())
    with kb.serve(db) as base:
        yield base


def rows(page: Any) -> dict[str, Any]:
    return {r.get_attribute("data-source"): r for r in page.locator("#sources tbody tr").all()}


def test_lists_every_source_and_marks_the_failing_one(server: str, new_page: Any, screenshots: Path) -> None:
    ui = new_page(server, viewport={"width": 1280, "height": 800})
    page = ui.open("/sources", "#sources tbody tr")
    found = rows(page)
    assert list(found) == ["down", "flaky", "ministry"]
    summary = page.locator("#summary")
    assert (summary.text_content() == "3 sources · 1 failing"
            and summary.get_attribute("aria-live") == "polite")
    assert page.locator('nav a[data-nav="/sources"]').get_attribute("class") == "active"

    down, flaky, ministry = found["down"], found["flaky"], found["ministry"]
    assert (down.get_attribute("class") == "failing"
            and down.locator(".badge.failing").text_content() == "failing")
    assert "HTTP 500 Internal Server Error" in down.locator("td.last-error.failing").text_content()
    assert "2 errors in a row" in down.text_content()
    for ok in (flaky, ministry):
        assert ok.get_attribute("class") is None and ok.locator(".badge.failing").count() == 0
        assert ok.locator(".badge.ok").count() == 1
    assert "HTTP 503 Service Unavailable" in flaky.locator("td.last-error.recovered").text_content()
    assert "2 stored" in flaky.locator("td.items").text_content()
    assert ministry.locator("td.items").text_content() == "3 stored"
    assert ministry.locator("td.last-error").text_content() == ""
    assert down.locator("td").nth(1).text_content() == "never"  # never succeeded
    # the highlight is visible, not only a class: a red bar and a tinted row
    bg = "n => getComputedStyle(n).backgroundColor"
    assert down.locator("td").nth(2).evaluate(bg) != ministry.locator("td").nth(2).evaluate(bg)
    assert "inset" in down.locator("td").first.evaluate("n => getComputedStyle(n).boxShadow")
    assert ministry.locator("td").first.evaluate("n => getComputedStyle(n).boxShadow") == "none"
    page.screenshot(path=str(screenshots / "sources-1280.png"), full_page=True)
    no_errors(ui)


def test_keyboard_skip_link_and_enter_applies_the_failing_filter(server: str, new_page: Any) -> None:
    ui = new_page(server, viewport={"width": 1280, "height": 800})
    page = ui.open("/sources", "#sources tbody tr")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "failing":
            break
    else:
        raise AssertionError("Tab never reached the 'only failing' checkbox")
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "failing=true" in url)  # (the skip link left #main on it)
    page.wait_for_selector("#sources tbody tr")
    assert list(rows(page)) == ["down"] and page.text_content("#summary") == "1 failing source"
    assert page.locator("#filters input[name=failing]").is_checked()
    assert parse_qs(urlparse(page.url).query) == {"failing": ["true"]}

    # unchecked again with the keyboard, Enter shows every source
    page.locator("#filters input[name=failing]").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "failing" not in url)
    page.wait_for_selector('#sources tbody tr[data-source="ministry"]')
    assert list(rows(page)) == ["down", "flaky", "ministry"]
    no_errors(ui)


def test_fits_390_px_with_the_failing_source_still_marked(server: str, new_page: Any) -> None:
    ui = new_page(server, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = ui.open("/sources", "#sources tbody tr")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    wide = page.evaluate("""() => [...document.querySelectorAll('main *')].filter((n) => {
        const r = n.getBoundingClientRect(); return r.width && r.right > innerWidth + 1; })
        .map((n) => n.tagName + '.' + n.className)""")
    assert wide == []
    down = rows(page)["down"]
    assert down.evaluate("n => getComputedStyle(n).display") == "block"  # a card, not a table row
    style = down.evaluate("n => { const s = getComputedStyle(n); return [s.borderLeftWidth, "
                          "s.borderLeftColor]; }")
    assert style == ["4px", "rgb(198, 40, 40)"]  # the red bar runs down the whole card
    assert rows(page)["ministry"].evaluate("n => getComputedStyle(n).borderLeftWidth") == "0px"
    assert down.locator(".badge.failing").is_visible()
    no_errors(ui)


def test_empty_store_says_how_to_start(kb: ModuleType, tmp_path: Path, new_page: Any) -> None:
    from milwatch.store import open_store

    db = tmp_path / "empty.db"
    open_store(db).close()  # (either store: MILWATCH_TEST_STORE)
    with kb.serve(db) as base:
        ui = new_page(base)
        page = ui.open("/sources", "#sources caption")
        assert page.text_content("#summary") == "0 sources"
        assert "milwatch watch SOURCES.toml" in page.text_content("#sources caption")
        no_errors(ui)
