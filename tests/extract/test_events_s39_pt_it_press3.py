"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/pt_it_press3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Portuguese- and Italian-language defense
diplomacy news, the subject of the pt_it_press3 set:
- pt the acronyms of the armed forces of the Lusophone states not yet known ("as F-FDTL", "as FALINTIL-FDTL"
  of Timor-Leste, "as FARP" of Guinea-Bissau, "as FACV" of Cabo Verde, "as FASTP" of São Tomé e Príncipe)
  name their state, as "FAA" (Angola) and "FADM" (Mozambique) did;
- it the will to go on or widen cooperation confirmed or voiced ("hanno confermato la volontà di proseguire
  …", "hanno espresso la comune volontà di rafforzare …") is an intent;
- it training activity run for the other side's troops ("attività di formazione a favore di 80 militari
  somali", "attività di addestramento per i marinai …") is training given (aid), as "attività formative a
  favore di" was.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- pt: armed forces acronyms of the Lusophone states
    case("pt-f-fdtl-is-tls", "pt", DAY,
         "O Japão doou na segunda-feira três viaturas de engenharia às F-FDTL, numa cerimónia em Díli.",
         [ev("aid", ["JPN", "TLS"], date="2026-10-12")]),
    case("pt-falintil-fdtl-is-tls", "pt", DAY,
         "A Marinha do Brasil entregou ontem duas lanchas às FALINTIL-FDTL.",
         [ev("aid", ["BRA", "TLS"], date="2026-10-13")]),
    case("pt-farp-is-gnb", "pt", DAY,
         "A China doou ontem dez viaturas todo-o-terreno às FARP.",
         [ev("aid", ["CHN", "GNB"], date="2026-10-13")]),
    case("pt-facv-is-cpv", "pt", DAY,
         "Os Estados Unidos doaram na terça-feira equipamento de comunicações às FACV.",
         [ev("aid", ["CPV", "USA"], date="2026-10-13")]),
    # ---- it: the will to go on or widen cooperation
    case("it-confermato-la-volonta-di-proseguire-is-intent", "it", DAY,
         "Il ministro della Difesa italiano ha ricevuto martedì a Roma il collega tunisino. Le due parti "
         "hanno confermato la volontà di proseguire la cooperazione nel settore dell'addestramento.",
         [ev("meeting", ["ITA", "TUN"], date="2026-10-13", location="ITA", mode="visit"),
          ev("intent", ["ITA", "TUN"])]),
    case("it-comune-volonta-di-rafforzare-is-intent", "it", DAY,
         "Il capo di Stato maggiore della Difesa italiano ha incontrato ieri ad Atene il suo omologo greco: "
         "i due hanno espresso la comune volontà di rafforzare la collaborazione in campo navale.",
         [ev("meeting", ["GRC", "ITA"], date="2026-10-13", location="GRC", mode="visit"),
          ev("intent", ["GRC", "ITA"])]),
    # ---- it: training activity run for the other side's troops
    case("it-attivita-di-formazione-a-favore-is-aid", "it", DAY,
         "Il contingente italiano ha svolto la scorsa settimana attività di formazione a favore di 80 "
         "militari somali.",
         [ev("aid", ["ITA", "SOM"])]),
    case("it-attivita-di-addestramento-per-is-aid", "it", DAY,
         "A Beirut gli istruttori della Marina militare italiana hanno condotto attività di addestramento "
         "per i marinai libanesi.",
         [ev("aid", ["ITA", "LBN"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
