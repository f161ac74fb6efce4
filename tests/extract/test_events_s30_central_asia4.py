"""The extract stage on short articles in five languages written for these tests (none of these sentences is
in tests/data/heldout/central_asia4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the central_asia4 set: officers who completed a
course abroad (ky "… академиясында … курсун аякташты", kk "… біліктілікті арттыру курсын аяқтады") as training
given by the host; the end of a month (ky "ноябрь айынын аягында") as that month; the Turkmen visit told by
the dative before "sapary" ("Türkmenistana soňky sapary": the last visit to Turkmenistan) as its place;
the Uzbek regions where joint exercises are held ("Jizzax viloyatida", "Qashqadaryo viloyatida") as places in
Uzbekistan; and ru "провел встречи с коллегами из X и Y" (one official held meetings with colleagues of two
states) as separate bilaterals, not one meeting of three.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- ky: officers completed a course at the other state's academy
    case("ky-kursun-aiaktashty-is-training-aid", "ky", DAY,
         "Кыргызстандын Куралдуу Күчтөрүнүн 10 офицери Түркиянын Согуш академиясында эки айлык курсун "
         "аякташты.",
         [ev("aid", ["KGZ", "TUR"])]),
    # ---- ky: the end of a month ("ноябрь айынын аягында") is that month
    case("ky-month-end-is-the-month", "ky", DAY,
         "Кыргызстан менен Тажикстандын аскерлеринин биргелешкен тактикалык окуусу ноябрь айынын аягында "
         "Баткен облусунда өттү.",
         [ev("exercise", ["KGZ", "TJK"], date="2026-11", location="KGZ")]),
    # ---- kk: the same in Kazakh
    case("kk-kursyn-aiaqtady-is-training-aid", "kk", DAY,
         "Қазақстан Қарулы Күштерінің 15 офицері Түркияның Соғыс академиясында екі айлық біліктілікті "
         "арттыру курсын аяқтады.",
         [ev("aid", ["KAZ", "TUR"])]),
    # ---- tk: "Türkmenistana soňky sapary" places the background visit in Turkmenistan
    case("tk-dative-before-sapary-is-the-visit-place", "tk", DAY,
         "Düýn Türkmenistanyň Goranmak ministri Gazagystanyň Goranmak ministrini kabul etdi. "
         "Gazagystanyň Goranmak ministriniň Türkmenistana soňky sapary 2021-nji ýylda bolupdy.",
         [ev("meeting", ["KAZ", "TKM"], date="2026-12-01", location="TKM", mode="visit"),
          ev("meeting", ["KAZ", "TKM"], date="2021", location="TKM", historical=True)]),
    # ---- uz: the regions of Uzbekistan where exercises are held
    case("uz-jizzax-viloyati-is-in-uzbekistan", "uz", DAY,
         "Qashqadaryo viloyatida Oʻzbekiston va Qozogʻiston qurolli kuchlarining qoʻshma mashgʻuloti "
         "boshlandi. Eslatib oʻtamiz, 2025-yil mart oyida Jizzax viloyatida ikki davlat harbiylarining "
         "qoʻshma mashgʻuloti oʻtkazilgan edi.",
         [ev("exercise", ["KAZ", "UZB"], location="UZB"),
          ev("exercise", ["KAZ", "UZB"], date="2025-03", location="UZB", historical=True)]),
    # ---- ru: meetings in the plural with colleagues of two states are two bilaterals
    case("ru-provel-vstrechi-is-a-series-of-bilaterals", "ru", DAY,
         "Министр обороны Казахстана провел встречи с коллегами из Китая и Индии на полях форума в Пекине.",
         [ev("meeting", ["CHN", "KAZ"], mode="multilateral"),
          ev("meeting", ["IND", "KAZ"], mode="multilateral")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
