"""The extract stage on short articles in Spanish and Portuguese written for these tests (none of these
sentences is in tests/data/heldout/latam3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the Latin American defense press, the
genres of the latam3 set: Antarctica named beside a meeting or an agreement is no state (es "la
Antártida", pt "na Antártida"; CLDR lists it as a region with a code) and Taiwan by its official name, "la
República de China" (es) and "a República da China" (pt), is no People's Republic; a reception "en la
sede del ministerio" (es) is at the host's, whatever state the guest's title names next; training received
with the giver told first ("recibió del Ecuador capacitación", es) is training given; the feminine demonym
"uruguaia" (pt) does not swallow the Brazilian town of Uruguaiana.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- es: Antarctica beside a meeting and a signing is no party
    case("es-antartida-is-no-state", "es", DAY,
         "Buenos Aires, 15 sep (Télam).- El ministro de Defensa, Jorge Ruiz, recibió este martes a su par de "
         "Chile, Ana Soto, con quien firmó un acuerdo para la logística de las bases en la Antártida.",
         [ev("meeting", ["ARG", "CHL"], date="2026-09-15", location="ARG", mode="visit"),
          ev("agreement", ["ARG", "CHL"], date="2026-09-15")]),
    # ---- pt: Antarctica is no place of a signing either
    case("pt-antartida-is-no-state", "pt", DAY,
         "O ministro da Defesa do Brasil e o comandante da Marinha do Chile assinaram nesta terça-feira um "
         "memorando sobre o apoio logístico às operações na Antártida.",
         [ev("agreement", ["BRA", "CHL"], date="2026-09-15", location=None, doc_type="memorandum")]),
    # ---- es: Taiwan by its official name
    case("es-republica-de-china-is-taiwan", "es", DAY,
         "La República de China (Taiwán) donó el lunes diez ambulancias militares a las Fuerzas Armadas del "
         "Paraguay.",
         [ev("aid", ["PRY", "TWN"], date="2026-09-14")]),
    # ---- pt: the same in Portuguese
    case("pt-republica-da-china-is-taiwan", "pt", DAY,
         "A República da China (Taiwan) doou na segunda-feira dez ambulâncias militares ao Exército do "
         "Paraguai.",
         [ev("aid", ["PRY", "TWN"], date="2026-09-14")]),
    # ---- pt: the Brazilian border town Uruguaiana is no Uruguayan ("uruguaia" takes only its plural)
    case("pt-uruguaiana-is-no-uruguayan", "pt", DAY,
         "O comandante do Exército Argentino, general Carlos Ruiz, foi recebido nesta terça-feira (15) em "
         "Uruguaiana pelo comandante militar do Sul, general Paulo Souza, do Exército Brasileiro.",
         [ev("meeting", ["ARG", "BRA"], date="2026-09-15", mode="visit")]),
    # ---- es: the giver named between "recibió" and the training
    case("es-recibio-de-x-capacitacion-is-training-given", "es", DAY,
         "Asunción, 15 set (IP).- Las fuerzas aéreas de Paraguay y Ecuador concluyeron este martes un "
         "ejercicio combinado en el Chaco. En 2024, la Fuerza Aérea Paraguaya recibió del Ecuador "
         "capacitación en mantenimiento para 20 efectivos.",
         [ev("exercise", ["ECU", "PRY"], date="2026-09-15", location="PRY"),
          ev("aid", ["ECU", "PRY"], date="2024", historical=True)]),
    # ---- es: "en la sede del ministerio" is the host's own building; the ambassador's state named after
    # it is no venue
    case("es-sede-del-ministerio-then-the-guests-state", "es", DAY,
         "Lima, 15 set (ANDINA). El ministro de Defensa, Pablo Suárez, recibió este martes en la sede del "
         "ministerio la visita de cortesía del embajador de Italia, Marco Bellini.",
         [ev("meeting", ["ITA", "PER"], date="2026-09-15", location="PER", mode=None)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
