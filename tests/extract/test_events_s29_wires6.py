"""The extract stage on short articles in two languages written for these tests (none of these sentences is
in tests/data/heldout/wires6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the agency copy of the wires6 set: a
participation the ministers discussed (es "abordaron la participación de …" is no exercise held), an
exercise under way since a weekday (es "realizan desde el lunes un ejercicio conjunto": more than two days,
dated by its month), an export or transfer as the subject of talks in a headline (ja "護衛艦輸出で協力確認" is
no delivery) and the waters off a part of a state (ja "豪州北部沖で" is Australia).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- es: a participation the ministers discussed is no exercise held (it swallowed the manoeuvres
    # after it)
    case("es-abordaron-la-participacion-is-a-topic", "es", DAY,
         "La ministra de Defensa de Uruguay recibió el lunes en Montevideo a su homólogo argentino. "
         "Ambos ministros abordaron la participación de Argentina en las misiones de paz y la formación de "
         "oficiales argentinos en escuelas uruguayas, según un comunicado.\n\n"
         "En 2023, las armadas de Argentina y Uruguay realizaron maniobras conjuntas frente a "
         "Punta del Este.",
         [ev("meeting", ["ARG", "URY"], date="2026-09-14", location="URY", mode="visit"),
          ev("exercise", ["ARG", "URY"], date="2023", historical=True)]),
    # ---- ja: an export as the subject of a headline's call
    case("ja-yushutsu-de-kyoryoku-is-no-delivery", "ja", DAY,
         "日伊防衛相が電話会談、護衛艦輸出で協力確認",
         [ev("meeting", ["ITA", "JPN"], mode="phone")]),
    # ---- ja: the waters off a part of a state are that state's
    case("ja-nambu-oki-is-the-state", "ja", DAY,
         "海上自衛隊とインド海軍は11日、インド南部沖で共同訓練を実施した。",
         [ev("exercise", ["IND", "JPN"], date="2026-09-11", location="IND")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_es_desde_el_lunes_is_dated_by_its_month(extractor: Extractor) -> None:
    """es: an exercise under way since Monday lasts more than two days and is dated by its month (a case of
    CASES would not tell: check_case accepts a day within the expected month)."""
    text = "Tropas de Argentina y Chile realizan desde el lunes un ejercicio conjunto en Mendoza."
    article = Article(id="case", text=text, title=None, published=DAY, lang="es", lang_hint="es")
    dates = [e.date for e in extractor.extract(article).events if e.type == "exercise"]
    assert dates == ["2026-09"]
