"""Memory of the main process does not grow with the corpus (issue 11: <= 400 MB at 100k articles):
a fresh store's stories are filed a chunk at a time into the stored index, so the index in memory
holds a chunk and what it reaches, never every article; the stories are those of one index over all
(real SQLite; tracemalloc counts the Python objects alive at the peak)."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from milwatch.cluster import assign_stories
from milwatch.model import Article, Event, Extraction, Person
from milwatch.pipeline import build_stories, update_stories
from milwatch.store.sqlite import SQLiteStore

PAIRS = [("SWE", "VNM"), ("EST", "VNM"), ("EST", "SWE"), ("FIN", "KOR")]
NAMES = {"SWE": "Arvid Testsson", "VNM": "Tran Van Mau", "EST": "Mart Proovila", "FIN": "Aino Virtanen",
         "KOR": "Kim Seo-jun"}


def _items(n: int) -> list[tuple[str, str, list[Event]]]:
    """n articles, three per story: each story a meeting of its own week (a stream spread over time)."""
    out = []
    for i in range(n):
        story = i // 3
        year, day = 1900 + story // 300, story % 300
        when = f"{year}-{day // 28 + 1:02d}-{day % 28 + 1:02d}"
        pair = PAIRS[story % len(PAIRS)]
        persons = [Person(NAMES[c], country=c) for c in pair]
        events = [Event(type="meeting", countries=list(pair), date=when, location=pair[i % 2],
                        persons=persons)]
        out.append((f"a{i:06d}", when, events))
    return out


def _store(path: Path, n: int) -> tuple[SQLiteStore, list[tuple[str, str, list[Event]]]]:
    items = _items(n)
    store = SQLiteStore(path)
    store.add_articles([Article(id=aid, text=f"Report {aid}.", published=day, lang="en")
                        for aid, day, _ in items])
    with store.bulk_real_events():  # the saves of `milwatch predict`: real events resolved once
        for aid, _day, events in items:
            store.save_extraction(aid, Extraction(article_id=aid, events=events))
    return store, items


def _peak_of_rebuild(store: SQLiteStore, chunk: int) -> int:
    tracemalloc.start()
    try:
        update_stories(store, rebuild=True, chunk=chunk)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_filing_stories_in_chunks_keeps_memory_flat_as_the_store_grows(tmp_path: Path) -> None:
    small, _ = _store(tmp_path / "small.db", 200)
    big, _ = _store(tmp_path / "big.db", 2000)
    peak_small, peak_big = _peak_of_rebuild(small, 100), _peak_of_rebuild(big, 100)
    # one index over every article (the old rebuild) holds ~10x more at 10x the articles; filed in chunks,
    # what grows is the list of ids to file and the garbage the collector has not reached yet
    assert peak_big < 3 * peak_small, (peak_small, peak_big)


def test_chunks_give_the_stories_of_one_index_over_every_article(tmp_path: Path) -> None:
    store, items = _store(tmp_path / "s.db", 240)
    expected = assign_stories(items)
    assert len(set(expected.values())) == 80
    for chunk in (7, 50, 1000):
        assert build_stories(store, chunk=chunk) == expected
        assert update_stories(store, rebuild=True, chunk=chunk) == 80
        assert store.get_stories() == expected
