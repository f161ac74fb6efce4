"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/meetings7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of defense ministers' and chiefs'
meetings, the subject of the meetings7 set:
- pl the future of "przyjąć" ("przyjmie", "przyjmą") receives a guest on the day named, and marks it as
  ahead;
- fr "se retrouver" in the future or past ("se retrouveront à Athènes le 3 décembre") is a meeting;
- es a commission or mechanism that "sesiona" ("sesionará el 2 de diciembre") meets;
- en a speech, remarks or an address "delivered" hands nothing over (no aid);
- es a gift, souvenir, medal or plaque handed over ("entregó un obsequio", "hizo entrega de una placa") is no
  aid;
- id talks "melalui sambungan video" / "melalui video" are a call (mode phone).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-25"  # a Wednesday

CASES = [
    # ---- pl: the future of "przyjąć" (to receive) with its day is a meeting on that day
    case("pl-przyjmie-is-meeting", "pl", DAY,
         "W piątek, 27 listopada, minister obrony narodowej przyjmie w Warszawie ministra obrony Estonii.",
         [ev("meeting", ["EST", "POL"], date="2026-11-27", location="POL", mode="visit")]),
    case("pl-przyjmie-weekday-lies-ahead", "pl", "2026-11-30",
         "Minister obrony narodowej przyjmie we wtorek w Warszawie ministra obrony Norwegii.",
         [ev("meeting", ["NOR", "POL"], date="2026-12-01", location="POL", mode="visit")]),
    case("pl-przyjma-is-meeting", "pl", DAY,
         "Minister obrony Czech i szef sztabu generalnego czeskiej armii przyjmą 30 listopada w Pradze szefa "
         "sztabu armii Węgier.",
         [ev("meeting", ["CZE", "HUN"], date="2026-11-30", location="CZE", mode="visit")]),
    # ---- fr: "se retrouver" (to meet again) in the future with its day
    case("fr-se-retrouveront-is-meeting", "fr", DAY,
         "Le ministre français des Armées et son homologue grec se retrouveront à Athènes le 3 décembre.",
         [ev("meeting", ["FRA", "GRC"], date="2026-12-03", location="GRC", mode="visit")]),
    case("fr-se-sont-retrouves-is-meeting", "fr", DAY,
         "Les chefs d'état-major des armées du Maroc et de l'Espagne se sont retrouvés lundi à Rabat.",
         [ev("meeting", ["ESP", "MAR"], date="2026-11-23", location="MAR")]),
    # ---- es: a commission that "sesiona" (sits) is a meeting
    case("es-sesionara-is-meeting", "es", DAY,
         "La comisión de defensa binacional de Perú y Bolivia sesionará el 2 de diciembre en La Paz.",
         [ev("meeting", ["BOL", "PER"], date="2026-12-02", location="BOL")]),
    case("es-sesiono-is-meeting", "es", DAY,
         "El mecanismo de consultas de los ministerios de Defensa de Chile y Argentina sesionó el lunes en "
         "Santiago.",
         [ev("meeting", ["ARG", "CHL"], date="2026-11-23", location="CHL")]),
    # ---- en: a speech delivered hands nothing over
    case("en-delivered-a-speech-is-no-aid", "en", DAY,
         "Australia's Defence Minister delivered a speech on regional security at a university in Singapore "
         "on Monday.",
         []),
    case("en-delivered-remarks-is-no-aid", "en", DAY,
         "The Canadian defence minister delivered remarks to Polish cadets in Warsaw on Tuesday.",
         []),
    # ---- es: a gift handed to one's own troops is no aid
    case("es-entrego-obsequio-is-no-aid", "es", DAY,
         "El jefe del Ejército de Chile entregó el martes en Nicosia un obsequio navideño a los cascos "
         "azules chilenos desplegados en Chipre.",
         []),
    case("es-entrego-regalo-is-no-aid", "es", DAY,
         "La ministra de Defensa entregó regalos a los militares españoles desplegados en Eslovaquia.",
         []),
    case("es-hizo-entrega-de-placa-is-no-aid", "es", DAY,
         "El comandante de la Armada de Uruguay hizo entrega de una placa conmemorativa al agregado naval de "
         "Brasil.",
         []),
    # ---- id: talks "melalui sambungan video" (over a video link) are a call
    case("id-sambungan-video-is-phone", "id", DAY,
         "Menteri Pertahanan Indonesia melakukan pembicaraan melalui sambungan video dengan Menteri "
         "Pertahanan Jepang pada Senin.",
         [ev("meeting", ["IDN", "JPN"], date="2026-11-23", mode="phone")]),
    case("id-melalui-video-is-phone", "id", DAY,
         "Panglima TNI berbicara melalui video dengan Kepala Staf Angkatan Bersenjata Filipina, Selasa.",
         [ev("meeting", ["IDN", "PHL"], date="2026-11-24", mode="phone")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
