"""The extract stage on short articles in African newsrooms' languages written for these tests (none of these
sentences is in tests/data/heldout/africa11.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the africa11 set:
- en the African Union Commission's head by the title ("the Chairperson of the African Union Commission, X"):
  the organisation is a party through its official;
- pt the People's Republic by its full name ("na República Popular da China") is China, the state visited;
- ar the first edition of an exercise just told ("النسخة الأولى من التدريب") is an earlier edition of it;
- so the opening of a camp where the other side's troops are trained ("ka furay xerada … oo lagu tababaro
  …") is training given.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- en: the AU Commission's head makes the AU a party
    case("en-au-commission-chairperson-is-au", "en", DAY,
         "The Chairperson of the African Union Commission, Ali Hassan Omar, on Tuesday held talks with "
         "Kenya's Defence Cabinet Secretary in Nairobi.",
         [ev("meeting", ["KEN", "au"], date="2026-10-13", location="KEN")]),
    # ---- pt: the People's Republic by its full name is the state visited
    case("pt-republica-popular-da-china-is-china", "pt", DAY,
         "Maputo, 14/10 (AIM) - O chefe do Estado-Maior General das Forças Armadas de Defesa de Moçambique, "
         "general Joaquim Mangrasse, encontra-se desde segunda-feira na República Popular da China, para uma "
         "visita oficial de quatro dias.",
         [ev("meeting", ["CHN", "MOZ"], location="CHN", mode="visit")]),
    # ---- ar: the first edition of the exercise just told
    case("ar-first-edition-is-an-earlier-edition", "ar", DAY,
         "اختتمت القوات المسلحة الأردنية والسعودية التدريب المشترك «درع الشمال». وكانت النسخة الأولى من "
         "التدريب قد أقيمت في الأردن عام 2023.",
         [ev("exercise", ["JOR", "SAU"], date="2026-10"),
          ev("exercise", ["JOR", "SAU"], date="2023", location="JOR", historical=True)]),
    # ---- so: a camp opened where the other side's troops are trained
    case("so-ka-furay-xerada-lagu-tababaro-is-aid", "so", DAY,
         "Imaaraadka ayaa sanadkii 2015 Muqdisho ka furay xero lagu tababaro ciidamada xoogga dalka "
         "Soomaaliya.",
         [ev("aid", ["ARE", "SOM"], date="2015", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
