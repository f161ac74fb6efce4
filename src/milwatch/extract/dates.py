"""Find date expressions in an article and resolve them against its publication day.

    pack = PackRegistry().get("vi")
    find_dates("Chiều 4/9, tại Hà Nội ...", pack, "2025-09-05")
    -> [DateMention(start=0, end=9, text="Chiều 4/9", value="2025-09-04", kind="yearless")]

Shapes come from two compiled scans per pack (`_dates_rules`, `_dates_scan`); names from
CLDR plus the pack's dates.toml.  Resolution follows ../shared/eval/GUIDELINES.md: a year-less date takes
the base year (the year before when that would put it ~2 months after the base); without a
base it stays None unless the text writes its year (a dated mention of the same or an
earlier day in that year, or a span of years such as "(1995–2025)"); weekday names are the
most recent such day on or before the base (`future=True`: the next on or after); ranges
of more than two days are dated by their month.  Only "day word year" spans whose word is
no known month go to dateparser, cached per span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal, cast

from milwatch.extract._dates_calendar import (
    AHEAD_DAYS,
    infer_year,
    make_date,
    month_value,
    month_year,
    range_value,
    to_date,
    week_value,
    weekday_date,
)
from milwatch.extract._dates_context import told_ahead, year_in_name
from milwatch.extract._dates_eras import Calendar
from milwatch.extract._dates_raw import Raw
from milwatch.extract._dates_rules import date_rules
from milwatch.extract._dates_scan import scan
from milwatch.extract._dates_vocab import AFTER_PREVIOUS, SAME_YEAR
from milwatch.packs import Pack

__all__ = ["DateMention", "find_dateline", "find_dates", "resolve_date", "resolve_weekday"]

KINDS = ("absolute", "yearless", "weekday", "relative", "month", "year", "today", "range")
DATELINE_CHARS = 600  # a dateline sits in the first lines
DATELINE_PREFIX = 50  # at most this much text ("Roma, ", "WAM - ") before a dateline's date
MonthLean = Literal["last", "this", "next"]  # which month a year-less day "8日" leans to, beside the base's
DATE_LINE_REST = 25  # a date line may go on this far after its day ("29/03/2023 20:55 GMT+7")
# ", ԱՐՄԵՆՊՐԵՍ:"
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*|,\s*[^\W\d][^,:\n]{1,30}?)?(?:[-–—:|]|\(|$)")
_DATELINE_SEP = re.compile(r"[,–—:|-]\s*$")
_WIRE_CREDIT = re.compile(r"\s*\([^()\n]{2,40}\)\s*[-–—]")  # "Praha 4. března (ČTK) -": the agency's credit


@dataclass(slots=True, frozen=True)
class DateMention:
    """One date expression: its span in the text given, and its resolved value."""

    start: int
    end: int
    text: str
    value: str | None  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | None when it cannot be known
    kind: str  # one of KINDS
    until: str | None = None  # ranges only: the last day ("YYYY-MM-DD") or year ("YYYY")


# --- resolution ------------------------------------------------------------------------

_Anchor = tuple[date, str]  # (day, precision: "day" | "month" | "year")


def _anchor(raws: list[Raw]) -> _Anchor | None:
    """The latest dated mention whose year the text writes (year-only mentions do not count)."""
    best: _Anchor | None = None
    for raw in raws:
        found: _Anchor | None = None
        if raw.kind == "day" and raw.year is not None:
            day = make_date(raw.year, raw.month, raw.day or 1)
            found = (day, "day") if day else None
        elif raw.kind == "month" and raw.year is not None:
            found = (date(raw.year, raw.month, 1), "month")
        elif raw.kind == "range" and raw.last is not None and raw.last[0] is not None:
            y, mo, d = cast("tuple[int, int, int | None]", raw.last)  # its year is not None
            found = (date(y, 1, 1), "year") if d is None else ((make_date(y, mo, d) or date(y, mo, 1)), "day")
        if found and (best is None or found[0] > best[0]):
            best = found
    return best


def _year_of(month: int, day: int | None, base: date | None, anchor: _Anchor | None,
             future: bool) -> int | None:
    if base is not None:
        return infer_year(month, day, base, future)
    if anchor is None:
        return None
    when, precision = anchor
    probe = make_date(when.year, month, day or 1)
    if probe is None:
        return None
    if precision == "year" or (precision == "month" and month >= when.month) or \
            (precision == "day" and (probe >= when or (day is None and month == when.month))):
        return when.year
    return None


def _value(raw: Raw, base: date | None, anchor: _Anchor | None, future: bool,
           calendar: Calendar | None = None) -> tuple[str | None, str | None]:
    """(value, until) of one raw mention; `calendar`: the pack's era, for its year-less days."""
    if raw.era_month:  # "۱۲ آبان", "د حمل په ۱۲مه": the era day nearest the base, as a year-less day is
        when = (calendar.nearest(raw.era_month, raw.day or 1, base, AHEAD_DAYS, future) if calendar
                and base else None)
        if when is None or raw.last is None:
            return (when.isoformat() if when else None), None
        last = when + timedelta(days=(raw.last[2] or 0) - (raw.day or 1))  # "۲۴ تا ۲۸ اسفند": one era month
        return range_value(when, last), last.isoformat()
    if raw.kind == "day" and raw.month == 0 and raw.month_offset is not None:  # 다음 달 3일
        if base is None:
            return None, None
        index = base.year * 12 + base.month - 1 + raw.month_offset
        when = make_date(index // 12, index % 12 + 1, raw.day or 1)
        return (when.isoformat() if when else None), None
    if raw.kind == "day" and raw.month == 0:  # "1日", "8일": a day of the base month (or the one before)
        if future and raw.direction <= 0:  # "8日、…会談する予定": told ahead by a future verb, not "오는"
            return _day_of_base_month(raw.day or 1, base, "this"), None
        return _day_of_base_month(raw.day or 1, base, "next" if future else "last"), None
    if raw.kind in ("day", "month"):
        year = raw.year if raw.year is not None else _year_of(raw.month, raw.day, base, anchor, future)
        if raw.year_offset is not None:  # "March last year": only the article's own day can say which
            year = base.year + raw.year_offset if base is not None else None
        if year is None:
            return None, None
        if raw.kind == "month":
            if raw.direction and raw.year is None and raw.year_offset is None and base is not None:
                year = month_year(raw.month, base, raw.direction)  # "last February", "el próximo mayo"
            return month_value(year, raw.month), None
        day = make_date(year, raw.month, raw.day or 1)
        return (day.isoformat() if day else None), None
    if raw.kind == "year":
        return f"{raw.year:04d}", None
    if raw.kind == "range" and raw.month == 0 and raw.last is not None:  # "20일부터 22일까지"
        return _days_of_base_month(raw.day or 1, raw.last[2] or 1, base, future)
    if raw.kind == "range" and raw.last is not None:
        return _range(raw, base, anchor, future)
    if base is None:
        return None, None
    if raw.kind == "weekday":
        return weekday_date(raw.number, base, future, raw.direction).isoformat(), None
    if raw.kind == "days":
        return (base + timedelta(days=raw.number)).isoformat(), None
    if raw.kind == "weeks":
        return week_value(base, raw.number, future), None
    if raw.kind == "months":
        index = base.year * 12 + base.month - 1 + raw.number
        return month_value(index // 12, index % 12 + 1), None
    return f"{base.year + raw.number:04d}", None


def _day_of_base_month(day: int, base: date | None, lean: MonthLean) -> str | None:
    """The day `day` of the base month or a month beside it, as `lean` says: "last", a told day (one after the
    base's day is of the month before); "this", a day a future verb tells ahead (the base month); "next", a
    day marked as coming ("오는 3일": one before the base's day is of the next month)."""
    if base is None:
        return None
    year, month = base.year, base.month
    if day > base.day and lean == "last":
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    elif day < base.day and lean == "next":
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    when = make_date(year, month, day)
    return when.isoformat() if when else None


def _days_of_base_month(first_day: int, last_day: int, base: date | None,
                        future: bool) -> tuple[str | None, str | None]:
    """(value, until) of a range of two days of one month the context gives: the first day's month, as for
    one such day."""
    first = _day_of_base_month(first_day, base, "next" if future else "last")
    if first is None:
        return None, None
    start = date.fromisoformat(first)
    last = start + timedelta(days=last_day - first_day)
    return range_value(start, last), last.isoformat()


def _range(raw: Raw, base: date | None, anchor: _Anchor | None,
           future: bool) -> tuple[str | None, str | None]:
    assert raw.last is not None
    last_year, last_month, last_day = raw.last
    if last_day is None:  # years: "(1995–2025)"
        return f"{last_year:04d}", f"{last_year:04d}"
    if last_year is None:
        last_year = _year_of(last_month, last_day, base, anchor, future)
        if last_year is None:
            return None, None
    first_year = raw.year
    if first_year is None:  # "30 December – 2 January" starts the year before
        first_year = last_year - 1 if (raw.month, raw.day or 1) > (last_month, last_day) else last_year
    first, last = make_date(first_year, raw.month, raw.day or 1), make_date(last_year, last_month, last_day)
    if first is None or last is None or last < first:
        return None, None
    return range_value(first, last), last.isoformat()


def _kind(raw: Raw) -> str:
    if raw.kind == "day":
        return "absolute" if raw.year is not None else "yearless"
    if raw.kind == "days":
        return "today" if raw.number == 0 else "relative"
    if raw.kind == AFTER_PREVIOUS:
        return "absolute"  # a day of the story's own calendar, as if written out
    if raw.kind == SAME_YEAR:
        return "year"  # as if written out
    return "relative" if raw.kind in ("weeks", "months", "years") else raw.kind


def _dateline(raws: list[Raw], text: str) -> Raw | None:
    """A day written at the head of the article: "Roma, 09 feb -", "WAM - 03rd Mar, 2023", a date line."""
    for raw in raws:
        if raw.start > DATELINE_CHARS:
            break
        if raw.kind != "day":
            continue
        line_start = text.rfind("\n", 0, raw.start) + 1
        line_end = text.find("\n", raw.end)
        line_end = len(text) if line_end < 0 else line_end
        prefix, rest = text[line_start:raw.start], text[raw.end:line_end]
        if len(prefix) > DATELINE_PREFIX or ". " in prefix:
            continue
        alone = not rest.strip() or _WIRE_CREDIT.match(text, raw.end, line_end)  # line ends, or a credit
        if raw.year is None and prefix.strip() and not _DATELINE_SEP.search(prefix) and not (
                len(prefix.split()) == 1 and alone):
            continue  # "Treffen am 4. September" heads an article but is no dateline; "Roma, 09 feb -" is,
            # and so is a line of a place and a day alone ("နေပြည်တော် ဇူလိုင် ၉")
        short = len(rest.strip()) <= DATE_LINE_REST
        wire = _DATELINE_END.match(text, raw.end, line_end)
        if short or wire:
            return raw
    return None


def _base_from(raws: list[Raw], text: str, anchor: _Anchor | None) -> date | None:
    line = _dateline(raws, text)
    if line is None:
        return None
    year = line.year if line.year is not None else _year_of(line.month, line.day, None, anchor, False)
    return make_date(year, line.month, line.day or 1) if year is not None else None


# A day in an article's address (/2025/04/01/, 2025-04-01) or a "date YYYY-MM-DD" line at the
# head of a stored page is publication metadata; a month alone (/2023/09/) is not.
_URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-](\d\d)[/_-](\d\d)(?!\d)")
_DATE_PREFIX = re.compile(r"\A\s*date[ :]+((?:19|20)\d\d)-(\d\d)-(\d\d)\b", re.IGNORECASE)


def published_from_metadata(source_url: str | None, text: str) -> str | None:
    """The publication day an article's address or a stored page's date line gives, or None."""
    for m in (_DATE_PREFIX.match(text or ""), _URL_DAY.search(source_url or "")):
        if m:
            day = make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if day:
                return day.isoformat()
    return None


def find_dateline(text: str, pack: Pack, published: str | None = None) -> str | None:
    """The day a wire dateline or date line at the head of `text` names ("YYYY-MM-DD"), or None.

    A year-less dateline ("Roma, 09 feb") takes its year from `published` (the latest such day
    not after it) or else from the text itself (see module doc); otherwise None.
    """
    rules = date_rules(pack)
    head = scan(text[:DATELINE_CHARS + 60], rules)
    line = _dateline(head, text)
    if line is None:
        return None
    if line.year is None and to_date(published) is not None:
        value, _ = _value(line, to_date(published), None, False, rules.units.calendar)
        return value
    if line.year is None:
        raws = scan(text, rules)
        day = _base_from(raws, text, _anchor(raws))
        return day.isoformat() if day else None
    day = make_date(line.year, line.month, line.day or 1)
    return day.isoformat() if day else None


# a report filed on a day (its dateline's, its lead's) may be published up to this much later
FILING_LAG_DAYS = 3


def filed_shortly_before(published: str, day: str) -> bool:
    """Is `day` (YYYY-MM-DD) one to FILING_LAG_DAYS days before the publication day?"""
    lag = (date.fromisoformat(published[:10]) - date.fromisoformat(day)).days
    return 0 < lag <= FILING_LAG_DAYS


def find_dates(text: str, pack: Pack, published: str | None, *, future: bool = False) -> list[DateMention]:
    """Every date expression in `text`, in order, resolved against `published` ("YYYY-MM-DD").

    Without `published`, a dateline at the head of the text is the base; without either,
    year-less days, weekdays and relative words resolve to None unless the text writes the
    year (see module doc).  `future` reads year-less days and weekdays forward (announcements).
    """
    rules = date_rules(pack)
    raws = [raw for raw in scan(text, rules) if not year_in_name(raw, text, rules.year_prefix)]
    if not raws:
        return []
    base = to_date(published)
    anchor = None
    if base is None:
        anchor = _anchor(raws)
        base = _base_from(raws, text, anchor)
    ahead = set(range(len(raws))) if future else told_ahead(raws, text, pack)
    # "오는 25일", "오는 3일부터 7일까지": the coming day(s)
    ahead |= {i for i, raw in enumerate(raws) if raw.kind in ("day", "range") and raw.direction > 0}
    out: list[DateMention] = []
    previous: date | None = None  # the last day named so far: what "the next day" counts from
    year: str | None = None  # the year of the last date written out: what "that same year" means
    for index, raw in enumerate(raws):
        if raw.kind == AFTER_PREVIOUS:
            # with no day named before, "the same day" / "the day before" count from the article's day
            start = previous or (base if raw.number <= 0 else None)
            day = start + timedelta(days=raw.number) if start else None
            value, until = (day.isoformat() if day else None), None
        elif raw.kind == SAME_YEAR or raw.same_year:
            value, until = (year, None) if raw.kind == SAME_YEAR else (None, None)
            if raw.same_year and year:
                value, until = _value(replace(raw, year=int(year), same_year=False), base, anchor,
                                      index in ahead, rules.units.calendar)
        else:
            value, until = _value(raw, base, anchor, index in ahead, rules.units.calendar)
        out.append(DateMention(raw.start, raw.end, text[raw.start:raw.end], value, _kind(raw), until))
        if value and len(value) == 10 and raw.kind != "range":
            previous = date.fromisoformat(value)
        if value and raw.kind in ("day", "month", "year", "range", "years", "months") and not (
                base and int(value[:4]) > base.year):  # ("a vision to 2030. That same year ...": of 2022)
            year = value[:4]
    return out


def resolve_date(year: int | None, month: int, day: int | None = None, *, base: str | None = None,
                 future: bool = False) -> str | None:
    """A day ("YYYY-MM-DD") or month ("YYYY-MM"); a missing year is inferred from `base`, else None."""
    if not 1 <= month <= 12 or make_date(2000, month, day or 1) is None:
        return None
    if year is None:
        when = to_date(base)
        year = infer_year(month, day, when, future) if when else None
        if year is None:
            return None
    if make_date(year, month, 1) is None:
        return None  # a year outside the calendar (0, 12345)
    if day is None:
        return month_value(year, month)
    value = make_date(year, month, day)
    return value.isoformat() if value else None


def resolve_weekday(weekday: int, base: str | None, *, future: bool = False,
                    direction: int = 0) -> str | None:
    """The day a weekday name (Monday = 0) refers to, seen from `base`; None without a base."""
    when = to_date(base)
    return weekday_date(weekday % 7, when, future, direction).isoformat() if when else None
