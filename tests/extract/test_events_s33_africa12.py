"""The extract stage on short articles in three languages written for these tests (none of these sentences
is in tests/data/heldout/africa12.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the African press, the subject of the
africa12 set:
- the regional communities of Africa are organisations (GUIDELINES, session 29 convention: an exercise OF an
  organisation carries its lowercase code beside the states): en "SADC", "ECOWAS", fr "SADC", "CEDEAO"
  ("a SADC field training exercise", "un exercice militaire de la CEDEAO");
- ar a course at the hands of the other side's instructors, with the singular "يد" ("على يد مدربين من
  الجيش المصري"), is training given, as "على أيدي مدربين".
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- the regional communities of Africa own their exercises
    case("en-sadc-exercise-carries-sadc", "en", DAY,
         "Soldiers from Botswana, Lesotho and Namibia on Monday began a SADC field training exercise in "
         "Botswana.",
         [ev("exercise", ["BWA", "LSO", "NAM", "sadc"])]),
    case("en-ecowas-exercise-carries-ecowas", "en", DAY,
         "Troops from Ghana, Liberia and Sierra Leone this week held an ECOWAS exercise near Monrovia.",
         [ev("exercise", ["GHA", "LBR", "SLE", "ecowas"])]),
    case("fr-exercice-de-la-sadc-carries-sadc", "fr", DAY,
         "Des militaires d'Angola, du Malawi et de Zambie participent depuis lundi en Zambie à un exercice "
         "de la SADC.",
         [ev("exercise", ["AGO", "MWI", "ZMB", "sadc"])]),
    case("fr-exercice-de-la-cedeao-carries-ecowas", "fr", DAY,
         "Des soldats du Togo, du Bénin et du Ghana ont entamé mardi à Lomé un exercice militaire de la "
         "CEDEAO.",
         [ev("exercise", ["BEN", "GHA", "TGO", "ecowas"])]),
    # ---- ar: a course at the hands (singular) of the other side's instructors is training given
    case("ar-ala-yad-mudarribin-is-aid", "ar", DAY,
         "أنهى ضباط من الجيش الصومالي أمس دورة في مكافحة الإرهاب على يد مدربين من الجيش المصري.",
         [ev("aid", ["EGY", "SOM"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
