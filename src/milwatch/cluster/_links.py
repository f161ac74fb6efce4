"""When two filed articles report one story: strong links, thin (weak) links, and their blocking.

Strong: the main event of one and a key event of the other pass `link_score` with dates on both
sides, or two dated key events are strongly alike (`pair_score` >= the strong threshold).

Thin: articles whose extraction is partial (no date, no place, officials only in one script)
still link *weakly* through what they both name, when one of the two events has no usable date:
  * the same kind (type and states), compatible dates, no conflicting place or mode, and no
    side whose officials are all different (`sides_disjoint`);
  * and either the same place and one shared official, or (place unknown on a side, or a phone
    call, where a place means nothing) two shared officials of two different states, or three
    shared officials anywhere.
Weak links are resolved by the story index (a floating report joins only an unambiguous story).

Blocking (`StoryBlocks`): dated views by kind x week; for thin links by kind x place x consonant
skeleton of a name part, and kind x two name-part skeletons of two officials: keys that agree
across scripts and case endings ("Sergej" / "Сергеем", "Austin" / "آسٹن").
"""

from __future__ import annotations

from collections.abc import Hashable
from itertools import combinations

from milwatch.cluster._entries import Entry
from milwatch.resolve.matching import (
    PersonMatcher,
    PersonRef,
    View,
    ViewIndex,
    anchored,
    date_evidence,
    link_score,
    pair_score,
    sides_disjoint,
)
from milwatch.resolve.names import loose_skeleton

STORY_LINK_SCORE = 2.0  # reports in two languages: the same event in the same place, however they word it
THIN_PLACE_OFFICIALS = 1  # thin link: the same place and one shared official
THIN_OFFICIALS = 2  # thin link without a (meaningful) place: two shared officials of two states
ANY_OFFICIALS = 3  # thin link: three shared officials, wherever
MIN_SKELETON = 2  # a name part blocks when it has at least this many consonants
OCCURRENCES = frozenset({"meeting", "agreement", "exercise"})  # happen once; pledges and aid recur
PLACELESS_MODES = frozenset({"phone"})  # a call has no place: extractors name one side's capital


def _place(view: View) -> str | None:
    return None if view.mode in PLACELESS_MODES else view.location


def _shared(a: View, b: View, matcher: PersonMatcher) -> tuple[int, set[str | None], bool]:
    """Shared officials (counted on the side naming fewer), their states, and whether the two
    sides are disjoint (both name officials of one state and none of them is the same)."""
    pairs = [(i, j) for i, p in enumerate(a.persons) for j, q in enumerate(b.persons) if matcher.same(p, q)]
    ia, jb = {i for i, _ in pairs}, {j for _, j in pairs}
    states = {a.persons[i].country for i in ia} | {b.persons[j].country for j in jb}
    return min(len(ia), len(jb)), states, sides_disjoint(a, b, pairs=pairs)


def thin_link(a: View, b: View, matcher: PersonMatcher) -> tuple[str, int] | None:
    """("weak", weight) or ("float", 0) when two views of one kind, one of them without a usable
    date, name the same event; None when they do not.  The weight is the evidence (2 per shared
    official, 1 for the same place); a "float" link (a phone call between the same officials,
    which recurs) only joins undated reports to each other, never to a dated story."""
    if a.kind != b.kind or a.article_id == b.article_id or (anchored(a) and anchored(b)):
        return None
    if date_evidence(a, b) is None or (a.mode and b.mode and a.mode != b.mode):
        return None
    pa, pb = _place(a), _place(b)
    if pa and pb and pa != pb:
        return None
    same_place = bool(pa and pa == pb)
    if same_place and a.kind[0] in OCCURRENCES and _silent_pair(a, b):
        return "weak", 1  # a dated report naming no officials, an undated one naming some: same place
    shared, states, disjoint = _shared(a, b, matcher)
    if disjoint or not shared:
        return None
    weight = 2 * shared + same_place
    if shared >= ANY_OFFICIALS or (same_place and shared >= THIN_PLACE_OFFICIALS and a.kind[0] in OCCURRENCES):
        return "weak", weight
    if shared >= THIN_OFFICIALS and (None in states or len(states) >= 2):
        return ("float", 0) if a.mode in PLACELESS_MODES or b.mode in PLACELESS_MODES else ("weak", weight)
    return None


def _silent(view: View) -> bool:
    """A dated view that names no officials (thin extraction: only its states, date and place)."""
    return not view.persons and anchored(view)


def _silent_pair(a: View, b: View) -> bool:
    return (_silent(a) and bool(b.persons) and not anchored(b)) or (_silent(b) and bool(a.persons) and not anchored(a))


