"""The extract stage on short articles in Spanish and Portuguese written for these tests (none of these
sentences is in tests/data/heldout/latam5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the Latin American press, the subject
of the latam5 set:
- pt forces that went to the other state "para participar(em) do exercício" or "para a edição anterior
  do exercício" took part in it (an exercise held, no visit of officials);
- es "la Guardia Nacional de Puerto Rico" is a component of the US forces (the United States, not the
  territory);
- two heads of state after one plural title of the signers (pt "pelos presidentes X e Y", es "por los
  presidentes X y Y") are both officials of the signing (the bare plural "os presidentes participaram"
  is no title: narrowed after latam4 la4-19);
- es Cuba's armed forces and ministry by their own names ("las Fuerzas Armadas Revolucionarias", "el
  MINFAR") are Cuba (the Colombian guerrilla "Fuerzas Armadas Revolucionarias de Colombia" is no state);
- es the site's own "Más en <site>:" label over other stories' headlines is furniture (a cleaning case
  in PAGES).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- pt: forces that travelled to take part in an exercise took part in it
    case("pt-foram-para-participar-do-exercicio-is-an-exercise", "pt", DAY,
         "No ano passado, tropas brasileiras foram aos Estados Unidos para participar do exercício "
         "combinado.",
         [ev("exercise", ["BRA", "USA"], date="2025", historical=True)]),
    case("pt-seguiram-para-participarem-do-exercicio-is-an-exercise", "pt", DAY,
         "Em 2025, fuzileiros navais do Brasil seguiram para os Estados Unidos para participarem do "
         "exercício anfíbio.",
         [ev("exercise", ["BRA", "USA"], date="2025", historical=True)]),
    case("pt-vieram-para-a-edicao-anterior-is-an-exercise", "pt", DAY,
         "No ano passado, militares da Argentina vieram ao Brasil para a edição anterior do exercício.",
         [ev("exercise", ["ARG", "BRA"], date="2025", location="BRA", historical=True)]),
    # ---- es: Puerto Rico's National Guard is the United States
    case("es-guardia-nacional-de-puerto-rico-is-usa", "es", DAY,
         "Soldados de Honduras y de la Guardia Nacional de Puerto Rico concluyeron el viernes un ejercicio "
         "combinado en Comayagua.",
         [ev("exercise", ["HND", "USA"], date="2026-09-11")]),
    # ---- two heads of state named after one plural title
    case("pt-pelos-presidentes-x-e-y-are-persons", "pt", DAY,
         "O acordo de defesa entre Angola e Portugal foi assinado pelos presidentes João Lourenço e "
         "Marcelo Rebelo de Sousa em 2018.",
         [ev("agreement", ["AGO", "PRT"], date="2018", historical=True,
             persons=["Joao Lourenco", "Marcelo Rebelo de Sousa"])]),
    case("es-por-los-presidentes-x-y-y-are-persons", "es", DAY,
         "El acuerdo de cooperación en defensa entre Ecuador y Colombia fue firmado por los presidentes "
         "Daniel Noboa y Gustavo Petro en 2024.",
         [ev("agreement", ["COL", "ECU"], date="2024", historical=True,
             persons=["Daniel Noboa", "Gustavo Petro"])]),
    # ---- es Cuba's armed forces by their own name
    case("es-ministro-de-las-fuerzas-armadas-revolucionarias-is-cuba", "es", DAY,
         "El ministro de las Fuerzas Armadas Revolucionarias recibió el martes a una delegación militar "
         "de Vietnam.",
         [ev("meeting", ["CUB", "VNM"], date="2026-09-15", location="CUB", mode="visit")]),
    case("es-fuerzas-armadas-revolucionarias-de-colombia-is-no-cuba", "es", DAY,
         "Militares de Colombia y Ecuador realizaron el martes patrullas conjuntas en la frontera contra "
         "disidencias de las Fuerzas Armadas Revolucionarias de Colombia.",
         [ev("exercise", ["COL", "ECU"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# (id, lang, raw page, body lines that must stay, furniture that must go)
PAGES = [
    ("es-mas-en-site-label-block", "es",
     "El ministro de Defensa del Perú recibió ayer en Lima a su homólogo boliviano.\n\n"
     "Más en RPP:\n"
     "Marina de Guerra del Perú recibe fragata donada por Corea del Sur\n\n"
     "Ambos ministros revisaron la cooperación en la frontera.\n",
     ["recibió ayer en Lima", "Ambos ministros revisaron"], ["fragata donada"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)
