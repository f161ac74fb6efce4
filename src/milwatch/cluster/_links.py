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
Exercises: the main exercise of one and a key exercise of the other, of the same states, with days or months
that share a day and no conflicting place or officials (`_same_exercise`).
Never: two articles of which one's main event happens again, on another day in another place, in the
other's news (`_other_occasions`): two occasions of the same pair, whatever else they share.
Weak links are resolved by the story index (a floating report joins only an unambiguous story).

Blocking (`StoryBlocks`): dated views by kind x week; for thin links by kind x place x consonant
skeleton of a name part, and kind x two name-part skeletons of two officials: keys that agree
across scripts and case endings ("Sergej" / "Сергеем", "Austin" / "آسٹن").
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from itertools import combinations
from typing import NamedTuple

from milwatch.cluster._entries import Entry
from milwatch.matching.events import (
    View,
    ViewIndex,
    anchored,
    date_evidence,
    link_score,
    pair_score,
    sides_disjoint,
)
from milwatch.matching.names import loose_skeleton
from milwatch.matching.persons import PersonMatcher

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
    if shared >= ANY_OFFICIALS or (same_place and shared >= THIN_PLACE_OFFICIALS
                                   and a.kind[0] in OCCURRENCES):
        return "weak", weight
    if shared >= THIN_OFFICIALS and (None in states or len(states) >= 2):
        return ("float", 0) if a.mode in PLACELESS_MODES or b.mode in PLACELESS_MODES else ("weak", weight)
    return None


def _silent(view: View) -> bool:
    """A dated view that names no officials (thin extraction: only its states, date and place)."""
    return not view.persons and anchored(view)


def _silent_pair(a: View, b: View) -> bool:
    return ((_silent(a) and bool(b.persons) and not anchored(b))
            or (_silent(b) and bool(a.persons) and not anchored(a)))


def _elsewhere(x: View, y: View) -> bool:
    """Two events of one kind (type and states) in two different places."""
    px, py = _place(x), _place(y)
    return x.kind == y.kind and bool(px and py and px != py)


def _conflicting(a: Entry, b: Entry) -> bool:
    """Two news events of one kind in two different places: two different occasions."""
    return any(_elsewhere(x, y) for x in a.keys for y in b.keys)


def _other_occasion(x: View, y: View) -> bool:
    """Two events of one kind on two different days (more than one apart) in two different places."""
    if x.anchor is None or y.anchor is None or not x.anchor.precision == y.anchor.precision == "day":
        return False
    return abs(x.anchor.lo - y.anchor.lo) > 1 and _elsewhere(x, y)


def _other_occasions(a: Entry, b: Entry) -> bool:
    """Does one article's main event happen again, elsewhere and on another day, in the other article's
    news?  Then they report two occasions (the pair's talks in Moscow on 14 October and in Bishkek on
    5 November), whatever else they share (the later report recalls the earlier signing)."""
    return any(x is not None and any(_other_occasion(x, y) for y in ys)
               for x, ys in ((a.main, b.keys), (b.main, a.keys)))


def _same_exercise(x: View, y: View, matcher: PersonMatcher) -> bool:
    """One exercise of the same states told for the same month or day, in no two different places and by no
    two disjoint sets of officials: a pair holds one exercise at a time, and its reports seldom agree on
    more than the month (the Egyptian-Turkish drill that "began on Monday", "from 21 to 25 September")."""
    ax, ay = x.anchor, y.anchor
    if x.kind != y.kind or x.kind[0] != "exercise" or ax is None or ay is None:
        return False
    if {ax.precision, ay.precision} - {"day", "month"} or ax.hi < ay.lo or ay.hi < ax.lo:
        return False  # a year, or only the publication window; or no shared day
    return not _elsewhere(x, y) and not (x.persons and y.persons and _shared(x, y, matcher)[2])


