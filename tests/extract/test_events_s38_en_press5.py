"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/en_press5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of English-language newspapers and trade
press on defense diplomacy, the subject of the en_press5 set:
- en training run for the other side's personnel ("conducted training for Kenyan sailors", "held a training
  course for Somali commandos") and training "imparted" to them, as the South Asian press writes it ("imparted
  training to 40 Sri Lankan soldiers"), is training given (aid);
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- en: training conducted for, course held for, training imparted to the other side's personnel
    case("en-conducted-training-for-is-aid", "en", DAY,
         "The crew of the Indian patrol vessel conducted training for Kenyan sailors in boarding operations "
         "during the ship's stay in Mombasa last week.",
         [ev("aid", ["IND", "KEN"], date="2026-10")]),
    case("en-conducted-course-for-is-aid", "en", DAY,
         "Navy instructors from Japan conducted a two-week training course for Philippine coast "
         "guard officers "
         "in Manila last week.",
         [ev("aid", ["JPN", "PHL"], date="2026-10")]),
    case("en-held-course-for-is-aid", "en", DAY,
         "A Turkish special forces team held a training course for Somali commandos in Mogadishu in "
         "September.",
         [ev("aid", ["SOM", "TUR"], date="2026-09")]),
    case("en-imparted-training-to-is-aid", "en", DAY,
         "An Indian Army mobile training team imparted training to Malawian soldiers in Lilongwe last month.",
         [ev("aid", ["IND", "MWI"], date="2026-09")]),
    # ---- en: the full-scale Russian invasion is no party
    case("en-full-scale-russian-invasion-no-party", "en", DAY,
         "Norway delivered 20 more armoured vehicles to Ukraine on Tuesday to help it resist the full-scale "
         "Russian invasion.",
         [ev("aid", ["NOR", "UKR"], date="2026-10-13")]),
    case("en-full-scale-russian-invasion-nears-no-party", "en", DAY,
         "Sweden handed over two radar aircraft to Ukraine on Monday, as the full-scale Russian "
         "invasion nears "
         "its fifth year.",
         [ev("aid", ["SWE", "UKR"], date="2026-10-12")]),
    # ---- en: the timetable of a transfer is no transfer
    case("en-timeline-for-transfer-no-aid", "en", DAY,
         "Greek Defence Minister Nikos Dendias hosted his Cypriot counterpart in Athens on Monday. The two "
         "ministers discussed the timeline for the transfer of three decommissioned patrol boats to "
         "the Cypriot "
         "navy.",
         [ev("meeting", ["CYP", "GRC"], date="2026-10-12", location="GRC", mode="visit")]),
    case("en-schedule-for-handover-no-aid", "en", DAY,
         "Japan's defence minister met his Philippine counterpart in Tokyo on Tuesday, and the two "
         "went over the "
         "schedule for the handover of the radars.",
         [ev("meeting", ["JPN", "PHL"], date="2026-10-13", location="JPN", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
