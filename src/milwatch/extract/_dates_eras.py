"""Calendars of other eras, keyed by the name a pack gives in dates.toml `era`.

    era = "persian"    ۱۲ آبان ۱۴۰۳          -> 2024-11-02  (Solar Hijri)
    era = "kurdish"    ١٢ی خاکەلێوەی ٢٧٢٥    -> 2025-04-01  (Solar Hijri months, years + 1321)
    era = "ethiopian"  መጋቢት 4 ቀን 2017 ዓ.ም   -> 2025-03-13  (13 months, years 7-8 behind)

Each calendar knows how many days a month of a year has and how a day converts to the Gregorian
calendar; the month names are pack data (dates.toml `era_months`, or `persian_months`).
The Buddhist era has the Gregorian months and only shifts years, so it is not here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType

KURDISH_OFFSET = 1321  # Kurdish (Median) era year = Solar Hijri year + 1321
ETHIOPIAN_EPOCH = 1724221  # Julian day number of 1 Meskerem 1 (Amete Mihret)
_JDN_ORDINAL = 1721425  # Julian day number minus date.toordinal()
_PERSIAN_MONTH_DAYS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29)

Ymd = tuple[int, int, int]


def persian_to_gregorian(year: int, month: int, day: int) -> Ymd:
    """A day of the Persian solar calendar (Solar Hijri) as a Gregorian (year, month, day).

    The arithmetic of the widely used jdf/jalaali conversion (33-year cycles)."""
    jy = year + 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    for gm, length in enumerate((31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), start=1):
        if gd <= length:
            return gy, gm, gd
        gd -= length
    return gy, 12, 31


def _persian_days(_year: int, month: int) -> int:
    return _PERSIAN_MONTH_DAYS[month - 1] + (month == 12)  # Esfand has 30 days in a leap year


def _kurdish_to_gregorian(year: int, month: int, day: int) -> Ymd:
    return persian_to_gregorian(year - KURDISH_OFFSET, month, day)


def ethiopian_to_gregorian(year: int, month: int, day: int) -> Ymd:
    """A day of the Ethiopian calendar (12 months of 30 days, then Pagume of 5 or 6) as a Gregorian day."""
    jdn = ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1
    when = date.fromordinal(jdn - _JDN_ORDINAL)
    return when.year, when.month, when.day


def _ethiopian_days(year: int, month: int) -> int:
    return 30 if month < 13 else 6 if year % 4 == 3 else 5


@dataclass(frozen=True, slots=True)
class Calendar:
    months: int  # how many months a year has
    days: Callable[[int, int], int]  # (year, month) -> the most days that month can have
    to_gregorian: Callable[[int, int, int], Ymd]
    offset: int  # about how many years the Gregorian year is ahead of the era's

    def max_days(self, month: int) -> int:
        """The most days `month` has in any year (leap years come back every four)."""
        return max(self.days(year, month) for year in range(4))

    def nearest(self, month: int, day: int, base: date, ahead: int, future: bool = False) -> date | None:
        """The Gregorian day of a year-less era day seen from `base`: the latest one at most `ahead` days
        after it (`future`: the earliest at most `ahead` days before it)."""
        around = base.year - self.offset
        days = [date(*self.to_gregorian(year, month, day)) for year in range(around - 2, around + 3)
                if 1 <= day <= self.days(year, month)]
        window = timedelta(days=ahead)
        if future:
            return min((d for d in days if d >= base - window), default=None)
        return max((d for d in days if d <= base + window), default=None)


CALENDARS = MappingProxyType({
    "persian": Calendar(12, _persian_days, persian_to_gregorian, 621),
    "kurdish": Calendar(12, _persian_days, _kurdish_to_gregorian, -700),
    "ethiopian": Calendar(13, _ethiopian_days, ethiopian_to_gregorian, 8),
})
