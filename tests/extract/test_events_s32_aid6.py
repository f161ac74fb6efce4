"""The extract stage on short articles in seven languages written for these tests (none of these sentences
is in tests/data/heldout/aid6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of military aid, the subject of the aid6 set:
- es a shipment completed ("completó el lunes el envío a Ucrania de …") is a delivery;
- deliveries still to come, told in the passive future, are pledges (intents), no delivery: ro "vor fi
  livrate", lt "bus pristatyti", pt "deverão ser entregues", fi "toimitukset … jatkuvat" (deliveries go on
  until);
- ru the training named first and the instructors after ("Подготовку … провели российские военные
  инструкторы") is training given;
- hu the Chadian adjective "csádi" names Chad.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- es: a shipment completed is a delivery
    case("es-completo-el-envio-is-aid", "es", DAY,
         "España completó el lunes el envío a Ucrania de veinte vehículos blindados.",
         [ev("aid", ["ESP", "UKR"], date="2026-09-14")]),
    # ---- deliveries still to come in the passive future: pledges
    case("ro-vor-fi-livrate-is-an-intent", "ro", DAY,
         "Noi echipamente militare românești vor fi livrate Republicii Moldova anul viitor.",
         [ev("intent", ["MDA", "ROU"])]),
    case("lt-bus-pristatyti-is-an-intent", "lt", DAY,
         "Likę tankai iš Vokietijos bus pristatyti Lietuvai iki 2028 metų.",
         [ev("intent", ["DEU", "LTU"])]),
    case("pt-deverao-ser-entregues-is-an-intent", "pt", DAY,
         "Os dois navios-patrulha de Portugal deverão ser entregues a Cabo Verde no próximo ano.",
         [ev("intent", ["CPV", "PRT"])]),
    case("fi-toimitukset-jatkuvat-is-an-intent", "fi", DAY,
         "Hävittäjien toimitukset Yhdysvalloista Suomeen jatkuvat vuoteen 2030 asti.",
         [ev("intent", ["FIN", "USA"])]),
    # ---- ru: the training named before its instructors
    case("ru-podgotovku-proveli-instruktory-is-aid", "ru", DAY,
         "Подготовку летчиков ВВС Лаоса провели российские военные инструкторы.",
         [ev("aid", ["LAO", "RUS"])]),
    # ---- hu: "csádi" is Chad
    case("hu-csadi-is-chad", "hu", DAY,
         "Magyar kiképzők kiképezték a csádi különleges erők katonáit.",
         [ev("aid", ["HUN", "TCD"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
