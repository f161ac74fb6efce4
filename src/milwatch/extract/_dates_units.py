"""Dates written with unit signs after the numbers (Chinese, Japanese, Korean), and years
of other eras (the Thai Buddhist era, the Persian solar calendar).

    2025年11月1日, 11月1日, 1日, 2025年11月        (dates.toml year_units, month_units, day_units)
    2025년 11월 1일, 1일
    14 พฤศจิกายน 2568 -> 2025                    (dates.toml era = "buddhist")
    ۱۲ آبان ۱۴۰۳ -> 2024-11-02, آبان ۱۴۰۳ -> 2024 (dates.toml era = "persian", persian_months)

A day without its month ("1日", "8일") is a day of the base month, or of the month before
when that day is still to come; `Raw.month == 0` marks it until resolution.  Era years are
turned into Gregorian ones by rewriting the digits in place (same length, so every offset
holds); Persian day-month-year shapes are converted exactly, and a Persian month without
its day gives only the year (it straddles two Western months).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from milwatch.extract._dates_calendar import make_date
from milwatch.extract._dates_vocab import norm
from milwatch.packs import Pack

BUDDHIST_OFFSET = 543
_ERA_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
PERSIAN_MONTH_DAYS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29)


@dataclass(frozen=True, slots=True)
class UnitDate:
    start: int
    end: int
    year: int | None
    month: int  # 0: the day's month is not written
    day: int | None


@dataclass(frozen=True, slots=True)
class UnitRules:
    pattern: re.Pattern[str] | None
    era: str  # "" | "buddhist" | "persian"
    persian: re.Pattern[str] | None
    persian_months: dict[str, int]


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def unit_rules(pack: Pack) -> UnitRules:
    years, months, days = (list(pack.get("dates", key, []) or []) for key in ("year_units", "month_units", "day_units"))
    pattern = None
    if days and months:
        y, m, d = _alt(years) if years else r"(?!x)x", _alt(months), _alt(days)
        pattern = re.compile(
            rf"(?<!\d)(?:(?P<y>\d{{4}})\s*{y}\s*)?(?:(?P<m>\d{{1,2}})\s*{m}\s*)?(?P<d>\d{{1,2}})\s*{d}"
            rf"|(?<!\d)(?P<y2>\d{{4}})\s*{y}\s*(?P<m2>\d{{1,2}})\s*{m}")
    era = str(pack.get("dates", "era", "") or "")
    persian_months: dict[str, int] = {}
    for number, names in (pack.get("dates", "persian_months", {}) or {}).items():
        for name in names:
            persian_months[norm(name)] = int(number)
    persian = None
    if era == "persian" and persian_months:
        names = _alt(list(persian_months))
        persian = re.compile(rf"(?:(?P<d>\d{{1,2}})\s+)?(?P<m>{names})(?:\s+(?:ماه\s+)?(?P<y>\d{{4}}))?(?!\w)")
    return UnitRules(pattern, era, persian, persian_months)


def shift_era_years(text: str, era: str) -> str:
    """Buddhist-era years (2400-2699) as Gregorian years, in place (four digits stay four)."""
    if era != "buddhist":
        return text

    def repl(m: re.Match[str]) -> str:
        year = int(m.group(1))
        return str(year - BUDDHIST_OFFSET) if 2400 <= year <= 2699 else m.group(1)

    return _ERA_YEAR.sub(repl, text)


def persian_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
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


def scan_units(text: str, rules: UnitRules) -> list[UnitDate]:
    """Every unit-written or Persian date of `text`, in order."""
    found: list[UnitDate] = []
    month: int | None
    if rules.pattern is not None:
        for m in rules.pattern.finditer(text):
            if m["d"]:
                year = int(m["y"]) if m["y"] else None
                month = int(m["m"]) if m["m"] else 0
                day = int(m["d"])
                if (month and make_date(year or 2000, month, day) is None) or not 1 <= day <= 31:
                    continue
                if month == 0 and year is not None:
                    continue
                found.append(UnitDate(m.start(), m.end(), year, month, day))
            elif 1 <= int(m["m2"]) <= 12:
                found.append(UnitDate(m.start(), m.end(), int(m["y2"]), int(m["m2"]), None))
    if rules.persian is not None:
        for m in rules.persian.finditer(text):
            month = rules.persian_months.get(norm(m["m"]))
            if not month or not m["y"]:
                continue
            year = int(m["y"])
            if m["d"] and 1 <= int(m["d"]) <= PERSIAN_MONTH_DAYS[month - 1] + (month == 12):
                g = persian_to_gregorian(year, month, int(m["d"]))
                found.append(UnitDate(m.start(), m.end(), g[0], g[1], g[2]))
            else:  # a Persian month straddles two Western months: the year only, when both agree
                first = persian_to_gregorian(year, month, 1)
                last = persian_to_gregorian(year, month, PERSIAN_MONTH_DAYS[month - 1])
                if first[0] == last[0]:
                    found.append(UnitDate(m.start(), m.end(), first[0], -1, None))
    return found
