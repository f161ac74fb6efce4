"""The extract stage on short articles in three languages written for these tests (none of these sentences
is in tests/data/heldout/latam6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the Latin American and Caribbean
defence press, the subject of the latam6 set:
- es a multinational naval campaign of several navies ("una campaña naval multinacional contra el
  narcotráfico") is joint activity carried out, an exercise, as "ejercicio multinacional";
- the bases and regions where handovers and exercises are held place them: en "Chaguaramas" and
  "Teteron Barracks" (Trinidad and Tobago), es "Ilopango" (El Salvador's air base), pt "Santa Catarina"
  and "Florianópolis" (Brazil), "Puerto Belgrano" (the Argentine Navy's base, in Brazilian reports);
- en the thing handed over as the subject of the passive ("The boats were received by the Chief of Staff from
  the Japanese Ambassador") is a handover, no guest received: no meeting beside the aid.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- es: a multinational naval campaign held is an exercise
    case("es-campana-naval-multinacional-is-an-exercise", "es", DAY,
         "Unidades de las armadas de Honduras y Guatemala participaron durante dos semanas en una campaña "
         "naval multinacional contra el narcotráfico en el golfo de Honduras.",
         [ev("exercise", ["GTM", "HND"], date="2026-09")]),
    # ---- places of handovers and exercises
    case("en-chaguaramas-places-a-handover", "en", DAY,
         "Japan on Tuesday handed over two rescue boats to the Trinidad and Tobago Defence Force at a "
         "ceremony in Chaguaramas.",
         [ev("aid", ["JPN", "TTO"], date="2026-09-15", location="TTO")]),
    case("es-ilopango-places-a-handover", "es", DAY,
         "Taiwán entregó el martes dos aviones de entrenamiento a la Fuerza Aérea Salvadoreña en la base "
         "aérea de Ilopango.",
         [ev("aid", ["SLV", "TWN"], date="2026-09-15", location="SLV")]),
    case("pt-santa-catarina-places-an-exercise", "pt", DAY,
         "Navios da Marinha do Brasil e da Marinha do Uruguai realizaram na terça-feira um exercício "
         "conjunto no litoral de Santa Catarina.",
         [ev("exercise", ["BRA", "URY"], date="2026-09-15", location="BRA")]),
    case("pt-puerto-belgrano-places-an-exercise", "pt", DAY,
         "Navios do Brasil e da Argentina realizaram em março um exercício conjunto nas proximidades de "
         "Puerto Belgrano.",
         [ev("exercise", ["ARG", "BRA"], date="2026-03", location="ARG", historical=True)]),
    # ---- en: materiel received by an official from an envoy is the handover, no meeting
    case("en-boats-were-received-by-is-no-meeting", "en", DAY,
         "Japan on Tuesday donated four rescue boats to the Guyana Defence Force.\n\nThe boats were received "
         "by Chief of Staff Brigadier Omar Khan from Japanese Ambassador Kenji Sato at a ceremony in "
         "Georgetown.",
         [ev("aid", ["GUY", "JPN"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
