"""The extract stage on short Latin American press articles in Spanish and Portuguese written for these tests
(none of these sentences is in tests/data/heldout/latam2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of that press: training under way told in the
present with the trainees after the time or place ("capacitan desde el lunes a 40 marinos", "capacitam desde
segunda-feira 50 militares") and a training begun ("comenzó el lunes a entrenar a", "começaram … a
treinar"); forces taking part in an exercise named by what it is of ("participan … en el ejercicio de la
fuerza de paz …", where "el ejercicio de" alone is masked for "el ejercicio de sus funciones"); and what is
no event: a legislature's "punto de acuerdo", ships "que se construirán", what a signed contract provides
told with "y prevé" / "e prevê", a ship's itinerary ("su próxima escala", "próximo porto", "inclui escalas
em …"), the visit framed against other news ("A visita ocorre … depois de …"). Titles and ranks: "ministro
de la Defensa Nacional de …", Cuba's "ministro de las FAR", "General de Cuerpo de Ejército", "General do
Ar".

Second round: a stay in the other's country told with "estar" ("esteve em Brasília", "estuvo el martes en
Lima"); sailors and naval assets named as the force ("los marinos de", "marinheiros", "meios navais"); the
simple verbs of carrying out an exercise in pt ("fizeram", "conduziram"); the FAB's air base of Natal and a
US army post and state as places; a delivery still to come told from the receiver's side ("recibirá de",
"receberá da"); foreign cadets who graduated from the other's academy ("se graduaron en la Academia de
…"). Third round: task forces and combined or binational forces ("fuerza de tarea", "fuerza binacional",
"força-tarefa").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- training under way in the present, the trainees after the time or place; a training begun
    case("es-capacitan-desde-a-marinos", "es", DAY,
         "Instructores de la Armada de Chile capacitan desde el 2 de marzo a 40 marinos de la Armada de "
         "Ecuador en operaciones de búsqueda y rescate en Valparaíso.",
         [ev("aid", ["CHL", "ECU"])]),
    case("es-comenzo-a-entrenar-a", "es", DAY,
         "Un equipo de instructores del Ejército de Brasil comenzó el lunes a entrenar a 30 oficiales del "
         "Ejército de Paraguay en el manejo de drones.",
         [ev("aid", ["BRA", "PRY"])]),
    case("pt-capacitam-desde-militares", "pt", DAY,
         "Instrutores do Exército Brasileiro capacitam desde segunda-feira 50 militares de Moçambique em "
         "operações na selva, em Maputo.",
         [ev("aid", ["BRA", "MOZ"])]),
    case("pt-comecaram-a-treinar", "pt", DAY,
         "Pilotos da Força Aérea Brasileira começaram nesta semana a treinar cadetes da Força Aérea do "
         "Uruguai na Academia da Força Aérea.",
         [ev("aid", ["BRA", "URY"])]),
    # ---- an exercise named by what it is of
    case("es-participan-en-el-ejercicio-de-la-fuerza", "es", DAY,
         "Tropas de Uruguay y Argentina participan desde el lunes en el ejercicio de la fuerza de paz "
         "combinada, en la provincia de Córdoba.",
         [ev("exercise", ["ARG", "URY"], date="2026-03")]),
    # ---- no event
    case("es-punto-de-acuerdo-is-no-signing", "es", DAY,
         "El Senado de México aprobó un punto de acuerdo para exhortar a la Secretaría de Marina a informar "
         "sobre su cooperación con Estados Unidos.",
         []),
    case("es-que-se-construiran-is-no-pledge", "es", DAY,
         "El astillero estatal de Colombia y la empresa española Navantia trabajan en el diseño de las "
         "fragatas que se construirán en Cartagena.",
         []),
    case("es-y-preve-is-no-pledge", "es", DAY,
         "El contrato de compra de doce aviones de combate fue firmado por Perú y Corea del Sur en 2024 y "
         "prevé la entrega de los primeros en 2027.",
         [ev("agreement", ["KOR", "PER"], doc_type="contract", historical=True)]),
    case("es-proxima-escala-is-no-port-call", "es", DAY,
         "La fragata de la Armada de Colombia zarpó de Cartagena; su próxima escala será en el puerto de "
         "Veracruz, en México.",
         []),
    case("pt-e-preve-is-no-pledge", "pt", DAY,
         "O contrato foi assinado pelo Chile e pela França em 2023 e prevê a entrega de seis helicópteros "
         "até 2028.",
         [ev("agreement", ["CHL", "FRA"], doc_type="contract", historical=True)]),
    case("pt-itinerary-proximo-porto-is-no-port-call", "pt", DAY,
         "A fragata da Marinha Portuguesa segue para o Rio de Janeiro, próximo porto da missão, que inclui "
         "ainda escalas em Angola e Cabo Verde.",
         []),
    case("pt-a-visita-ocorre-depois-is-no-second-meeting", "pt", DAY,
         "O ministro da Defesa do Brasil recebeu na terça-feira, em Brasília, o ministro da Defesa do "
         "Paraguai. A visita ocorre duas semanas depois de o Senado aprovar a compra de quatro helicópteros "
         "do fabricante italiano Leonardo.",
         [ev("meeting", ["BRA", "PRY"], mode="visit")]),
    # ---- titles and ranks
    case("es-ministro-de-la-defensa-nacional-de-x", "es", DAY,
         "El ministro de la Defensa Nacional de Honduras, Carlos Pérez Lara, recibió el martes en "
         "Tegucigalpa al jefe del Estado Mayor del Ejército de Guatemala.",
         [ev("meeting", ["GTM", "HND"], mode="visit", persons=["Carlos Perez Lara"])]),
    case("es-ministro-de-las-far", "es", DAY,
         "El ministro de las FAR de Cuba, General de Cuerpo de Ejército Juan Ruiz Soto, recibió el martes "
         "en La Habana al viceministro de Defensa de Laos.",
         [ev("meeting", ["CUB", "LAO"], mode="visit", persons=["Juan Ruiz Soto"])]),
    case("pt-general-do-ar", "pt", DAY,
         "O comandante da Aeronáutica recebeu na terça-feira, em Brasília, o comandante da Força Aérea do "
         "Paraguai, General do Ar Ramón Ortiz Vera.",
         [ev("meeting", ["BRA", "PRY"], mode="visit", persons=["Ramon Ortiz Vera"])]),
    # ---- round 2: a stay told with estar; sailors as the force; verbs of carrying out an exercise; places
    case("pt-esteve-em-is-a-visit", "pt", DAY,
         "O ministro da Defesa do Paraguai esteve na terça-feira em Brasília para tratar da cooperação na "
         "fronteira com o Exército Brasileiro.",
         [ev("meeting", ["BRA", "PRY"], mode="visit", location="BRA", date="2026-03-17")]),
    case("es-estuvo-el-martes-en-is-a-visit", "es", DAY,
         "El ministro de Defensa de Ecuador estuvo el martes en Lima para revisar con las Fuerzas Armadas "
         "del Perú la cooperación fronteriza.",
         [ev("meeting", ["ECU", "PER"], mode="visit", location="PER", date="2026-03-17")]),
    case("es-los-marinos-de-are-the-force", "es", DAY,
         "Los marinos de Chile y de Perú realizaron el martes un ejercicio de búsqueda y rescate.",
         [ev("exercise", ["CHL", "PER"], date="2026-03-17")]),
    case("pt-marinheiros-are-the-force", "pt", DAY,
         "Marinheiros do Brasil e da Argentina realizaram na terça-feira um exercício de busca e "
         "salvamento.",
         [ev("exercise", ["ARG", "BRA"], date="2026-03-17")]),
    case("pt-meios-navais-fizeram-um-exercicio", "pt", DAY,
         "Meios navais do Brasil e do Uruguai fizeram na terça-feira um exercício de busca e salvamento na "
         "Lagoa Mirim.",
         [ev("exercise", ["BRA", "URY"], date="2026-03-17")]),
    case("pt-base-aerea-de-natal-is-the-place", "pt", DAY,
         "Começou nesta segunda-feira, na Base Aérea de Natal, um exercício das forças aéreas do Brasil e "
         "do Chile.",
         [ev("exercise", ["BRA", "CHL"], location="BRA")]),
    case("pt-fort-johnson-louisiana-is-the-place", "pt", DAY,
         "Militares do Brasil e dos Estados Unidos iniciaram na segunda-feira, em Fort Johnson, na "
         "Louisiana, o exercício combinado anual dos dois exércitos.",
         [ev("exercise", ["BRA", "USA"], location="USA")]),
    # ---- a delivery to come told from the receiver's side; foreign cadets graduated from the other's academy
    case("es-recibira-de-is-a-pledge", "es", DAY,
         "Colombia recibirá de Estados Unidos tres helicópteros Black Hawk antes de fin de año.",
         [ev("intent", ["COL", "USA"])]),
    case("pt-recebera-da-is-a-pledge", "pt", DAY,
         "A Colômbia receberá da Suécia os primeiros caças Gripen em 2027.",
         [ev("intent", ["COL", "SWE"])]),
    case("es-se-graduaron-en-la-academia-de-x", "es", DAY,
         "Cadetes de la Fuerza Aérea de Ecuador se graduaron el martes en la Academia de la Fuerza Aérea de "
         "Chile.",
         [ev("aid", ["CHL", "ECU"], date="2026-03-17")]),
    # ---- round 3: task forces and combined or binational forces as military words
    case("es-fuerza-binacional-is-military", "es", DAY,
         "Argentina y Chile acordaron el martes crear una fuerza binacional de paz.",
         [ev("intent", ["ARG", "CHL"], date="2026-03-17")]),
    case("es-fuerza-de-tarea-is-military", "es", DAY,
         "Perú y Ecuador acordaron el martes conformar una fuerza de tarea combinada para la frontera "
         "amazónica.",
         [ev("intent", ["ECU", "PER"], date="2026-03-17")]),
    case("pt-forca-tarefa-is-military", "pt", DAY,
         "Brasil e Uruguai acordaram na terça-feira criar uma força-tarefa conjunta na fronteira.",
         [ev("intent", ["BRA", "URY"], date="2026-03-17")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
