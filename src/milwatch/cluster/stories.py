"""Stories: articles, in any language, that mainly report the same real-world event.

    index = StoryIndex()
    story_id = index.add("a1", events, published="2025-09-04")    # incremental
    changes = index.pop_changes()                                  # {article_id: new story id}
    rows = index.pop_rows()                                        # what a database keeps of the new ones
    assign_stories([(article_id, published, events), ...], index)  # batch -> {article_id: story}

An article's *main event* is its first news (non-historical) event, preferring meetings,
agreements and exercises; its *key events* are all its news events.  Two articles are linked
when the main event of one and a key event of the other pass the event-merge link score
(`matching.events.link_score`: same type and country set, compatible dates, shared officials,
agreeing place and mode), or when two dated key events are strongly alike (`STRONG_LINK_SCORE`).

A link is *strong* when both events are dated (a day, a month, or the publication window of an
undated news event) and *weak* when one of them has no usable date; `cluster._links` says when
(thin reports still link through the states, officials, places and dates they name) and gives
each weak link a weight (its evidence).  So:
  * strong links join articles into components (union-find);
  * a *floating* component (no member's main event is dated) joins, through its weak links
    and those of the floating components weakly linked to it, the dated component it points to
    with the best evidence, and stays a story of its own when it points to none or to several
    with equal evidence; "float" links (weight 0: undated calls of the same officials, which
    recur) only join floating components to each other;
  * weak links between two dated components are ignored.
A story's id is the smallest article id of its dated component (of the floating group when it
stands alone), so the partition and the ids depend only on the set of articles, never on the
order they arrive in.  `pop_changes()` lists the articles whose story id changed.

Candidates come from a blocked index of key events (kind x week, kind x place x name part,
kind x name parts of two officials; `_links.StoryBlocks`), never from all pairs.  Articles without news events
are stories of their own.

Kept in a database (store/story_index.py), the index is never loaded whole: `pop_rows` gives the
rows of the articles filed since the index was built or loaded (their entries and filing keys, the
components they changed, their weak links, the stories that changed), and `load` takes the part
of a stored index that new articles can reach (`StoryRows` says which part that is), so filing
them costs what their neighbourhood costs, not what the store holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from milwatch.cluster._entries import Entry, entry_from_dict, entry_to_dict, main_event, make_entry
from milwatch.cluster._links import STORY_LINK_SCORE, StoryBlocks, link_kind
from milwatch.matching.events import anchored
from milwatch.matching.persons import PersonMatcher
from milwatch.model import Event, Story

STATE_VERSION = 3
STRONG_LINK_SCORE = 5.0  # two dated secondary events this alike also make one story
ArticleEvents = tuple[str, str | None, Sequence[Event]]

__all__ = ["STORY_LINK_SCORE", "STRONG_LINK_SCORE", "StoryIndex", "StoryRows", "assign_stories", "main_event"]


@dataclass(slots=True)
class StoryRows:
    """What a database keeps of the articles a `StoryIndex` filed since it was built or loaded.

    To file new articles into a stored index, load (`StoryIndex.load`) every article whose filing
    keys meet a look-up key of the new ones, with their whole components, and, for those
    components and every floating component reached that way, their weak links and the
    components at the other end: the same stories as filing them into the whole index.
    """

    articles: list[tuple[str, bool, dict[str, Any], list[str]]] = field(default_factory=list)
    """(article id, main event dated, entry as plain data, filing keys) of each new article"""
    components: dict[str, str] = field(default_factory=dict)
    """article -> smallest id of its strong component, for every member of a component that changed"""
    weak: list[tuple[str, str, int]] = field(default_factory=list)  # new weak links (a < b, weight)
    stories: dict[str, str] = field(default_factory=dict)  # articles filed or moved -> story id


class StoryIndex:
    """Incremental, order-independent story clustering of articles by their main event."""

    def __init__(self, strong_link: float = STRONG_LINK_SCORE) -> None:
        self.strong_link = strong_link
        self._entries: dict[str, Entry] = {}
        self._parent: dict[str, str] = {}
        self._members: dict[str, list[str]] = {}  # root -> member article ids (components of 2 or more)
        self._label: dict[str, str] = {}  # root -> smallest member id
        self._dated: dict[str, bool] = {}  # root -> some member's main event is dated
        self._weak: dict[str, dict[str, int]] = {}  # article -> linked article -> weight (0: floating only)
        self._reported: dict[str, str] = {}
        self._changes: dict[str, str] = {}
        self._new: list[str] = []  # filed since built or loaded (`pop_rows`)
        self._index = StoryBlocks()
        self._matcher = PersonMatcher(across_scripts=True)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._entries

    # ---- union-find over strong links -----------------------------------------------------
    def _find(self, a: str) -> str:
        while self._parent[a] != a:
            self._parent[a] = self._parent[self._parent[a]]
            a = self._parent[a]
        return a

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        if len(self._members_of(ra)) < len(self._members_of(rb)):
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._members[ra] = self._members_of(ra) + self._members.pop(rb, [rb])
        self._label[ra] = min(self._label[ra], self._label.pop(rb))
        self._dated[ra] = self._dated[ra] or self._dated.pop(rb)

    def _insert(self, entry: Entry) -> set[str]:
        """File `entry`; returns the other articles its key events are blocked with."""
        aid = entry.article_id
        self._entries[aid] = entry
        self._parent[aid], self._label[aid] = aid, aid
        self._dated[aid] = entry.main is not None and anchored(entry.main)
        candidates: set[str] = set()
        for k in entry.keys:  # each view's keys computed once, for its look-up and its filing
            candidates.update(str(c) for c in self._index.find_and_add(aid, k))
        candidates.discard(aid)
        return candidates

    def _members_of(self, root: str) -> list[str]:
        return self._members.get(root) or [root]

    # ---- stories ----------------------------------------------------------------------------
    def _float_group(self, root: str) -> tuple[set[str], dict[str, int]]:
        """Floating components weakly reachable from `root`, and the dated components they touch
        with the weight of their best link."""
        group, todo = {root}, [root]
        dated: dict[str, int] = {}
        while todo:
            for member in self._members_of(todo.pop()):
                for other, weight in self._weak.get(member, {}).items():
                    r = self._find(other)
                    if self._dated[r]:
                        if weight > 0:
                            dated[r] = max(dated.get(r, 0), weight)
                    elif r not in group:
                        group.add(r)
                        todo.append(r)
        return group, dated

    def _stories_of_roots(self, roots: Iterable[str]) -> dict[str, str]:
        """Story id of each component root; each floating group is walked once."""
        out: dict[str, str] = {}
        for root in roots:
            if root in out:
                continue
            if self._dated[root]:
                out[root] = self._label[root]
                continue
            group, dated = self._float_group(root)
            best = max(dated.values(), default=0)
            targets = [r for r, w in dated.items() if w == best]
            # the one dated story with the best evidence; a tie is ambiguous: a story of its own
            story = self._label[targets[0]] if len(targets) == 1 else min(self._label[r] for r in group)
            for r in group:
                out[r] = story
        return out

    def story_of(self, article_id: str) -> str:
        root = self._find(article_id)
        return self._stories_of_roots([root])[root]

    def add(self, article_id: str, events: Sequence[Event], published: str | None = None) -> str:
        """File an article; returns its story id.  An article already filed keeps its story."""
        if article_id in self._entries:
            return self.story_of(article_id)
        return self.add_entry(self.entry(article_id, events, published))

    def entry(self, article_id: str, events: Sequence[Event], published: str | None = None) -> Entry:
        """What the index keeps of an article (made before filing it: its look-up keys)."""
        return make_entry(article_id, events, published, self._matcher)

    def lookup_keys(self, entry: Entry) -> list[str]:
        """The text keys under which a stored index finds the candidates of `entry`."""
        return sorted({k for view in entry.keys for k in self._index.story_keys(view)[1]})

    def add_entry(self, entry: Entry) -> str:
        """File an article by its entry (`entry`); returns its story id."""
        article_id = entry.article_id
        if article_id in self._entries:
            return self.story_of(article_id)
        self._new.append(article_id)
        for other in sorted(self._insert(entry)):
            link = link_kind(entry, self._entries[other], self.strong_link, self._matcher)
            if link is None:
                continue
            if link[0] == "strong":
                self._union(article_id, other)
            else:
                self._weak.setdefault(article_id, {})[other] = link[1]
                self._weak.setdefault(other, {})[article_id] = link[1]
        self._note_changes(article_id)
        return self.story_of(article_id)

    def _note_changes(self, article_id: str) -> None:
        """Re-derive the stories of every article the new one can have moved."""
        root = self._find(article_id)
        roots = {root}
        todo = [root]
        while todo:  # the new article's component, and floating groups weakly linked to it
            for member in self._members_of(todo.pop()):
                for other in self._weak.get(member, ()):
                    r = self._find(other)
                    if r not in roots:
                        roots.add(r)
                        if not self._dated[r]:
                            todo.append(r)
        stories = self._stories_of_roots(roots)
        for r in roots:
            for a in self._members_of(r):
                if self._reported.get(a) != stories[r]:
                    self._reported[a] = self._changes[a] = stories[r]

    def pop_changes(self) -> dict[str, str]:
        """Articles filed or moved since the last call: {article_id: story id}."""
        out, self._changes = self._changes, {}
        return out

    def pop_rows(self) -> StoryRows:
        """The rows a database keeps of the articles filed since the last call (or since the index was
        built or loaded), with the changes since the last `pop_changes`."""
        new, self._new = self._new, []
        rows = StoryRows(stories=self.pop_changes())
        for aid in new:
            entry = self._entries[aid]
            keys = sorted({k for view in entry.keys for k in self._index.story_keys(view)[0]})
            rows.articles.append((aid, entry.main is not None and anchored(entry.main),
                                  entry_to_dict(entry), keys))
        for root in {self._find(aid) for aid in new}:
            rows.components.update((m, self._label[root]) for m in self._members_of(root))
        rows.weak = sorted({(min(a, b), max(a, b), w) for a in new for b, w in self._weak.get(a, {}).items()})
        return rows

    def assignments(self) -> dict[str, str]:
        """Story id of every filed article."""
        roots = {aid: self._find(aid) for aid in sorted(self._entries)}
        stories = self._stories_of_roots(set(roots.values()))
        return {aid: stories[r] for aid, r in roots.items()}

    def stories(self) -> list[Story]:
        """Every story with its articles, sorted by id."""
        members: dict[str, list[str]] = {}
        for aid, sid in self.assignments().items():  # articles in id order
            members.setdefault(sid, []).append(aid)
        out = []
        for sid in sorted(members):
            kind, countries, when = self._entries[sid].summary
            out.append(Story(id=sid, articles=members[sid], type=kind, countries=countries, date=when))
        return out

    # ---- persistence ----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Plain-data state: each article's comparable features, strong components, weak links."""
        return {
            "version": STATE_VERSION,
            "strong_link": self.strong_link,
            "articles": [entry_to_dict(self._entries[a]) for a in sorted(self._entries)],
            "components": sorted(sorted(m) for m in self._members.values()),
            "weak": sorted([a, b, w] for a, others in self._weak.items() for b, w in others.items() if a < b),
        }

    @classmethod
    def from_dict(cls, state: dict[str, Any]) -> StoryIndex:
        return cls(strong_link=float(state.get("strong_link", STRONG_LINK_SCORE))).load(state)

    def load(self, state: dict[str, Any]) -> StoryIndex:
        """Add a stored state (`to_dict`, or the part of a stored index new articles can reach, see
        `StoryRows`) to this index, which has filed nothing yet; returns the index."""
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"story index state version {state.get('version')} is not supported")
        if self._entries:
            raise ValueError("a story index loads a state only before it files articles")
        for d in state.get("articles") or []:
            self._insert(entry_from_dict(d))
        for members in state.get("components") or []:
            for m in members[1:]:
                self._union(members[0], m)
        for a, b, w in state.get("weak") or []:
            self._weak.setdefault(a, {})[b] = int(w)
            self._weak.setdefault(b, {})[a] = int(w)
        self._reported = self.assignments()
        return self


def assign_stories(items: Iterable[ArticleEvents], state: StoryIndex | None = None) -> dict[str, str]:
    """File (article_id, published, events) items into `state` (a new index when None).

    Returns the story id of each given article after the whole batch is filed.
    """
    index = state if state is not None else StoryIndex()
    ids = []
    for article_id, published, events in items:
        index.add(article_id, events, published)
        ids.append(article_id)
    stories = index.assignments()
    return {aid: stories[aid] for aid in ids}
