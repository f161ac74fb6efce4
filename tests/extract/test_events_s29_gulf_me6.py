"""The extract stage on short articles in four languages written for these tests (none of these sentences is
in tests/data/heldout/gulf_me6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Gulf and Middle East press of the gulf_me6
set: the Sorani reception of a guest named before his title (ku "پێشوازی لە پاتریک دوریل، باڵیۆزی فەرەنسا …
کرد", an ambassador's call with no mode), strikes practised in a joint exercise (he "התאמנו על תקיפה לטווח
ארוך" is no fighting), Greece by its official Arabic name (ar "الجمهورية الهيلينية"), a name with "عبد
الله" inside (ar "حسن عبد الله الزيدي"), a Gulf prince's title before his name (tr "Prens") and the Turkish
relative locative of a venue (tr "Katar'daki … Üssü'nde").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ku: the guest named before his title after "پێشوازی لە"; an ambassador's call has no mode
    case("ku-peshwazi-le-name-then-title-is-a-reception", "ku", DAY,
         "وەزیری پێشمەرگە ئەمڕۆ لە هەولێر پێشوازی لە پاتریک دوریل، باڵیۆزی فەرەنسا لە عێراق کرد.",
         [ev("meeting", ["FRA", "IRQ"], date="2026-09-16", location="IRQ", mode=None)]),
    case("ku-peshwazi-le-name-then-minister-is-a-visit", "ku", DAY,
         "ڕەشید ئەحمەد، وەزیری پێشمەرگە ئەمڕۆ لە هەولێر پێشوازی لە مایکڵ ستیڤن، "
         "وەزیری بەرگریی ئوسترالیا کرد.",
         [ev("meeting", ["AUS", "IRQ"], date="2026-09-16", location="IRQ", mode="visit")]),
    # ---- he: long-range strikes practised in a joint exercise are no combat
    case("he-exercise-practising-long-range-strike-is-an-exercise", "he", DAY,
         "אתמול הסתיים תרגיל אווירי משותף של חיל האוויר הישראלי וחיל האוויר היווני, שבו התאמנו הצוותים על "
         "תקיפה לטווח ארוך.",
         [ev("exercise", ["GRC", "ISR"], date="2026-09-15")]),
    # ---- ar: Greece by its official name
    case("ar-aljumhuriyya-alhiliniyya-is-greece", "ar", DAY,
         "استقبل وزير الدفاع السعودي في الرياض اليوم وزير الدفاع الوطني في الجمهورية الهيلينية.",
         [ev("meeting", ["GRC", "SAU"], date="2026-09-16", location="SAU", mode="visit")]),
    # ---- ar: a name with "عبد الله" inside (الله is no article + له)
    case("ar-abd-allah-inside-a-name", "ar", DAY,
         "استقبل وزير الدفاع الأردني في عمّان اليوم رئيس أركان الجيش العراقي الفريق الركن حسن عبد الله "
         "الزيدي.",
         [ev("meeting", ["IRQ", "JOR"], date="2026-09-16", location="JOR", persons=["حسن عبد الله الزيدي"])]),
    # ---- tr: the Gulf prince's title is no part of his name
    case("tr-prens-is-a-title", "tr", DAY,
         "Millî Savunma Bakanı Yaşar Güler, Ankara'da Bahreyn Savunma Bakanı Prens Abdullah bin Hamad ile "
         "görüştü.",
         [ev("meeting", ["BHR", "TUR"], date="2026-09-16", location="TUR", persons=["Abdullah bin Hamad"])]),
    # ---- tr: the relative locative "-daki" names the venue
    case("tr-daki-is-the-venue", "tr", DAY,
         "Türkiye, Katar'daki El Udeyd Hava Üssü'nde düzenlenen törenle Katar'a 6 adet zırhlı araç "
         "teslim etti.",
         [ev("aid", ["QAT", "TUR"], location="QAT")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
