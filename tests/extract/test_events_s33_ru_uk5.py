"""The extract stage on short Ukrainian and Russian articles written for these tests (none of these
sentences is in tests/data/heldout/ru_uk5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the ru_uk5 set's press:
- uk a session of the Ramstein contact group held online ("Засідання Контактної групи … у
  форматі «Рамштайн» відбулося … у форматі відеоконференції", "провели засідання в режимі
  відеоконференції") is the forum's session: attending it is no event, and its video link is no call
  between the article's states; the pledges made there are intents.
- uk a course the other side's instructors will run ("Британські інструктори проведуть наступний
  курс для …") is training still to come: a pledge (intent), no training given.
- ru armoured vehicles are materiel ("партия российских бронеавтомобилей"): their delivery is another aid than
  the training told of the same pair (two aids, not one).
- places: ru Russian regions and ranges that host joint drills ("в Челябинской области"); uk Linköping, Saab's
  Gripen works ("підписали в Лінчепінгу").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-17"  # a Thursday

CASES = [
    # ---- uk: a Ramstein session held online is no video call of its members
    case("uk-ramstein-session-by-video-is-no-call", "uk", DAY,
         "Засідання Контактної групи з питань оборони України у форматі «Рамштайн» відбулося в "
         "середу у форматі відеоконференції. Нідерланди оголосили новий пакет військової допомоги "
         "Україні на 250 мільйонів євро.",
         [ev("intent", ["NLD", "UKR"], date="2026-09-16")]),
    case("uk-ramstein-ministers-met-by-video-is-no-call", "uk", DAY,
         "Міністри оборони країн-учасниць Рамштайну провели засідання в режимі відеоконференції. "
         "Данія виділить Україні ще 300 мільйонів крон на закупівлю дронів.",
         [ev("intent", ["DNK", "UKR"])]),
    # ---- uk: training the other side's instructors will run is a pledge
    case("uk-instruktory-provedut-kurs-is-an-intent", "uk", DAY,
         "Британські інструктори проведуть наступний курс для українських морських піхотинців у жовтні.",
         [ev("intent", ["GBR", "UKR"])]),
    # ---- ru: armoured vehicles delivered beside training given: two aids
    case("ru-bronevtomobili-beside-training-are-two-aids", "ru", DAY,
         "Российские военные инструкторы завершили подготовку военнослужащих армии Мали. Во вторник в Бамако "
         "прибыла партия российских бронеавтомобилей для армии Мали.",
         [ev("aid", ["MLI", "RUS"], date="2026-09-17"), ev("aid", ["MLI", "RUS"], date="2026-09-15")]),
    # ---- places
    case("ru-chelyabinskaya-oblast-is-russia", "ru", DAY,
         "Совместное российско-киргизское учение завершилось в пятницу на полигоне в Челябинской области.",
         [ev("exercise", ["KGZ", "RUS"], location="RUS")]),
    case("uk-linchepinh-is-sweden", "uk", DAY,
         "Міністри оборони України та Швеції в середу підписали в Лінчепінгу меморандум про "
         "спільне виробництво зброї.",
         [ev("agreement", ["SWE", "UKR"], date="2026-09-16", location="SWE", doc_type="memorandum")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
