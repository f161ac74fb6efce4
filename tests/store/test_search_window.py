"""Issue 13 item 2 (load at 100k): a search ranks at most the newest `rank_window` matches (the API's bounded
work per request), says so in `ranked`, and still counts every match in `total`; without a window (the CLI)
every match is ranked.  SQLite FTS5 and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from milwatch.model import Article
from milwatch.store import open_store
from milwatch.store.queries_browse import search_page


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    location = str(tmp_path / "s.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    opened = open_store(location)
    words = ["garrison", "garrison garrison garrison"]
    texts = {f"n{i:02d}": f"A {words[i % 2]} report number {i} about the border." for i in range(30)}
    texts["other"] = "Nothing of the kind here."
    opened.add_articles([Article(id=aid, title="Note", lang="en", published="2024-01-01", text=text,
                                 clean_text=text)
                         for aid, text in texts.items()])
    yield opened
    opened.close()


def pages(store: Any, query: str, window: int | None) -> tuple[list[str], set[Any], set[Any]]:
    ids: list[str] = []
    totals, ranked = set(), set()
    cursor = None
    while True:
        page = search_page(store, query, cursor, 4, None, window)
        ids += [hit["id"] for hit in page.items]
        totals.add(page.to_dict()["total"])
        ranked.add(page.to_dict().get("ranked"))
        cursor = page.next
        if cursor is None:
            return ids, totals, ranked


def test_a_search_ranks_the_newest_matches_of_its_window(store: Any) -> None:
    ids, totals, ranked = pages(store, "garrison", 10)
    assert totals == {30} and ranked == {10}
    assert sorted(ids) == [f"n{i:02d}" for i in range(20, 30)]  # the newest ten, each once
    assert {int(i[1:]) % 2 for i in ids[:5]} == {1}  # best first: the five with the word three times
    everything, totals, ranked = pages(store, "garrison", None)
    assert totals == {30} and ranked == {30} and sorted(everything) == [f"n{i:02d}" for i in range(30)]
    few, totals, ranked = pages(store, "garrison", 100)  # fewer matches than the window: all ranked
    assert totals == {30} and ranked == {30} and len(few) == 30
