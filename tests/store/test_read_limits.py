"""Reads found by the load harness (benchmarks/crash_load.py load): a search whose time ran out is a timeout
(StoreError, 503), not a "bad search query" (400); an article without clean text found by its title."""

from __future__ import annotations

from pathlib import Path

import pytest

from milwatch.errors import StoreError
from milwatch.model import Article
from milwatch.store import open_store
from milwatch.store.queries_browse import search_page


def test_a_search_out_of_time_is_a_timeout_not_a_bad_query(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    try:
        store.add_articles([Article(id=f"r{i}", lang="en", title=f"Report {i}",
                                    text=f"Report {i} on defence cooperation and naval talks number {i * 7}.")
                            for i in range(3000)])
        assert search_page(store, "report").total == 3000
        with pytest.raises(StoreError, match="took longer"), store.time_limit(0.0):
            search_page(store, "report")
    finally:
        store.close()


def test_an_article_without_clean_text_is_found_by_its_title(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    try:
        store.add_articles([Article(id="t1", lang="en", title="Naval talks", text="Naval talks held.")])
        with store.transaction() as conn:  # as a store filled through the Store API without cleaning
            conn.execute("UPDATE articles SET clean_text = NULL")
        page = search_page(store, "naval")
        assert [item["id"] for item in page.items] == ["t1"] and page.items[0]["snippet"] == ""
    finally:
        store.close()
