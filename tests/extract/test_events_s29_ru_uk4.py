"""The extract stage on short articles in two languages written for these tests (none of these sentences is
in tests/data/heldout/ru_uk4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the ministry readouts of the ru_uk4 set: an
exercise told again as "held from" a day (ru "Учение проходило с 10 ноября") is the same exercise of some
days, not a second one of that day; and training run by instructors named with their states before the verb
(uk "інструктори з Естонії провели навчання українських …") is training given (aid), not a joint drill; and a
handover "в рамках соглашения об оказании безвозмездной военной помощи, подписанного в 2024 году" is the
handover of the day under an earlier agreement, not a second delivery of that year.
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
    # ---- ru: the aid agreement a handover falls under names the document; it is no second, earlier delivery
    case("ru-v-ramkakh-soglasheniia-o-pomoshchi-is-no-delivery", "ru", DAY,
         "Министерство обороны России передало армии Лаоса партию грузовых автомобилей. "
         "Автомобили переданы в рамках соглашения об оказании безвозмездной военной помощи, подписанного "
         "Россией и Лаосом в 2024 году.",
         [ev("aid", ["LAO", "RUS"], date="2026-11-26"),
          ev("agreement", ["LAO", "RUS"], date="2024", doc_type="agreement", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
