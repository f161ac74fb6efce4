"""Dates of a text that strings several wire items together, each under its own dateline.

    dates = dates_by_item(text, pack, published, dateline)

A digest ("Resumo das notícias da Lusa", "موجز أخبار وام") or a page whose own date line stands above the
item's ("Lusa | 30 Nov 2026, 07:00" then "Luanda, 29 nov 2026 (Lusa) - … reuniu-se hoje") tells each item
from the day of its own dateline: "today", "yesterday" and weekdays of an item resolve against the dateline
opening its line when that day was filed shortly before publication (`news_day`), as the text's first
dateline does for the whole text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from milwatch.extract.dates import (
    DATELINE_PREFIX,
    DateMention,
    filed_shortly_before,
    find_dateline,
    find_dates,
)
from milwatch.packs import Pack


def news_day(published: str | None, dateline: str | None) -> str | None:
    """The day "today" means in the text: its dateline's day when it was filed shortly before publication."""
    if published is None or dateline is None or len(dateline) != 10:
        return published or dateline
    return dateline if filed_shortly_before(published, dateline) else published


# a line opening with a place and an agency's credit, undated: "KIEW (dpa) -", "عمّان (بترا) -"
UNDATED_ITEM = re.compile(r"[^\W\d][^\n.!?:()]{1,30}?[^\S\n]*[(（][^()（）\n]{2,20}[)）][^\S\n]*[-–—]")


def item_datelines(text: str, dates: list[DateMention], pack: Pack, published: str | None
                   ) -> list[tuple[int, str | None]]:
    """(where its line starts, its day) of every line after the first that opens with a dated dateline
    ("Luanda, 29 nov 2026 (Lusa) -", "الكويت في 30 نوفمبر / كونا /"), or with an undated one ("KIEW (dpa) -":
    no day), in text order."""
    found: dict[int, str | None] = {}
    for mention in dates:
        line_start = text.rfind("\n", 0, mention.start) + 1
        if line_start == 0 or mention.start - line_start > DATELINE_PREFIX or line_start in found:
            continue
        line_end = text.find("\n", mention.end)
        day = find_dateline(text[line_start:line_end if line_end >= 0 else len(text)], pack, published)
        if day is not None and len(day) == 10:
            found[line_start] = day
    if found:  # undated items end the dated ones before them
        for line in re.finditer(r"\n+", text):
            if line.end() not in found and UNDATED_ITEM.match(text, line.end()):
                found[line.end()] = None
    return sorted(found.items())


def dates_by_item(text: str, pack: Pack, published: str | None, dateline: str | None) -> list[DateMention]:
    """Every date of `text` (`find_dates`), those of an item under a dateline of its own resolved against
    that item's news day."""
    today = news_day(published, dateline)
    dates = find_dates(text, pack, today)
    lines = item_datelines(text, dates, pack, published)
    items = [(start, day) for start, day in lines if day is not None and news_day(published, day) != today]
    if not items:
        return dates
    bounds = [start for start, _ in lines] + [len(text)]
    kept = [d for d in dates if not any(start <= d.start < _next(bounds, start) for start, _ in items)]
    for start, day in items:
        end = _next(bounds, start)
        kept += [replace(d, start=d.start + start, end=d.end + start)
                 for d in find_dates(text[start:end], pack, news_day(published, day))]
    return sorted(kept, key=lambda d: d.start)


def _next(bounds: list[int], start: int) -> int:
    """Where the item starting at `start` ends: the next dateline's line, or the text's end."""
    return next(b for b in bounds if b > start)
