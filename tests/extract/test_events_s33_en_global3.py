"""The extract stage on short English articles written for these tests (none of these
sentences is in tests/data/heldout/en_global3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the international wire and trade press, the
subject of the en_global3 set:
- the section names of a site's menu row ("Air | Land | Naval | Space | Pentagon | Congress") name no
  state: the menu's "Pentagon" named the United States a party of a domestic contract;
- a state a speaker leaves unnamed ("told reporters after the meeting, without naming China") is no party
  of the talks;
- the attacker of strikes told as the setting of a delivery ("days after Russian missile strikes on Kyiv")
  is no party of the delivery;
- foreign troops that left ("after the withdrawal of French troops") are no party of the new ties;
- deliveries a buyer presses for ("as Vilnius pressed for faster deliveries of tanks") are no delivery;
- a giver's adjective on the thing given ("sailors who operate Indian-gifted patrol vessels") is no
  delivery;
- an agreement with its month between ("agreed in March to set up") is an agreement to act (an intent; of
  a past month, so background).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    case("en-menu-row-pentagon-is-no-party", "en", DAY,
         "DEFENCE WEEKLY\nAir | Land | Naval | Space | Pentagon | Congress | Budget | Opinion\n\n"
         "The German procurement office signed a framework contract with a domestic ammunition maker in 2024 "
         "for 155mm rounds, company officials said.",
         []),
    case("en-without-naming-china-is-no-party", "en", DAY,
         "Vietnamese Defence Minister Tran Van Long held talks with Indian Defence Minister Arjun Mehta in "
         "Hanoi on Tuesday. \"We share concern about dangerous actions at sea,\" Mehta told reporters after "
         "the meeting, without naming China.",
         [ev("meeting", ["IND", "VNM"], date="2026-09-15", location="VNM", mode="visit")]),
    case("en-russian-missile-strikes-are-no-party", "en", DAY,
         "Norway delivered air defence missiles to Ukraine in March 2023, days after Russian missile strikes "
         "on Kyiv.",
         [ev("aid", ["NOR", "UKR"], date="2023-03", historical=True)]),
    case("en-withdrawal-of-french-troops-is-no-party", "en", DAY,
         "Mali took delivery of Turkish-made combat drones on Saturday, the army said, as Bamako builds "
         "closer defence ties with Ankara after the withdrawal of French troops.",
         [ev("aid", ["MLI", "TUR"], date="2026-09-12")]),
    case("en-pressed-for-faster-deliveries-is-no-delivery", "en", DAY,
         "The Lithuanian defence minister met his German counterpart in Berlin on Monday, as Vilnius pressed "
         "for faster deliveries of Leopard tanks.",
         [ev("meeting", ["DEU", "LTU"], date="2026-09-14", location="DEU", mode="visit")]),
    case("en-indian-gifted-is-no-delivery", "en", DAY,
         "The Indian Navy chief visited Colombo on Tuesday and met Sri Lankan sailors who operate "
         "Indian-gifted patrol vessels.",
         [ev("meeting", ["IND", "LKA"], date="2026-09-15", location="LKA", mode="visit")]),
    case("en-agreed-in-month-to-is-an-intent", "en", DAY,
         "The US and Philippine defense departments agreed in March to set up a joint task force "
         "headquarters in Manila.",
         [ev("intent", ["PHL", "USA"], date="2026-03", historical=True)]),
]

@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)

