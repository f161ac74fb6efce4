"""The extract stage on short Spanish articles written for these tests (none of these sentences is in
tests/data/heldout/es_press2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin general wording of the press of Spain and Latin America that the
es_press2 held-out set showed missing or misread: seas and straits named after a state (el Estrecho de
Gibraltar, el golfo de México) make no party of that state, and "los Estados Unidos Mexicanos" (Mexico's
official name) is Mexico, not the United States; the transfer of cargo or fuel between ships is a naval
drill, no delivery; a port call as the frame of a courtesy visit ("Durante la escala, el comandante realizó
una visita de cortesía") is no joint exercise; a cooperation field talked about ("revisaron la cooperación en
desminado") is no demining help; two officials who "ya se vieron" earlier met then; and the ranks of the
Venezuelan FANB written as abbreviations ("G/J", "M/G", "A/J") introduce a person like the ranks in full.
Found next with probe sentences of the writer's own: a will stated by both sides ("expresaron su voluntad de
ampliar") and "quedaron en" (agreed to) are pledges, the guest who "recibió honores militares" is no host,
arms sent or sold with the material named ("envió … un cargamento de munición", "vendió … un sistema") are
aid (not "envió una carta"), and so is an arrival told before the purchase ("Llegaron … los helicópteros
adquiridos a"); Mexico's "Secretaría de Marina" and "Secretaría de la Defensa Nacional" name Mexico (not the
US Navy's "secretario de Marina"), and "el titular de la Sedena" is its minister; "combinado" (the
multinational word of Spanish military usage) training, patrols and operations are held joint activity, and
special forces named alone are military; taking over a command, a post or the forces ("recibió el mando",
"el estado en que recibió las Fuerzas Armadas") receives nobody; "ha prometido" is a promise and a headline's
present ("Arranca el ejercicio …") an exercise begun; a course "impartido por instructores de Brasil" is
training given; "pactan / pactaron" is an agreement to cooperate, and a ceasefire agreed ("acordaron un alto
el fuego", "una tregua") is none; the Venezuelan "Armada Bolivariana" (and the FANB's other components) is
Venezuela, and "las FF. AA." (abbreviated, its dots no sentence end) are the armed forces.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- seas and straits named after a state; Mexico's official name
    case("es-strait-of-gibraltar-no-party", "es", DAY,
         "Los ministros de Defensa de España y Marruecos acordaron este miércoles reforzar las patrullas "
         "conjuntas en el Estrecho de Gibraltar.",
         [ev("intent", ["ESP", "MAR"], date=DAY)]),
    case("es-gulf-of-mexico-no-party", "es", DAY,
         "La Armada de Colombia y la Guardia Costera de Estados Unidos realizaron este miércoles un "
         "ejercicio conjunto en el golfo de México.",
         [ev("exercise", ["COL", "USA"], date=DAY)]),
    case("es-estados-unidos-mexicanos-is-mexico", "es", DAY,
         "La Secretaría de la Defensa Nacional de los Estados Unidos Mexicanos recibió este miércoles al "
         "jefe del Estado Mayor de la Defensa de Colombia.",
         [ev("meeting", ["COL", "MEX"], date=DAY, location="MEX")]),
    # ---- naval drills and port calls
    case("es-cargo-transfer-is-a-drill", "es", DAY,
         "La Armada de Chile y la Marina de Brasil realizaron este miércoles un ejercicio naval frente a "
         "Valparaíso, con transferencia de carga y de combustible en el mar.",
         [ev("exercise", ["BRA", "CHL"], date=DAY)]),
    case("es-port-call-frame-no-exercise", "es", DAY,
         "El buque escuela de la Armada de Chile atracó el sábado en Lisboa. Durante la escala, el "
         "comandante del buque realizó el lunes una visita de cortesía al jefe de la Marina portuguesa.",
         [ev("meeting", ["CHL", "PRT"], date="2026-03-16", mode="visit")]),
    # ---- a cooperation field talked about
    case("es-demining-cooperation-talked-about-no-aid", "es", DAY,
         "Los ministros de Defensa de Colombia y Ecuador se reunieron este miércoles en Quito, donde "
         "revisaron la cooperación en desminado humanitario.",
         [ev("meeting", ["COL", "ECU"], date=DAY, location="ECU")]),
    case("es-demining-help-still-aid", "es", DAY,
         "El Ejército de Chile ayudó este miércoles a Bolivia en el desminado de la frontera.",
         [ev("aid", ["BOL", "CHL"], date=DAY)]),
    # ---- officials who saw each other before
    case("es-ya-se-vieron-earlier-meeting", "es", DAY,
         "El ministro de Defensa de Chile recibió este miércoles a su homólogo de Uruguay. Ambos ministros "
         "ya se vieron en Montevideo en mayo de 2024.",
         [ev("meeting", ["CHL", "URY"], date=DAY),
          ev("meeting", ["CHL", "URY"], date="2024-05", location="URY", historical=True)]),
    case("es-se-vieron-obligados-no-meeting", "es", DAY,
         "Los militares de Chile y Perú se vieron obligados a suspender el ejercicio conjunto por el mal "
         "tiempo.",
         []),
    # ---- Venezuelan rank abbreviations
    case("es-venezuelan-rank-abbreviation", "es", DAY,
         "El ministro del Poder Popular para la Defensa de Venezuela, G/J Carlos Ramírez, recibió este "
         "martes en Caracas al jefe del Estado Mayor de Bolivia, general Luis Pérez.",
         [ev("meeting", ["BOL", "VEN"], date="2026-03-17", persons=["Carlos Ramirez", "Luis Perez"])]),
    case("es-venezuelan-admiral-abbreviation", "es", DAY,
         "El comandante de la Armada Bolivariana de Venezuela, A/J Pedro Salas, se reunió este miércoles en "
         "Caracas con el comandante de la Armada de Cuba.",
         [ev("meeting", ["CUB", "VEN"], date=DAY, persons=["Pedro Salas"])]),
    # ---- found with probe sentences of the writer's own (not in the set)
    case("es-voluntad-of-both-sides-pledge", "es", DAY,
         "Los ministros de Defensa de Chile y Perú se reunieron este miércoles en Lima. Ambos ministros "
         "expresaron su voluntad de ampliar los ejercicios combinados.",
         [ev("meeting", ["CHL", "PER"], date=DAY, location="PER"), ev("intent", ["CHL", "PER"], date=DAY)]),
    case("es-voluntad-of-one-no-pledge", "es", DAY,
         "El presidente destacó su voluntad de mejorar las condiciones de los militares chilenos y "
         "argentinos.",
         []),
    case("es-quedaron-en-pledge", "es", DAY,
         "Los ministros de Defensa de Chile y Argentina se reunieron este miércoles en Santiago. Chile y "
         "Argentina quedaron en reunirse nuevamente en junio para evaluar el plan de cooperación.",
         [ev("meeting", ["ARG", "CHL"], date=DAY, location="CHL"), ev("intent", ["ARG", "CHL"], date=DAY)]),
    case("es-honours-received-by-the-guest", "es", DAY,
         "El ministro de Defensa de Paraguay recibió honores militares en el Ministerio de Defensa de "
         "Bolivia y luego mantuvo una reunión con su homólogo boliviano.",
         [ev("meeting", ["BOL", "PRY"], date=DAY, location="BOL", actor=["PRY"], recipient=["BOL"])]),
    # ---- arms sent or sold with the material named; the arrival told before the purchase
    case("es-sent-ammunition-aid", "es", DAY,
         "Italia envió este miércoles a Ucrania un nuevo cargamento de munición de artillería.",
         [ev("aid", ["ITA", "UKR"], date=DAY)]),
    case("es-sold-air-defence-aid", "es", DAY,
         "Corea del Sur vendió a Perú un sistema de defensa antiaérea, según informó este miércoles el "
         "Ministerio de Defensa.",
         [ev("aid", ["KOR", "PER"], date=DAY)]),
    case("es-sent-a-letter-no-aid", "es", DAY,
         "El ministro de Defensa de Italia envió este miércoles una carta a su homólogo de Ucrania.",
         []),
    case("es-arrived-bought-from-aid", "es", DAY,
         "Llegaron este miércoles al país los primeros cuatro helicópteros adquiridos por Uruguay a Francia.",
         [ev("aid", ["FRA", "URY"], date=DAY)]),
    # ---- Mexico's defence ministries by their full names, and their heads by the short names
    case("es-secretaria-de-marina-is-mexico", "es", DAY,
         "La Secretaría de Marina y la Armada de Chile realizaron este miércoles un ejercicio de búsqueda y "
         "rescate.",
         [ev("exercise", ["CHL", "MEX"], date=DAY)]),
    case("es-us-navy-secretary-no-mexico", "es", DAY,
         "El secretario de Marina de Estados Unidos se reunió este miércoles con el comandante de la Armada "
         "de Chile.",
         [ev("meeting", ["CHL", "USA"], date=DAY)]),
    case("es-titular-de-la-sedena-person", "es", DAY,
         "El titular de la Sedena, Pedro Gómez, se reunió este miércoles con el agregado militar de Francia, "
         "coronel Jean Dupont.",
         [ev("meeting", ["FRA", "MEX"], date=DAY, persons=["Pedro Gomez", "Jean Dupont"])]),
    # ---- "combinado" (multinational) training and operations; special forces as military
    case("es-combined-training-held", "es", DAY,
         "Militares de Argentina y Chile efectuaron este miércoles un adiestramiento combinado de montaña.",
         [ev("exercise", ["ARG", "CHL"], date=DAY)]),
    case("es-combined-operation-held", "es", DAY,
         "Las marinas de México y Guatemala llevaron a cabo este miércoles una operación combinada contra el "
         "narcotráfico en aguas del Pacífico.",
         [ev("exercise", ["GTM", "MEX"], date=DAY)]),
    case("es-special-forces-are-military", "es", DAY,
         "Las fuerzas especiales de Colombia y Estados Unidos culminaron este miércoles un entrenamiento "
         "combinado.",
         [ev("exercise", ["COL", "USA"], date=DAY)]),
    case("es-joint-operation-with-police-no-event", "es", DAY,
         "El Ejército de Colombia y la Policía realizaron este miércoles una operación conjunta contra el "
         "ELN cerca de la frontera con Venezuela.",
         []),
    # ---- taking over a command or the forces receives nobody
    case("es-took-over-the-forces-no-host", "es", DAY,
         "El ministro de Defensa de Uruguay, Juan Pérez, criticó el estado en que recibió las Fuerzas "
         "Armadas y elogió a los instructores daneses.",
         []),
    case("es-took-over-a-post-no-host", "es", DAY,
         "El general Juan Pérez recibió el cargo de comandante del Ejército de Perú en presencia del "
         "ministro de Defensa de Bolivia.",
         []),
    # ---- the perfect and present of a promise; the present of headlines for an exercise begun or ended
    case("es-ha-prometido-pledge", "es", DAY,
         "El ministro de Defensa de Italia ha prometido a su homólogo de Ucrania más sistemas de defensa "
         "antiaérea.",
         [ev("intent", ["ITA", "UKR"], date=DAY)]),
    case("es-arranca-exercise-held", "es", DAY,
         "Arranca el ejercicio combinado de las fuerzas de Chile y Estados Unidos.",
         [ev("exercise", ["CHL", "USA"], date="2026-03")]),
    # ---- a course given by the other side's instructors; a course of the own school is none
    case("es-course-by-foreign-instructors-aid", "es", DAY,
         "Oficiales del Ejército de Ecuador participan en un curso de operaciones de paz impartido por "
         "instructores de Brasil.",
         [ev("aid", ["BRA", "ECU"])]),
    case("es-course-of-own-school-no-aid", "es", DAY,
         "El ministro de Defensa de Chile destacó el curso de liderazgo dictado por la Escuela Militar a "
         "oficiales chilenos, en presencia del agregado militar de Perú.",
         []),
    # ---- "pactar" (to agree); a ceasefire agreed between belligerents is no pledge of cooperation
    case("es-pactan-pledge", "es", DAY,
         "España y Marruecos pactan reforzar su cooperación militar.",
         [ev("intent", ["ESP", "MAR"], date=DAY)]),
    case("es-ceasefire-no-pledge", "es", DAY,
         "El Ejército de Colombia y el ELN acordaron un alto el fuego en el Catatumbo, con mediación de "
         "Venezuela y Cuba.",
         []),
    # ---- the FANB's components by name; the armed forces abbreviated
    case("es-armada-bolivariana-is-venezuela", "es", DAY,
         "La Armada Bolivariana y la Flota rusa del Norte efectuaron este miércoles prácticas combinadas "
         "en el mar Caribe.",
         [ev("exercise", ["RUS", "VEN"], date=DAY)]),
    case("es-ff-aa-abbreviation", "es", DAY,
         "Las FF. AA. de Ecuador y Colombia efectuaron este miércoles un patrullaje coordinado en la "
         "frontera.",
         [ev("exercise", ["COL", "ECU"], date=DAY)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
