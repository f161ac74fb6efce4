"""A year in review: an article whose title names the year it is published in and whose text goes
through that year's months ("Un anno di Difesa: il 2026 di Crosetto, mese per mese", "Year Ender 2026",
"年终特稿｜2026，中国军队…", "Итоги 2026 года").

    year = review_year(title, text, dates, today)      # "2026", or None
    dates = within_the_year(dates, text, year)

Its months without a year are months of that year, also January and February told in December
(read ahead of the day otherwise), and what they report is the news the review retells, not background.
"""

from __future__ import annotations

import re
from dataclasses import replace

from milwatch.extract.analysis import DateRef

REVIEW_MONTHS = 3  # different months without a year: a walk through the year, not one month named
_WRITTEN_YEAR = re.compile(r"\d{4}")
YEARLESS_KINDS = ("month", "yearless")  # "A gennaio", "12 gennaio"


def _yearless(ref: DateRef, text: str) -> bool:
    return ref.kind in YEARLESS_KINDS and ref.value is not None and not _WRITTEN_YEAR.search(
        text, ref.start, ref.end)


def review_year(title: str | None, text: str, dates: list[DateRef], today: str | None) -> str | None:
    """The year reviewed: the year of `today` when the title (or the first line) names it and the text
    names at least REVIEW_MONTHS different months without their year."""
    if not today:
        return None
    year = today[:4]
    heading = title or text.split("\n", 1)[0]
    if not re.search(rf"(?<!\d){year}(?!\d)", heading):
        return None
    months = {ref.value[5:7] for ref in dates if _yearless(ref, text) and ref.value and len(ref.value) >= 7}
    return year if len(months) >= REVIEW_MONTHS else None


def within_the_year(dates: list[DateRef], text: str, year: str | None) -> list[DateRef]:
    """The dates, with a month or day written without its year kept in the year reviewed ("A gennaio"
    in a review of 2026 published in December is January 2026, not 2027)."""
    if year is None:
        return dates
    return [replace(ref, value=year + ref.value[4:]) if _yearless(ref, text) and ref.value
            and ref.value[:4] > year else ref for ref in dates]
