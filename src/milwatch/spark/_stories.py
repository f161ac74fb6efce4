"""Story assignment in Spark with the story index's own blocking keys and link rules.

    stories = assign_stories_spark(items)   # RDD of (seq, article id, published, events) -> RDD (id, story)

1. Each partition builds every article's entry (`cluster._entries.make_entry`) and the
   blocking keys of its views (`cluster._links.StoryBlocks`, the keys the embedded index
   files and looks up).
2. Articles are grouped by key; inside a block two articles are candidates when the index
   would find one from the other (same key, flags that look each other up).
3. Candidate pairs (deduplicated) get `link_kind`, later article first as the embedded
   index calls it; pairs that link are the links (strong, weak, float, with their weight).
4. Connected components of the links (label propagation with pointer jumping, in Spark).
5. Each component's articles and links are loaded into a `cluster.stories.StoryIndex`
   (its own persistence format) and it assigns their stories: stories never cross
   components, so this is the embedded partition and ids, computed component by component.
Articles in no edge are stories of their own (their own id), as in the embedded index.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import combinations
from typing import Any

from milwatch.cluster._entries import Entry, entry_to_dict, make_entry
from milwatch.cluster._links import StoryBlocks, link_kind
from milwatch.cluster.stories import STATE_VERSION, STRONG_LINK_SCORE, StoryIndex
from milwatch.matching.persons import PersonMatcher
from milwatch.model import Event

MAX_ROUNDS = 200  # label propagation rounds; pointer jumping converges in O(log n) on story graphs
CHECKPOINT_EVERY = 5  # rounds between lineage truncations

# member of a block: (article id, seq, undated, placeless, silent)
Member = tuple[str, int, bool, bool, bool]
Link = tuple[str, str, str, int]  # (later article, earlier article, "strong" | "weak" | "float", weight)


def entries_partition(items: Iterable[tuple[int, str, str | None, Sequence[Event]]]
                      ) -> Iterator[tuple[str, tuple[int, Entry]]]:
    """(article id, (seq, entry)) of every article that reports a news event."""
    matcher = PersonMatcher(across_scripts=True)
    for seq, article_id, published, events in items:
        entry = make_entry(article_id, events, published, matcher)
        if entry.main is not None:
            yield article_id, (seq, entry)


def block_members(rows: Iterable[tuple[str, tuple[int, Entry]]]) -> Iterator[tuple[tuple[Any, ...], Member]]:
    """(block key, member) for every key of every view, as `StoryBlocks` computes them."""
    blocks = StoryBlocks()
    for article_id, (seq, entry) in rows:
        for view in entry.keys:
            keys = blocks._keys(view)  # the index's own keys: one definition of blocking
            member = (article_id, seq, bool(keys.undated), bool(keys.placeless), bool(keys.silent))
            for key in keys.times:
                yield ("t", *key), member
            for key in keys.placed:
                yield ("p", *key), member
            for key in keys.pairs:
                yield ("q", *key), member
            if keys.silent_place is not None:
                yield ("s", *keys.silent_place), member


def _meet(kind: str, a: Member, b: Member) -> bool:
    """Would the embedded index find one of these two views from the other under a key of `kind`?"""
    if kind == "t":
        return True
    if kind == "p":
        return a[2] or b[2]
    if kind == "q":
        return (a[2] or b[2]) and (a[3] or b[3])
    return a[4] != b[4]  # "s": a silent dated view meets a named undated one


def block_pairs(key: tuple[Any, ...], members: Iterable[Member]) -> Iterator[tuple[str, str]]:
    """Candidate pairs of one block as (later article, earlier article)."""
    distinct = sorted(set(members), key=lambda m: (m[1], m[2:]))
    for a, b in combinations(distinct, 2):
        if a[0] != b[0] and _meet(key[0], a, b):
            yield (b[0], a[0]) if b[1] > a[1] else (a[0], b[0])


def link_partition(pairs: Iterable[tuple[str, str, Entry, Entry]]) -> Iterator[Link]:
    """(later, earlier, kind, weight) of the candidate pairs that link: strong, weak or float."""
    matcher = PersonMatcher(across_scripts=True)
    for later, earlier, later_entry, earlier_entry in pairs:
        link = link_kind(later_entry, earlier_entry, STRONG_LINK_SCORE, matcher)
        if link is not None:
            yield later, earlier, link[0], int(link[1])


def component_stories(items: Iterable[tuple[int, str, str | None, Sequence[Event]]],
                      links: Iterable[Link]) -> list[tuple[str, str]]:
    """Stories of one component from its articles and links, by the story index itself: its state
    (entries, strong components, weak links, as `StoryIndex.to_dict` keeps them) is loaded and asked
    for its assignments, so no link is computed twice."""
    matcher = PersonMatcher(across_scripts=True)
    ordered = sorted(items, key=lambda item: item[0])
    entries = [entry_to_dict(make_entry(aid, events, published, matcher))
               for _s, aid, published, events in ordered]
    parent = {aid: aid for _s, aid, _p, _e in ordered}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    weak: list[list[Any]] = []
    for later, earlier, kind, weight in links:
        if kind == "strong":
            parent[find(later)] = find(earlier)
        else:
            weak.append([later, earlier, weight])
    members: dict[str, list[str]] = {}
    for aid in parent:
        members.setdefault(find(aid), []).append(aid)
    state = {"version": STATE_VERSION, "strong_link": STRONG_LINK_SCORE, "articles": entries,
             "components": sorted(sorted(m) for m in members.values() if len(m) > 1), "weak": weak}
    return list(StoryIndex.from_dict(state).assignments().items())


def connected_components(edges: Any, partitions: int) -> Any:
    """(vertex, smallest vertex of its component) of an RDD of (u, v) edges: min-label propagation,
    each round followed by a pointer jump (label of the label).  Every shuffle has `partitions`
    partitions (a union would otherwise double them each round)."""
    n = partitions
    adjacency = edges.flatMap(lambda e: [(e[0], e[1]), (e[1], e[0])]).distinct(n).cache()
    labels = adjacency.map(lambda kv: (kv[0], min(kv))).reduceByKey(min, n).cache()
    for round_ in range(1, MAX_ROUNDS + 1):
        proposals = adjacency.join(labels, n).map(lambda kv: (kv[1][0], kv[1][1]))
        spread = labels.union(proposals).reduceByKey(min, n)
        jumped = spread.map(lambda kv: (kv[1], kv[0])).join(spread, n).map(lambda kv: (kv[1][0], kv[1][1]))
        new = spread.union(jumped).reduceByKey(min, n).cache()
        if round_ % CHECKPOINT_EVERY == 0:
            new.localCheckpoint()
        changed = new.join(labels, n).filter(lambda kv: kv[1][0] != kv[1][1]).count()
        labels.unpersist()
        labels = new
        if changed == 0:
            adjacency.unpersist()
            return labels
    raise RuntimeError(f"story components did not converge in {MAX_ROUNDS} rounds")


def assign_stories_spark(items: Any) -> Any:
    """RDD of (article id, story id) for the RDD `items` of (seq, article id, published, events);
    only articles whose story is not their own id are listed."""
    n = items.getNumPartitions()
    entries = items.mapPartitions(entries_partition).cache()
    pairs = (entries.mapPartitions(block_members).groupByKey(n)
             .flatMap(lambda kv: block_pairs(kv[0], kv[1])).distinct(n))
    with_entries = (pairs.join(entries, n).map(lambda kv: (kv[1][0], (kv[0], kv[1][1][1])))
                    .join(entries, n).map(lambda kv: (kv[1][0][0], kv[0], kv[1][0][1], kv[1][1][1])))
    links = with_entries.mapPartitions(link_partition).cache()
    labels = connected_components(links.map(lambda link: (link[0], link[1])), n)
    component_items = labels.join(items.map(lambda item: (item[1], item)), n).map(lambda kv: kv[1])
    component_links = labels.join(links.map(lambda link: (link[0], link)), n).map(lambda kv: kv[1])
    stories = (component_items.cogroup(component_links, n)
               .flatMap(lambda kv: component_stories(kv[1][0], kv[1][1]))
               .filter(lambda kv: kv[0] != kv[1]).cache())
    stories.count()  # computed now, so the intermediate results can go
    for rdd in (entries, links, labels):
        rdd.unpersist()
    return stories
