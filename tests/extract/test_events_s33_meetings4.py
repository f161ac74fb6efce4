"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/meetings4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of meeting reports, the subject of the
meetings4 set:
- de the Bundeswehr's own plural "Generale" names the two generals of the talks as the pair, as "Generäle"
  does ("Beide Generale vereinbarten, …"), also after a sentence that names a third state;
- hi the pluperfect after an exercise's name ("संयुक्त सैन्य अभ्यास 'X' किया था") is an exercise held;
- a meeting told "earlier that same day" (ru "Ранее в тот же день …", ja "これに先立ち…") after a
  courtesy call on the head of state, with other officials, is a second meeting of the pair (the
  minister's talks), as "also met" is.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- de: "Generale", the Bundeswehr's plural, as the pair of the talks
    case("de-beide-generale-is-the-pair", "de", DAY,
         "Generalinspekteur Carsten Breuer empfing am Dienstag in Berlin seinen niederländischen "
         "Amtskollegen. Dabei sprachen beide über die Verlegung von Truppen nach Litauen. Beide Generale "
         "vereinbarten, die gemeinsame Ausbildung im kommenden Jahr auszuweiten.",
         [ev("meeting", ["DEU", "NLD"], date="2026-09-15", location="DEU", mode="visit"),
          ev("intent", ["DEU", "NLD"])]),
    case("de-beide-generale-after-a-third-state", "de", DAY,
         "Generalinspekteur Carsten Breuer empfing am Dienstag in Berlin seinen niederländischen "
         "Amtskollegen. Im Mittelpunkt stand die Stationierung der Brigade in Litauen. Beide Generale "
         "vereinbarten, die gemeinsame Ausbildung im kommenden Jahr auszuweiten.",
         [ev("meeting", ["DEU", "NLD"], date="2026-09-15", location="DEU", mode="visit"),
          ev("intent", ["DEU", "NLD"])]),
    # ---- hi: the pluperfect after the exercise's name is an exercise held
    case("hi-abhyas-name-kiya-tha-is-an-exercise", "hi", DAY,
         "भारत और मालदीव की सेनाओं ने मार्च 2025 में संयुक्त सैन्य अभ्यास 'एकुवेरिन' किया था।",
         [ev("exercise", ["IND", "MDV"], date="2025-03", historical=True)]),
    case("hi-naval-abhyas-name-kiya-tha-is-an-exercise", "hi", DAY,
         "भारत और फ्रांस की नौसेनाओं ने पिछले वर्ष अरब सागर में संयुक्त अभ्यास 'वरुण' किया था।",
         [ev("exercise", ["FRA", "IND"], date="2025", historical=True)]),
    # ---- "earlier that same day": the minister's talks beside the head of state's reception
    case("ru-ranee-v-tot-zhe-den-is-another-meeting", "ru", DAY,
         "Президент Монголии Ухнаагийн Хурэлсух принял во вторник в Улан-Баторе министра обороны России "
         "Андрея Белоусова. Ранее в тот же день Андрей Белоусов провёл переговоры с министром обороны "
         "Монголии Гурсэдийн Сайханбаяром.",
         [ev("meeting", ["MNG", "RUS"], date="2026-09-15", location="MNG", mode="visit"),
          ev("meeting", ["MNG", "RUS"], date="2026-09-15", location="MNG", mode="visit")]),
    case("ja-kore-ni-sakidachi-is-another-meeting", "ja", DAY,
         "中谷防衛相は15日、ハノイでベトナムのルオン・クオン国家主席を表敬訪問した。これに先立ち、中谷氏は国防省で"
         "ファン・バン・ザン国防相と会談した。",
         [ev("meeting", ["JPN", "VNM"], date="2026-09-15", location="VNM", mode="visit"),
          ev("meeting", ["JPN", "VNM"], date="2026-09-15", location="VNM", mode="visit")]),
    case("ja-kore-ni-sakidatte-is-another-meeting", "ja", DAY,
         "木原防衛相は15日、ジャカルタでインドネシアのプラボウォ大統領を表敬した。これに先立って、木原氏はシャフリ国防相と"
         "会談した。",
         [ev("meeting", ["IDN", "JPN"], date="2026-09-15", location="IDN", mode="visit"),
          ev("meeting", ["IDN", "JPN"], date="2026-09-15", location="IDN", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
