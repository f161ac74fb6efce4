"""Dates written with unit signs after the numbers (Chinese, Japanese, Korean), and dates
of other eras (the Thai Buddhist era; the calendars of `_dates_eras`: Solar Hijri, Kurdish, Ethiopian).

    2025年11月1日, 11月1日, 1日, 2025年11月        (dates.toml year_units, month_units, day_units)
    2025년 11월 1일, 1일
    14 พฤศจิกายน 2568 -> 2025                    (dates.toml era = "buddhist")
    ۱۲ آبان ۱۴۰۳ -> 2024-11-02, آبان ۱۴۰۳ -> 2024 (dates.toml era = "persian", era_months)
    د ۱۴۰۳ کال د حوت په ۲۲مه -> 2025-03-12       (year first: year_words, month_prefix, numeric_prefix)
    መጋቢት 4 ቀን 2017 ዓ.ም -> 2025-03-13            (era = "ethiopian", month first: day_suffixes, connectors)

A day without its month ("1日", "8일") is a day of the base month, or of the month before
when that day is still to come; `Raw.month == 0` marks it until resolution.  Buddhist-era years
are turned into Gregorian ones by rewriting the digits in place (same length, so every offset
holds); an era's day-month-year shapes (in any of the three orders) are converted exactly, and an
era month without its day gives only the year (it straddles two Western months), when both agree.
An era day without its year ("۱۲ آبان") keeps its era month (`UnitDate.era_month`): the article's day
picks the year when the mention is resolved (`Calendar.nearest`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from milwatch.extract._dates_calendar import make_date
from milwatch.extract._dates_eras import CALENDARS, Calendar, persian_to_gregorian
from milwatch.extract._dates_vocab import norm
from milwatch.packs import Pack

__all__ = ["UnitDate", "UnitRules", "persian_to_gregorian", "scan_units", "shift_era_years", "unit_rules"]

BUDDHIST_OFFSET = 543
_ERA_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
MIN_YEAR, MAX_YEAR = 1800, 2099  # a converted era day outside these is no date of the news
_MONTH_WORDS = ("ماه",)  # "تیر ماه ۱۴۰۲": "month" written between an era month and its year


@dataclass(frozen=True, slots=True)
class UnitDate:
    start: int
    end: int
    year: int | None
    month: int  # 0: the day's month is not written
    day: int | None
    era_month: int = 0  # a year-less day of the era: its month there (month is 0)
    # an era range's last day: Gregorian, or (None, 0, era day)
    last: tuple[int | None, int, int] | None = None


@dataclass(frozen=True, slots=True)
class UnitRules:
    pattern: re.Pattern[str] | None
    era: str  # "" | "buddhist" | a key of `_dates_eras.CALENDARS`
    era_dates: re.Pattern[str] | None  # day, month and year of the era in any order (groups d, m, y + 1..3)
    era_months: dict[str, int]
    calendar: Calendar | None
    era_year: re.Pattern[str] | None  # the era's mark right after a year ("2017 ዓ.ም"): an era year
    # a year counted from an era named before it (令和6年7月, 民國113年): groups n, y, m, d
    named_era: re.Pattern[str] | None
    era_starts: dict[str, int]  # era name -> the year before its first


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def _words(pack: Pack, key: str, extra: tuple[str, ...] = ()) -> str:
    """An alternation of the pack's `key` words followed by whitespace, or never."""
    found = [norm(w) for w in pack.get("dates", key, []) or [] if norm(w)] + list(extra)
    return rf"(?:{_alt(found)}\s+)" if found else r"(?!x)x"


