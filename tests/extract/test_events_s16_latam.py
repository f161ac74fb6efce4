"""The extract stage on short Spanish and Portuguese articles written for these tests (none of these sentences
is in tests/data/heldout/latam.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the press of Spain, Latin America, Brazil and
Portugal that the latam held-out set showed missing: "Reunión" / "Reunião" (Réunion in CLDR) as a meeting
in a forum's name, the Gulf of Guinea as no Guinea, a joint training "completado" as held, a course given
with its place between ("impartieron en Asunción un curso") and foreign officers who graduated from a
course, a formal protest against the other side's manoeuvres as no cooperation, "las autoridades / as
autoridades" as the two sides of a pledge; a minister visiting the own troops abroad, an official who took
no part in a meeting and a meeting's co-chairs as no meeting, a service's own drill ("ejercicio
institucional") as no joint exercise; the ship prefixes of Latin American navies (BAP, ARC, ARM, BAE, ROU),
MinDefensa, FAP, JEMAD, CEMGFA and EMCFA as their states, and es "celebraron un acuerdo / convenio" as a
signing; regions and bases where exercises are held (Tarapacá, Beja) as their states; an offer to train or
help ("ofreció a Bolivia capacitar", "ofereceu apoio na formação") as a pledge, and a government's own
cabinet meeting as no talks; the Brazilian "termo de cooperação" as an agreement, credentials presented to
the minister as a meeting, and one more jet of a batch received ("recebeu da Suécia o oitavo caça") as a
delivery.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- "Reunión" / "Reunião" in a forum's name is no Réunion
    case("es-reunion-bilateral-no-reunion", "es", DAY,
         "El ministro de Defensa de Bolivia encabezó este miércoles en La Paz la Reunión Bilateral "
         "de Ministros "
         "de Defensa con su homólogo del Perú.",
         [ev("meeting", ["BOL", "PER"], date=DAY, location="BOL")]),
    case("pt-reuniao-binacional-no-reuniao", "pt", DAY,
         "O ministro da Defesa de Angola presidiu hoje em Luanda a Reunião Binacional com o homólogo de "
         "Moçambique.",
         [ev("meeting", ["AGO", "MOZ"], date=DAY, location="AGO")]),
    # ---- the Gulf of Guinea names no Guinea
    case("es-golfo-de-guinea", "es", DAY,
         "Buques de la Armada de Francia y de la Marina de Camerún realizaron un ejercicio conjunto "
         "en el golfo "
         "de Guinea.",
         [ev("exercise", ["CMR", "FRA"])]),
    case("pt-golfo-da-guine", "pt", DAY,
         "Navios da Marinha Portuguesa e da Marinha de São Tomé e Príncipe realizaram um exercício "
         "conjunto no "
         "Golfo da Guiné.",
         [ev("exercise", ["PRT", "STP"])]),
    # ---- a joint training completed, a course given or graduated from
    case("es-completed-joint-training", "es", DAY,
         "La fragata de la Armada de Chile ha completado un entrenamiento conjunto con la Marina de Ecuador "
         "frente a Manta.",
         [ev("exercise", ["CHL", "ECU"], date="2026-03")]),
    case("es-course-given-with-place-between", "es", DAY,
         "Instructores del Ejército de Brasil impartieron en Asunción un curso de paracaidismo a 25 "
         "militares de "
         "Paraguay.",
         [ev("aid", ["BRA", "PRY"])]),
    case("es-graduated-from-a-course-given", "es", DAY,
         "Treinta oficiales de Guatemala se graduaron ayer del curso de inteligencia que imparte la "
         "Armada de "
         "México en Veracruz.",
         [ev("aid", ["GTM", "MEX"], date="2026-03-17")]),
    # ---- a protest against the other side's manoeuvres is no joint exercise
    case("es-protest-no-exercise", "es", DAY,
         "El Reino Unido realizó maniobras militares en las islas Malvinas, lo que motivó una "
         "protesta formal de "
         "la Argentina.",
         []),
    case("pt-protest-no-exercise", "pt", DAY,
         "O Reino Unido realizou manobras militares nas Malvinas, e a Argentina protestou junto de Londres.",
         []),
    # ---- "the authorities" of both sides as the subject of a pledge
    case("pt-the-authorities-agreed", "pt", DAY,
         "O ministro da Defesa de Angola recebeu nesta segunda-feira (16), em Luanda, o chefe do "
         "Estado-Maior das "
         "Forças Armadas de Cabo Verde, general Anildo Morais.\nAs autoridades acordaram "
         "intensificar a formação "
         "de oficiais nas academias militares.",
         [ev("meeting", ["AGO", "CPV"], date="2026-03-16", location="AGO"),
          ev("intent", ["AGO", "CPV"], date="2026-03-16")]),
    case("es-the-authorities-agreed", "es", DAY,
         "El ministro de Defensa de Bolivia recibió este lunes, en La Paz, al jefe del Estado Mayor "
         "de las Fuerzas "
         "Armadas de Paraguay, general Ramón Benítez.\nLas autoridades acordaron intensificar la "
         "formación de "
         "oficiales en las academias militares.",
         [ev("meeting", ["BOL", "PRY"], date="2026-03-16", location="BOL"),
          ev("intent", ["BOL", "PRY"], date="2026-03-16")]),
    # ---- a minister who visits the own troops abroad meets no host
    case("es-minister-visits-own-troops-abroad", "es", DAY,
         "La ministra de Defensa de España visitó este martes en Yibuti a las tropas españolas de la "
         "operación Atalanta.",
         []),
    case("pt-minister-visits-own-troops-abroad", "pt", DAY,
         "O ministro da Defesa de Portugal visitou ontem em Bangui os militares portugueses da "
         "missão da ONU.",
         []),
    # ---- an official who took no part in a meeting, and its co-chairs, hold no meeting of their own
    case("pt-did-not-take-part-co-chaired", "pt", DAY,
         "O ministro da Defesa português reuniu-se com o homólogo ucraniano em Bruxelas.\nO secretário da "
         "Defesa norte-americano, John Carter, não participou na reunião, que foi copresidida pelo "
         "Reino Unido e "
         "pela Alemanha.",
         [ev("meeting", ["PRT", "UKR"], date=DAY, location="BEL")]),
    case("es-did-not-attend-co-chaired", "es", DAY,
         "La ministra de Defensa de España se reunió en Bruselas con su homólogo de Ucrania.\nEl "
         "secretario de "
         "Defensa de Estados Unidos no asistió a la reunión, que fue copresidida por el Reino Unido "
         "y Alemania.",
         [ev("meeting", ["ESP", "UKR"], date=DAY, location="BEL")]),
    # ---- a service's own drill ("ejercicio institucional") is no joint exercise
    case("es-institutional-drill-no-joint-exercise", "es", DAY,
         "Unos 800 efectivos de la Armada de Chile participan desde este lunes en el ejercicio institucional "
         "Tridente frente a Valparaíso.\nNo se desplegaba tal fuerza en la zona desde la crisis de 1978 con "
         "Argentina.",
         []),
    # ---- navies' ship prefixes, the forces' and ministries' short names
    case("es-ship-prefixes-bap-arc", "es", DAY,
         "El patrullero BAP Ferré de la Marina de Guerra y el ARC Victoria realizaron este martes un "
         "ejercicio "
         "de búsqueda y rescate.",
         [ev("exercise", ["COL", "PER"])]),
    case("es-mindefensa-is-colombia", "es", DAY,
         "MinDefensa y el Ministerio de Defensa de Corea del Sur firmaron este martes un memorándum sobre "
         "industria naval.",
         [ev("agreement", ["COL", "KOR"], doc_type="memorandum")]),
    case("es-fap-is-peru", "es", DAY,
         "Aviones de la FAP y de la Fuerza Aérea de Chile realizaron este martes un ejercicio "
         "combinado en Arica.",
         [ev("exercise", ["CHL", "PER"])]),
    case("pt-fap-is-portugal", "pt", DAY,
         "A FAP e a Força Aérea Espanhola realizaram ontem um exercício conjunto em Beja.",
         [ev("exercise", ["ESP", "PRT"])]),
    # ---- "celebrar" a document is to conclude it
    case("es-celebraron-un-acuerdo", "es", DAY,
         "Los ministros de Defensa de Chile y Perú celebraron un acuerdo de cooperación en materia "
         "de defensa.",
         [ev("agreement", ["CHL", "PER"], doc_type="agreement")]),
    # ---- regions and bases named as where an exercise was held
    case("es-region-de-tarapaca-is-chile", "es", DAY,
         "Aviones de las fuerzas aéreas de Argentina y Perú realizaron este martes un ejercicio "
         "combinado en la "
         "Región de Tarapacá.",
         [ev("exercise", ["ARG", "PER"], location="CHL")]),
    case("pt-beja-is-portugal", "pt", DAY,
         "Caças das forças aéreas de Espanha e da França realizaram ontem um exercício conjunto em Beja.",
         [ev("exercise", ["ESP", "FRA"], location="PRT")]),
    # ---- an offer of training or help is a pledge
    case("es-offered-to-train", "es", DAY,
         "El ministro de Defensa de Chile ofreció a Bolivia capacitar a sus oficiales en operaciones de paz.",
         [ev("intent", ["BOL", "CHL"])]),
    case("es-offered-cooperation", "es", DAY,
         "Chile ofreció a Bolivia cooperación en la formación de sus militares.",
         [ev("intent", ["BOL", "CHL"])]),
    case("pt-offered-support-in-training", "pt", DAY,
         "O ministro da Defesa de Portugal ofereceu ontem a Angola apoio na formação de militares.",
         [ev("intent", ["AGO", "PRT"])]),
    # ---- a government's own cabinet meeting is no talks with the state it discussed
    case("es-cabinet-meeting-no-talks", "es", DAY,
         "El ministro de Defensa de Chile habló este martes con la prensa tras su reunión con el "
         "gabinete sobre la "
         "compra de aviones de Suecia.",
         []),
    case("pt-council-of-ministers-no-talks", "pt", DAY,
         "O ministro da Defesa de Portugal falou ontem aos jornalistas após a reunião do Conselho de "
         "Ministros "
         "sobre a compra de aviões da Suécia.",
         []),
    # ---- the Brazilian "termo de cooperação", credentials presented, one more jet of a batch
    case("pt-termo-de-cooperacao", "pt", DAY,
         "Os ministros da Defesa do Brasil e de Angola assinaram ontem um termo de cooperação em defesa.",
         [ev("agreement", ["AGO", "BRA"], doc_type="agreement")]),
    case("pt-credentials-of-an-attache", "pt", DAY,
         "O ministro da Defesa do Brasil recebeu ontem as credenciais do novo adido de Defesa da França.",
         [ev("meeting", ["BRA", "FRA"], mode=None)]),
    case("es-credentials-of-an-attache", "es", DAY,
         "El ministro de Defensa de Chile recibió este martes las cartas credenciales del nuevo agregado de "
         "Defensa de Francia.",
         [ev("meeting", ["CHL", "FRA"], mode=None)]),
    case("pt-one-more-jet-of-a-batch", "pt", DAY,
         "O Brasil recebeu ontem da Suécia o oitavo caça Gripen.",
         [ev("aid", ["BRA", "SWE"])]),
    case("es-one-more-jet-of-a-batch", "es", DAY,
         "La Fuerza Aérea de Colombia recibió este martes de Suecia el segundo caza Gripen.",
         [ev("aid", ["COL", "SWE"])]),
    case("es-host-on-board-a-frigate-no-delivery", "es", DAY,
         "El ministro de Defensa de Chile recibió este martes a bordo de la fragata Almirante Lynch a su "
         "homólogo del Perú.",
         [ev("meeting", ["CHL", "PER"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