def link_kind(a: Entry, b: Entry, strong_link: float, matcher: PersonMatcher) -> tuple[str, int] | None:
    """("strong", 0), ("weak", weight), ("float", 0) or None for two filed articles."""
    if _other_occasions(a, b):
        return None
    best: tuple[str, int] | None = None
    for x, ys in ((a.main, b.keys), (b.main, a.keys)):
        if x is None:
            continue
        for y in ys:
            if _same_exercise(x, y, matcher):
                return "strong", 0
            if link_score(x, y, strict_sides=False, matcher=matcher, threshold=STORY_LINK_SCORE,
                          undated_officials=THIN_PLACE_OFFICIALS) is not None:
                if (date_evidence(x, y) or 0.0) >= 0.5:
                    return "strong", 0
                shared = _shared(x, y, matcher)[0]
                best = max(best or ("weak", 0),
                           ("weak", 2 * shared + bool(x.location and x.location == y.location)))
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
            if got is not None and (thin is None
                                    or (got[0] == "weak" and (thin[0] == "float" or got[1] > thin[1]))):
                thin = got
    return best if thin is best or _conflicting(a, b) else thin


def name_skeletons(tokens: tuple[str, ...]) -> frozenset[str]:
    """The consonant skeletons of an official's longest name part (the family name, as a rule:
    given names recur across officials and decades, so they do not block)."""
    skeletons = [loose_skeleton(t) for t in tokens]
    longest = max(map(len, skeletons), default=0)
    return frozenset(k for t, s in zip(tokens, skeletons, strict=True) if len(s) == longest
                     for k in (s, loose_skeleton(t, True)) if len(k) >= MIN_SKELETON)


Key = tuple[object, ...]
Items = Sequence[Hashable]  # a list while views are filed, a tuple after the next look-up


