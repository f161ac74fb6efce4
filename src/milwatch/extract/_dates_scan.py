"""Turn the matches of a pack's date patterns into raw mentions (years may still be missing).

`scan` runs the two scans of `_dates_rules`, checks each hit (a bare "4/9" needs a
licence such as "ngày", "am" or a day part; a round year needs "in"; a strict weekday
needs capitals or context), drops overlaps and joins "Montag, 30. März" and
"30 January – 2 February" into single mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from milwatch.extract._dates_calendar import make_date
from milwatch.extract._dates_digits import digit_hit
from milwatch.extract._dates_raw import Raw, day_start, lowered, tail, valid_day
from milwatch.extract._dates_rules import DateRules
from milwatch.extract._dates_units import scan_units, shift_era_years
from milwatch.extract._dates_vocab import SAME_YEAR, norm

_COUNT = re.compile(r"\d\s*$")
# Decimal digits of other scripts as ASCII, one character for one (offsets hold): Arabic-Indic,
# Persian, N'Ko, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam,
# Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, fullwidth.
_DIGIT_ZEROS = (0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
                0xE50, 0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10)
_ASCII_DIGITS = {zero + i: ord("0") + i for zero in _DIGIT_ZEROS for i in range(10)}


def _year_follows(low: str, end: int, rules: DateRules) -> bool:
    """Does a relative year follow ("martie anul trecut", "marzo dell'anno scorso")?"""
    gap = rules.gap_of_year.match(low, end)
    word = rules.words.match(low, gap.end() if gap else end)
    found = rules.offset(word[0]) if word else None
    return found is not None and found[0] == "years"


def _heads_sentence(low: str, start: int, end: int) -> bool:
    """A month word that opens a sentence, set off by a comma ("Tháng 8, Hải quân …"): a date, not a word."""
    head = low[max(0, start - 3):start].rstrip(" \t")
    return low.startswith(",", end) and (not head or head[-1] in ".!?:\n")


def _month_hit(m: re.Match[str], month: int, low: str, rules: DateRules,
               after_date: bool = False, lower: bool = False) -> Raw | None:
    start, end = m.start(), m.end()
    if rules.mdy_rest is not None:
        rest = rules.mdy_rest.match(low, end)
        if rest:
            first, second = int(rest["d"]), (int(rest["d2"]) if rest["d2"] else None)
            year = int(rest["y"]) if rest["y"] else None
            if valid_day(month, first) and (second is None or (valid_day(month, second) and first < second)):
                start = day_start(low, start, rules)
                if second is not None:
                    return Raw(start, rest.end(), "range", year, month, first, last=(year, month, second))
                return Raw(start, rest.end(), "day", year, month, first, order="MDY")
    rest = rules.my_rest.match(low, end)
    if rest:
        return Raw(start, rest.end(), "month", int(rest["y"]), month)
    written_with_unit = rules.bare_months and any(c.isdigit() for c in m[0])  # 3月, 3월: never another word
    start, end, direction = _month_direction(start, end, low, rules)
    if written_with_unit or (norm(m[0]) in rules.vocab.wide_months and (
            after_date or direction or (lower and norm(m[0]) in rules.vocab.months_in)
            or tail(rules.bare_month, low, start) or _year_follows(low, end, rules)
            or tail(rules.year_before, low, start) or _heads_sentence(low, start, end))):
        return Raw(start, end, "month", None, month, direction=direction)
    return None


def _month_direction(start: int, end: int, low: str, rules: DateRules) -> tuple[int, int, int]:
    """"last February", "el pasado febrero", "février dernier", "febbraio scorso", "next May": the words
    for last and next of weekdays (dates.weekday_before / weekday_after) said of a month; (start, end,
    direction) with the words taken into the mention. Direction 0 ("this") changes nothing."""
    before = tail(rules.weekday_before, low, start)
    after = rules.weekday_after.match(low, end)
    if before and (direction := rules.vocab.weekday_before.get(norm(before["p"]), 0)):
        return before.start(), end, direction
    if after and (direction := rules.vocab.weekday_after.get(norm(after["p"]), 0)):
        return start, after.end(), direction
    return start, end, 0


def _weekday_hit(m: re.Match[str], number: int, text: str, low: str, rules: DateRules) -> Raw:
    v = rules.vocab
    start, end, direction = m.start(), m.end(), 0
    before = tail(rules.weekday_before, low, start)
    if norm(m[0]) in v.weekday_joined:
        direction = v.weekday_joined[norm(m[0])]
    elif before:
        direction = v.weekday_before.get(norm(before["p"]), 0)
        start = before.start()
    after = rules.weekday_after.match(low, end)
    if after:
        direction = v.weekday_after.get(norm(after["p"]), direction)
        end = after.end()
    strict = norm(m[0]) in v.strict_weekdays
    if strict:
        words = text[m.start():m.end()].split()
        cased = any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and words[-1].isdigit())
        strict = not (cased or tail(rules.weekday_context, low, m.start()))
    return Raw(day_start(low, start, rules), end, "weekday", number=number,
               direction=direction, strict=strict)


DATE_GAP = 3  # characters between a date and a relative year that completes it


def _word_hit(m: re.Match[str], text: str, low: str, rules: DateRules,
              after_date: bool = False) -> Raw | None:
    v = rules.vocab
    key = norm(m[0])
    if key in v.weekdays:
        return _weekday_hit(m, v.weekdays[key], text, low, rules)
    found = rules.offset(m[0])
    if found is not None:
        if not after_date and tail(_COUNT, low, m.start()):
            return None  # "3 năm trước", "2 tuần trước": so long ago, not last year or week
        return Raw(m.start(), m.end(), found[0], number=found[1])
    month = rules.month(m[0])
    written = text[m.start():m.end()]
    # "marca", not the name "Maja"; a script without capitals (ઓક્ટોબરમાં) cannot write the name apart; nor
    # can a form of two words ("Ekim ayında", in the month of October)
    lower = written.islower() or written.lower() == written.upper() or " " in written
    return _month_hit(m, month, low, rules, after_date, lower) if month else None


def _merge(raws: list[Raw], text: str, rules: DateRules) -> list[Raw]:
    """Join "Montag, 30. März" into one day and "30 January – 2 February" into one range."""
    out: list[Raw] = []
    last: tuple[int | None, int, int | None] | date | None  # a range end, then a date
    for raw in raws:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "year" and raw.kind in ("day", "month", "range") \
                and raw.year is None \
                and raw.month and rules.gap_year_first.fullmatch(text, prev.end, raw.start):
            last = (prev.year, *raw.last[1:]) if raw.last is not None and raw.last[0] is None else raw.last
            # year first: "2025. április 1."
            out[-1] = replace(raw, start=prev.start, year=prev.year, last=last)
            continue
        if prev is not None and prev.kind in ("day", "month") and prev.year is None and raw.kind == "years" \
                and rules.gap_of_year.fullmatch(text, prev.end, raw.start):
            # "March last year", "tháng 3 năm ngoái"
            out[-1] = replace(prev, end=raw.end, year_offset=raw.number)
            continue
        if prev is not None and prev.kind in ("day", "month") and prev.year is None \
                and raw.kind == SAME_YEAR and rules.gap_of_year.fullmatch(text, prev.end, raw.start):
            out[-1] = replace(prev, end=raw.end, same_year=True)  # "in October of the same year"
            continue
        if prev is not None and prev.kind == SAME_YEAR and raw.kind in ("day", "month") and raw.year is None \
                and rules.gap_year_month.fullmatch(text, prev.end, raw.start):
            out[-1] = replace(raw, start=prev.start, same_year=True)  # 同年9月, "that same year in September"
            continue
        if prev is not None and prev.kind == "years" and raw.kind in ("day", "month") and raw.year is None \
                and rules.gap_year_month.fullmatch(text, prev.end, raw.start):
            # 昨年3月, 작년 3월, vlani v novembri
            out[-1] = replace(raw, start=prev.start, year_offset=prev.number)
            continue
        if prev is not None and prev.kind == "months" and raw.kind == "day" and raw.month == 0 \
                and not raw.era_month and raw.year is None \
                and rules.gap_of_year.fullmatch(text, prev.end, raw.start):
            out[-1] = replace(raw, start=prev.start, month_offset=prev.number)  # 다음 달 3일, 来月3日
            continue
        if prev is not None and prev.kind == "weekday" and raw.kind in ("day", "range") \
                and rules.gap_join.fullmatch(text, prev.end, raw.start):
            end = (raw.end + 1 if text[raw.end:raw.end + 1] == ")"
                   and "(" in text[prev.end:raw.start] else raw.end)
            out[-1] = replace(raw, start=prev.start, end=end)
            continue
        if prev is not None and prev.kind == raw.kind == "day" and prev.month == raw.month == 0 \
                and _bare_day(prev) and _bare_day(raw) and (prev.day or 0) < (raw.day or 0) \
                and rules.gap_range.fullmatch(text, prev.end, raw.start):
            # "20일부터 22일까지", "20日至22日": two days of one month that the context gives
            out[-1] = Raw(prev.start, raw.end, "range", None, 0, prev.day, last=(None, 0, raw.day),
                          direction=prev.direction)  # ("오는 17일부터 27일까지": read forward)
            continue
        if prev is not None and prev.kind == "day" and raw.kind == "day" \
                and rules.gap_range.fullmatch(text, prev.end, raw.start):
            if raw.month == 0 and not raw.era_month and raw.year is None and prev.month:
                raw = replace(raw, month=prev.month)  # 5月18日至21日: the end day is in the first's month
            ordered = (prev.month, prev.day or 0) <= (raw.month, raw.day or 0)
            if prev.year is not None and raw.year is None:  # year first: "2025. április 28. és május 9."
                if not ordered and (prev.month, raw.month) != (12, 1):
                    out.append(raw)
                    continue
                raw = replace(raw, year=prev.year if ordered else prev.year + 1)
            year, last_year = prev.year, raw.year or 2000  # year-less ends: checked in a leap year
            if year is None and raw.year is not None:
                year = raw.year if ordered else raw.year - 1
            first = make_date(year or last_year, prev.month, prev.day or 1)
            last = make_date(last_year, raw.month, raw.day or 1)
            if first and last and (first < last
                                   or (raw.year is None and prev.month == 12 and raw.month == 1)):
                out[-1] = Raw(prev.start, raw.end, "range", year, prev.month, prev.day,
                              last=(raw.year, raw.month, raw.day))
                continue
        out.append(raw)
    return out


def _bare_day(raw: Raw) -> bool:
    """A day of no month, year or era of its own ("20일", "22日")."""
    return raw.year is None and not raw.era_month and raw.month_offset is None and raw.year_offset is None


def _in_era(raw: Raw, low: str, rules: DateRules) -> Raw | None:
    """A numeric mention written with the era's mark after it ("04/07/2017 ዓ.ም", "በ2017 ዓ.ም"): its days
    converted to the Gregorian calendar; a bare era year (one of two Gregorian years) or a shape the era
    does not hold gives None.  Any other mention comes back as it is."""
    units = rules.units
    if units.era_year is None or units.calendar is None or not units.era_year.match(low, raw.end):
        return raw
    calendar = units.calendar

    def gregorian(year: int | None, month: int, day: int | None) -> tuple[int, int, int] | None:
        if year is None or day is None or not 1 <= day <= calendar.days(year, month):
            return None
        return calendar.to_gregorian(year, month, day)

    first = gregorian(raw.year, raw.month, raw.day) if raw.kind in ("day", "range") else None
    if first is None:
        return None
    if raw.kind == "day":
        return replace(raw, year=first[0], month=first[1], day=first[2])
    last = gregorian(*raw.last) if raw.last is not None else None
    return replace(raw, year=first[0], month=first[1], day=first[2], last=last) if last else None


def scan(text: str, rules: DateRules) -> list[Raw]:
    """Every date expression of `text` as raw mentions, in order, without overlaps."""
    text = shift_era_years(text.translate(_ASCII_DIGITS), rules.units.era)  # ۱۴۰۳ -> 1403; 2568 (BE) -> 2025
    low = lowered(text)
    raws = [raw for m in rules.digits.finditer(low) if (raw := digit_hit(m, text, low, rules))]
    if rules.units.era_year is not None:  # "04/07/2017 ዓ.ም", "በ2017 ዓ.ም": days and years of the era
        raws = [era for r in raws if (era := _in_era(r, low, rules)) is not None]
    for unit in scan_units(text, rules.units):  # 2025年11月1日, 1일, ۱۲ آبان ۱۴۰۳
        kind = ("year" if unit.month < 0 else "month" if unit.day is None else "day"
                if unit.last is None else "range")
        before = tail(rules.weekday_before, low, unit.start) if kind == "day" and unit.month == 0 else None
        # "오는 25일" (the coming 25th): a day of the base month read forward, as "next Monday" is
        ahead = 1 if before and rules.vocab.weekday_before.get(norm(before["p"]), 0) > 0 else 0
        raws.append(Raw(unit.start, unit.end, kind, unit.year, max(unit.month, 0), unit.day, last=unit.last,
                        era_month=unit.era_month, direction=ahead))
    spans = sorted((r.start, r.end) for r in raws)
    k, last_word = 0, -DATE_GAP - 1
    for m in rules.words.finditer(low):
        while k < len(spans) and spans[k][1] <= m.start():
            k += 1
        if k < len(spans) and spans[k][0] <= m.start():
            continue  # the month of "4. September" was read with its day
        previous = max(spans[k - 1][1] if k > 0 else -DATE_GAP - 1, last_word)
        after_date = m.start() - previous <= DATE_GAP  # "tháng 3 năm ngoái" (no count), 昨年3月 (a month)
        raw = _word_hit(m, text, low, rules, after_date)
        if raw is not None:
            last_word = raw.end
            raws.append(raw)
    if rules.day_nouns is not None:  # "el día 27" (no month after it): a day of the base month
        for m in rules.day_nouns.finditer(low):
            if 1 <= int(m["d"]) <= 31 and not any(r.start <= m.start("d") < r.end for r in raws):
                raws.append(Raw(m.start(), m.end(), "day", None, 0, int(m["d"])))
    raws.sort(key=lambda r: (r.start, -r.end))
    kept: list[Raw] = []
    for raw in raws:
        if kept and raw.start < kept[-1].end:
            continue
        kept.append(raw)
    if len(kept) > 1:
        kept = _merge(kept, text, rules)
    if rules.date_order == "MDY":
        _read_style(kept)
    return [r for r in kept if not r.strict]


def _read_style(raws: list[Raw]) -> None:
    """In a month-first language, an article that writes "4 September" or "13/4" reads "4/9" day first."""
    ambiguous = [r for r in raws if r.order == "?"]
    if ambiguous and sum(r.order == "DMY" for r in raws) > sum(r.order == "MDY" for r in raws):
        for raw in ambiguous:
            if raw.day is not None and raw.day <= 12:
                raw.month, raw.day = raw.day, raw.month
