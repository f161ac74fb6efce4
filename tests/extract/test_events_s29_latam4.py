"""The extract stage on short Spanish and Portuguese articles written for these tests (none of these sentences
is in tests/data/heldout/latam4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Latin American defence press of the latam4
set: others present at the same talks ("Participaron también del encuentro el embajador …") are no meeting of
their own; goods received from an envoy's hands ("recibió … de parte del embajador … una donación") are a
handover, no reception of the envoy; donated materiel that "will strengthen" something ("los equipos
fortalecerán …") is no pledge of the sides; the same three in Portuguese ("Participaram também do encontro",
"recebeu das mãos do embaixador … uma doação", "os equipamentos vão reforçar").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- es: others present at the same talks, no second meeting
    case("es-participaron-tambien-del-encuentro-is-the-same-meeting", "es", DAY,
         "El ministro de Defensa del Perú, general Juan Pérez, recibió el lunes en Lima a su homólogo de "
         "Bolivia, quien realiza una visita oficial. Durante la reunión se repasó la cooperación fronteriza. "
         "Participaron también del encuentro el embajador de Bolivia, Luis Mamani, y el jefe del Comando "
         "Conjunto de las Fuerzas Armadas.",
         [ev("meeting", ["BOL", "PER"], date="2026-09-14", mode="visit", location="PER")]),
    # ---- es: a donation received from an envoy's hands, no reception of the envoy
    case("es-recibio-de-parte-del-embajador-is-a-handover", "es", DAY,
         "Tegucigalpa.- La ministra de Defensa Nacional, Rosa López, recibió el martes de parte del "
         "embajador de Taiwán una donación de 20 camiones militares para las Fuerzas Armadas.",
         [ev("aid", ["HND", "TWN"], date="2026-09-15")]),
    # ---- es: donated materiel that will strengthen the forces' work, no pledge
    case("es-los-equipos-fortaleceran-is-no-pledge", "es", DAY,
         "Japón donó el martes a la Armada de Chile equipos de buceo y sonares portátiles. "
         "El comandante Pérez agradeció el apoyo sostenido del gobierno japonés y señaló que los equipos "
         "fortalecerán las tareas de búsqueda y rescate en el litoral.",
         [ev("aid", ["CHL", "JPN"], date="2026-09-15")]),
    # ---- pt: the same three, in Portuguese
    case("pt-participaram-tambem-do-encontro-is-the-same-meeting", "pt", DAY,
         "O ministro da Defesa de Angola, general João Neto, recebeu na segunda-feira em Luanda o seu "
         "homólogo de Moçambique, que realiza uma visita oficial. Durante a reunião foi analisada a "
         "cooperação na formação de quadros. Participaram também do encontro o embaixador de Moçambique, "
         "Carlos Mussa, e o chefe do Estado-Maior General.",
         [ev("meeting", ["AGO", "MOZ"], date="2026-09-14", mode="visit", location="AGO")]),
    # ---- pt: a donation received from an envoy's hands
    case("pt-recebeu-das-maos-do-embaixador-is-a-handover", "pt", DAY,
         "Bissau - O ministro da Defesa Nacional, Mário Sá, recebeu na terça-feira das mãos do embaixador da "
         "China uma doação de 20 viaturas militares para as Forças Armadas.",
         [ev("aid", ["CHN", "GNB"], date="2026-09-15", location="GNB")]),
    case("pt-os-equipamentos-vao-reforcar-is-no-pledge", "pt", DAY,
         "O Japão doou na terça-feira à Marinha de Moçambique equipamentos de mergulho. O comandante Silva "
         "agradeceu o apoio do governo japonês e afirmou que os equipamentos vão reforçar as operações de "
         "busca e salvamento.",
         [ev("aid", ["JPN", "MOZ"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
