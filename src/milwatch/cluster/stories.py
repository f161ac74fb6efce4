"""Stories: articles, in any language, that mainly report the same real-world event.

    index = StoryIndex()
    story_id = index.add("a1", events, published="2025-09-04")    # incremental
    assign_stories([(article_id, published, events), ...], index)  # batch -> {article_id: story}

An article's *main event* is its first news (non-historical) event, preferring meetings,
agreements and exercises; its *key events* are all its news events.  Two articles are linked
when the main event of one and a key event of the other pass the event-merge link score
(`resolve.matching.link_score`: same type and country set, compatible dates, shared officials,
agreeing place and mode; undated events need two shared officials and the place), or when two
key events are strongly alike (`STRONG_LINK_SCORE`: e.g. same month, place and two officials).  A story is a connected
component of links, and its id is the smallest article id in it, so the partition and the ids
depend only on the set of articles, never on the order they arrive in.  When a new article
links two stories, the one with the larger id is renamed: `pop_renames()` says which.

Candidates come from a blocked index of key events by kind x week and by kind x pair of
officials, never from all pairs.  Articles without news events are stories of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from milwatch.model import Event, Story
from milwatch.resolve.matching import (
    Anchor,
    PersonRef,
    View,
    ViewIndex,
    link_score,
    make_view,
    pair_score,
)

PREFERRED_TYPES: tuple[str, ...] = ("meeting", "agreement", "exercise")
STATE_VERSION = 1
STRONG_LINK_SCORE = 5.0  # two secondary events this alike also make one story
ArticleEvents = tuple[str, str | None, Sequence[Event]]


def main_event(events: Sequence[Event]) -> Event | None:
    """The event an article mainly reports, or None when it reports no news event."""
    news = [e for e in events if not e.historical]
    preferred = [e for e in news if e.type in PREFERRED_TYPES]
    return (preferred or news or [None])[0]


@dataclass(frozen=True, slots=True)
class _Entry:
    article_id: str
    main: View | None
    keys: tuple[View, ...]
    summary: tuple[str | None, tuple[str, ...], str | None]  # type, countries, date of the main event


def _entry(article_id: str, events: Sequence[Event], published: str | None) -> _Entry:
    main = main_event(events)
    if main is None:
        return _Entry(article_id, None, (), (None, (), None))
    keys = tuple(make_view(article_id, article_id, e, published) for e in events if not e.historical)
    main_view = make_view(article_id, article_id, main, published)
    return _Entry(article_id, main_view, keys, (main.type, tuple(sorted(main_view.kind[1])), main.date))


def _linked(a: _Entry, b: _Entry, strong: float) -> bool:
    for x, ys in ((a.main, b.keys), (b.main, a.keys)):
        if x is not None and any(link_score(x, y, strict_sides=False) is not None for y in ys):
            return True
    for x in a.keys:
        for y in b.keys:
            score = pair_score(x, y, strict_sides=False)
            if score is not None and score >= strong:
                return True
    return False


class StoryIndex:
    """Incremental, order-independent story clustering of articles by their main event."""

    def __init__(self, strong_link: float = STRONG_LINK_SCORE) -> None:
        self.strong_link = strong_link
        self._entries: dict[str, _Entry] = {}
        self._parent: dict[str, str] = {}
        self._members: dict[str, list[str]] = {}  # root -> member article ids
        self._label: dict[str, str] = {}  # root -> story id (smallest member)
        self._renames: dict[str, str] = {}
        self._key_index = ViewIndex()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._entries

    def _find(self, a: str) -> str:
        while self._parent[a] != a:
            self._parent[a] = self._parent[self._parent[a]]
            a = self._parent[a]
        return a

    def _union(self, a: str, b: str, fresh: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        if len(self._members[ra]) < len(self._members[rb]):
            ra, rb = rb, ra
        la, lb = self._label[ra], self._label.pop(rb)
        new = min(la, lb)
        for old in (la, lb):
            if old != new and old != fresh:
                self._rename(old, new)
        self._parent[rb] = ra
        self._members[ra].extend(self._members.pop(rb))
        self._label[ra] = new

    def _rename(self, old: str, new: str) -> None:
        for k, v in self._renames.items():
            if v == old:
                self._renames[k] = new
        self._renames[old] = new

    def _insert(self, entry: _Entry) -> None:
        aid = entry.article_id
        self._entries[aid] = entry
        self._parent[aid] = aid
        self._members[aid] = [aid]
        self._label[aid] = aid
        for k in entry.keys:
            self._key_index.add(aid, k)

    def add(self, article_id: str, events: Sequence[Event], published: str | None = None) -> str:
        """File an article; returns its story id.  An article already filed keeps its story."""
        if article_id in self._entries:
            return self.story_of(article_id)
        entry = _entry(article_id, events, published)
        candidates: set[object] = set()
        for k in entry.keys:
            candidates |= self._key_index.candidates(k)
        self._insert(entry)
        for other in sorted(str(c) for c in candidates):
            if other != article_id and _linked(entry, self._entries[other], self.strong_link):
                self._union(article_id, other, fresh=article_id)
        return self.story_of(article_id)

    def story_of(self, article_id: str) -> str:
        return self._label[self._find(article_id)]

    def assignments(self) -> dict[str, str]:
        """Story id of every filed article."""
        return {aid: self.story_of(aid) for aid in sorted(self._entries)}

    def stories(self) -> list[Story]:
        out = []
        for root, members in self._members.items():
            sid = self._label[root]
            kind, countries, when = self._entries[sid].summary
            out.append(Story(id=sid, articles=sorted(members), type=kind, countries=list(countries), date=when))
        return sorted(out, key=lambda s: s.id)

    def pop_renames(self) -> dict[str, str]:
        """Stories renamed since the last call: {old story id: new story id}."""
        out, self._renames = self._renames, {}
        return out

    # ---- persistence ----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Plain-data state: every article's comparable features and the story partition."""
        return {
            "version": STATE_VERSION,
            "strong_link": self.strong_link,
            "articles": [_entry_to_dict(self._entries[a]) for a in sorted(self._entries)],
            "stories": {s.id: s.articles for s in self.stories()},
        }

    @classmethod
    def from_dict(cls, state: dict[str, Any]) -> StoryIndex:
        if state.get("version", STATE_VERSION) != STATE_VERSION:
            raise ValueError(f"story index state version {state.get('version')} is not supported")
        index = cls(strong_link=float(state.get("strong_link", STRONG_LINK_SCORE)))
        for d in state.get("articles") or []:
            index._insert(_entry_from_dict(d))
        for members in (state.get("stories") or {}).values():
            for m in members[1:]:
                index._union(members[0], m, fresh="")
        index._renames = {}
        return index


