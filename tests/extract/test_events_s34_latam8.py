"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/latam8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Latin American and Caribbean defense
news, the subject of the latam8 set:
- en the National Guard of a US state or territory ("the Louisiana National Guard", "the Vermont Army
  National Guard", "the DC Guard"), the partner of the State Partnership Program, is the United States;
- nl the adjectives of the smaller Latin American and Caribbean states ("Surinaamse", "Guyaanse",
  "Dominicaanse", "Hondurese") name their state;
- pt a course closed by the school that gave it ("encerrou … o curso de …") or meant for the other side's
  personnel ("curso … destinado a 12 marinheiros de …") is training given (aid);
- es a binational or coordinated patrol with its kind between ("patrullaje marítimo coordinado", "patrulla
  fronteriza binacional") is a joint patrol (exercise), as "patrullaje binacional" was;
- es an offer to widen or extend a programme ("ofreció a Bolivia ampliar el intercambio de cadetes") is an
  intent, as an offer to train was;
- es the state that only approves a purchase from another ("con el visto bueno de Estados Unidos", "con la
  aprobación de …") is no party of the contract.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- en: a US state's National Guard is the United States
    case("en-state-national-guard-is-usa", "en", DAY,
         "Airmen of the Belize Defence Force and the Louisiana National Guard held a joint medical training "
         "exercise in Belmopan last week.",
         [ev("exercise", ["BLZ", "USA"], date="2026-10")]),
    case("en-state-army-national-guard-is-usa", "en", DAY,
         "Soldiers from the Vermont Army National Guard trained alongside the Senegalese army in Thies "
         "on Monday.",
         [ev("exercise", ["SEN", "USA"], date="2026-10-12")]),
    # ---- nl: adjectives of the smaller Latin American and Caribbean states
    case("nl-surinaamse-is-sur", "nl", DAY,
         "Defensieminister Ruben Brekelmans ontving maandag in Den Haag zijn Surinaamse ambtgenoot Krishna "
         "Mathoera.",
         [ev("meeting", ["NLD", "SUR"], date="2026-10-12", location="NLD", mode="visit")]),
    case("nl-guyaanse-is-guy", "nl", DAY,
         "Guyaanse en Braziliaanse militairen hebben vorige week een gezamenlijke oefening gehouden "
         "in Lethem.",
         [ev("exercise", ["BRA", "GUY"], date="2026-10")]),
    case("nl-dominicaanse-is-dom", "nl", DAY,
         "Nederland levert twee patrouilleboten aan de Dominicaanse marine.",
         [ev("aid", ["DOM", "NLD"])]),
    # ---- pt: a course closed, a course meant for the other side's personnel
    case("pt-encerrou-curso-de-is-aid", "pt", DAY,
         "O Exército Brasileiro encerrou ontem em Resende um curso de formação de sargentos do Paraguai.",
         [ev("aid", ["BRA", "PRY"], date="2026-10-13")]),
    case("pt-curso-destinado-a-is-aid", "pt", DAY,
         "A Marinha do Brasil encerrou na terça-feira o curso de mergulho destinado a 12 marinheiros de Cabo "
         "Verde.",
         [ev("aid", ["BRA", "CPV"], date="2026-10-13")]),
    # ---- es: binational and coordinated patrols with the kind between
    case("es-patrullaje-maritimo-coordinado-is-exercise", "es", DAY,
         "Las armadas de Ecuador y Colombia realizaron la semana pasada un patrullaje marítimo coordinado "
         "frente a la costa de Esmeraldas.",
         [ev("exercise", ["COL", "ECU"], date="2026-10")]),
    case("es-patrulla-fronteriza-binacional-is-exercise", "es", DAY,
         "Efectivos de Bolivia y Paraguay concluyeron el lunes una patrulla fronteriza binacional en el "
         "Chaco.",
         [ev("exercise", ["BOL", "PRY"], date="2026-10-12")]),
    # ---- es: an offer to widen or extend
    case("es-ofrecio-ampliar-is-intent", "es", DAY,
         "El ministro de Defensa de Chile ofreció a Bolivia ampliar el intercambio de cadetes entre las "
         "escuelas militares.",
         [ev("intent", ["BOL", "CHL"])]),
    case("es-ofrecio-extender-is-intent", "es", DAY,
         "El Ejército de Brasil ofreció a Paraguay extender el curso de paracaidismo a sus suboficiales.",
         [ev("intent", ["BRA", "PRY"])]),
    # ---- es: the approving state is no party
    case("es-con-el-visto-bueno-de-is-no-party", "es", DAY,
         "Colombia firmó el martes la compra de 12 aviones Gripen a Suecia, con el visto bueno de Estados "
         "Unidos.",
         [ev("agreement", ["COL", "SWE"], date="2026-10-13", doc_type="contract")]),
    case("es-con-la-aprobacion-de-is-no-party", "es", DAY,
         "Ecuador firmó el lunes la compra de seis helicópteros a Francia, con la aprobación de Estados "
         "Unidos.",
         [ev("agreement", ["ECU", "FRA"], date="2026-10-12", doc_type="contract")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
