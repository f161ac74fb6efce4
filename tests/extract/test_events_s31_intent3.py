"""The extract stage on short articles in ten languages written for these tests (none of these sentences
is in tests/data/heldout/intent3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of cooperation still to come, the subject
of the intent3 set:
- a visit announced for next week or for a month, no day set, is a plan (an intent), not the meeting
  (en "is scheduled to travel to … next week", de "wird im Oktober … reisen", ru "посетит … в октябре",
  uk "відвідає … наступного тижня", pl "w październiku uda się do …");
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- a visit announced for next week or a month, no day set: a plan, no meeting held
    case("en-scheduled-to-travel-next-week-is-an-intent", "en", DAY,
         "The Philippine Navy chief is scheduled to travel to Tokyo next week for talks with Japanese officials.",
         [ev("intent", ["JPN", "PHL"])]),
    case("de-wird-im-monat-reisen-is-an-intent", "de", DAY,
         "Der litauische Verteidigungsminister wird im Oktober zu Gesprächen nach Deutschland reisen.",
         [ev("intent", ["DEU", "LTU"])]),
    case("ru-posetit-v-mesyatse-is-an-intent", "ru", DAY,
         "Министр обороны Казахстана посетит Беларусь в октябре.",
         [ev("intent", ["BLR", "KAZ"])]),
    case("uk-vidvidaye-nastupnogo-tyzhnya-is-an-intent", "uk", DAY,
         "Міністр оборони Литви Довіле Шакалене відвідає Київ наступного тижня.",
         [ev("intent", ["LTU", "UKR"])]),
    case("pl-w-miesiacu-uda-sie-is-an-intent", "pl", DAY,
         "Szef MON Polski w październiku uda się do Wilna na rozmowy z litewskim ministrem obrony.",
         [ev("intent", ["LTU", "POL"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
