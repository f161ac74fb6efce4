"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/intent7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of announced and planned defense
cooperation in the Nordic, Baltic and Central European languages, the subject of the intent7 set:
- fi a trip or visit told in the present tense with a future time and no day ("matkustaa ensi kuussa
  Tokioon", "Ensi viikolla … vierailee Suomessa") is a plan, an intent, not a meeting held (GUIDELINES:
  a visit without a set day is an intent), as "will travel … next week" is in en;
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- fi: a trip announced for next week or month, no day set, is an intent
    case("fi-trip-next-month-is-intent", "fi", DAY,
         "Puolustusministeri Antti Häkkänen matkustaa ensi kuussa Tokioon, jossa hän tapaa Japanin "
         "puolustusministerin.",
         [ev("intent", ["FIN", "JPN"])]),
    case("fi-visit-next-week-is-intent", "fi", DAY,
         "Ensi viikolla Viron puolustusministeri Hanno Pevkur vierailee Suomessa ja tapaa puolustusministeri "
         "Antti Häkkäsen.",
         [ev("intent", ["EST", "FIN"])]),
    case("fi-trip-with-a-day-is-a-meeting", "fi", DAY,
         "Puolustusministeri Antti Häkkänen matkustaa maanantaina 14. joulukuuta Tokioon, jossa hän tapaa "
         "Japanin puolustusministerin.",
         [ev("meeting", ["FIN", "JPN"])]),
    case("fi-trip-last-week-is-a-meeting", "fi", DAY,
         "Puolustusministeri Antti Häkkänen matkusti viime viikolla Tokioon, jossa hän tapasi Japanin "
         "puolustusministerin.",
         [ev("meeting", ["FIN", "JPN"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
