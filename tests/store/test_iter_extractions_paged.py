"""`iter_extractions(ids=...)` reads a page of ids per query: the extractions of the ids given, in the
order given, ids never extracted left out, each the same as `get_extraction` returns; and the world
model built from them streams (build_world) yet equals the one built from the mention list."""

from __future__ import annotations

from pathlib import Path

from milwatch.model import Article, Event, Extraction, Person
from milwatch.store import open_store
from milwatch.world import build_registry, build_world

SMITH = Person(name="John Smith", country="GBR", role="defence_minister")


def _event(day: int) -> Event:
    return Event(type="meeting", countries=["GBR", "FRA"], date=f"2024-03-{day:02d}", location="FRA",
                 evidence=f"The ministers met on {day} March.", persons=[SMITH], confidence=0.8)


def test_ids_come_back_in_the_order_given_page_by_page(tmp_path: Path) -> None:
    store = open_store(tmp_path / "x.db")
    try:
        ids = [f"a{n:04d}" for n in range(1200)]  # more than two pages
        store.add_articles([Article(id=i, text=f"Report {i}.", lang="en",
                                    published="2024-03-02") for i in ids])
        for n, article_id in enumerate(ids):
            if n % 3:  # every third article never extracted
                store.save_extraction(article_id,
                                      Extraction(article_id, [_event(1 + n % 28)] if n % 2 else []))
        wanted = list(reversed(ids)) + ["missing", ids[1]]
        got = list(store.iter_extractions(ids=wanted))
        expected = [store.get_extraction(i) for i in wanted]
        assert [x.article_id for x in got] == [x.article_id for x in expected if x is not None]
        assert got == [x for x in expected if x is not None]
        assert len(got) == 800 + 1
        registry, mentions = build_registry(store)
        assert len(mentions) == 400
        summary = build_world(store)
        assert summary.mentions == len(mentions) and summary.persons == len(registry)
        unlinked, linked = store.conn.execute("SELECT COUNT(*) - COUNT(person_id), COUNT(person_id) "
                                              "FROM event_persons").fetchone()
        assert (unlinked, linked) == (0, 400)  # every mention linked
    finally:
        store.close()
