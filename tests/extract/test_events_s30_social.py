"""The extract stage on short posts in two languages written for these tests (none of these sentences is in
tests/data/heldout/social.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the social-media and channel posts of the social
set: a Telegram readout in which the ministers praise the holding of an earlier joint exercise (ru "отметили
высокий уровень проведения совместного учения", "высоко оценили проведение учения"), which says that the
exercise was held, and the present tense of allocating funds (uk "Швеція виділяє 150 мільйонів євро на
закупівлю …"), a pledge as the future "виділить" is.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ru: the high level of holding a joint exercise, praised in a call, is the exercise held
    case("ru-vysokiy-uroven-provedeniya-ucheniya-is-an-exercise", "ru", DAY,
         "Министр обороны России провёл телефонный разговор с министром обороны Казахстана. Стороны обсудили "
         "вопросы военного сотрудничества. Министры отметили высокий уровень проведения совместного учения в "
         "сентябре прошлого года.",
         [ev("meeting", ["KAZ", "RUS"], date=DAY, mode="phone"),
          ev("exercise", ["KAZ", "RUS"], date="2025-09", historical=True)]),
    # ---- ru: the same with "высоко оценили проведение"
    case("ru-vysoko-otsenili-provedenie-ucheniya-is-an-exercise", "ru", DAY,
         "Министр обороны России провёл телефонный разговор с министром обороны Казахстана. Стороны обсудили "
         "вопросы военного сотрудничества. Министры высоко оценили проведение совместного учения в сентябре "
         "2025 года.",
         [ev("meeting", ["KAZ", "RUS"], date=DAY, mode="phone"),
          ev("exercise", ["KAZ", "RUS"], date="2025-09", historical=True)]),
    # ---- uk: the present of allocating funds for purchases is a pledge
    case("uk-vydilyaye-is-a-pledge", "uk", DAY,
         "Швеція виділяє 150 мільйонів євро на закупівлю українських дронів для Сил оборони України.",
         [ev("intent", ["SWE", "UKR"], date=DAY)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
