"""store/queries_persons.py on a real SQLite store: the persons page filtered by name, alias and state and
paged by cursor, both from the officials named in events and from a saved registry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from milwatch.langid import Detector
from milwatch.model import Article, CanonicalPerson, Event, Extraction, Origin, Person
from milwatch.packs import PackRegistry
from milwatch.pipeline import prepare
from milwatch.store import SQLiteStore
from milwatch.store.queries_persons import persons_page

TEXT = "The defense ministers of Alphaland and Betaland held talks in the capital on Monday."
OFFICIALS = [Person("Jane Roe", ["Jane Röe"], "AAA", "minister of defense"),
             Person("Ivan Petrov", ["Иван Петров"], "BBB", "minister of defense"),
             Person("Anna Berg", [], "BBB", "chief of staff")]


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    with SQLiteStore(tmp_path / "persons.db") as s:
        article = prepare(Article(id="a", text=TEXT, origin=Origin("/in/a.jsonl", 1)), PackRegistry(),
                          Detector())
        s.add_articles([article])
        s.save_extraction("a", Extraction("a", [Event(type="meeting", countries=["AAA", "BBB"],
                                                      evidence=TEXT, persons=OFFICIALS)]))
        yield s


def names(page: object) -> list[str]:
    return [item["name"] for item in page.items]  # type: ignore[attr-defined]


def save_registry(store: SQLiteStore) -> None:
    store.save_persons([CanonicalPerson(f"p{i}", person.name, person.country, person.aliases)
                        for i, person in enumerate(OFFICIALS)])


@pytest.mark.parametrize("registry", [False, True], ids=["from events", "from the registry"])
def test_persons_filtered_by_name_alias_and_state(store: SQLiteStore, registry: bool) -> None:
    if registry:
        save_registry(store)
    assert names(persons_page(store)) == ["Anna Berg", "Ivan Petrov", "Jane Roe"]
    assert names(persons_page(store, q="petrov")) == ["Ivan Petrov"]
    assert names(persons_page(store, q="Петров")) == ["Ivan Petrov"]  # by an alias in another script
    assert names(persons_page(store, country="bbb")) == ["Anna Berg", "Ivan Petrov"]
    both = persons_page(store, q="Roe", country="BBB")
    assert names(both) == [] and both.total == 0


@pytest.mark.parametrize("registry", [False, True], ids=["from events", "from the registry"])
def test_persons_paged_by_cursor(store: SQLiteStore, registry: bool) -> None:
    if registry:
        save_registry(store)
    first = persons_page(store, country="BBB", limit=1)
    assert names(first) == ["Anna Berg"] and first.total == 2 and first.next
    second = persons_page(store, country="BBB", limit=1, cursor=first.next)
    assert names(second) == ["Ivan Petrov"] and second.next is None
