"""A big synthetic knowledge base (the invented one of tests/api/kb.py, `kb_db`, is in tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from milwatch.model import Article, Event, Extraction, Person
from milwatch.store import open_store

BIG_ARTICLES = 420
COUNTRIES = ["EST", "LVA", "LTU", "POL", "FIN", "SWE", "NOR", "nato"]
TYPES = ["meeting", "agreement", "intent", "exercise", "aid", "support"]


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """More events than one page of the queries (500): 420 articles with 3 events each, saved through the
    store."""
    path = tmp_path_factory.mktemp("big") / "big.db"
    store = open_store(path)
    try:
        store.add_articles([Article(id=f"big-{i}", text=f"Report number {i} about defence cooperation.",
                                    title=f"Report {i}", published=f"2023-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                                    lang="en" if i % 3 else "de") for i in range(BIG_ARTICLES)])
        for i in range(BIG_ARTICLES):
            events = []
            for j in range(3):
                a, b = COUNTRIES[(i + j) % len(COUNTRIES)], COUNTRIES[(i + 2 * j + 1) % len(COUNTRIES)]
                countries = sorted({a, b}) if a != b else [a, "NOR" if a != "NOR" else "EST"]
                events.append(Event(type=TYPES[(i + j) % len(TYPES)], countries=sorted(countries),
                                    date=f"2023-{i % 12 + 1:02d}" if j else None, historical=j == 2,
                                    evidence=f"Sentence {j} of report {i}.", plover="CONSULT", cameo="040",
                                    persons=[Person(name=f"Official {i % 17}", country=countries[0],
                                                    role="minister of defense")]))
            store.save_extraction(f"big-{i}", Extraction(article_id=f"big-{i}", events=events,
                                                         story=f"story-{i // 2}"))
    finally:
        store.close()
    return path
