"""The extract stage on short reports written for these tests (session 13, lead): which day an event takes.

A pledge told with the year it promises ("will send instructors next year", "bis 2028") is the news of the
day it is told: the year is what it promises, not its date.  A weekday after a comma, in the clause of the
saying, is the saying's day, not one ahead.  A heading line over a round-up item tells the event of the
paragraph below it, on that paragraph's day.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("en-next-year", "en", "2026-05-12",
         "Estonia will send 50 more military instructors to Ukraine next year, Defence Minister Hanno Pevkur "
         "said.",
         [ev("intent", ["EST", "UKR"], date="2026-05-12")]),
    case("de-by-a-later-year", "de", "2026-05-12",
         "Deutschland wird der Ukraine bis 2028 weitere Luftverteidigungssysteme liefern, sagte "
         "Verteidigungsminister Boris Pistorius.",
         [ev("intent", ["DEU", "UKR"], date="2026-05-12")]),
    case("fr-next-year", "fr", "2026-05-12",
         "La France livrera l'année prochaine six canons Caesar supplémentaires à l'Arménie, a indiqué le "
         "ministère des Armées.",
         [ev("intent", ["ARM", "FRA"], date="2026-05-12")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


WEEKDAY_CASES = [
    case("no-weekday-of-the-saying-not-of-the-pledge", "no", "2026-05-14",
         "Norge vil gi Ukraina 1 milliard kroner til luftvern, sa forsvarsminister Tore O. Sandvik etter "
         "et møte med sin ukrainske kollega i Brussel onsdag.",
         [ev("meeting", ["NOR", "UKR"], date="2026-05-13"), ev("intent", ["NOR", "UKR"], date="2026-05-13")]),
]


@pytest.mark.parametrize(CASE_FIELDS, WEEKDAY_CASES)
def test_weekday_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                      expected: list[dict[str, Any]]) -> None:
    """A weekday is read forward only in the clause of the future verb ("will sign on Friday"), not in the
    clause of the saying after a comma ("will give ..., said ... on Wednesday")."""
    check_case(extractor, lang, published, title, text, expected)


HEADING_CASES = [
    case("fa-a-digest-item-heading-is-the-report-below-it", "fa", "2026-11-11",
         "خبرگزاری نمونه\n"
         "مهم‌ترین اخبار دفاعی امروز؛ از سفر وزیر دفاع ارمنستان تا رونمایی از پهپاد جدید\n"
         "به گزارش خبرنگار ما، مهم‌ترین اخبار دفاعی امروز به شرح زیر است:\n"
         "● دیدار وزرای دفاع ایران و ارمنستان\n"
         "وزیر دفاع کشورمان روز دوشنبه در تهران با وزیر دفاع ارمنستان دیدار و درباره همکاری‌های دفاعی "
         "گفت‌وگو کرد.\n"
         "● رونمایی از پهپاد جدید\n"
         "یک پهپاد جدید در اصفهان رونمایی شد.",
         [ev("meeting", ["ARM", "IRN"], date="2026-11-09")]),
]


@pytest.mark.parametrize(CASE_FIELDS, HEADING_CASES)
def test_heading_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                      expected: list[dict[str, Any]]) -> None:
    """A heading line over an item of a round-up (no full stop, a line of its own, a paragraph below) tells
    the event the paragraph reports: one meeting, on the paragraph's day, not a second one on the
    day of publication."""
    check_case(extractor, lang, published, title, text, expected)
