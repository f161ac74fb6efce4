"""Event merge: mentions of one real event across articles and languages -> one CanonicalEvent.

    merge_events(mentions, registry=None) -> list[CanonicalEvent]

A mention is a `model.Mention` or a tuple (article_id, lang, published, Event[, source]).
Candidate pairs come from a blocked index (kind x week, kind x pair of officials; see
`matching`), never from all pairs.  Pairs that pass the link threshold are merged best-first
(Kruskal order: score, then mention keys), and a merge is refused when
  * both sides hold a mention of the same article (an article's events are distinct events),
  * any two mentions across the sides are incompatible (dates, or disjoint officials of a side),
  * a background (historical) mention would bridge two groups that both have news mentions.
The result depends only on the set of mentions, not on their order.  A background mention of
an event that another article reports as news attaches to it; confidence grows with the number
of independent sources (distinct source domains, else distinct articles).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from milwatch.matching.events import View, ViewIndex, compatible, link_score, make_view
from milwatch.matching.persons import PersonMatcher, country_code
from milwatch.model import CanonicalEvent, Event, Mention, Person
from milwatch.resolve.conflicts import PersonIdOf, find_conflicts, group_persons, person_label

if TYPE_CHECKING:
    from milwatch.resolve.officials import OfficialsRegistry

MentionLike = Mention | tuple[Any, ...]
HISTORICAL_WEIGHT = 0.5  # a background mention counts half as evidence


def as_mentions(items: Iterable[MentionLike]) -> list[Mention]:
    """Mentions from Mention records or (article_id, lang, published, Event[, source]) tuples.

    Tuples get `index` = their position among the tuples of the same article.
    """
    out: list[Mention] = []
    seen: Counter[str] = Counter()
    for item in items:
        if isinstance(item, Mention):
            out.append(item)
            continue
        article_id, lang, published, event, *rest = item
        if not isinstance(event, Event):
            raise TypeError(f"mention of {article_id}: expected an Event, got {type(event).__name__}")
        out.append(Mention(article_id=str(article_id), event=event, lang=lang, published=published,
                           source=rest[0] if rest else None, index=seen[str(article_id)]))
        seen[str(article_id)] += 1
    return out


class _Groups:
    """Union-find over mention positions with the merge constraints of this module.

    Only groups of two or more keep member lists; a lone mention is its own group.
    """

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.parent = list(range(len(mentions)))
        self.article = [m.article_id for m in mentions]
        self.news = [not m.event.historical for m in mentions]
        self.members: dict[int, list[int]] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def _of(self, root: int) -> list[int]:
        return self.members.get(root) or [root]

    def try_union(self, i: int, j: int, views: Sequence[View], via_background: bool,
                  matcher: PersonMatcher) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return
        mi, mj = self._of(ri), self._of(rj)
        if {self.article[x] for x in mi} & {self.article[y] for y in mj}:
            return
        if via_background and self.news[ri] and self.news[rj]:
            return
        if not all(compatible(views[x], views[y], matcher=matcher) for x in mi for y in mj):
            return
        if len(mi) < len(mj):
            ri, rj, mi, mj = rj, ri, mj, mi
        self.parent[rj] = ri
        self.members.pop(rj, None)
        self.members[ri] = mi + mj
        self.news[ri] = self.news[ri] or self.news[rj]

    def groups(self) -> list[list[int]]:
        return [sorted(self._of(r)) for r in range(len(self.parent)) if self.parent[r] == r]


def _most_common(values: Iterable[Any]) -> Any:
    """The most frequent non-empty value (ties: the smallest as text); None when there is none."""
    counts: dict[Any, int] = {}
    for v in values:
        if v is not None and v != "" and v != ():
            counts[v] = counts.get(v, 0) + 1
    if len(counts) <= 1:
        return next(iter(counts), None)
    return min(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[0]


def _consensus_date(values: Sequence[str]) -> str | None:
    for length in (10, 7, 4):
        picked = _most_common(v for v in values if len(v) == length)
        if picked:
            return picked
    return None


def _merged_person(group: Sequence[tuple[Mention, Person]]) -> Person:
    counts: dict[str, int] = {}
    for _, p in group:
        counts[p.name] = counts.get(p.name, 0) + 1
    name = min(counts, key=lambda n: (-counts[n], not n.isascii(), n))
    aliases = sorted({a for _, p in group for a in [p.name, *p.aliases]} - {name})
    return Person(
        name=name, aliases=aliases, country=_most_common(p.country for _, p in group),
        role=_most_common(p.role for _, p in group), rank=_most_common(p.rank for _, p in group),
    )


def _confidence(mentions: Sequence[Mention]) -> tuple[int, float]:
    best: dict[str, float] = {}
    for m in mentions:
        src = m.source or m.article_id
        weight = HISTORICAL_WEIGHT if m.event.historical else 1.0
        c = max(0.0, min(1.0, float(m.event.confidence))) * weight
        best[src] = max(best.get(src, 0.0), c)
    miss = 1.0
    for c in best.values():
        miss *= 1.0 - c
    return len(best), round(1.0 - miss, 4)


def build_canonical(mentions: Sequence[Mention], person_id: PersonIdOf | None = None,
                    matcher: PersonMatcher | None = None) -> CanonicalEvent:
    """One canonical event from the mentions of one real event (consensus values, conflicts)."""
    ms = sorted(mentions, key=lambda m: (m.article_id, m.index))
    news = [m for m in ms if not m.event.historical] or ms
    evs = [m.event for m in news]
    groups = group_persons(ms, person_id, matcher)
    sources, confidence = _confidence(ms)
    first = ms[0]
    return CanonicalEvent(
        id=f"ev:{first.key}", type=first.event.type,
        countries=sorted({country_code(c) for c in first.event.countries}),
        actor=list(_most_common(tuple(sorted(e.actor)) for e in evs) or ()),
        recipient=list(_most_common(tuple(sorted(e.recipient)) for e in evs) or ()),
        mode=_most_common(e.mode for e in evs), date=_consensus_date([e.date for e in evs if e.date]),
        location=_most_common(e.location for e in evs), doc_type=_most_common(e.doc_type for e in evs),
        areas=sorted({a for e in evs for a in e.areas}),
        persons=[_merged_person(g) for g in groups],
        person_ids=[person_label(g, person_id) for g in groups] if person_id else [],
        historical=all(m.event.historical for m in ms), mentions=ms,
        sources=sources, confidence=confidence, conflicts=find_conflicts(ms, person_id, groups),
    )


def _merge_kind(ms: Sequence[Mention], views: Sequence[View], matcher: PersonMatcher) -> list[list[int]]:
    """Groups of positions in `ms` (all of one kind: type and country set) that are one event."""
    index = ViewIndex()
    for i, v in enumerate(views):
        index.add(i, v)
    edges: list[tuple[float, int, int]] = []
    for i, v in enumerate(views):
        for j in index.candidates(v):
            if not isinstance(j, int) or j <= i:
                continue
            score = link_score(v, views[j], matcher=matcher)
            if score is not None:
                edges.append((-score, i, j))
    edges.sort()
    groups = _Groups(ms)
    for _, i, j in edges:
        groups.try_union(i, j, views, views[i].historical or views[j].historical, matcher)
    return groups.groups()


def merge_events(
    mentions: Iterable[MentionLike], registry: OfficialsRegistry | None = None,
) -> list[CanonicalEvent]:
    """Merge mentions of the same real events; every mention ends in exactly one canonical event.

    With a registry, officials are identified by `registry.resolve` (read-only) and
    `person_ids` is filled; without one, by name key and country.  Output is sorted by id.
    Mentions of different kinds (type or country set) never merge, so each kind is merged on
    its own: to update after new articles, re-merge only the kinds of their events.
    """
    matcher = PersonMatcher(across_scripts=True)  # the person matching of the stories
    by_kind: dict[tuple[str, tuple[str, ...]], list[Mention]] = {}
    for m in as_mentions(mentions):
        kind = (m.event.type, tuple(sorted({country_code(c) for c in m.event.countries})))
        by_kind.setdefault(kind, []).append(m)
    person_id = registry.resolve if registry is not None else None
    out: list[CanonicalEvent] = []
    for kind in list(by_kind):  # one kind at a time, dropped when done: little stays alive
        ms = sorted(by_kind.pop(kind), key=lambda m: (m.article_id, m.index))
        views = [make_view(i, m.article_id, m.event, m.published, matcher) for i, m in enumerate(ms)]
        for group in _merge_kind(ms, views, matcher):
            out.append(build_canonical([ms[i] for i in group], person_id, matcher))
    return sorted(out, key=lambda c: c.id)
