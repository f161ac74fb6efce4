"""The extract stage on short English articles written for these tests (none of these sentences is in
tests/data/heldout/en_regional4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the English-language press of
non-anglophone regions, the subject of the en_regional4 set:
- a sum in US dollars ("a contract worth US$1.2 billion") names no party: the United States took no part;
- the Cambodian armed forces abbreviated "(RCAF)" after their name are Cambodia's, not the Royal Canadian Air
  Force;
- gunboats received from another state are a delivery ("formally received two more patrol gunboats from");
- trainees who "underwent ~ training in" another state received training there (aid);
- trainees who "would receive ~ training" abroad next year, and "the remaining ~ are to be delivered" of an
  order, are pledges (intent), no training or delivery given.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    case("en-us-dollar-sum-is-no-party", "en", DAY,
         "Indonesia signed a contract worth US$1.2 billion with France for 12 Rafale jets in March 2024.",
         [ev("agreement", ["FRA", "IDN"], date="2024-03", doc_type="contract", historical=True)]),
    case("en-royal-cambodian-armed-forces-rcaf-is-cambodia", "en", DAY,
         "Troops of the Royal Cambodian Armed Forces (RCAF) and the Chinese PLA held joint drills in Kampong "
         "Chhnang on Tuesday.",
         [ev("exercise", ["CHN", "KHM"], date="2026-09-15")]),
    case("en-received-gunboats-is-a-delivery", "en", DAY,
         "The Royal Thai Navy on Tuesday formally received two more patrol gunboats from South Korea at "
         "Sattahip.",
         [ev("aid", ["KOR", "THA"], date="2026-09-15", location="THA")]),
    case("en-underwent-training-in-is-training-given", "en", DAY,
         "Fifteen Kenyan officers underwent helicopter pilot training in the United States in August.",
         [ev("aid", ["KEN", "USA"], date="2026-08")]),
    case("en-would-receive-training-is-a-pledge", "en", DAY,
         "Thirty Malaysian soldiers would receive jungle warfare training in Brunei next year, the Brunei "
         "ministry said.",
         [ev("intent", ["BRN", "MYS"])]),
    case("en-remaining-are-to-be-delivered-is-a-pledge", "en", DAY,
         "The remaining two aircraft from Spain are to be delivered to the Ghana Air Force next year.",
         [ev("intent", ["ESP", "GHA"])]),
    # ---- masks: the range of contacts of a fact sheet, what a deal is for, where products usually go
    case("en-interact-regularly-through-exercises-is-no-exercise", "en", DAY,
         "Minister for Defence Mr Chan Chun Sing hosted Vietnamese Minister of National Defence General Phan "
         "Van Giang at the Ministry of Defence today. The two ministers discussed regional security. "
         "Singapore and Vietnam interact regularly through visits, exercises such as Exercise Vietsin, "
         "and courses.",
         [ev("meeting", ["SGP", "VNM"], date="2026-09-16", location="SGP", mode="visit")]),
    case("en-deal-with-partner-on-day-to-supply-is-the-signing", "en", DAY,
         "The Defense Ministry says it signed a $700 million deal with Romania on Tuesday to supply "
         "additional Spike anti-tank missiles, in what it calls the largest export contract in Israel's "
         "history.",
         [ev("agreement", ["ISR", "ROU"], date="2026-09-15")],
         title="Israel, Romania sign $700 million deal for more Spike missiles"),
    case("en-are-shipped-to-is-no-delivery", "en", DAY,
         "SEOUL, Sept. 16 (Yonhap) -- Poongsan Corp., a South Korean ammunition maker, said its operating "
         "profit rose 30 percent in the second quarter. Poongsan manufactures artillery shells and other "
         "defense products and they are shipped to Europe, Poland and other markets.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