class StoryBlocks(ViewIndex):
    """`ViewIndex` whose official keys are name-part skeletons, so thin links across scripts and
    inflections meet: kind x place x one part, and kind x one part each of two officials; and
    kind x place between dated views naming no officials and undated views naming some.

    A thin link needs a side without a usable date, and (for the keys without a place) a side
    without a place: two reports placed in two countries never link thinly.  So every official
    key carries the view's flags (undated, placeless) and a view looks up only the flags it can
    link with: a dated view in a place finds the undated placeless views of its officials, not
    every dated report of them in every place over the years.  Skeletons are computed once per
    official (bounded memo by name tokens), keys once per view (`find_and_add`).
    """

    def __init__(self, max_cached: int = 100_000) -> None:
        super().__init__(undated_officials=1)
        self._skeletons: dict[tuple[str, ...], frozenset[str]] = {}  # bounded memo of `name_skeletons`
        self._max_cached = max_cached
        self._by_name: dict[Key, Items] = {}  # official keys + (undated, placeless) flags
        self._silent: dict[Key, Items] = {}  # kind x place: dated, no officials
        self._named_undated: dict[Key, Items] = {}  # kind x place: undated, naming officials

    def _place_key(self, view: View) -> Key | None:
        place = _place(view)
        if not place or view.kind[0] not in OCCURRENCES:
            return None
        return ("|".join(self._kind(view)), place)

    def _name_skeletons(self, tokens: tuple[str, ...]) -> frozenset[str]:
        got = self._skeletons.get(tokens)
        if got is None:
            if len(self._skeletons) >= self._max_cached:
                self._skeletons.clear()
            got = self._skeletons[tokens] = name_skeletons(tokens)
        return got

    def _name_keys(self, view: View) -> tuple[list[Key], list[Key]]:
        """Official keys of a view: kind x place x part, and kind x parts of two officials."""
        parts = [s for s in (self._name_skeletons(p.tokens) for p in view.persons) if s]
        if not parts:
            return [], []
        kind = "|".join(self._kind(view))
        place = _place(view)
        placed: list[Key] = sorted({(kind, place, s) for ss in parts for s in ss}) if place else []
        pairs = {(kind, "", *sorted((s, t))) for x, y in combinations(parts, 2) for s in x for t in y}
        return placed, sorted(pairs)

    def _keys(self, view: View) -> _ViewKeys:
        placed, pairs = self._name_keys(view)
        key = self._place_key(view)
        silent = key if key is not None and (_silent(view) or (view.persons and not anchored(view))) else None
        return _ViewKeys(self._time_keys(view), placed, pairs, not anchored(view), _place(view) is None,
                         silent, _silent(view))

    def _lookup(self, keys: _ViewKeys) -> set[Hashable]:
        self._seal()
        out: set[Hashable] = set()
        for key in keys.times:
            out.update(self._by_time.get(key, ()))
        get = self._by_name.get
        # the flags of views this one can link with: any value where its own flag is set
        for undated in (True, False) if keys.undated else (True,):
            for key in keys.placed:
                out.update(get((*key, undated, False), ()))
            for placeless in (True, False) if keys.placeless else (True,):
                for key in keys.pairs:
                    out.update(get((*key, undated, placeless), ()))
        if keys.silent_place is not None:
            other = self._named_undated if keys.silent else self._silent
            out.update(other.get(keys.silent_place, ()))
        return out

    def _file(self, item: Hashable, keys: _ViewKeys) -> None:
        for key in keys.times:
            self._add_to(self._by_time, key, item)
        for key in keys.placed:
            self._add_to(self._by_name, (*key, keys.undated, False), item)
        for key in keys.pairs:
            self._add_to(self._by_name, (*key, keys.undated, keys.placeless), item)
        if keys.silent_place is not None:
            self._add_to(self._silent if keys.silent else self._named_undated, keys.silent_place, item)

    def find_and_add(self, item: Hashable, view: View) -> set[Hashable]:
        """The candidates of `view`, then `view` filed under `item` (its keys computed once)."""
        keys = self._keys(view)
        out = self._lookup(keys)
        self._file(item, keys)
        return out

    def add(self, item: Hashable, view: View) -> None:
        self._file(item, self._keys(view))

    def candidates(self, view: View) -> set[Hashable]:
        return self._lookup(self._keys(view))

    def story_keys(self, view: View) -> tuple[list[str], list[str]]:
        """The keys of `view` as text, for a story index kept in a database: (filing keys, look-up
        keys).  A view is a candidate of another exactly when one of its filing keys is one of the
        other's look-up keys: the filing of `_file` and the look-ups of `_lookup`, flags included."""
        keys = self._keys(view)
        filing = [_text("t", k) for k in keys.times]
        filing += [_text("n", (*k, keys.undated, False)) for k in keys.placed]
        filing += [_text("n", (*k, keys.undated, keys.placeless)) for k in keys.pairs]
        lookup = [_text("t", k) for k in keys.times]
        for undated in (True, False) if keys.undated else (True,):
            lookup += [_text("n", (*k, undated, False)) for k in keys.placed]
            for placeless in (True, False) if keys.placeless else (True,):
                lookup += [_text("n", (*k, undated, placeless)) for k in keys.pairs]
        if keys.silent_place is not None:
            filing.append(_text("s" if keys.silent else "u", keys.silent_place))
            lookup.append(_text("u" if keys.silent else "s", keys.silent_place))
        return sorted(set(filing)), sorted(set(lookup))


def _text(table: str, key: Key) -> str:
    """A block key as text: its table, then its parts (unit separators; bools as 0/1)."""
    return "\x1f".join([table, *(str(int(x)) if isinstance(x, bool) else str(x) for x in key)])


class _ViewKeys(NamedTuple):
    """Every key of one view, computed once for its look-up and its filing."""

    times: list[Key]
    placed: list[Key]
    pairs: list[Key]
    undated: bool
    placeless: bool
    silent_place: Key | None  # kind x place of a silent dated view or a named undated one
    silent: bool
