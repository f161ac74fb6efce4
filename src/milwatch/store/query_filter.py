"""What a query of the store asks for and how its answers are paged: the event filter, keyset cursors,
page limits, period bounds and the WHERE clause a filter makes (queries.py runs the queries)."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from milwatch.errors import QueryError

MAX_PAGE = 500
MAX_CURSOR = 1024  # characters; real cursors are far shorter
MAX_VALUES = 20  # countries (or types) in one filter: each one is a condition of the query
MAX_TEXT = 1000  # characters of a text filter (person, lang, story, article)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SORT_DATE = "e.sort_date"  # its date, else its article's publication date (migration 11 keeps it; indexed)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of events; every given one must hold.  `countries` must all take part."""

    countries: tuple[str, ...] = ()
    pair: tuple[str, str] | None = None
    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    person: str | None = None
    lang: str | None = None
    current_only: bool = False
    story: str | None = None
    article: str | None = None
    doc_types: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()  # any of them

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _DATE.match(value):
                raise QueryError(f"{name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        for name, values in (("countries", (*self.countries, *(self.pair or ()))), ("types", self.types),
                             ("doc_types", self.doc_types), ("modes", self.modes), ("areas", self.areas)):
            if len(values) > MAX_VALUES:
                raise QueryError(f"{name}: at most {MAX_VALUES} values, got {len(values)}")
        for name in ("person", "lang", "story", "article"):
            value = getattr(self, name)
            if value is not None and len(value) > MAX_TEXT:
                raise QueryError(f"{name}: at most {MAX_TEXT} characters, got {len(value)}")

    @property
    def event_level(self) -> bool:
        """True when a criterion looks at events (not only at their articles)."""
        return bool(self.countries or self.pair or self.types or self.since or self.until or self.person
                    or self.current_only or self.doc_types or self.modes or self.areas)


@dataclass(slots=True)
class Page:
    items: list[dict[str, Any]] = field(default_factory=list)
    next: str | None = None  # cursor of the next page; None on the last page
    total: int | None = None
    ranked: int | None = None  # search: the matches ranked and paged, when not every one (queries_browse)

    def to_dict(self) -> dict[str, Any]:
        extra = {} if self.ranked is None else {"ranked": self.ranked}
        return {"items": self.items, "next": self.next, "total": self.total} | extra


# cursors ----------------------------------------------------------------------
def encode_cursor(*key: Any) -> str:
    raw = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, *types: type) -> list[Any]:
    """The key of a cursor made by `encode_cursor`, checked against the types of its parts (`str`, `int`).

    A cursor is client input: anything that is not such a key (bad base64 or JSON, deep nesting,
    wrong length or types, numbers SQLite cannot hold, negative offsets) is a QueryError.
    """
    shown = cursor if len(cursor) <= 40 else cursor[:40] + "…"
    if len(cursor) > MAX_CURSOR:
        raise QueryError(f"bad cursor {shown!r}: longer than {MAX_CURSOR} characters; "
                         f"pass back a page's `next`")
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, TypeError, RecursionError) as exc:
        raise QueryError(f"bad cursor {shown!r}: not a cursor this server made; "
                         f"pass back a page's `next`") from exc
    if not isinstance(key, list) or len(key) != len(types):
        raise QueryError(f"bad cursor {shown!r}: expected {len(types)} values")
    for value, kind in zip(key, types, strict=True):
        if not (_int_position(value) if kind is int else isinstance(value, str) and _utf8(value)):
            raise QueryError(f"bad cursor {shown!r}: {value!r} is not a valid {kind.__name__} position")
    return key


def _int_position(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1 << 63


def _utf8(value: str) -> bool:
    try:
        value.encode("utf-8")  # a JSON-escaped lone surrogate cannot reach SQLite
    except UnicodeEncodeError:
        return False
    return True


def page_limit(limit: int) -> int:
    if limit < 1:
        raise QueryError(f"limit must be at least 1, got {limit}")
    return min(limit, MAX_PAGE)


# filters ----------------------------------------------------------------------
def period_start(value: str) -> str:
    return value + ("-01-01" if len(value) == 4 else "-01" if len(value) == 7 else "")


def period_end(value: str) -> str:
    return value + ("-12-31" if len(value) == 4 else "-31" if len(value) == 7 else "")


def event_where(flt: EventFilter | None) -> tuple[list[str], list[Any]]:
    """SQL conditions (over `e` events, `a` articles, `s` stories) and their parameters."""
    flt = flt or EventFilter()
    where: list[str] = []
    params: list[Any] = []
    for code in (*flt.countries, *(flt.pair or ())):  # event_countries: the report's countries, upper-case
        where.append("EXISTS (SELECT 1 FROM event_countries ec WHERE ec.article_id = "
                     "e.article_id AND ec.idx = e.idx "
                     "AND ec.country = upper(?))")
        params.append(code)
    if flt.types:
        where.append(f"e.type IN ({', '.join('?' * len(flt.types))})")
        params += list(flt.types)
    for column, values in (("e.doc_type", flt.doc_types), ("e.mode", flt.modes)):
        if values:
            where.append(f"{column} IN ({', '.join('?' * len(values))})")
            params += list(values)
    if flt.areas:
        where.append(f"EXISTS (SELECT 1 FROM json_each(e.areas) WHERE value IN "
                     f"({', '.join('?' * len(flt.areas))}))")
        params += list(flt.areas)
    # the event's period ends on or after `since` (and so it is not in an earlier year: the index)
    if flt.since:
        where.append(f"{SORT_DATE} >= ? AND (CASE length({SORT_DATE}) WHEN 4 THEN {SORT_DATE} "
                     f"|| '-12-31' WHEN 7 THEN "
                     f"{SORT_DATE} || '-31' ELSE {SORT_DATE} END) >= ?")
        params += [flt.since[:4], period_start(flt.since)]
    if flt.until:  # ... and starts on or before `until`
        where.append(f"{SORT_DATE} != '' AND {SORT_DATE} <= ?")
        params.append(period_end(flt.until))
    if flt.person:
        where.append("EXISTS (SELECT 1 FROM event_persons p WHERE p.article_id = "
                     "e.article_id AND p.idx = e.idx "
                     f"AND (p.name {LIKE} OR p.aliases {LIKE} OR p.person_id = ?))")
        like = contains(flt.person)
        params += [like, like, flt.person]
    if flt.lang:
        where.append("a.lang = ?")
        params.append(flt.lang)
    if flt.current_only:
        where.append("e.historical = 0")
    if flt.story:
        where.append("s.story_id = ?")
        params.append(flt.story)
    if flt.article:
        where.append("e.article_id = ?")
        params.append(flt.article)
    return where, params


LIKE = "LIKE ? ESCAPE '\\'"  # with `contains`: the given text is matched literally


def contains(text: str) -> str:
    """A LIKE pattern for "contains `text`": its own `%` and `_` are matched as characters."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def and_where(where: Sequence[str]) -> str:
    return (" WHERE " + " AND ".join(where)) if where else ""