def _era_pattern(pack: Pack, months: dict[str, int]) -> re.Pattern[str]:
    """Day, month and year of an era: "۱۲ حمل ۱۴۰۴", "د ۱۴۰۳ کال د حوت په ۲۲مه", "መጋቢት 4 ቀን 2017"."""
    names = _alt(list(months))
    suffixes = [norm(w) or w.strip() for w in pack.get("dates", "day_suffixes", []) or [] if w.strip()]
    suf = rf"(?:{_alt(suffixes)})?" if suffixes else ""
    conn = _words(pack, "connectors", _MONTH_WORDS)
    year_words = _words(pack, "year_words")
    month_prefix, day_prefix = _words(pack, "month_prefix"), _words(pack, "numeric_prefix")
    prefixes = [norm(p) for p in pack.get("dates", "digit_prefixes", []) or [] if norm(p)]
    glued = f"{_alt(prefixes)}?" if prefixes else ""  # read with the month, left out of the mention's span

    def day(n: int) -> str:
        return rf"(?<!\d)(?P<d{n}>\d{{1,2}})(?!\d)"

    def month(n: int) -> str:  # after no letter, or after a preposition written onto it (am "በመጋቢት")
        return rf"(?<!\w){glued}(?P<m{n}>{names})(?!\w)"

    def year(n: int) -> str:
        return rf"(?P<y{n}>\d{{4}})(?!\d)"

    ymd = rf"(?<!\d){year(1)}\s+{year_words}?{month_prefix}?{month(1)}\s+{day_prefix}?{day(1)}{suf}(?!\w)"
    marked = rf"(?P<x2>\s?{_alt(suffixes)})?" if suffixes else "(?P<x2>)"  # "د حمل په ۱۲مه", "መጋቢት 4 ቀን"
    end_marked = rf"(?P<z2>\s?{_alt(suffixes)})?" if suffixes else "(?P<z2>)"
    rsep = rf"(?:\s*[-–—]\s*|\s+{_words(pack, 'range_words')}{day_prefix}?)"  # "۲۴ تا ۲۸", "4 እስከ 6"

    def until(n: int) -> str:  # the last day of a range within one month
        return rf"(?:{rsep}(?P<e{n}>\d{{1,2}})(?!\d))?"

    mdy = (rf"{month(2)}\s+{day_prefix}?{day(2)}{marked}{until(2)}{end_marked}"
           rf"(?:(?:\s+{conn}|\s*,\s*|\s+){year(2)})?")
    dmy = rf"(?:{day(3)}{suf}{until(3)}{suf}\s+{conn}?)?{month(3)}(?:\s+{conn}?{year(3)})?"
    return re.compile(f"{ymd}|{mdy}|{dmy}", re.IGNORECASE)


def unit_rules(pack: Pack) -> UnitRules:
    years, months, days, counts = (list(pack.get("dates", key, []) or [])
                                   for key in ("year_units", "month_units", "day_units", "duration_marks"))
    pattern = None
    if days and months:
        y, m, d = _alt(years) if years else r"(?!x)x", _alt(months), _alt(days)
        not_count = rf"(?!{_alt(counts)})" if counts else ""  # "4日間": four days, no 4th
        # a day's number and its unit stand together, or one plain space apart: not a heading's number, an
        # ideographic space or a line break before a word starting on 日 ("1　日フィリピン防衛相会談")
        pattern = re.compile(
            rf"(?<!\d)(?:(?P<y>\d{{4}})\s*{y}\s*)?(?:(?P<m>\d{{1,2}})\s*{m}\s*)?"
            rf"(?P<d>\d{{1,2}}) ?{d}{not_count}"
            rf"|(?<!\d)(?P<y2>\d{{4}})\s*{y}\s*(?P<m2>\d{{1,2}})\s*{m}")
    era = str(pack.get("dates", "era", "") or "")
    calendar = CALENDARS.get(era)
    era_months: dict[str, int] = {}
    for key in ("persian_months", "era_months"):
        for number, names in (pack.get("dates", key, {}) or {}).items():
            for name in names:
                if calendar is not None and 1 <= int(number) <= calendar.months and norm(name):
                    era_months[norm(name)] = int(number)
    era_dates = _era_pattern(pack, era_months) if calendar is not None and era_months else None
    marks = [norm(w) for w in pack.get("dates", "era_year_marks", []) or [] if norm(w)]
    era_year = re.compile(rf"\s*{_alt(marks)}(?!\w)") if calendar is not None and marks else None
    starts = {norm(name): int(year) for name, year in (pack.get("dates", "era_names", {}) or {}).items()
              if norm(name)}
    named = None
    if starts and years:
        first = [norm(w) for w in pack.get("dates", "era_first_year", []) or [] if norm(w)]
        number = rf"\d{{1,3}}|{_alt(first)}" if first else r"\d{1,3}"
        y = _alt(years)
        m, d = _alt(months) if months else r"(?!x)x", _alt(days) if days else r"(?!x)x"
        named = re.compile(rf"(?P<n>{_alt(list(starts))})\s*(?P<y>{number})(?!\d)\s*{y}"
                           rf"(?:\s*(?P<m>\d{{1,2}})\s*{m}(?:\s*(?P<d>\d{{1,2}})\s*{d})?)?", re.IGNORECASE)
    return UnitRules(pattern, era, era_dates, era_months, calendar, era_year, named, starts)


