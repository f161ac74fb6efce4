"""Helpers for the browser tests of tests/web (`from support.browser import ...`): the page objects of
tests/web/conftest.py's `new_page` and the playwright pages they open."""

from __future__ import annotations

from typing import Any


def no_errors(ui: Any) -> None:
    """No script error, console error or dialog on the page `ui` (a `new_page` object)."""
    assert ui.errors == [] and ui.dialogs == []


def tab_to(page: Any, selector: str, limit: int = 80) -> int:
    """Press Tab until the focused element matches `selector`; the number of presses."""
    for n in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return n
    raise AssertionError(f"Tab never reached {selector}")
