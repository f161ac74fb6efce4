"""The extract stage on short articles in five languages written for these tests (none of these sentences is
in tests/data/heldout/analysis11.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the analysis pieces of the analysis11
set: an analyst's guess that two armies may hold drills (zh "两军可能于后年举行更大规模的联合演习")
or that two states may sign (ar "وقد يوقع البلدان اتفاقية"), a headline "从“X”说起" naming an
earlier exercise, the occasion of the visit told with its host ("代表团访问泰国之际"), a comment
on the visit just told (es "La visita confirma …"), the provinces of Java as places (en "in East Java"),
and the Andaman Sea (zh "安达曼海", no Dammam) and Islands as places.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-25"  # a Wednesday

CASES = [
    # ---- zh: an analyst's guess about drills in a later year is no plan
    case("zh-kenneng-yanxi-is-no-intent", "zh", DAY,
         "2024年5月，中老“友谊盾牌-2024”联合演习在老挝举行。"
         "有专家认为，两军可能于后年举行更大规模的联合演习。",
         [ev("exercise", ["CHN", "LAO"], date="2024-05", location="LAO", historical=True)]),
    # ---- zh: a headline "从“X”说起" names an exercise the piece recalls, not one held that day
    case("zh-cong-shuoqi-headline-is-no-exercise", "zh", DAY,
         "中老防务合作：从“友谊盾牌”说起\n\n"
         "11月23日，国防部长董军在北京会见来访的老挝国防部长。",
         [ev("meeting", ["CHN", "LAO"], date="2026-11-23", location="CHN", mode="visit")],
         title="中老防务合作：从“友谊盾牌”说起"),
    # ---- zh: the occasion of the visit, with its host named, is no forum's sidelines
    case("zh-fangwen-zhiji-is-the-visit", "zh", DAY,
         "中国海军代表团访问泰国之际，两国海军合作再受关注。"
         "11月23日，泰国海军司令在曼谷会见了到访的中国海军代表团。",
         [ev("meeting", ["CHN", "THA"], date="2026-11-23", location="THA", mode="visit")]),
    # ---- zh: the Andaman Sea is no state (its "达曼" is not Dammam), the Andaman Islands are India
    case("zh-andaman-sea-is-no-state", "zh", DAY,
         "11月20日，中国和泰国海军在安达曼海举行联合演习。",
         [ev("exercise", ["CHN", "THA"], date="2026-11-20", location=None)]),
    case("zh-andaman-islands-are-india", "zh", DAY,
         "11月20日，中印两国海军舰艇在安达曼群岛附近海域举行联合演练。",
         [ev("exercise", ["CHN", "IND"], date="2026-11-20", location="IND")]),
    # ---- ar: "قد يوقع" (may sign) is no signing
    case("ar-qad-yuwaqqi-is-no-signing", "ar", DAY,
         "استقبل وزير الدفاع الأردني يوم الاثنين في عمّان نظيره العراقي. "
         "وقد يوقع البلدان اتفاقية للتعاون العسكري العام المقبل.",
         [ev("meeting", ["IRQ", "JOR"], date="2026-11-23", location="JOR", mode="visit")]),
    # ---- es: a comment on the visit just told is no second visit
    case("es-la-visita-confirma-is-no-visit", "es", DAY,
         "El lunes, la ministra de Defensa de Chile recibió en Santiago "
         "al jefe del Estado Mayor Conjunto de Perú. "
         "La visita confirma una cercanía que comenzó hace tres años.",
         [ev("meeting", ["CHL", "PER"], date="2026-11-23", location="CHL", mode="visit")]),
    # ---- en: a province of Java is Indonesia
    case("en-east-java-is-indonesia", "en", DAY,
         "Indonesian and Singaporean troops held a joint exercise in East Java in October.",
         [ev("exercise", ["IDN", "SGP"], date="2026-10", location="IDN", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
