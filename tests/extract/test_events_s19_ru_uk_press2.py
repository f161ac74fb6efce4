"""The extract stage on short Russian and Ukrainian press articles written for these tests (none of these
sentences is in tests/data/heldout/ru_uk_press2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general Russian and Ukrainian press wording: a staff
training of two armies ("совместная штабная тренировка", "спільне штабне тренування") as an exercise;
"Сторони узгодили" (the parties agreed on) and a state's singular future "продовжить" as
pledges; a sentence opening "В переговорах также участвовал…" as the talks already told, no second
meeting; an expert "в беседе с «Известиями»" (talking to a paper) and accession talks ("переговори про
вступ до ЄС") as no meeting; Ukrainian cities in their cases ("в Одесі", "до Львова") and Scotland as
places.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- a staff training of two armies is an exercise
    case("ru-shtabnaya-trenirovka-is-an-exercise", "ru", DAY,
         "Совместная штабная тренировка войск Армении и России прошла во вторник в Гюмри.",
         [ev("exercise", ["ARM", "RUS"], location="ARM", date="2026-03-17")]),
    case("uk-shtabne-trenuvannia-is-an-exercise", "uk", DAY,
         "Війська Польщі і Литви у вівторок провели спільне штабне тренування поблизу кордону.",
         [ev("exercise", ["LTU", "POL"], date="2026-03-17")]),
    # ---- pledges
    case("uk-uzhodyly-is-a-pledge", "uk", DAY,
         "Міністри оборони Румунії та Молдови узгодили проведення спільних курсів для саперів.",
         [ev("intent", ["MDA", "ROU"])]),
    case("uk-prodovzhyt-is-a-pledge", "uk", DAY,
         "Міністр оборони Канади заявив, що Канада продовжить навчати українських саперів.",
         [ev("intent", ["CAN", "UKR"])]),
    # ---- the talks referred back to: no second meeting
    case("ru-v-peregovorakh-uchastvoval-is-the-same-talks", "ru", DAY,
         "Министр обороны Сербии Милан Петрович, прибывший в Беларусь с визитом, провел в понедельник "
         "в Минске переговоры с президентом страны. В переговорах также участвовал министр обороны "
         "Беларуси Олег Ковалёв.",
         [ev("meeting", ["BLR", "SRB"], location="BLR", date="2026-03-16")]),
    # ---- an expert talking to a paper, accession talks: no meeting
    case("ru-v-besede-s-gazetoi-is-no-meeting", "ru", DAY,
         "Военный эксперт отметил в беседе с «Ведомостями», что Вашингтон пытается изолировать Тегеран "
         "и давить на Иран.",
         []),
    case("uk-perehovory-pro-vstup-is-no-meeting", "uk", DAY,
         "Міністр оборони Литви наголосив, що переговори про вступ України до ЄС мають завершитися "
         "до 2030 року.",
         []),
    # ---- Ukrainian cities in their cases and Scotland are places
    case("uk-v-odesi-is-the-place", "uk", DAY,
         "Міністр оборони Швеції у вівторок провів переговори в Одесі з міністром оборони України.",
         [ev("meeting", ["SWE", "UKR"], location="UKR", date="2026-03-17")]),
    case("uk-do-lvova-is-the-place", "uk", DAY,
         "Міністр оборони Польщі у вівторок прибув з візитом до Львова, де зустрівся з міністром "
         "оборони України.",
         [ev("meeting", ["POL", "UKR"], location="UKR")]),
    case("ru-v-shotlandii-is-the-place", "ru", DAY,
         "Корабли ВМС Норвегии и Германии провели во вторник совместное учение у берегов Шотландии.",
         [ev("exercise", ["DEU", "NOR"], location="GBR")]),
    case("ru-surkhandarya-is-uzbek", "ru", DAY,
         "Военнослужащие Узбекистана и Таджикистана провели во вторник совместное учение в Сурхандарьинской "
         "области.",
         [ev("exercise", ["TJK", "UZB"], location="UZB")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
