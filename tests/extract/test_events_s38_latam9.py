"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/latam9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Latin American defense-diplomacy
news, the subject of the latam9 set:
- es a joint training centre named as a place ("el Centro de Entrenamiento Conjunto de Operaciones de Paz",
  "el Centro Argentino de Entrenamiento Conjunto …") is where a ceremony is held, no joint training;
- es a visitor's programme for the rest of the visit ("tiene previsto recorrer las instalaciones …") is the
  itinerary of the visit told, no pledge of cooperation;
- pt a state's adjective after "território" or "solo" ("em território boliviano", "em solo brasileiro")
  names where the activity is held, as es "en territorio chileno" does.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- es: a joint training centre is a place
    case("es-centro-de-entrenamiento-conjunto-is-a-place", "es", DAY,
         "La embajada de Francia entregó el lunes equipos de comunicaciones al Ejército de Bolivia. "
         "La ceremonia "
         "se realizó en el Centro de Entrenamiento Conjunto de Operaciones de Paz, en La Paz.",
         [ev("aid", ["BOL", "FRA"], date="2026-10-12")]),
    # ---- es: the rest of a visit's programme is no pledge
    case("es-tiene-previsto-recorrer-is-itinerary", "es", DAY,
         "El ministro de Defensa de Francia se reunió el lunes en Lima con su homólogo peruano. El martes "
         "tiene previsto recorrer el astillero del SIMA en el Callao.",
         [ev("meeting", ["FRA", "PER"], date="2026-10-12", location="PER", mode="visit")]),
    case("es-tienen-previsto-recorrer-is-itinerary", "es", DAY,
         "La ministra de Defensa del Ecuador recibió el lunes en Quito a una delegación del Ministerio de "
         "Defensa de Chile. Los visitantes tienen previsto recorrer mañana la base naval de Salinas.",
         [ev("meeting", ["CHL", "ECU"], date="2026-10-12", location="ECU", mode="visit")]),
    # ---- pt: "em território …" and "em solo …" with a state's adjective name where
    case("pt-em-territorio-adjective-is-location", "pt", DAY,
         "Na segunda-feira, militares do Brasil e da Bolívia iniciaram um exercício conjunto em território "
         "boliviano.",
         [ev("exercise", ["BOL", "BRA"], date="2026-10", location="BOL")]),
    case("pt-em-solo-adjective-is-location", "pt", DAY,
         "Fuzileiros navais do Brasil e do Uruguai concluíram ontem um adestramento conjunto em solo "
         "uruguaio.",
         [ev("exercise", ["BRA", "URY"], date="2026-10-13", location="URY")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
