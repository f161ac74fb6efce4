"""The Spark plan of real events, checked without Spark on the dev set: the candidate pairs found block by
block are exactly those the event merge's `ViewIndex` finds, and merging each connected component of the
edges on its own gives the real events (ids, reports and every field of the store's row) of one merge of
every report, which is what the store keeps (store/real_events.py)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from milwatch.ingest.records import article_from_mapping
from milwatch.matching.events import ViewIndex, make_view
from milwatch.matching.persons import PersonMatcher, country_code
from milwatch.model import Origin
from milwatch.pipeline import Pipeline
from milwatch.resolve import merge_events
from milwatch.settings import Settings
from milwatch.spark._events import (
    block_pairs,
    component_events,
    edge_partition,
    key_partition,
    mentions_partition,
)
from milwatch.store.real_events import real_event_row
from milwatch.store.rows import source_of

DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def mentions() -> dict[tuple[str, int], Any]:
    if not DEV.is_dir():
        pytest.skip("../shared/corpus/dev is not available next to the repo")
    pipeline = Pipeline.from_settings(Settings())
    items = []
    for path in sorted(DEV.glob("dev-*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            obj = {k: v for k, v in json.loads(line).items() if k not in ("events", "relevant", "story")}
            article = article_from_mapping(obj, Origin(str(path), n))
            assert not isinstance(article, str), article
            a = pipeline.prepare(article)
            events = pipeline.extractor.extract(a).events
            items.append((len(items), a.id, a.lang, a.published, source_of(a.source_url), events))
    return dict(mentions_partition(items))


def _plan_pairs(mentions: dict[tuple[str, int], Any]) -> set[tuple[tuple[str, int], tuple[str, int]]]:
    blocks: dict[str, list[Any]] = defaultdict(list)
    for key, member in key_partition(mentions.items()):
        blocks[key].append(member)
    return {pair for key, members in blocks.items() for pair in block_pairs(key, members)}


def test_block_pairs_are_the_candidates_of_the_event_merge(mentions: dict[tuple[str, int], Any]) -> None:
    matcher = PersonMatcher()
    by_kind: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    for m in mentions.values():  # as merge_events: one index per kind, reports in (article, index) order
        by_kind[(m.event.type, tuple(sorted({country_code(c) for c in m.event.countries})))].append(m)
    expected = set()
    for ms in by_kind.values():
        ms.sort(key=lambda m: (m.article_id, m.index))
        views = [make_view(i, m.article_id, m.event, m.published, matcher) for i, m in enumerate(ms)]
        index = ViewIndex()
        for i, view in enumerate(views):
            index.add(i, view)
        for i, view in enumerate(views):
            expected.update(((ms[i].article_id, ms[i].index), (ms[j].article_id, ms[j].index))
                            for j in index.candidates(view) if isinstance(j, int) and j > i)
    got = _plan_pairs(mentions)
    assert got == expected
    assert len(got) > 20


def test_real_events_per_component_equal_one_merge_of_everything(
        mentions: dict[tuple[str, int], Any]) -> None:
    edges = list(edge_partition((mentions[a], mentions[b]) for a, b in _plan_pairs(mentions)))
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in edges:
        parent[find(a)] = find(b)
    components: dict[tuple[str, int], list[Any]] = defaultdict(list)
    for key, mention in mentions.items():
        components[find(key)].append(mention)
    rows, reports = [], {}
    for members in components.values():
        for kind, value in component_events(members):
            if kind == "e":
                rows.append(value)
            else:
                reports[(value[0], value[1])] = value[2]
    whole = merge_events(list(mentions.values()))
    assert sorted(rows) == [real_event_row(c) for c in whole]
    assert reports == {(m.article_id, m.index): c.id for c in whole for m in c.mentions}
    assert len(reports) == len(mentions) and len(whole) < len(mentions)  # some reports joined
    assert any(len(members) > 2 for members in components.values())
