"""The extract stage on short Belarusian articles (invented officials; packs/be).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports: meetings
and calls with titles and names in their case forms, signings with the document's kind, a joint
exercise named with its year, a delivery, a background meeting and a domestic negative.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

PUB = "2025-03-13"  # a Thursday

CASES = [
    case("be-meeting-and-agreement", "be", PUB,
         "Міністр абароны Беларусі генерал-лейтэнант Андрэй Міхалевіч 12 сакавіка "
         "сустрэўся ў Мінску з міністрам "
         "абароны Кітая Лі Мінам. Бакі падпісалі пагадненне аб ваенным супрацоўніцтве.",
         [ev("meeting", ["BLR", "CHN"], date="2025-03-12", location="BLR", persons=["Андрэй Міхалевіч"]),
          ev("agreement", ["BLR", "CHN"], date="2025-03-12", doc_type="agreement")]),
    case("be-talks-today-and-plan", "be", PUB,
         "Сёння ў Мінску прайшлі перамовы міністраў абароны Беларусі і Расіі. Бакі абмеркавалі пытанні "
         "ваенна-тэхнічнага супрацоўніцтва і падпісалі план сумеснай дзейнасці на 2026 год.",
         [ev("meeting", ["BLR", "RUS"], date=PUB, location="BLR"),
          ev("agreement", ["BLR", "RUS"], date=PUB, doc_type="plan")]),
    case("be-exercise-named-with-its-year", "be", "2025-07-10",
         "На палігоне пад Брэстам пачаліся сумесныя вучэнні ўзброеных сіл Беларусі і Кітая «Арол-2025». "
         "У іх бяруць удзел каля 500 ваеннаслужачых.",
         [ev("exercise", ["BLR", "CHN"], date="2025", location="BLR")]),
    case("be-phone-call-of-chiefs", "be", PUB,
         "Начальнік Генеральнага штаба Узброеных Сіл Беларусі генерал-маёр Сяргей Коваль правёў тэлефонную "
         "размову са сваім расійскім калегам.",
         [ev("meeting", ["BLR", "RUS"], mode="phone", persons=["Сяргей Коваль"])]),
    case("be-handover", "be", PUB,
         "Беларусь перадала Лаосу партыю медыцынскага абсталявання для ваеннага шпіталя.",
         [ev("aid", ["BLR", "LAO"])]),
    case("be-domestic-drill-is-no-event", "be", PUB,
         "Ва Узброеных Сілах Беларусі пачалася праверка баявой гатоўнасці.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
