"""The Spark story plan, checked without Spark against the embedded story index on the dev set:
the candidate pairs found block by block are exactly those `StoryBlocks` finds one article at a
time, and stories computed per connected component of the links equal `assign_stories` over
everything.  Also: duplicates decided as the store decides them, in input order."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from milwatch.cluster._entries import make_entry
from milwatch.cluster._links import StoryBlocks
from milwatch.cluster.stories import assign_stories
from milwatch.extract.engine import Extractor
from milwatch.ingest.records import article_from_mapping
from milwatch.langid import Detector
from milwatch.matching.persons import PersonMatcher
from milwatch.model import Origin
from milwatch.packs import PackRegistry
from milwatch.pipeline import prepare
from milwatch.spark._run import resolve_duplicates
from milwatch.spark._stories import (
    block_members,
    block_pairs,
    component_stories,
    entries_partition,
    link_partition,
)

DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def dev_items() -> list[tuple[int, str, str | None, list]]:
    if not DEV.is_dir():
        pytest.skip("../shared/corpus/dev is not available next to the repo")
    registry = PackRegistry()
    detector, extractor = Detector(), Extractor(registry)
    items = []
    for path in sorted(DEV.glob("dev-*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            obj = json.loads(line)
            obj = {k: v for k, v in obj.items() if k not in ("events", "relevant", "story")}
            article = article_from_mapping(obj, Origin(str(path), n))
            assert not isinstance(article, str), article
            prepared = prepare(article, registry, detector)
            items.append((len(items), prepared.id, prepared.published, extractor.extract(prepared).events))
    return items


def _spark_plan_pairs(items: list) -> set[tuple[str, str]]:
    entries = list(entries_partition(items))
    blocks: dict[tuple, list] = defaultdict(list)
    for key, member in block_members(entries):
        blocks[key].append(member)
    return {pair for key, members in blocks.items() for pair in block_pairs(key, members)}


def test_block_pairs_are_the_candidates_of_the_story_index(dev_items: list) -> None:
    matcher, index = PersonMatcher(across_scripts=True), StoryBlocks()
    expected: set[tuple[str, str]] = set()
    for _seq, aid, published, events in dev_items:  # what StoryIndex._insert finds, article by article
        entry = make_entry(aid, events, published, matcher)
        found: set = set()
        for view in entry.keys:
            found.update(index.find_and_add(aid, view))
        expected.update((aid, str(other)) for other in found if other != aid)
    got = _spark_plan_pairs(dev_items)
    assert got == expected
    assert len(got) > 20


def test_stories_per_component_equal_the_whole_index(dev_items: list) -> None:
    entries = dict((aid, entry) for aid, (_seq, entry) in entries_partition(dev_items))
    links = list(link_partition((a, b, entries[a], entries[b]) for a, b in _spark_plan_pairs(dev_items)))
    assert {kind for _a, _b, kind, _w in links} >= {"strong", "weak"}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b, _kind, _weight in links:
        parent[find(a)] = find(b)
    by_id = {item[1]: item for item in dev_items}
    components: dict[str, tuple[list, list]] = defaultdict(lambda: ([], []))
    for aid in list(parent):
        components[find(aid)][0].append(by_id[aid])
    for link in links:
        components[find(link[0])][1].append(link)
    mine = {aid: aid for _seq, aid, _p, _e in dev_items}
    for members, component_links in components.values():
        mine.update(component_stories(members, component_links))
    whole = assign_stories((aid, published, events) for _seq, aid, published, events in dev_items)
    assert mine == whole
    assert len(set(whole.values())) < len(whole)  # some stories group several reports


def test_duplicates_are_decided_in_input_order_as_the_store_does() -> None:
    got = resolve_duplicates([
        (5, "c", "h2"),  # after b (same text, not stored) and a clash: stored, its id and text are new
        (1, "a", "h1"),
        (2, "a", "h2"),  # id a is stored with another text: a clash
        (3, "b", "h1"),  # text of a under a new id: a duplicate of a
        (4, "a", "h1"),  # id a again with its text: a duplicate of a
    ])
    assert got == {1: ("stored", None), 2: ("clash", None), 3: ("duplicate", "a"), 4: ("duplicate", "a"),
                   5: ("stored", None)}
