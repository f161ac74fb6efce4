"""Dates written with digits ("2025-11-21", "21/11", "4.9.2025", "10-20 martie 2025", "3 de junio de 2025")
read into raw mentions; a bare "4/9" needs a licence ("ngày", "am", a day part), a round year needs "in"."""

from __future__ import annotations

import re
from typing import cast

from milwatch.extract._dates_calendar import full_year
from milwatch.extract._dates_raw import MAX_YEAR, MAX_YEAR_SPAN, MIN_YEAR, Raw, day_start, tail, valid_day
from milwatch.extract._dates_rules import DateRules
from milwatch.extract._dates_vocab import norm


def _four_digits(m: re.Match[str]) -> Raw | None:
    year = int(m["a"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if m["iso_m"]:
        month, day = int(m["iso_m"]), int(m["iso_d"])
        return Raw(m.start(), m.end(), "day", year, month, day) if valid_day(month, day) else None
    if m["y2"]:
        last = int(m["y2"])
        if not 0 < last - year <= MAX_YEAR_SPAN:
            return None
        return Raw(m.start(), m.end(), "range", year, 1, None, last=(last, 12, None))
    return Raw(m.start(), m.end(), "year", year)


_SPACES = re.compile(r"\s+")


def _day_range_before_month(m: re.Match[str], low: str, rules: DateRules) -> Raw | None:
    """"10-20 martie 2025", "10-20 March": a range of days written with a hyphen before a month name."""
    if m["n_s"] != "-" or m["n_a"] or m["n_y"] or m["n_y2"] or m["n_dot"]:
        return None
    gap = _SPACES.match(low, m.end())
    word = rules.words.match(low, gap.end()) if gap else None
    month = rules.month(word[0]) if word else None
    first, second = int(m["a"]), int(m["n_b"])
    if not month or not (valid_day(month, first) and valid_day(month, second) and first < second):
        return None
    end = cast(re.Match[str], word).end()  # a month was found in it
    rest = rules.my_rest.match(low, end)
    year = int(rest["y"]) if rest else None
    return Raw(m.start(), rest.end() if rest else end, "range", year, month, first,
               last=(year, month, second))


def _numeric(m: re.Match[str], low: str, rules: DateRules) -> Raw | None:
    before_month = _day_range_before_month(m, low, rules)
    if before_month is not None:
        return before_month
    first, second = int(m["a"]), int(m["n_b"])
    d0 = None
    if m["n_a"]:
        d0, first = first, int(m["n_a"])
    end = m.end()
    year = full_year(int(m["n_y"])) if m["n_y"] else (int(m["n_y2"]) if m["n_y2"] else None)
    if m["n_y2"] and not tail(rules.licence, low, m.start()):
        return None  # "2/3 of 2000": only "ngày 6/5 năm 2021" joins a numeric day to a year by a word
    if year is None:
        if m["n_dot"] and m["n_s"] != ".":
            end -= 1  # "chiều 4/9." ends a sentence
        if not tail(rules.licence, low, m.start()):
            return None  # "24/7", "2/3 of", "6/1 Gorkha": a bare d/m needs "ngày", "am", a day part or "("
        if m["n_s"] == "." and not m["n_dot"] and not d0 and low[m.start() - 1:m.start()] != "(" \
                and rules.date_order == "MDY":
            return None  # "4.9" in English is a number
    dmy = m["n_s"] == "." or d0 is not None or first > 12 or (rules.date_order != "MDY" and second <= 12)
    day, month = (first, second) if dmy else (second, first)
    order = "DMY" if first > 12 or (m["n_s"] == "." and second <= 12) else "MDY" if second > 12 else "?"
    if not valid_day(month, day) or (d0 is not None and not (valid_day(month, d0) and d0 < day)):
        return None
    start = day_start(low, m.start(), rules)
    if d0 is not None:
        return Raw(start, end, "range", year, month, d0, last=(year, month, day))
    return Raw(start, end, "day", year, month, day, order=order)


def _month_end(m: re.Match[str], group: str, rules: DateRules) -> int:
    """A full month name does not take the sentence's full stop ("3 de junio.")."""
    surface = m[group]
    if surface.endswith(".") and norm(surface) in rules.vocab.wide_months and m.end() == m.end(group):
        return m.end() - 1
    return m.end()


def digit_hit(m: re.Match[str], text: str, low: str, rules: DateRules) -> Raw | None:
    month: int | None
    if m["iso_s"] or m["y2"] or m["year"] is not None:
        raw = _four_digits(m)
        if raw is not None and raw.kind == "year" and raw.year is not None and raw.year % 100 == 0 \
                and not tail(rules.year_prefix, low, m.start()):
            return None  # "2000 soldiers": a round number is a year only after "in", "năm"...
        return raw
    if m["sp_m"]:
        day, month = int(m["a"]), int(m["sp_m"])
        if rules.date_order == "MDY" or not valid_day(month, day):
            return None
        return Raw(m.start(), m.end(), "day", int(m["sp_y"]), month, day, order="DMY")
    if m["n_s"]:
        return _numeric(m, low, rules)
    if m["c_m"]:
        month = rules.month(m["c_m"])
        year = int(m["c_y"]) if m["c_y"] else None
        first, second = int(m["a"]), (int(m["c_d"]) if m["c_d"] else None)
        if month is None or not valid_day(month, first) or (second is not None and not
                                                         (valid_day(month, second) and first < second)):
            return None
        start, end = day_start(low, m.start(), rules), _month_end(m, "c_m", rules)
        if second is not None:
            return Raw(start, end, "range", year, month, first, last=(year, month, second))
        return Raw(start, end, "day", year, month, first, order="DMY")
    if m["l_w"]:
        parsed = rules.fallback(text[m.start():m.end()]) if rules.code not in ("und", "_base") else None
        if parsed:
            return Raw(m.start(), m.end(), "day", *parsed)
        year = int(m["l_y"])  # "30 Soldaten 2025": no date, but the year stands
        return Raw(m.start("l_y"), m.end(), "year", year) if year % 100 else None
    return None
