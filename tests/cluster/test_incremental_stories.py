"""The story index kept in the store: new articles filed into their neighbourhood give the stories of
a rebuild over every article, whatever the batches and their order (real SQLite, gold events of the
shared sets and generated thin reports: undated, placeless, floating)."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from milwatch.cluster import StoryIndex, assign_stories
from milwatch.model import Article, Event, Extraction, Person, event_from_dict
from milwatch.pipeline import build_stories, update_stories
from milwatch.store import open_store
from milwatch.store.sqlite import SQLiteStore

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD = sorted((SHARED / "corpus").glob("*/*.jsonl"))
needs_gold = pytest.mark.skipif(not GOLD, reason="../shared/corpus is not available")
Item = tuple[str, str | None, list[Event]]


def _gold_items() -> list[Item]:
    rows = [json.loads(line) for path in GOLD for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [(r["id"], r.get("published"), [event_from_dict(e) for e in r.get("events") or []]) for r in rows]


def _generated_items(seed: int, n: int = 260) -> list[Item]:
    """Reports of a few meetings and calls of three pairs of officials, many of them thin: undated,
    without a place, naming one official, spelled in two ways, or a call (a "float" link)."""
    rng = random.Random(seed)
    officials = {"SWE": ["Arvid Testsson", "Arvid Testson"], "VNM": ["Tran Van Mau", "Trần Văn Mậu"],
                 "EST": ["Mart Proovila", "Mart Proowila"]}
    pairs = [("SWE", "VNM"), ("EST", "VNM"), ("EST", "SWE")]
    items: list[Item] = []
    for i in range(n):
        pair = rng.choice(pairs)
        day = f"2031-{rng.randint(1, 4):02d}-{rng.choice((4, 5, 18)):02d}"
        mode = rng.choice(("visit", "visit", "phone"))
        persons = [Person(rng.choice(officials[c]), country=c) for c in pair if rng.random() < 0.8]
        event = Event(type="meeting", countries=list(pair), mode=mode,
                      date=day if rng.random() < 0.6 else None,
                      location=rng.choice(pair) if rng.random() < 0.7 else None, persons=persons)
        events = [event]
        if rng.random() < 0.3:
            events.append(Event(type="agreement", countries=list(pair), doc_type="memorandum",
                                date=event.date, location=event.location, persons=persons))
        if rng.random() < 0.1:
            events.insert(0, Event(type="meeting", countries=list(pair), date="2029-05-05", historical=True))
        published = day if rng.random() < 0.7 else None
        items.append((f"g{rng.randint(0, 10**6):07d}-{i}", published, events))
    return items


def _add(store: SQLiteStore, items: Sequence[Item]) -> None:
    store.add_articles([Article(id=aid, text=f"Report {aid}.", published=day, lang="en")
                        for aid, day, _ in items])
    for aid, _day, events in items:
        store.save_extraction(aid, Extraction(article_id=aid, events=list(events)))


def _index_rows(store: SQLiteStore) -> list[Any]:
    return [tuple(r) for r in store.conn.execute("SELECT article_id, component, dated FROM "
                                                 "story_entries ORDER BY 1")]


def _file_in_batches(path: Path, items: list[Item], sizes: Sequence[int]) -> SQLiteStore:
    store = SQLiteStore(path)
    start = 0
    for size in sizes:
        _add(store, items[start:start + size])
        update_stories(store)
        start += size
    assert start == len(items)
    return store


def _random_sizes(rng: random.Random, n: int, batches: int) -> list[int]:
    cuts = sorted(rng.sample(range(1, n), batches - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, n], strict=True)]


@needs_gold
def test_gold_articles_filed_in_batches_give_the_stories_of_one_rebuild(tmp_path: Path) -> None:
    items = _gold_items()
    expected = assign_stories(items)
    rng = random.Random(3)
    whole = _file_in_batches(tmp_path / "whole.db", items, [len(items)])
    assert whole.get_stories() == expected
    for round_ in range(4):
        order = items[:]
        rng.shuffle(order)
        store = _file_in_batches(tmp_path / f"b{round_}.db", order,
                                 _random_sizes(rng, len(order), 2 + 3 * round_))
        assert store.get_stories() == expected
        assert _index_rows(store) == _index_rows(whole)
        store.close()
    ones = _file_in_batches(tmp_path / "ones.db", items[::-1], [1] * len(items))  # one article at a time
    assert ones.get_stories() == expected


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_thin_and_floating_reports_filed_in_batches_give_the_stories_of_one_rebuild(tmp_path: Path,
                                                                                    seed: int) -> None:
    items = _generated_items(seed)
    expected = assign_stories(items)
    assert len(set(expected.values())) < len(items) - 40  # the reports do link (the test can fail)
    rng = random.Random(seed)
    for round_ in range(3):
        order = items[:]
        rng.shuffle(order)
        store = _file_in_batches(tmp_path / f"s{round_}.db", order,
                                 _random_sizes(rng, len(order), 3 + 10 * round_))
        assert store.get_stories() == expected, f"round {round_}"
        store.close()


def test_only_the_new_articles_neighbourhood_is_read_and_a_version_change_rebuilds(tmp_path: Path) -> None:
    items = _generated_items(9, n=120)
    store = _file_in_batches(tmp_path / "s.db", items[:100], [100])
    far = "zz-far"  # a filed article no new one can reach: a rebuild would give it its own story again
    _add(store, [(far, "2031-09-01", [Event(type="exercise", countries=["FIN", "NOR"], date="2031-09-01",
                                            location="NOR")])])
    update_stories(store)
    store.conn.execute("UPDATE stories SET story_id = 'sentinel' WHERE article_id = ?", (far,))
    _add(store, items[100:])
    update_stories(store)  # files 20 articles, reads nothing of `far`
    assert store.get_stories()[far] == "sentinel"
    assert {a: s for a, s in store.get_stories().items() if a != far} == assign_stories(items)
    store.conn.execute("UPDATE state SET value = '{\"version\": 0}' WHERE key = 'story_index'")
    assert not store.story_index_ready()
    update_stories(store)  # another version: rebuilt whole
    assert store.story_index_ready() and store.get_stories()[far] == far
    store.conn.execute("UPDATE stories SET story_id = 'sentinel' WHERE article_id = ?", (far,))
    update_stories(store, rebuild=True)  # asked for
    assert store.get_stories()[far] == far


def test_articles_extracted_but_not_filed_are_filed_by_the_next_run(tmp_path: Path) -> None:
    items = _generated_items(5, n=80)
    store = _file_in_batches(tmp_path / "s.db", items[:50], [50])
    _add(store, items[50:])  # saved, then the process died before filing them
    store.close()
    store = SQLiteStore(tmp_path / "s.db")
    assert store.unfiled_story_articles() == [aid for aid, _d, _e in items[50:]]
    update_stories(store)
    assert store.unfiled_story_articles() == []
    assert store.get_stories() == assign_stories(items)


def test_a_store_without_an_index_is_rebuilt_and_build_stories_keeps_the_index(tmp_path: Path) -> None:
    items = _generated_items(6, n=60)
    store = SQLiteStore(tmp_path / "s.db")
    _add(store, items)
    assert not store.story_index_ready()  # as a database extracted before the index was kept
    assert update_stories(store) == len(set(assign_stories(items).values()))
    assert store.story_index_ready() and store.unfiled_story_articles() == []
    assert build_stories(store) == assign_stories(items)
    again = open_store(tmp_path / "s.db")
    assert again.get_stories() == assign_stories(items)  # type: ignore[attr-defined]
    index = StoryIndex()
    for aid, day, events in items:
        index.add(aid, events, day)
    assert index.assignments() == store.get_stories()
