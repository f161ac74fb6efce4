"""The extract stage on short articles in eight languages written for these tests (none of these sentences is
in tests/data/heldout/caucasus_ca3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin the general wording of the caucasus_ca3 set: a state named before
"on its territory" is where the event took place, not a party (kk "Ресей аумағында", az "Gürcüstan
ərazisində", ky "Өзбекстандын аймагында", uz "Qirgʻiziston hududida", tg "дар қаламрави Русия", ru "на
территории Киргизии", hy "Կիպրոսի տարածքում", ka "აზერბაიჯანის ტერიტორიაზე").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- kk: "on the territory of" after the state of one of the parties
    case("kk-aumaghynda-is-the-place", "kk", DAY,
         "Қазақстан мен Ресейдің әуе десанттық бөлімшелерінің бірлескен жаттығуы Ресей аумағында өтті.",
         [ev("exercise", ["KAZ", "RUS"], location="RUS")]),
    # ---- az: a third state's territory is the venue, not a party
    case("az-erazisinde-is-the-place", "az", DAY,
         "Azərbaycan və Türkiyə xüsusi təyinatlılarının birgə təlimi Gürcüstan ərazisində keçirilib.",
         [ev("exercise", ["AZE", "TUR"], location="GEO")]),
    # ---- ky: a third state's territory in the genitive
    case("ky-aimagynda-is-the-place", "ky", DAY,
         "Кыргызстан менен Казакстандын чек ара бөлүктөрүнүн биргелешкен машыгуусу Өзбекстандын "
         "аймагында өттү.",
         [ev("exercise", ["KAZ", "KGZ"], location="UZB")]),
    # ---- uz: hududida after a third state
    case("uz-hududida-is-the-place", "uz", DAY,
         "Oʻzbekiston va Qozogʻiston harbiylarining qoʻshma taktik mashgʻuloti Qirgʻiziston "
         "hududida oʻtkazildi.",
         [ev("exercise", ["KAZ", "UZB"], location="KGZ")]),
    # ---- tg: the preposition phrase "дар ҳудуди" before a third state
    case("tg-dar-hududi-is-the-place", "tg", DAY,
         "Машқҳои муштараки нерӯҳои махсуси Тоҷикистон ва Қазоқистон дар ҳудуди Қирғизистон "
         "гузаронида шуданд.",
         [ev("exercise", ["KAZ", "TJK"], location="KGZ")]),
    # ---- ru: "на территории" before a third state
    case("ru-na-territorii-is-the-place", "ru", DAY,
         "Совместные учения миротворческих подразделений России и Казахстана прошли на территории Киргизии.",
         [ev("exercise", ["KAZ", "RUS"], location="KGZ")]),
    # ---- hy: "տարածքում" after a third state
    case("hy-taratsqum-is-the-place", "hy", DAY,
         "Հայաստանի և Հունաստանի խաղաղապահների համատեղ զորավարժությունն անցկացվել է Կիպրոսի տարածքում։",
         [ev("exercise", ["ARM", "GRC"], location="CYP")]),
    # ---- ka: "ტერიტორიაზე" after a third state
    case("ka-teritoriaze-is-the-place", "ka", DAY,
         "საქართველოსა და თურქეთის სპეციალური დანიშნულების ძალების ერთობლივი სწავლება აზერბაიჯანის "
         "ტერიტორიაზე ჩატარდა.",
         [ev("exercise", ["GEO", "TUR"], location="AZE")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
