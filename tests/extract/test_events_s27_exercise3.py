"""The extract stage on short articles in three languages written for these tests (none of these sentences is
in tests/data/heldout/exercise3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of the exercise3 set's genres (exercise
reports with their web furniture): a navy ship named by its Devanagari prefix (hi "आईएनएस …": the Indian
Navy), an exercise named for solidarity (id "Latihan Solidaritas …": no support voiced), and a site's
navigation row ending in "Contact Us" (en: the menu's "Us" is no United States).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- hi: an Indian Navy ship named by its prefix alone is India's side of a passage exercise
    case("hi-ins-prefix-is-india", "hi", DAY,
         "आईएनएस सह्याद्री ने 12 अक्टूबर को कोलंबो के निकट श्रीलंका नौसेना के जहाज के साथ पैसेज अभ्यास किया।",
         [ev("exercise", ["IND", "LKA"], date="2026-10-12")]),
    # ---- id: an exercise named for solidarity voices no support
    case("id-latihan-solidaritas-is-no-support", "id", DAY,
         "Kapal perang TNI AL KRI Diponegoro-365 mengikuti Latihan Solidaritas Maritim bersama kapal perang "
         "Malaysia dan Thailand di Laut Andaman sejak Senin (12/10/2026).",
         [ev("exercise", ["IDN", "MYS", "THA"], date="2026-10-12")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


PAGES = [
    # ---- en: a navigation row closed by "Contact Us" is furniture
    ("en-nav-row-contact-us", "en",
     "Ghana Armed Forces\nHome | About GAF | Press Releases | Contact Us\n\n"
     "Ghana Army troops on Tuesday completed a two-week internal security exercise in Tamale.\n",
     ["internal security exercise"], ["Contact Us"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)
