"""The watchlists page in headless Chromium against a real `milwatch serve` with a write token (issue 12,
first "Done when"): a watchlist created in the UI, new articles posted to `POST /api/articles`, and the alert
seen in the Atom feed (feedparser) and at a webhook receiver on 127.0.0.1, exactly once per real event; the
page's alerts, delete, keyboard and 390 px checks."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urljoin, urlparse

import feedparser
import pytest

from milwatch.alerts.webhook import verify
from support.browser import tab_to
from support.watch_kit import receiver, reports

pytestmark = pytest.mark.slow  # a real browser
TOKEN = "wl-ui-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# a second, later Norwegian–Danish meeting (another real event than the one of support.watch_kit)
SECOND = {"id": "nd-2025", "lang": "en", "published": "2025-03-06",
          "source_url": "https://news.example.com/en/nd2",
          "title": "Norway's defence minister visits Copenhagen",
          "text": "Norwegian Defence Minister Ola Berg met his Danish counterpart Lars Holm in Copenhagen on "
                  "Thursday. The two ministers discussed joint air defence and naval patrols."}
NARROW = {"id": "ke-ug", "lang": "en", "published": "2025-02-11",
          "source_url": "https://news.example.com/en/keug",
          "title": "Kenyan and Ugandan defence ministers meet in Kampala to discuss a very "
                   "long list of subjects",
          "text": "Kenyan Defence Minister Peter Otieno received his Ugandan counterpart "
                  "Moses Okello in Kampala on "
                  "Tuesday. The two ministers discussed border security, counterterrorism, the training of "
                  "officers at the staff college and the maintenance of armoured vehicles."}


@pytest.fixture(scope="module")
def server(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = kb.build_db(tmp_path_factory.mktemp("wl-ui"))
    with kb.serve(db, token=TOKEN) as base:
        yield base


def wait_for(check: Callable[[], bool], seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def real_errors(ui: Any) -> list[str]:
    """Script errors and dialogs, leaving out the browser's log line for an answer the test asked for
    (401)."""
    return [e for e in ui.errors if "status of 401" not in e] + ui.dialogs


def post_articles(kb: ModuleType, base: str, rows: list[dict[str, Any]]) -> int:
    status, done = kb.post(f"{base}/api/articles", rows, AUTH)
    assert status == 200, done
    return int(done["stored"])


def fill_form(page: Any, **fields: str) -> None:
    for name, value in fields.items():
        page.fill(f"#create [name={name}]", value)


def test_a_watchlist_made_in_the_ui_alerts_once_per_real_event(kb: ModuleType, server: str, new_page: Any,
                                                                screenshots: Path) -> None:
    with receiver() as hook:
        ui = new_page(server)
        page = ui.open("/watchlists", "#watchlists caption")
        assert page.text_content("#summary") == "0 watchlists"
        assert page.locator("nav a.active").text_content() == "Watchlists"

        # a wrong token: the page says so and nothing is made
        fill_form(page, token="not-the-token", name="nordic", pair="NOR, Denmark", webhook_url=hook.url)
        page.check("#create input[name=types][value=meeting]")
        page.click("#create button[type=submit]")
        page.wait_for_selector("#status.error")
        assert "the token is missing or wrong" in page.text_content("#status")
        assert kb.get(f"{server}/api/watchlists")[1]["items"] == []

        page.fill("#create [name=token]", TOKEN)
        page.fill("#create [name=pair]", "NOR, DNK")
        page.click("#create button[type=submit]")
        page.wait_for_selector("#status.ok")
        row = page.locator("#watchlists tbody tr")
        row.first.wait_for()
        assert row.count() == 1 and "nordic" in row.text_content()
        secret = page.text_content("#status .secret code")
        assert secret and len(secret) >= 16
        made = kb.get(f"{server}/api/watchlists")[1]["items"]
        assert len(made) == 1 and made[0]["query"] == {"pair": ["NOR", "DNK"], "types": ["meeting"]}
        assert made[0]["webhook"] == {"url": hook.url} and made[0]["alerts"] == 0
        assert (page.input_value("#create [name=name]") == ""
                and page.input_value("#create [name=token]") == TOKEN)

        # new articles through the API: one real event told three times in three languages, then a second one
        assert post_articles(kb, server, reports("nd-en", "nd-de", "other")) == 3
        wait_for(lambda: len(hook.delivered) >= 1)
        assert post_articles(kb, server, reports("nd-en", "nd-de")) == 0  # again: nothing new
        assert post_articles(kb, server, reports("nd-fr")) == 1  # a new language for the same real event
        wait_for(lambda: len(hook.delivered) >= 2)
        assert post_articles(kb, server, [SECOND]) == 1  # another real event
        wait_for(lambda: len(hook.delivered) >= 3)
        time.sleep(1.5)  # anything extra would arrive now
        calls = hook.delivered
        assert len(calls) == len(hook.calls) == 3
        alerts = [c["json"]["alert"] for c in calls]
        first, second = alerts[0]["id"], alerts[2]["id"]
        assert first != second and alerts[1]["id"] == first
        assert [(a["id"], a["revision"]) for a in alerts] == [(first, 1), (first, 2), (second, 1)]
        assert alerts[0]["news"]["first_report"] and alerts[1]["news"]["new_langs"] == ["fr"]
        assert all(verify(secret, c["raw"], c["headers"]["X-Milwatch-Signature"]) for c in calls)
        assert all(sorted(a["countries"]) == ["DNK", "NOR"] for a in alerts)  # KEN–TZA raised nothing

        # the page: the row counts two alerts; its feed link is an Atom feed with one entry per real event
        page.reload()
        page.wait_for_selector("#watchlists a.alerts-link")
        assert page.text_content("#watchlists a.alerts-link") == "2 alerts"
        href = page.get_attribute("#watchlists a.feed-link", "href")
        status, atom = kb.get(urljoin(server + "/watchlists", href))
        assert status == 200
        feed = feedparser.parse(atom)
        assert not feed.bozo, feed.bozo_exception
        assert len(feed.entries) == 2 and len({e.id for e in feed.entries}) == 2
        by_date = {e.title.split(" ")[2].rstrip(":"): e for e in feed.entries}
        assert set(by_date) == {alerts[0]["date"], alerts[2]["date"]}
        assert "new languages: fr" in by_date[alerts[0]["date"]].summary
        assert all(e.link.startswith(server + "/story/") for e in feed.entries)

        # its recent alerts, in the page (and in the URL)
        page.click("#watchlists a.alerts-link")
        page.wait_for_selector("#alerts .alert")
        assert parse_qs(urlparse(page.url).query)["watchlist"] == [str(made[0]["id"])]
        cards = page.locator("#alerts .alert")
        assert cards.count() == 2
        assert {c.get_attribute("data-alert") for c in cards.all()} == {str(first), str(second)}
        older = page.locator(f'#alerts .alert[data-alert="{first}"]')
        assert "new languages: fr" in older.locator(".news").text_content()
        assert older.locator("blockquote.evidence[lang=fr]").count() == 1
        assert "Ola Berg" in older.locator("blockquote.evidence[lang=de]").text_content()
        assert page.text_content("#alerts-title") == "Recent alerts of nordic"
        page.screenshot(path=str(screenshots / "watchlists-1360.png"), full_page=True)
        page.reload()  # the selection survives a reload
        page.wait_for_selector("#alerts .alert")
        assert page.locator("#alerts .alert").count() == 2
        assert real_errors(ui) == []


def test_keyboard_create_open_and_delete(kb: ModuleType, server: str, new_page: Any) -> None:
    ui = new_page(server)
    page = ui.open("/watchlists", "#summary:not(:empty)")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # create with the keyboard only: Tab to the fields, type, Enter submits
    tab_to(page, "#create [name=token]")
    page.keyboard.type(TOKEN)
    page.keyboard.press("Tab")
    page.keyboard.type("baltic keys")
    page.keyboard.press("Tab")
    page.keyboard.type("EST, LVA")
    page.keyboard.press("Enter")
    page.wait_for_selector('#watchlists tr:has-text("baltic keys")')
    made = next(w for w in kb.get(f"{server}/api/watchlists")[1]["items"] if w["name"] == "baltic keys")
    assert made["query"] == {"countries": ["EST", "LVA"]} and made["webhook"] is None

    # Tab to its alerts link, Enter opens its alerts (focus moves there)
    row = f'#watchlists tr[data-watchlist="{made["id"]}"]'
    page.locator("main h1").focus()
    tab_to(page, f"{row} a.alerts-link")
    page.keyboard.press("Enter")
    page.wait_for_selector("#alerts p.muted")
    assert page.evaluate("document.activeElement.id") == "alerts-title"
    assert "No alerts yet" in page.text_content("#alerts")
    assert parse_qs(urlparse(page.url).query)["watchlist"] == [str(made["id"])]

    # delete: Enter arms the button, Enter again deletes (no dialog)
    page.locator("main h1").focus()
    tab_to(page, f"{row} button.delete")
    page.keyboard.press("Enter")
    assert page.text_content(f"{row} button.delete") == "Confirm delete"
    assert kb.get(f"{server}/api/watchlists/{made['id']}")[0] == 200
    page.keyboard.press("Enter")
    page.wait_for_selector(row, state="detached")
    assert "Deleted baltic keys" in page.text_content("#status")
    assert kb.get(f"{server}/api/watchlists/{made['id']}")[0] == 404
    assert "watchlist" not in parse_qs(urlparse(page.url).query) and page.is_hidden("#alerts-box")

    # without a token nothing is sent: the page asks for it and puts the focus there
    page.fill("#create [name=token]", "")
    page.evaluate("document.getElementById('create').requestSubmit = null")
    page.fill("#create [name=name]", "no token")
    page.dispatch_event("#create", "submit")
    page.wait_for_selector("#status.error")
    assert "enter the write token first" in page.text_content("#status")
    assert page.evaluate("document.activeElement.name") == "token"
    assert all(w["name"] != "no token" for w in kb.get(f"{server}/api/watchlists")[1]["items"])
    assert real_errors(ui) == []


def test_watchlists_page_fits_390_px(kb: ModuleType, server: str, new_page: Any, screenshots: Path) -> None:
    status, made = kb.post(f"{server}/api/watchlists", {"name": "east africa, a name long enough to wrap",
                                                        "countries": ["KEN"],
                                                        "webhook_url": "https://hooks.example.com/a/very"
                                                                       "/long/path/that/must/wrap/somewhere"},
                                   AUTH)
    assert status == 201, made
    assert post_articles(kb, server, [NARROW]) == 1
    wait_for(lambda: kb.get(f"{server}/api/watchlists/{made['id']}")[1]["alerts"] != [])
    ui = new_page(server, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = ui.open(f"/watchlists?watchlist={made['id']}", "#alerts .alert")
    page.wait_for_load_state("networkidle")
    page.fill("#create [name=token]", TOKEN)
    page.fill("#create [name=webhook_url]", "https://hooks.example.com/" + "x" * 80)
    width = page.evaluate("document.documentElement.scrollWidth")
    wide = page.evaluate("""() => [...document.querySelectorAll('main *')].filter((n) => {
        const r = n.getBoundingClientRect(); return r.width && r.right > innerWidth + 1
          && !n.closest('.table-box');
      }).slice(0, 5).map((n) => n.tagName + '.' + n.className)""")
    assert width <= 390 and not wide, (width, wide)
    page.screenshot(path=str(screenshots / "watchlists-390.png"), full_page=True)
    assert real_errors(ui) == []
