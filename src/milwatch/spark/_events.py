"""Real events in Spark: the event merge's own blocking keys, link rule and merge, block by block.

    rows, mentions = real_events_spark(items, n)   # items: RDD of (seq, article id, lang, published, source,
                                                   # events) -> RDD of real_events rows,
                                                   #           RDD of (article, idx, event)

1. Every report (an article's event) becomes a `Mention` and gets the keys the store files it
   under (`matching.events.ViewIndex.text_keys`: kind x week of its date window, kind x place x
   officials), so blocking has one definition.
2. Reports are grouped by key; inside a block two reports are candidates when the index would
   find one from the other (a time key: always; an officials key: when one of them is undated).
3. Candidate pairs (deduplicated) get `link_score`, in the merge's own order (the smaller
   report first); pairs that can link are edges.
4. Connected components of the edges (`_stories.connected_components`), and each component is
   merged by `resolve.merge_events` itself.  A merge only ever joins reports along an edge and
   keeps the relative order of its edges, so the real events of a component are those a merge
   of every report gives: the store's (store/real_events.py), ids included.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import combinations
from typing import Any

from milwatch.matching.events import ViewIndex, anchored, link_score, make_view
from milwatch.matching.persons import PersonMatcher
from milwatch.model import Event, Mention
from milwatch.resolve import merge_events
from milwatch.spark._stories import connected_components
from milwatch.store.real_events import real_event_row

# member of a block: (article id, event index, undated)
Member = tuple[str, int, bool]
Item = tuple[int, str, str | None, str | None, str | None, Sequence[Event]]


def mentions_partition(items: Iterable[Item]) -> Iterator[tuple[tuple[str, int], Mention]]:
    """((article id, index), mention) of every event of the extracted articles."""
    for _seq, article_id, lang, published, source, events in items:
        for index, event in enumerate(events):
            yield (article_id, index), Mention(article_id=article_id, event=event, lang=lang,
                                               published=published, source=source, index=index)


def key_partition(rows: Iterable[tuple[tuple[str, int], Mention]]) -> Iterator[tuple[str, Member]]:
    """(blocking key, member) of every report, with the keys the store files it under."""
    index, matcher = ViewIndex(), PersonMatcher()
    for (article_id, idx), mention in rows:
        view = make_view(mention.key, article_id, mention.event, mention.published, matcher)
        times, officials = index.text_keys(view)
        member = (article_id, idx, not anchored(view))
        for key in (*times, *officials):
            yield key, member


def block_pairs(key: str, members: Iterable[Member]) -> Iterator[tuple[tuple[str, int], tuple[str, int]]]:
    """Candidate pairs of one block, smaller report first (as the merge orders its reports)."""
    timed = key.startswith("t\x1f")
    for a, b in combinations(sorted(set(members)), 2):
        if timed or a[2] or b[2]:
            yield (a[0], a[1]), (b[0], b[1])


def edge_partition(pairs: Iterable[tuple[Mention, Mention]]) -> Iterator[tuple[tuple[str, int],
                                                                               tuple[str, int]]]:
    """The candidate pairs whose link score is not None: the edges the merge may join along."""
    matcher = PersonMatcher()
    for first, second in pairs:
        a = make_view(0, first.article_id, first.event, first.published, matcher)
        b = make_view(1, second.article_id, second.event, second.published, matcher)
        if link_score(a, b, matcher=matcher) is not None:
            yield (first.article_id, first.index), (second.article_id, second.index)


def component_events(mentions: Iterable[Mention]) -> Iterator[tuple[str, Any]]:
    """("e", real_events row) and ("m", (article id, idx, event id)) of one component, by `merge_events`."""
    for canonical in merge_events(list(mentions)):
        yield "e", real_event_row(canonical)
        for m in canonical.mentions:
            yield "m", (m.article_id, m.index, canonical.id)


def real_events_spark(items: Any, partitions: int) -> tuple[Any, Any]:
    """(RDD of real_events rows, RDD of (article id, idx, event id)) of the RDD `items`."""
    n = partitions
    mentions = items.mapPartitions(mentions_partition).cache()
    pairs = (mentions.mapPartitions(key_partition).groupByKey(n)
             .flatMap(lambda kv: block_pairs(kv[0], kv[1])).distinct(n))
    with_mentions = (pairs.join(mentions, n).map(lambda kv: (kv[1][0], kv[1][1]))
                     .join(mentions, n).map(lambda kv: (kv[1][0], kv[1][1])))
    edges = with_mentions.mapPartitions(edge_partition).cache()
    labels = connected_components(edges, n)
    grouped = (mentions.leftOuterJoin(labels, n)
               .map(lambda kv: (kv[1][1] if kv[1][1] is not None else kv[0], kv[1][0]))
               .groupByKey(n).flatMap(lambda kv: component_events(kv[1])).cache())
    grouped.count()  # computed now, so the intermediate results can go
    for rdd in (mentions, edges, labels):
        rdd.unpersist()
    return (grouped.filter(lambda r: r[0] == "e").map(lambda r: r[1]),
            grouped.filter(lambda r: r[0] == "m").map(lambda r: r[1]))