def _conflicting(a: Entry, b: Entry) -> bool:
    """Two news events of one kind in two different places: two different occasions."""
    return any(x.kind == y.kind and _place(x) and _place(y) and _place(x) != _place(y)
               for x in a.keys for y in b.keys)


def link_kind(a: Entry, b: Entry, strong_link: float, matcher: PersonMatcher) -> tuple[str, int] | None:
    """("strong", 0), ("weak", weight), ("float", 0) or None for two filed articles."""
    best: tuple[str, int] | None = None
    for x, ys in ((a.main, b.keys), (b.main, a.keys)):
        if x is None:
            continue
        for y in ys:
            if link_score(x, y, strict_sides=False, matcher=matcher, threshold=STORY_LINK_SCORE,
                          undated_officials=THIN_PLACE_OFFICIALS) is not None:
                if (date_evidence(x, y) or 0.0) >= 0.5:
                    return "strong", 0
                shared = _shared(x, y, matcher)[0]
                best = max(best or ("weak", 0), ("weak", 2 * shared + bool(x.location and x.location == y.location)))
    for x in a.keys:
        for y in b.keys:
            if anchored(x) and anchored(y):
                score = pair_score(x, y, strict_sides=False, matcher=matcher)
                if score is not None and score >= strong_link:
                    return "strong", 0
    if all(anchored(x) for x in a.keys) and all(anchored(y) for y in b.keys):
        return best  # thin links need a side without a usable date
    thin = best
    for x in a.keys:
        for y in b.keys:
            got = thin_link(x, y, matcher)
            if got is not None and (thin is None or (got[0] == "weak" and (thin[0] == "float" or got[1] > thin[1]))):
                thin = got
    return best if thin is best or _conflicting(a, b) else thin


def _skeletons(persons: tuple[PersonRef, ...]) -> list[frozenset[str]]:
    """Per official, the consonant skeletons of their longest name part (the family name, as a
    rule: given names recur across officials and decades, so they do not block)."""
    out = []
    for p in persons:
        longest = max((len(loose_skeleton(t)) for t in p.tokens), default=0)
        parts = frozenset(s for t in p.tokens if len(loose_skeleton(t)) == longest
                          for s in (loose_skeleton(t), loose_skeleton(t, True)) if len(s) >= MIN_SKELETON)
        if parts:
            out.append(parts)
    return out


class StoryBlocks(ViewIndex):
    """`ViewIndex` whose official keys are name-part skeletons, so thin links across scripts and
    inflections meet: kind x place x one part, and kind x one part each of two officials; and
    kind x place between dated views naming no officials and undated views naming some."""

    def __init__(self, max_cached: int = 100_000) -> None:
        super().__init__(undated_officials=1)
        self._keys: dict[tuple[object, ...], list[tuple[object, ...]]] = {}  # bounded memo of `_pair_keys`
        self._max_cached = max_cached
        self._silent: dict[tuple[object, ...], tuple[Hashable, ...]] = {}  # dated, no officials
        self._named_undated: dict[tuple[object, ...], tuple[Hashable, ...]] = {}

    def _place_key(self, view: View) -> tuple[object, ...] | None:
        place = _place(view)
        if not place or view.kind[0] not in OCCURRENCES:
            return None
        return ("|".join(self._kind(view)), place)

    def add(self, item: Hashable, view: View) -> None:
        super().add(item, view)
        key = self._place_key(view)
        if key is not None and _silent(view):
            self._append(self._silent, key, item)
        elif key is not None and view.persons and not anchored(view):
            self._append(self._named_undated, key, item)

    def candidates(self, view: View) -> set[Hashable]:
        out = super().candidates(view)
        key = self._place_key(view)
        if key is not None and _silent(view):
            out.update(self._named_undated.get(key, ()))
        elif key is not None and view.persons and not anchored(view):
            out.update(self._silent.get(key, ()))
        return out

    def _pair_keys(self, view: View) -> list[tuple[object, ...]]:
        memo = (view.kind, _place(view), view.persons)
        got = self._keys.get(memo)
        if got is None:
            if len(self._keys) >= self._max_cached:
                self._keys.clear()
            got = self._keys[memo] = self._skeleton_keys(view)
        return got

    def _skeleton_keys(self, view: View) -> list[tuple[object, ...]]:
        parts = _skeletons(view.persons)
        if not parts:
            return []
        kind = "|".join(self._kind(view))
        keys: set[tuple[object, ...]] = set()
        place = _place(view)
        if place:
            keys.update((kind, place, s) for ss in parts for s in ss)
        for x, y in combinations(parts, 2):
            keys.update((kind, "", *sorted((s, t))) for s in x for t in y)
        return list(keys)
