"""The extract stage on short articles in two languages written for these tests (none of these sentences is
in tests/data/heldout/ru_uk4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the ministry readouts of the ru_uk4 set: an
exercise told again as "held from" a day (ru "Учение проходило с 10 ноября") is the same exercise of some
days, not a second one of that day; and training run by instructors named with their states before the verb
(uk "інструктори з Естонії провели навчання українських …") is training given (aid), not a joint drill.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-26"  # a Thursday

CASES = [
    # ---- ru: "проходило с <day>" tells the same exercise that ran for days
    case("ru-prokhodilo-s-is-a-span", "ru", DAY,
         "Совместное учение военнослужащих России и Монголии завершилось в среду в Бурятии. "
         "Учение проходило с 10 ноября, в нем участвовали около 500 военнослужащих двух стран.",
         [ev("exercise", ["MNG", "RUS"], date="2026-11", location="RUS")]),
    # ---- uk: instructors with their states before the verb run training for the other side
    case("uk-instruktory-z-provely-navchannia-is-aid", "uk", DAY,
         "У жовтні інструктори з Данії та Швеції провели у Польщі навчання українських військовослужбовців.",
         [ev("aid", ["DNK", "SWE", "UKR"], date="2026-10", location="POL", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
