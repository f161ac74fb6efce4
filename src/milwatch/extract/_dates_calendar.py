"""Calendar arithmetic for date resolution: year inference, weekdays, weeks, ranges.

All functions are pure and work on `datetime.date`; values come out as the GUIDELINES
strings "YYYY-MM-DD", "YYYY-MM" or "YYYY".
"""

from __future__ import annotations

from datetime import date, timedelta

AHEAD_DAYS = 62  # a year-less date at most ~2 months after the base keeps the base's year
SHORT_RANGE_DAYS = 2  # a range of up to two days is dated by its first day
MONTH_RANGE_DAYS = 62  # a longer range up to this is dated by its first month, beyond by its last year


def to_date(value: str | None) -> date | None:
    """`YYYY-MM-DD` -> date; anything else (None, month precision, garbage) -> None."""
    if not value or len(value) < 10:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return make_date(day.year, day.month, day.day)  # within the years make_date allows


def make_date(year: int, month: int, day: int) -> date | None:
    try:  # years 1 and 9999 are out: a week or two months on from them is out of the calendar (OverflowError)
        return date(year, month, day) if 1 < year < 9999 else None
    except ValueError:
        return None


def full_year(year: int) -> int:
    """Two-digit years: 00-69 -> 2000s, 70-99 -> 1900s."""
    if year >= 100:
        return year
    return 2000 + year if year < 70 else 1900 + year


def infer_year(month: int, day: int | None, base: date, future: bool = False) -> int | None:
    """The year of a year-less day (or month when `day` is None) seen from `base`.

    Past reading (default): the latest such day at most ~2 months after the base.
    `future`: the earliest such day at most ~2 months before the base (a month: at most the base's last).
    """
    window = timedelta(days=AHEAD_DAYS)
    years = range(base.year - 4, base.year + 5)
    days = [(probe, year) for year in years if (probe := make_date(year, month, day or 1)) is not None]
    if future:  # (a month said of the future is at most the one before the base's: "visit in October",
        # said in December, is next October)
        month_before = (base.replace(day=1) - timedelta(days=1)).replace(day=1)
        earliest = base - window if day is not None else month_before
        later = [(probe, year) for probe, year in days if probe >= earliest]
        return min(later)[1] if later else None
    earlier = [(probe, year) for probe, year in days if probe <= base + window]
    return max(earlier)[1] if earlier else None


def month_year(month: int, base: date, direction: int) -> int:
    """The year of a month named with "last" (direction -1: the latest such month before the base's own)
    or "next" (+1: the earliest after it): "last February" said in February is a year back."""
    if direction < 0:
        return base.year if month < base.month else base.year - 1
    return base.year if month > base.month else base.year + 1


def weekday_date(weekday: int, base: date, future: bool = False, direction: int = 0) -> date:
    """The day named by a weekday (Monday = 0) seen from `base`.

    direction 0: the most recent such day on or before `base` (same day allowed), or with
    `future` the next on or after it; -1 ("last", "vergangenen"): strictly before;
    +1 ("next", "tới"): strictly after.
    """
    if direction < 0:
        back = (base.weekday() - weekday) % 7 or 7
        return base - timedelta(days=back)
    if direction > 0:
        ahead = (weekday - base.weekday()) % 7 or 7
        return base + timedelta(days=ahead)
    if future:
        return base + timedelta(days=(weekday - base.weekday()) % 7)
    return base - timedelta(days=(base.weekday() - weekday) % 7)


def week_value(base: date, offset: int, future: bool = False) -> str | None:
    """A calendar week (Monday-Sunday) `offset` weeks from base's, dated by its month.

    A week across two months takes the month most of its days fall in; "this week" counts
    only its days up to the base (with `future`: from the base on), ties going to the base's.
    """
    monday = base - timedelta(days=base.weekday()) + timedelta(weeks=offset)
    days = [monday + timedelta(days=n) for n in range(7)]
    if offset == 0:
        days = [d for d in days if (d >= base if future else d <= base)]
    counts: dict[tuple[int, int], int] = {}
    for day in days:
        counts[(day.year, day.month)] = counts.get((day.year, day.month), 0) + 1
    own = (base.year, base.month)
    year, month = max(counts, key=lambda ym: (counts[ym], ym == own))
    return month_value(year, month)


def range_value(first: date, last: date) -> str:
    """How a range is dated: ≤ 2 days by its first day, ≤ ~2 months by its first month, else its last year."""
    days = (last - first).days + 1
    if days <= SHORT_RANGE_DAYS:
        return first.isoformat()
    if days <= MONTH_RANGE_DAYS:
        return f"{first.year:04d}-{first.month:02d}"
    return f"{last.year:04d}"


def day_value(value: date) -> str:
    return value.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"
