"""A date expression as matched, before resolution (`Raw`), and the checks the scans share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from milwatch.extract._dates_calendar import make_date
from milwatch.extract._dates_rules import DateRules

LOOKBACK = 40  # characters before a hit searched for its licence, prefix or day part
MAX_YEAR_SPAN = 200
MIN_YEAR, MAX_YEAR = 1800, 2099


@dataclass(slots=True)
class Raw:
    """A matched expression before resolution."""

    start: int
    end: int
    kind: str  # day | month | year | weekday | range | days | weeks | months | years (relative)
    year: int | None = None
    month: int = 0
    day: int | None = None
    last: tuple[int | None, int, int | None] | None = None  # range end (year, month, day); day None: years
    number: int = 0  # weekday (Monday = 0) or relative offset
    direction: int = 0  # weekdays, months: -1 last, +1 next; a day of the base month: +1 read forward
    strict: bool = False  # a strict weekday not yet confirmed
    order: str = ""  # what the mention shows of the article's style: "DMY", "MDY", "?" (4/9: either)
    year_offset: int | None = None  # "March last year": the year is the base year plus this
    era_month: int = 0  # a year-less day of another era's calendar ("۱۲ آبان"): its month there (month is 0)
    same_year: bool = False  # "同年9月", "같은 해 9월": in the year of the last date named before
    month_offset: int | None = None  # "다음 달 3일", "来月3日": a day of the base month plus this


def lowered(text: str) -> str:
    """Lower-case `text` keeping every offset (the rare letters whose lower case is longer stay)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def valid_day(month: int | None, day: int | None) -> bool:
    number = cast(int, month)  # tested for None (falsy) first
    return bool(month) and 1 <= number <= 12 and (day is None or make_date(2000, number, day) is not None)


def tail(pattern: re.Pattern[str], low: str, pos: int) -> re.Match[str] | None:
    """`pattern` (anchored with `$`) matched against the text just before `pos`."""
    return pattern.search(low, max(0, pos - LOOKBACK), pos)


def day_start(low: str, start: int, rules: DateRules) -> int:
    found = tail(rules.day_part, low, start)
    return found.start() if found else start
