"""The page shells as `milwatch serve` renders them (web/pages.py): every placeholder filled, and the type
filters of the timeline, network and stories pages list the event types of the data contract, in its order."""

from __future__ import annotations

import re

import pytest

from milwatch.model import EVENT_TYPES
from milwatch.web.pages import PAGES, render


@pytest.mark.parametrize("path", list(PAGES))
def test_every_placeholder_is_filled(path: str) -> None:
    html = render(*PAGES[path])
    assert "{{" not in html and "}}" not in html, path


@pytest.mark.parametrize("path", ["/", "/network", "/stories"])
def test_the_type_filter_lists_every_event_type(path: str) -> None:
    html = render(*PAGES[path])
    select = re.search(r'<select name="type">(.*?)</select>', html, re.S)
    assert select is not None, path
    assert re.findall(r"<option(?: value=\"\")?>([^<]*)</option>", select.group(1)) == ["all", *EVENT_TYPES]
