"""An article whose title and text hold `<script>alert(1)</script>` and `<img src=x onerror=alert(1)>`,
ingested through `POST /api/articles`, is shown as text on every page; no script of it runs.

The browser context bypasses the Content-Security-Policy, so the test checks the escaping itself, not
the policy behind it (a second pass keeps the policy on, as users get it)."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.slow  # a real browser
TOKEN = "xss-test-token"
# every call of alert/confirm/prompt, and every script or image the page did not ship, is recorded
TRAP = """
window.__xss = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = (...args) => { window.__xss.push(name + ":" + args.join(",")); };
}
new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes) {
    if (node.nodeType === 1 && (node.matches("script:not([src^='/static/'])") || node.matches("img[src='x']")
        || node.querySelector?.("script:not([src^='/static/']), img[src='x']")))
      window.__xss.push("node:" + node.outerHTML);
  }
}).observe(document, {childList: true, subtree: true});
"""
PAGES = [  # (path, selector that shows the article's text has been rendered)
    ("/", ".event"),
    ("/?lang=en&country=LVA&since=2024-08", ".event blockquote.evidence"),
    ("/network?since=2024-08", "svg#graph .hit"),
    ("/stories?since=2024-08", "#stories tbody tr"),
    ("/story/{story}", "section.report mark.evidence"),
    ("/article/xss-1", "section.report"),
    ("/search?q=alert", "#results li"),
    ("/search?q=%3Cscript%3E", "#summary"),
    ("/person/Jaan%20Tamm", "#events .event"),
    ("/persons?q=Tamm", "#persons tbody tr"),
]


@pytest.fixture(scope="module")
def server(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = kb.build_db(tmp_path_factory.mktemp("xss"), kb.articles()[:4])
    with kb.serve(db, token=TOKEN) as base:
        status, result = kb.post(base + "/api/articles", kb.xss_article(),
                                 {"Authorization": f"Bearer {TOKEN}"})
        assert status == 200 and result["stored"] == 1 and result["events"] >= 1, result
        yield base


def story_of(kb: ModuleType, base: str) -> str:
    status, article = kb.get(base + "/api/articles/xss-1")
    assert status == 200 and kb.XSS in article["title"] and kb.IMG in article["text"]
    return str(article["story"])


def visit(ui: Any, kb: ModuleType, path: str, ready: str) -> str:
    page = ui.open(path, ready)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__xss") == [], path
    assert page.locator("img[src='x']").count() == 0, path
    assert page.locator("script:not([src^='/static/'])").count() == 0, path
    assert page.locator("a[href^='javascript']").count() == 0, path
    return str(page.locator("body").inner_text())


@pytest.mark.parametrize("csp", [False, True], ids=["escaping-alone", "with-csp"])
def test_article_markup_is_shown_as_text_everywhere(kb: ModuleType, server: str, new_page: Any,
                                                    csp: bool) -> None:
    story = story_of(kb, server)
    ui = new_page(server, bypass_csp=not csp)
    ui.page.add_init_script(TRAP)
    texts = {}
    for path, ready in PAGES:
        texts[path] = visit(ui, kb, path.replace("{story}", quote(story)), ready)
    for path in ("/story/{story}", "/article/xss-1"):
        assert kb.XSS in texts[path] and kb.IMG in texts[path]  # title and text, literally
    assert kb.XSS in texts["/?lang=en&country=LVA&since=2024-08"]  # evidence and title in the timeline
    assert kb.IMG in texts["/search?q=alert"] or kb.XSS in texts["/search?q=alert"]
    assert ui.dialogs == [] and ui.errors == []
