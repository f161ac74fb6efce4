"""The extract stage on short articles in two languages written for these tests (none of these sentences is
in tests/data/heldout/indo_pacific3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Asia-Pacific press of the indo_pacific3
set: warships of two navies passing a strait together (en "sailed through the Taiwan Strait together", "made a
joint transit", zh "共同由北向南航經臺灣海峽", the strait in Taiwan's script naming no state), the reciprocal
access agreement as defence cooperation by its name, troops that "last trained with" another state's troops,
what a pact allows troops to join (no drill held), and the Taiwan MND's "今（4）日表示" (the day of the
report, not of the deed).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- en: two navies' ships that sailed through a strait together, on a day ("through" is no span)
    case("en-sailed-through-strait-together-is-an-exercise", "en", DAY,
         "A British frigate and an Australian destroyer sailed through the Taiwan Strait together "
         "on Tuesday.",
         [ev("exercise", ["AUS", "GBR"], date="2026-09-15")]),
    # ---- en: a joint transit made
    case("en-made-a-joint-transit-is-an-exercise", "en", DAY,
         "A Canadian frigate and a New Zealand frigate made a joint transit of the strait on Monday.",
         [ev("exercise", ["CAN", "NZL"], date="2026-09-14")]),
    # ---- en: a reciprocal access agreement is defence cooperation by its name
    case("en-reciprocal-access-agreement-is-defence", "en", DAY,
         "Japan and Italy signed a reciprocal access agreement in Rome on Tuesday.",
         [ev("agreement", ["ITA", "JPN"], date="2026-09-15", location="ITA", doc_type="agreement")]),
    # ---- en: troops that last trained with another state's troops, as background
    case("en-last-trained-alongside-is-an-exercise", "en", DAY,
         "Fijian troops last trained alongside Australian soldiers in Queensland in August 2024.",
         [ev("exercise", ["AUS", "FJI"], date="2024-08", historical=True)]),
    # ---- en: what a pact allows troops to join is no drill held
    case("en-pact-allows-troops-to-join-drills-is-no-exercise", "en", DAY,
         "Manila and Tokyo's pact, which took effect in September 2025, allows Japanese troops to join "
         "larger drills in the country.",
         []),
    # ---- zh: two navies' ships passing the strait together; 臺灣海峽 names no state
    case("zh-gongtong-hangjing-is-an-exercise", "zh", DAY,
         "英國海軍巡防艦與加拿大海軍巡防艦15日共同由北向南航經臺灣海峽。",
         [ev("exercise", ["CAN", "GBR"], date="2026-09-15")]),
    case("zh-taiwan-strait-in-taiwan-script-is-no-state", "zh", DAY,
         "美國海軍驅逐艦與日本海上自衛隊護衛艦15日在臺灣海峽舉行聯合演習。",
         [ev("exercise", ["JPN", "USA"], date="2026-09-15", location=None)]),
    # ---- zh: "今（16）日表示" is the day of the report; the signing has its own day
    case("zh-jin-ri-biaoshi-is-the-report-day", "zh", DAY,
         "臺灣國防部今（16）日表示，已於9月14日與美方簽署第二批發價書。",
         [ev("agreement", ["TWN", "USA"], date="2026-09-14", doc_type="contract")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
