"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/es_press3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Spanish-language defense diplomacy news,
the subject of the es_press3 set:
- es a span of days written "entre el 1 y el 4 de diciembre" (the article repeated) is a span, dated at
  month precision as "del 1 al 4" and "entre el 1 y 4" were, not its last day;
- es places whose names hold "Lagos" (Chile's "región de Los Lagos", Jalisco's "Lagos de Moreno") are
  in their own state, not Lagos, Nigeria;
- es a state's adjective after "territorio", "suelo" or "aguas" ("en territorio argentino", "en aguas
  ecuatorianas") names where the event takes place;
- es a summit or ministerial meeting the talks prepare ("sirvió para preparar la próxima cumbre",
  "abordó los preparativos de la cumbre") is still to come, not the frame of the talks (no multilateral mode);
  talks "al margen de la cumbre" stay multilateral.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-09"  # a Wednesday

CASES = [
    # ---- es: "entre el N y el M de <mes>" is a span
    case("es-entre-el-y-el-span-exercise", "es", DAY,
         "Tropas de Uruguay y Brasil efectuaron entre el 1 y el 4 de diciembre un ejercicio combinado de "
         "defensa civil en Rivera.",
         [ev("exercise", ["BRA", "URY"], date="2026-12")]),
    case("es-entre-el-y-el-span-patrol", "es", DAY,
         "Las armadas de Guatemala y Honduras llevaron a cabo entre el 10 y el 14 de noviembre un patrullaje "
         "marítimo coordinado en el golfo de Honduras.",
         [ev("exercise", ["GTM", "HND"], date="2026-11")]),
    # ---- es: places holding "Lagos"
    case("es-region-de-los-lagos-is-chl", "es", DAY,
         "Efectivos de Chile y Argentina iniciaron el lunes un ejercicio combinado de rescate en la "
         "región de "
         "Los Lagos.",
         [ev("exercise", ["ARG", "CHL"], location="CHL")]),
    case("es-lagos-de-moreno-is-mex", "es", DAY,
         "Soldados de Estados Unidos y México concluyeron el martes un adiestramiento combinado en Lagos de "
         "Moreno, Jalisco.",
         [ev("exercise", ["MEX", "USA"], date="2026-12-08", location="MEX")]),
    # ---- es: "en territorio / suelo / aguas <adjective>" is the place
    case("es-en-territorio-adjective-is-place", "es", DAY,
         "Militares chilenos y argentinos realizaron el martes un ejercicio combinado en territorio "
         "argentino.",
         [ev("exercise", ["ARG", "CHL"], date="2026-12-08", location="ARG")]),
    case("es-en-aguas-adjective-is-place", "es", DAY,
         "Buques de Colombia y Ecuador realizaron el martes un ejercicio combinado en aguas ecuatorianas.",
         [ev("exercise", ["COL", "ECU"], date="2026-12-08", location="ECU")]),
    case("es-en-suelo-adjective-is-place", "es", DAY,
         "Paracaidistas de Brasil y Paraguay realizaron el lunes un ejercicio combinado en suelo paraguayo.",
         [ev("exercise", ["BRA", "PRY"], date="2026-12-07", location="PRY")]),
    # ---- es: a forum the talks prepare is no frame of them
    case("es-preparar-la-proxima-cumbre-not-multilateral", "es", DAY,
         "El ministro de Defensa de Uruguay recibió el lunes en Montevideo a su par de Paraguay. El "
         "encuentro "
         "sirvió para preparar la próxima cumbre de presidentes del Mercosur.",
         [ev("meeting", ["PRY", "URY"], date="2026-12-07", location="URY", mode="visit")]),
    case("es-preparativos-de-la-cumbre-not-multilateral", "es", DAY,
         "La ministra de Defensa de Chile se reunió el martes en Santiago con el ministro de Defensa "
         "de Perú, "
         "con quien abordó los preparativos de la cumbre de la Alianza del Pacífico.",
         [ev("meeting", ["CHL", "PER"], date="2026-12-08", location="CHL", mode="visit")]),
    case("es-al-margen-de-la-cumbre-stays-multilateral", "es", DAY,
         "El ministro de Defensa de Uruguay se reunió el lunes con su par de Paraguay al margen de la cumbre "
         "del Mercosur en Asunción.",
         [ev("meeting", ["PRY", "URY"], date="2026-12-07", mode="multilateral")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# a span is dated at month precision, not by its last day (check_case accepts a finer date than the case's)
SPANS = [
    ("Tropas de Uruguay y Brasil efectuaron entre el 1 y el 4 de diciembre un ejercicio combinado de defensa "
     "civil en Rivera.", "2026-12"),
    ("Las armadas de Guatemala y Honduras llevaron a cabo entre el 10 y el 14 de noviembre un patrullaje "
     "marítimo coordinado en el golfo de Honduras.", "2026-11"),
]


@pytest.mark.parametrize(("text", "month"), SPANS)
def test_span_is_month(extractor: Any, text: str, month: str) -> None:
    events = extractor.extract(Article(id="case", text=text, title=None, published=DAY, lang="es",
                                       lang_hint="es")).events
    assert [e.date for e in events if e.type == "exercise"] == [month]
