"""Event matching: comparable views of event mentions, the pair score that says "same real event",
and blocking.  Stories (`cluster`) and real events (`resolve.merge_events`, the store's real events)
link mentions with these same rules.

A `View` is what the merge needs of one mention: its kind (type + country set), a time anchor,
its officials as name keys, location, mode.  `pair_score` gives the evidence that two views are
the same real-world event, or None when they cannot be (different kind, same article,
incompatible dates).  `ViewIndex` finds candidate pairs without comparing all pairs: by kind x
week bucket of the time anchor, and by kind x pair of officials (for undated mentions, which
need two shared officials anyway).

Score (threshold `LINK_SCORE`; `HISTORICAL_LINK_SCORE` when one is background and both are dated):
  dates  same day 3, one day apart 2, month-compatible 1, publication-date window 0.5,
         year-compatible or unknown 0 (then see "undated");
  officials  1.5 per shared official (at most 3);
  location   +1 equal, -3 different;  mode  +0.5 equal, -2 different;  doc_type +0.5 equal;
  undated    -1.5, and the same (known) place and two shared officials, or three shared officials.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from itertools import combinations
from typing import NamedTuple

from milwatch.matching.names import loose_skeleton
from milwatch.matching.persons import (
    PersonMatcher,
    PersonRef,
    country_code,
    may_be_one,
    person_ref,
    same_person,
)
from milwatch.model import Event

LINK_SCORE = 2.5
HISTORICAL_LINK_SCORE = 1.0
UNDATED_PENALTY = 1.5  # no usable date on one side: two officials and the place are needed
PUBLISHED_BEFORE_DAYS = 10  # an undated news event happened at most this long before publication
PUBLISHED_AFTER_DAYS = 1
BUCKET_DAYS = 7

_PRECISION_SCORE = {"day": 3.0, "month": 1.0, "published": 0.5, "year": 0.0}


# Views are named tuples of plain values: an index of 100k articles holds no object the garbage
# collector has to walk.


class Anchor(NamedTuple):
    """When an event can have happened: ordinal days [lo, hi] and how the span is known."""

    lo: int
    hi: int
    precision: str  # day | month | year | published


class View(NamedTuple):
    """What the merge compares of one event mention."""

    ref: Hashable
    article_id: str
    kind: tuple[str, tuple[str, ...]]  # type, sorted country codes
    anchor: Anchor | None
    persons: tuple[PersonRef, ...]
    location: str | None
    mode: str | None
    historical: bool
    doc_type: str | None = None


def parse_anchor(value: str | None) -> Anchor | None:
    """The span of days a YYYY-MM-DD, YYYY-MM or YYYY date stands for; None when unparsable."""
    if not value:
        return None
    parts = str(value).strip().split("-")
    try:
        if len(parts) == 3:
            d = date(int(parts[0]), int(parts[1]), int(parts[2])).toordinal()
            return Anchor(d, d, "day")
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            first = date(y, m, 1)
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return Anchor(first.toordinal(), nxt.toordinal() - 1, "month")
        if len(parts) == 1:
            y = int(parts[0])
            return Anchor(date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal(), "year")
    except ValueError:
        return None
    return None


def event_anchor(event: Event, published: str | None) -> Anchor | None:
    """The event's own date, else (news only) a window before the article's publication day."""
    own = None if event.dated_by_publication else parse_anchor(event.date)  # a guess, not its own date
    if own is not None or event.historical:
        return own
    pub = parse_anchor(published)
    if pub is None or pub.precision != "day":
        return None
    return Anchor(pub.lo - PUBLISHED_BEFORE_DAYS, pub.lo + PUBLISHED_AFTER_DAYS, "published")


def make_view(ref: Hashable, article_id: str, event: Event, published: str | None,
              matcher: PersonMatcher | None = None) -> View:
    """The comparable view of one event mention (`ref` identifies it in an index)."""
    make = matcher.ref if matcher is not None else person_ref
    persons = tuple(r for r in (make(p.name, p.country) for p in event.persons) if r.tokens)
    kind = (event.type, tuple(sorted({country_code(c) for c in event.countries})))
    anchor = event_anchor(event, published)
    if matcher is not None:
        kind, persons, anchor = matcher.share(kind), matcher.share(persons), matcher.share(anchor)
    return View(
        ref=ref, article_id=article_id, kind=kind, anchor=anchor, persons=persons,
        location=country_code(event.location) if event.location else None,
        mode=event.mode or None, historical=bool(event.historical), doc_type=event.doc_type or None,
    )


def skeleton_key(tokens: tuple[str, ...]) -> str:
    """A name's consonant skeletons, sorted ("~rmnd mhj" for Armend Mehaj and أرمند محاج); empty for a
    one-part name.  Marked with "~" so that it never equals a name key."""
    parts = sorted(k for k in (loose_skeleton(t) for t in tokens) if k)
    return "~" + " ".join(parts) if len(parts) >= 2 else ""


def _matches(a: View, b: View, matcher: PersonMatcher | None) -> list[tuple[int, int]]:
    same = matcher.same if matcher is not None else same_person
    return [
        (i, j) for i, p in enumerate(a.persons) for j, q in enumerate(b.persons)
        if p is q or (not (p.country and q.country and p.country != q.country) and same(p, q))
    ]


def shared_persons(a: View, b: View, matcher: PersonMatcher | None = None) -> int:
    """How many officials the two views share (counted on the side that names fewer of them)."""
    pairs = _matches(a, b, matcher)
    return min(len({i for i, _ in pairs}), len({j for _, j in pairs}))


def sides_disjoint(a: View, b: View, matcher: PersonMatcher | None = None,
                   pairs: list[tuple[int, int]] | None = None) -> bool:
    """Both name officials of one country and none of them is the same: two different meetings."""
    if pairs is None:
        pairs = _matches(a, b, matcher)
    countries = {p.country for p in a.persons if p.country} & {q.country for q in b.persons if q.country}
    # a side is spoken for by a shared official, also one whose country only one report gives
    matched = {a.persons[i].country or b.persons[j].country for i, j in pairs}
    return any(not may_be_one([p for p in a.persons if p.country == c],
                              [q for q in b.persons if q.country == c]) for c in countries - matched)


def _date_evidence(a: Anchor | None, b: Anchor | None) -> float | None:
    if a is None or b is None:
        return 0.0
    if a.hi + 1 < b.lo or b.hi + 1 < a.lo:
        return None
    if a.precision == b.precision == "day":
        return 3.0 if a.lo == b.lo else 2.0
    return min(_PRECISION_SCORE[a.precision], _PRECISION_SCORE[b.precision])


def compatible(a: View, b: View, *, strict_sides: bool = True, matcher: PersonMatcher | None = None) -> bool:
    """Hard constraints only: may these two mentions be one event at all?"""
    if a.kind != b.kind or a.article_id == b.article_id:
        return False
    if _date_evidence(a.anchor, b.anchor) is None:
        return False
    return not (strict_sides and a.persons and b.persons and sides_disjoint(a, b, matcher))


def pair_score(a: View, b: View, *, strict_sides: bool = True, matcher: PersonMatcher | None = None,
               undated_officials: int = 2) -> float | None:
    """Evidence that `a` and `b` report the same real event; None when they cannot.

    Without a usable date on one side, the same place and `undated_officials` shared officials
    (or three officials anywhere) are needed.
    """
    if a.kind != b.kind or a.article_id == b.article_id:
        return None
    d = _date_evidence(a.anchor, b.anchor)
    if d is None:
        return None
    same_place = bool(a.location and a.location == b.location)
    if d < 0.5 and not same_place and min(len(a.persons), len(b.persons)) < 3:
        return None
    pairs = _matches(a, b, matcher)
    k = min(len({i for i, _ in pairs}), len({j for _, j in pairs}))
    if d < 0.5 and k < (undated_officials if same_place else 3):
        return None  # undated: the same place and two shared officials, or three officials
    if strict_sides and a.persons and b.persons and sides_disjoint(a, b, pairs=pairs):
        return None
    score = d + 1.5 * min(k, 3) - (UNDATED_PENALTY if d < 0.5 else 0.0)
    if a.location and b.location:
        score += 1.0 if a.location == b.location else -3.0
    if a.mode and b.mode:
        score += 0.5 if a.mode == b.mode else -2.0
    if a.doc_type and b.doc_type and a.doc_type == b.doc_type:
        score += 0.5
    return score


def link_score(a: View, b: View, *, strict_sides: bool = True, matcher: PersonMatcher | None = None,
               threshold: float = LINK_SCORE, undated_officials: int = 2) -> float | None:
    """`pair_score` when it reaches the link threshold, else None.

    A background (historical) mention links at the lower `HISTORICAL_LINK_SCORE`, but only
    when both dates are known at least to the month.
    """
    score = pair_score(a, b, strict_sides=strict_sides, matcher=matcher, undated_officials=undated_officials)
    if score is None:
        return None
    if (a.historical or b.historical) and (_date_evidence(a.anchor, b.anchor) or 0.0) >= 1.0:
        threshold = HISTORICAL_LINK_SCORE
    return score if score >= threshold else None


def anchored(view: View) -> bool:
    """The view has a usable time anchor (a day, a month or a publication window, not just a year)."""
    return view.anchor is not None and view.anchor.precision != "year"


def date_evidence(a: View, b: View) -> float | None:
    """The date part of `pair_score`: None when incompatible, below 0.5 when a side is undated."""
    return _date_evidence(a.anchor, b.anchor)


class ViewIndex:
    """Blocked candidate search over views.

    Dated views are found by kind x week bucket.  A pair involving an undated view needs the same
    place and two shared officials, or three officials, so undated views are found by kind x
    place x pair of officials and by kind x triple of officials: an undated view looks up every
    view with such a key, a dated one only the undated views with it.
    """

    def __init__(self, bucket_days: int = BUCKET_DAYS, undated_officials: int = 2) -> None:
        self._bucket_days = bucket_days
        self._undated_officials = undated_officials  # 1: the same place and one official is a candidate
        # buckets are lists while views are added (an append is O(1); a tuple copied per added item made
        # a bucket of k views cost k^2 / 2 copies: the many reports of one text, one key), sealed into
        # tuples of plain values at the first look-up, so that the garbage collector stops tracking them
        self._by_time: dict[tuple[object, ...], Sequence[Hashable]] = {}
        self._by_pair: dict[tuple[object, ...], Sequence[Hashable]] = {}
        self._undated_by_pair: dict[tuple[object, ...], Sequence[Hashable]] = {}
        # (table, key) of the buckets that are lists (added to since the last look-up)
        self._open: list[tuple[dict[tuple[object, ...], Sequence[Hashable]], tuple[object, ...]]] = []

    @staticmethod
    def _kind(view: View) -> tuple[str, ...]:
        return (view.kind[0], *view.kind[1])

    def _time_keys(self, view: View) -> list[tuple[object, ...]]:
        a = view.anchor
        if a is None or not anchored(view):
            return []
        kind = "|".join(self._kind(view))
        lo, hi = (a.lo - 1) // self._bucket_days, (a.hi + 1) // self._bucket_days
        return [(kind, b) for b in range(lo, hi + 1)]

    def _pair_keys(self, view: View) -> list[tuple[object, ...]]:
        """Kind x place x officials keys, by name key and again by consonant skeleton (`skeleton_key`),
        so that a name written in a script without short vowels meets its Latin spelling."""
        kind = "|".join(self._kind(view))
        out: list[tuple[object, ...]] = []
        for keys in (sorted({p.key for p in view.persons}),
                     sorted({k for k in (skeleton_key(p.tokens) for p in view.persons) if k})):
            if len(keys) < self._undated_officials:
                continue
            if view.location:
                out.extend((kind, view.location, *group)
                           for group in combinations(keys, self._undated_officials))
            out.extend((kind, "", x, y, z) for x, y, z in combinations(keys, 3))
        return list(dict.fromkeys(out))

    def _add_to(self, table: dict[tuple[object, ...], Sequence[Hashable]], key: tuple[object, ...],
                item: Hashable) -> None:
        bucket = table.get(key)
        if isinstance(bucket, list):
            bucket.append(item)
            return
        new = [*bucket, item] if bucket else [item]
        table[key] = new
        self._open.append((table, key))

    def _seal(self) -> None:
        """Every bucket a tuple again (same items, same order)."""
        for table, key in self._open:
            table[key] = tuple(table[key])
        self._open = []

    def add(self, item: Hashable, view: View) -> None:
        for key in self._time_keys(view):
            self._add_to(self._by_time, key, item)
        undated = not anchored(view)
        for pkey in self._pair_keys(view):
            self._add_to(self._by_pair, pkey, item)
            if undated:
                self._add_to(self._undated_by_pair, pkey, item)

    def text_keys(self, view: View) -> tuple[list[str], list[str]]:
        """The keys of `view` as text, for an index kept in a database: (time keys, official keys).

        A stored view is filed under all of them (its official keys marked undated when `anchored`
        is false); a view looks up every row of its time keys and, of its official keys, the
        undated rows when it is anchored itself, else all rows: the look-ups of `candidates`.
        """
        return (["t\x1f" + "\x1f".join(map(str, k)) for k in self._time_keys(view)],
                ["p\x1f" + "\x1f".join(map(str, k)) for k in self._pair_keys(view)])

    def candidates(self, view: View) -> set[Hashable]:
        self._seal()
        out: set[Hashable] = set()
        for key in self._time_keys(view):
            out.update(self._by_time.get(key, ()))
        pairs = self._undated_by_pair if anchored(view) else self._by_pair
        for pkey in self._pair_keys(view):
            out.update(pairs.get(pkey, ()))
        return out