def shift_era_years(text: str, era: str) -> str:
    """Buddhist-era years (2400-2699) as Gregorian years, in place (four digits stay four)."""
    if era != "buddhist":
        return text

    def repl(m: re.Match[str]) -> str:
        year = int(m.group(1))
        return str(year - BUDDHIST_OFFSET) if 2400 <= year <= 2699 else m.group(1)

    return _ERA_YEAR.sub(repl, text)


def _era_date(m: re.Match[str], rules: UnitRules) -> UnitDate | None:
    calendar = rules.calendar
    n = next(k for k in "123" if m[f"m{k}"])
    month = rules.era_months.get(norm(m[f"m{n}"]))
    if calendar is None or not month:
        return None
    day = int(m[f"d{n}"]) if m[f"d{n}"] else None
    start = min(m.start(g) for g in (f"d{n}", f"m{n}", f"y{n}") if m[g])  # not a prefix glued to the month
    end_day = int(m[f"e{n}"]) if n != "1" and m[f"e{n}"] else None
    if end_day is not None and (day is None or end_day <= day):
        return None
    if not m[f"y{n}"]:  # a year-less day: its year comes from the article's day ("۱۲ آبان", "د حمل ۱۲مه")
        if day is None or not 1 <= (end_day or day) <= calendar.max_days(month):
            return None
        if n == "2" and not (m["x2"] or m["z2"]):
            return None  # "میزان ۱۲" (a level of 12): a month name before a bare number is no date
        last: tuple[int | None, int, int] | None = (None, 0, end_day) if end_day else None
        return UnitDate(start, m.end(), None, 0, day, era_month=month, last=last)
    year = int(m[f"y{n}"])
    if day is not None and 1 <= (end_day or day) <= calendar.days(year, month):
        g = calendar.to_gregorian(year, month, day)
        end = calendar.to_gregorian(year, month, end_day) if end_day else None
        if not MIN_YEAR <= g[0] <= MAX_YEAR:
            return None
        return UnitDate(start, m.end(), g[0], g[1], g[2], last=end)
    if day is not None:
        return None
    first = calendar.to_gregorian(year, month, 1)  # an era month straddles two Western months:
    last = calendar.to_gregorian(year, month, calendar.days(year, month))  # the year only, when both agree
    if first[0] == last[0] and MIN_YEAR <= first[0] <= MAX_YEAR:
        return UnitDate(start, m.end(), first[0], -1, None)
    return None


def _named_era_date(m: re.Match[str], rules: UnitRules) -> UnitDate | None:
    """令和6年7月 -> 2024-07, 民國113年 -> 2024, 令和元年 -> 2019: the era's start year plus its count."""
    count = int(m["y"]) if m["y"].isdigit() else 1  # the era's first year is written 元 (ja, zh)
    year = rules.era_starts.get(norm(m["n"]), 0) + count
    month = int(m["m"]) if m["m"] else -1
    day = int(m["d"]) if m["d"] else None
    if not MIN_YEAR <= year <= MAX_YEAR or not (month == -1 or 1 <= month <= 12):
        return None
    if day is not None and make_date(year, month, day) is None:
        return None
    return UnitDate(m.start(), m.end(), year, month, day)


def scan_units(text: str, rules: UnitRules) -> list[UnitDate]:
    """Every unit-written or era date of `text`, in order."""
    found: list[UnitDate] = []
    if rules.named_era is not None:
        found.extend(unit for m in rules.named_era.finditer(text) if (unit := _named_era_date(m, rules)))
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
    if rules.era_dates is not None:
        found.extend(unit for m in rules.era_dates.finditer(text) if (unit := _era_date(m, rules)))
    return found
