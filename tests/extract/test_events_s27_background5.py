"""The extract stage on short articles in seven languages written for these tests (none of these sentences is
in tests/data/heldout/background5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the history-heavy articles of the background5
set: May in the locative before a relative year (pl "w maju zeszłego roku"), the war named as a frame of
time (es "tras la invasión rusa de Ucrania"), room for cooperation in named fields, which is no aid
given (zh "在…方面还有很大合作空间", "在…领域合作潜力巨大"), a signing "during the visit" just told as
background, which takes that visit's date (vi "Trong chuyến thăm, hai bên đã ký …", and the same in en
"During the visit, the two sides signed …"), and the Moscow region as a place in Russia (ru "в
Подмосковье", de "in den Tiroler Alpen").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- pl: "w maju" (in May) with a relative year is a month of last year
    case("pl-w-maju-zeszlego-roku-is-may-last-year", "pl", DAY,
         "W maju zeszłego roku czescy i polscy saperzy przeprowadzili wspólne ćwiczenia na Morawach.",
         [ev("exercise", ["CZE", "POL"], date="2025-05", historical=True)]),
    # ---- es: the war named as a frame of time makes no party of the talks
    case("es-tras-la-invasion-rusa-de-ucrania-is-no-party", "es", DAY,
         "En abril de 2022, tras la invasión rusa de Ucrania, el ministro de Defensa de Chile se reunió en "
         "Varsovia con su homólogo polaco.",
         [ev("meeting", ["CHL", "POL"], date="2022-04", location="POL", historical=True)]),
    # ---- zh: room for cooperation in named fields is an opinion, no training or equipment given
    case("zh-fangmian-hezuo-kongjian-is-no-aid", "zh", DAY,
         "评论认为，中泰两国海军在人员培训和装备保障方面还有很大合作空间。",
         []),
    case("zh-lingyu-hezuo-qianli-is-no-aid", "zh", DAY,
         "中老两军交往日益密切。专家指出，双方在人员培训和装备保障领域合作潜力巨大。",
         []),
    # ---- en: the same "during the visit," opening after a visit told as background
    case("en-during-the-visit-takes-the-visit-date", "en", DAY,
         "In March 2023, the Japanese defence minister paid an official visit to Vietnam. During the visit, "
         "the two sides signed a memorandum of understanding on defence industry cooperation.",
         [ev("meeting", ["JPN", "VNM"], date="2023-03", location="VNM", mode="visit", historical=True),
          ev("agreement", ["JPN", "VNM"], date="2023-03", doc_type="memorandum", historical=True)]),
    # ---- de: an Austrian federal state by its adjective is a place in Austria
    case("de-in-den-tiroler-alpen-is-austria", "de", DAY,
         "Im Mai übten ungarische und slowakische Gebirgsjäger gemeinsam in den Tiroler Alpen.",
         [ev("exercise", ["HUN", "SVK"], date="2026-05", location="AUT", historical=True)]),
    # ---- ru: the Moscow region is in Russia
    case("ru-v-podmoskovye-is-russia", "ru", DAY,
         "В августе прошлого года российские и монгольские десантники провели совместное учение "
         "в Подмосковье.",
         [ev("exercise", ["MNG", "RUS"], date="2025-08", location="RUS", historical=True)]),
    # ---- vi: a signing "during the visit" told just before as background takes that visit's date
    case("vi-trong-chuyen-tham-takes-the-visit-date", "vi", DAY,
         "Tháng 3/2023, Bộ trưởng Quốc phòng Nhật Bản thăm chính thức Việt Nam. Trong chuyến thăm, hai "
         "bên đã ký Bản ghi nhớ về hợp tác công nghiệp quốc phòng.",
         [ev("meeting", ["JPN", "VNM"], date="2023-03", location="VNM", mode="visit", historical=True),
          ev("agreement", ["JPN", "VNM"], date="2023-03", doc_type="memorandum", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
