"""Headless Chromium (Debian's `chromium`, installed with apt-get when missing) driven by playwright,
against a real `milwatch serve` on a knowledge base built by the pipeline."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.apt import CHROMIUM, ensure_chromium

ARGS = ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
SAMPLE = Path(__file__).resolve().parents[2] / "src" / "milwatch" / "data" / "sample" / "articles.jsonl"
TOKEN = "ui-test-token"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the python package playwright is not installed (pip install -e '.[test]')")
    executable = ensure_chromium()
    if executable is None:
        pytest.skip(f"no {CHROMIUM} and `apt-get install -y chromium` was not possible "
                    f"here (needs root and apt)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: $MILWATCH_SCREENSHOTS (e.g. docs/screenshots to refresh the README's), else
    tmp."""
    wanted = os.environ.get("MILWATCH_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Page:
    """A browser page that records script errors and dialogs, with helpers to open milwatch pages."""

    def __init__(self, context: Any, base: str) -> None:
        self.base = base
        self.page = context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def open(self, path: str, ready: str) -> Any:
        self.page.goto(self.base + path)
        self.page.wait_for_selector(ready, timeout=20_000)
        return self.page


@pytest.fixture
def new_page(browser: Any) -> Iterator[Any]:
    contexts: list[Any] = []

    def make(base: str, **options: Any) -> Page:
        context = browser.new_context(**{"viewport": {"width": 1360, "height": 900}, **options})
        contexts.append(context)
        return Page(context, base)

    yield make
    for context in contexts:
        context.close()
