"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/es_press4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Spanish-language defense news, the
subject of the es_press4 set:
- es the gulfs of the Americas named after a state ("el golfo de Honduras", "el golfo de Panamá", "el golfo
  de Venezuela") are sea areas: no party of the exercise held there;
- es a naval or coastal patrol of two navies, "combinada" (the multinational word) with one or two kind words
  between ("patrulla naval combinada", "patrullaje costero combinado", "patrulla antártica naval
  combinada"), is a joint patrol (exercise), as "patrulla marítima combinada" was;
- es a signing left open or denied ("no precisó si se firmó algún documento", "no se firmó ningún convenio",
  "sin que se firmara un acuerdo") is no signing;
- es a legislature authorising the entry of another state's troops, ships or military personnel for exercises
  ("autoriza el ingreso de personal militar de Estados Unidos", "autorizó la entrada de tropas …") is a
  plan of the two states (intent);
- es agreeing to meet again ("acordaron reunirse en marzo", "convinieron en volver a reunirse") reads the
  month after it forward, as "acordaron realizar" did: a pledge of the day of the talks, not an event of last
  March;
- es a forum's session that "contó con la participación de delegaciones de …" lists who attended (GUIDELINES:
  attending the forum is no event), as "a la reunión asistieron" did;
- es the impersonal passive "se recibirán/se recibieron" with goods ("se recibirán los vehículos", "se recibió
  el material") receives no guest: no meeting, no delivery.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- es: the gulfs of the Americas named after a state are sea areas
    case("es-golfo-de-honduras-is-no-party", "es", DAY,
         "Unidades de la Marina de Guatemala y de la Fuerza Naval de El Salvador realizaron ayer un "
         "ejercicio "
         "combinado de búsqueda y rescate en el golfo de Honduras.",
         [ev("exercise", ["GTM", "SLV"], date="2026-10-13")]),
    case("es-golfo-de-venezuela-is-no-party", "es", DAY,
         "Buques de la Armada de Colombia y de la Armada de Brasil completaron el lunes un ejercicio naval "
         "combinado en aguas del Golfo de Venezuela.",
         [ev("exercise", ["BRA", "COL"], date="2026-10-12")]),
    # ---- es: combined patrols with their kind between
    case("es-patrulla-naval-combinada-is-exercise", "es", DAY,
         "Las armadas de Chile y Argentina iniciaron el lunes la patrulla naval combinada en el canal "
         "Beagle.",
         [ev("exercise", ["ARG", "CHL"], date="2026-10")]),
    case("es-patrullaje-costero-combinado-is-exercise", "es", DAY,
         "Buques de la Marina de Guerra del Perú y de la Armada del Ecuador realizaron la semana pasada un "
         "patrullaje costero combinado frente a Tumbes.",
         [ev("exercise", ["ECU", "PER"], date="2026-10")]),
    case("es-patrulla-two-kinds-combinada-is-exercise", "es", DAY,
         "Un aviso de la Armada de Chile y un patrullero de la Armada Argentina completaron ayer la patrulla "
         "austral naval combinada de este año.",
         [ev("exercise", ["ARG", "CHL"], date="2026-10-13")]),
    # ---- es: a signing left open or denied
    case("es-no-preciso-si-se-firmo-is-no-signing", "es", DAY,
         "El ministro de Defensa del Perú recibió el lunes en Lima a su homólogo de Bolivia. El comunicado "
         "oficial no precisó si se firmó algún documento durante la cita.",
         [ev("meeting", ["BOL", "PER"], date="2026-10-12", mode="visit")]),
    case("es-no-se-firmo-is-no-signing", "es", DAY,
         "La ministra de Defensa de Honduras se reunió el martes en Tegucigalpa con el jefe del Estado "
         "Mayor de "
         "Colombia, aunque no se firmó ningún convenio de cooperación.",
         [ev("meeting", ["COL", "HND"], date="2026-10-13")]),
    # ---- es: authorised entry of foreign troops
    case("es-autoriza-ingreso-de-personal-militar-is-intent", "es", DAY,
         "El Congreso peruano aprobó el martes la resolución legislativa que autoriza el ingreso de personal "
         "militar de Estados Unidos para participar en ejercicios con la Marina de Guerra del Perú en "
         "noviembre.",
         [ev("intent", ["PER", "USA"])]),
    case("es-autorizo-entrada-de-tropas-is-intent", "es", DAY,
         "La Asamblea Legislativa de Honduras autorizó la entrada de tropas y aeronaves de México para un "
         "entrenamiento de ayuda humanitaria con las Fuerzas Armadas hondureñas el próximo año.",
         [ev("intent", ["HND", "MEX"])]),
    # ---- es: agreed to meet: the month after it is ahead
    case("es-acordaron-reunirse-en-month-is-ahead", "es", DAY,
         "El ministro de Defensa de Bolivia conversó el lunes por teléfono con su homólogo paraguayo. Ambos "
         "acordaron reunirse en marzo en Asunción para revisar la cooperación fronteriza.",
         [ev("meeting", ["BOL", "PRY"], date="2026-10-12", mode="phone"),
          ev("intent", ["BOL", "PRY"], historical=False)]),
    case("es-convinieron-volver-a-reunirse-is-ahead", "es", DAY,
         "Los jefes de las armadas de Uruguay y Argentina se reunieron ayer en Montevideo y convinieron "
         "en volver "
         "a reunirse en febrero en Buenos Aires.",
         [ev("meeting", ["ARG", "URY"], date="2026-10-13"),
          ev("intent", ["ARG", "URY"], historical=False)]),
    # ---- es: a forum's attendance list
    case("es-reunion-conto-con-delegaciones-is-no-meeting", "es", DAY,
         "La reunión anual de jefes de Estado Mayor de la Defensa de la región contó con la participación de "
         "delegaciones militares de Chile, Bolivia, Ecuador y Colombia.",
         []),
    # ---- es: the impersonal passive of receiving goods
    case("es-se-recibiran-vehiculos-is-no-meeting", "es", DAY,
         "El ministro de Defensa de Bolivia, general Juan Carlos Rojas, agradeció el respaldo de China y "
         "anunció que el próximo año se recibirán los primeros vehículos del nuevo contrato con una empresa "
         "nacional.",
         []),
    case("es-se-recibiran-vehiculos-is-no-delivery-either", "es", DAY,
         "El ministro de Defensa de Bolivia, general Juan Carlos Rojas, recibió el lunes al embajador "
         "de China. "
         "El ministro informó además que en enero se recibirán los nuevos vehículos adquiridos por el "
         "Ejército a "
         "una empresa nacional.",
         [ev("meeting", ["BOL", "CHN"], date="2026-10-12", mode=None)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
