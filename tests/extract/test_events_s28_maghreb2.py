"""The extract stage on short articles in two languages written for these tests (none of these sentences is
in tests/data/heldout/maghreb2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Maghreb and Egyptian press of the maghreb2
set: the joint military body of two states named a committee (fr "la session du comité militaire conjoint
algéro-italien"), a ship's port call for a courtesy visit, which is no meeting of officials (fr "a fait escale
… pour une visite de courtoisie"), demining named among the fields of cooperation, which is no demining help
(ar "في مجالات التكوين ونزع الألغام"), material provided to the other side's army (ar "قدمت … للجيش"), a
contract of acquisition (ar "عقد اقتناء"), training received by one side's officers (ar "تلقى … تكوينا") and
the Moroccan Royal Air Forces by their name (ar "القوات الملكية الجوية").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- fr: the joint military committee of two states holds a session
    case("fr-comite-militaire-conjoint-is-a-meeting", "fr", DAY,
         "La neuvième session du comité militaire conjoint algéro-italien s'est tenue mardi à Rome.",
         [ev("meeting", ["DZA", "ITA"], date="2026-09-15", location="ITA")]),
    # ---- fr: a ship's call at a port for a courtesy visit is a port call, no meeting
    case("fr-escale-visite-de-courtoisie-is-no-meeting", "fr", DAY,
         "La corvette italienne Bersagliere a fait escale lundi au port de Tunis pour une visite "
         "de courtoisie de trois jours.",
         []),
    # ---- ar: demining among the fields of the talks is no demining help given
    case("ar-demining-as-field-of-cooperation-is-no-aid", "ar", DAY,
         "بحث وزير الدفاع الموريتاني يوم الثلاثاء مع السفير الإسباني سبل تطوير التعاون العسكري في مجالات "
         "التكوين ونزع الألغام.",
         [ev("meeting", ["ESP", "MRT"], date="2026-09-15")]),
    # ---- ar: material provided to the other side's army is aid
    case("ar-qaddamat-lil-jaysh-is-aid", "ar", DAY,
         "وقدمت الصين للجيش التونسي معدات عسكرية في مارس 2024.",
         [ev("aid", ["CHN", "TUN"], date="2024-03", historical=True)]),
    # ---- ar: a contract of acquisition signed with another state
    case("ar-aqd-iqtina-is-a-contract", "ar", DAY,
         "ووقعت الجزائر عقد اقتناء 14 مروحية مع روسيا سنة 2018.",
         [ev("agreement", ["DZA", "RUS"], date="2018", doc_type="contract", historical=True)]),
    # ---- ar: training received by one side's officers in the other state
    case("ar-talaqqa-takwinan-is-training-aid", "ar", DAY,
         "وتلقى ضباط تونسيون تكوينا عسكريا في إيطاليا خلال الشهر الماضي.",
         [ev("aid", ["ITA", "TUN"])]),
    # ---- ar: the Moroccan Royal Air Forces by their name
    case("ar-royal-air-forces-is-morocco", "ar", DAY,
         "شارك طيارون من القوات الملكية الجوية يوم الاثنين في تمرين جوي مشترك مع القوات الجوية الفرنسية.",
         [ev("exercise", ["FRA", "MAR"], date="2026-09-14")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
