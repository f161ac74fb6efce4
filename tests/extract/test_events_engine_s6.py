"""Engine rules that hold across languages (session 6): each case is an invented short article.

An impersonal agreement right after bilateral talks ("It was also agreed to ...") continues
those talks: an intent of the same two states, although the sentence names at most one of them.
An exercise the states will hold is a plan (an intent), unless the article reports it held or a
signed document is what allows it; a plan's year-less month or day is read forward.
A meeting announced for a month, not a day, is an intent only.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("de-impersonal-agreement-continues-the-talks", "de", "2024-10-23",
         "Verteidigungsminister Boris Pistorius traf am Mittwoch seinen britischen Amtskollegen John Healey in "
         "London. Vereinbart wurde auch, deutsche Aufklärungsflugzeuge in Schottland zu stationieren.",
         [ev("meeting", ["DEU", "GBR"], date="2024-10-23", location="GBR"),
          ev("intent", ["DEU", "GBR"])]),
    case("en-impersonal-agreement-continues-the-talks", "en", "2025-05-14",
         "Polish Defence Minister Jan Nowak held talks with his Swedish counterpart Erik Berg in Warsaw on Tuesday. "
         "It was also agreed to station Swedish air defence units at a base near the coast.",
         [ev("meeting", ["POL", "SWE"], date="2025-05-13", location="POL"),
          ev("intent", ["POL", "SWE"])]),
    case("en-next-paragraph-does-not-continue-the-talks", "en", "2025-05-14",
         "Polish Defence Minister Jan Nowak held talks with his Swedish counterpart Erik Berg in Warsaw on Tuesday.\n\n"
         "The army plans to station more air defence units near the coast.",
         [ev("meeting", ["POL", "SWE"], date="2025-05-13", location="POL")]),
    case("ru-exercise-they-will-hold-is-a-plan", "ru", "2025-03-12",
         "Россия и Китай проведут совместные военные учения в сентябре, сообщило Минобороны.",
         [ev("intent", ["CHN", "RUS"])]),
    case("vi-exercise-they-will-hold-is-a-plan", "vi", "2025-03-12",
         "Bộ Quốc phòng cho biết Việt Nam và Ấn Độ sẽ tổ chức diễn tập chung vào tháng 9.",
         [ev("intent", ["IND", "VNM"])]),
    case("ru-planned-exercise-already-reported-held", "ru", "2025-03-12",
         "Военнослужащие России и Белоруссии начали совместные военные учения в Брестской области. "
         "Россия и Белоруссия проведут заключительный этап учений на следующей неделе.",
         [ev("exercise", ["BLR", "RUS"], date="2025-03")]),
    case("en-agreement-allowing-exercises-is-the-news", "en", "2025-02-14",
         "The Philippines and Canada on Thursday signed a defence agreement that will allow their troops to hold "
         "joint exercises in each other's territory.",
         [ev("agreement", ["CAN", "PHL"], date="2025-02-13")]),
    case("en-talks-planned-for-a-month-are-an-intent", "en", "2025-03-12",
         "Defence Minister Richard Marles said Australia and Japan will hold the next round of defence talks "
         "in October.",
         [ev("intent", ["AUS", "JPN"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_a_plans_month_is_read_forward(extractor: Extractor) -> None:
    said = "Russia and China will hold joint naval drills in September, the defence ministry said."
    done = "Russia and China held joint naval drills in September, the defence ministry said."
    ahead = extractor.extract(Article(id="a", text=said, lang="en", published="2025-03-12"))
    back = extractor.extract(Article(id="b", text=done, lang="en", published="2025-03-12"))
    assert [e.type for e in ahead.events] == ["intent"]
    assert [(e.type, e.date) for e in back.events] == [("exercise", "2024-09")]