def assign_stories(items: Iterable[ArticleEvents], state: StoryIndex | None = None) -> dict[str, str]:
    """File (article_id, published, events) items into `state` (a new index when None).

    Returns the story id of each given article after the whole batch is filed.
    """
    index = state if state is not None else StoryIndex()
    ids = []
    for article_id, published, events in items:
        index.add(article_id, events, published)
        ids.append(article_id)
    return {aid: index.story_of(aid) for aid in ids}


def _view_to_dict(v: View) -> dict[str, Any]:
    return {
        "type": v.kind[0], "countries": sorted(v.kind[1]),
        "anchor": [v.anchor.lo, v.anchor.hi, v.anchor.precision] if v.anchor else None,
        "persons": [[list(p.tokens), p.country] for p in v.persons],
        "location": v.location, "mode": v.mode, "doc_type": v.doc_type,
    }


def _view_from_dict(article_id: str, d: dict[str, Any]) -> View:
    anchor = Anchor(int(d["anchor"][0]), int(d["anchor"][1]), str(d["anchor"][2])) if d.get("anchor") else None
    persons = tuple(PersonRef(tuple(t), " ".join(sorted(t)), c) for t, c in d.get("persons") or [])
    return View(ref=article_id, article_id=article_id, kind=(d["type"], frozenset(d["countries"])),
                anchor=anchor, persons=persons, location=d.get("location"), mode=d.get("mode"), historical=False,
                doc_type=d.get("doc_type"))


def _entry_to_dict(e: _Entry) -> dict[str, Any]:
    return {
        "id": e.article_id, "main": _view_to_dict(e.main) if e.main else None,
        "keys": [_view_to_dict(k) for k in e.keys], "summary": [e.summary[0], list(e.summary[1]), e.summary[2]],
    }


def _entry_from_dict(d: dict[str, Any]) -> _Entry:
    aid = d["id"]
    kind, countries, when = d.get("summary") or [None, [], None]
    return _Entry(aid, _view_from_dict(aid, d["main"]) if d.get("main") else None,
                  tuple(_view_from_dict(aid, k) for k in d.get("keys") or []), (kind, tuple(countries), when))
