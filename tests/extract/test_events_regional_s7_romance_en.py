"""The extract stage on short articles in English, Spanish, Portuguese and French (invented wording and
officials).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py.  The cases pin the general vocabulary added in session 7 after
the first measurement of tests/data/heldout/regional.jsonl: an agreement to start talks or launch a
dialogue is an intent, not talks held; "they agreed", "ambos mandos", "as delegações" are the two
sides; pledge verbs in the future tense, with "also" and "continue to" ("will allocate", "destinará",
"vai destinar", "va allouer"); equipment bought abroad that lands, a force that received its first
jets; courses abroad are training given; troops that trained or exercised with another state's troops
exercise together; an exercise concluded; armed forces named by their acronyms; the pluperfect of a
reception and days counted from the day named before ("la veille", "al día siguiente", "na véspera").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- English: intents --------------------------------------------------------------------------
    case("en-agreed-to-start-talks-is-no-meeting", "en", "2025-05-10",
         "Indonesia and Australia agreed to start talks on a defence logistics agreement.",
         [ev("intent", ["AUS", "IDN"])]),
    case("en-agreed-to-launch-consultations", "en", "2025-05-10",
         "Japan and Vietnam have agreed to launch consultations on defence equipment transfers.",
         [ev("intent", ["JPN", "VNM"])]),
    case("en-they-also-agreed-is-both-sides", "en", "2025-05-10",
         "Colombian Defence Minister Pedro Ruiz met his Chilean counterpart Maria Soto in Santiago on "
         "Monday. "
         "They also agreed to launch a strategic dialogue later this year.",
         [ev("meeting", ["CHL", "COL"], date="2025-05-05", location="CHL"), ev("intent", ["CHL", "COL"])]),
    case("en-will-allocate-is-a-pledge", "en", "2025-05-10",
         "Germany will allocate 200 million euros to Ukraine for air defence.",
         [ev("intent", ["DEU", "UKR"])]),
    case("en-will-also-provide", "en", "2025-05-10",
         "Germany will also provide Lithuania with additional air defence systems.",
         [ev("intent", ["DEU", "LTU"])]),
    case("en-will-continue-to-train", "en", "2025-05-10",
         "Britain will continue to train Ukrainian soldiers, the defence secretary said.",
         [ev("intent", ["GBR", "UKR"])]),
    case("en-would-also-help", "en", "2025-05-10",
         "The defence minister said France would also help Chad modernise its army.",
         [ev("intent", ["FRA", "TCD"])]),
    case("en-will-contribute", "en", "2025-05-10",
         "Canada will contribute 50 million dollars to the NATO fund for Ukraine's military.",
         [ev("intent", ["CAN", "UKR"])]),
    # --- English: deliveries and training -----------------------------------------------------------
    case("en-ordered-jets-landed-is-a-delivery", "en", "2025-05-10",
         "The first four F-16 fighter jets ordered by Romania from the Netherlands landed at an air base "
         "near Constanta on Tuesday.",
         [ev("aid", ["NLD", "ROU"], date="2025-05-06")]),
    case("en-navy-received-vessels", "en", "2025-05-10",
         "The Philippine Navy received two patrol vessels from Japan on Monday.",
         [ev("aid", ["JPN", "PHL"], date="2025-05-05")]),
    case("en-course-run-by-instructors", "en", "2025-05-10",
         "About 300 Fijian soldiers completed a peacekeeping course run by Australian instructors.",
         [ev("aid", ["AUS", "FJI"])]),
    # --- English: exercises ------------------------------------------------------------------------
    case("en-concluded-joint-patrols", "en", "2025-05-10",
         "The SA Navy frigate concluded a week of joint patrols with the Tanzanian Navy.",
         [ev("exercise", ["TZA", "ZAF"])]),
    case("en-exercised-with", "en", "2025-05-10",
         "The Indian Navy exercised with French warships in the Arabian Sea on Tuesday.",
         [ev("exercise", ["FRA", "IND"], date="2025-05-06")]),
    case("en-trained-alongside-troops-is-an-exercise", "en", "2025-05-10",
         "About 500 Polish soldiers trained alongside Lithuanian troops near the border this month.",
         [ev("exercise", ["LTU", "POL"], date="2025-05")]),
    case("en-marines-trained-with-troops", "en", "2025-05-10",
         "Some 800 US Marines trained with Norwegian troops in the Arctic last week.",
         [ev("exercise", ["NOR", "USA"])]),
    # --- Spanish -----------------------------------------------------------------------------------
    case("es-ambos-mandos-acordaron", "es", "2025-05-10",
         "El ministro de Defensa de Colombia se reunió el lunes en Quito con su homólogo ecuatoriano. "
         "Ambos mandos acordaron fortalecer el intercambio de información.",
         [ev("meeting", ["COL", "ECU"], date="2025-05-05", location="ECU"), ev("intent", ["COL", "ECU"])]),
    case("es-destinara-is-a-pledge", "es", "2025-05-10",
         "Alemania destinará 200 millones de euros a las Fuerzas Armadas de Ucrania.",
         [ev("intent", ["DEU", "UKR"])]),
    case("es-impartiran-formacion", "es", "2025-05-10",
         "Las Fuerzas Armadas de Francia impartirán formación a militares senegaleses a partir del próximo "
         "año.",
         [ev("intent", ["FRA", "SEN"])]),
    case("es-course-abroad-is-training-given", "es", "2025-05-10",
         "Los primeros ocho pilotos de la Fuerza Aérea Colombiana comenzaron ayer su curso de formación en "
         "Suecia.",
         [ev("aid", ["COL", "SWE"], date="2025-05-09")]),
    case("es-training-abroad", "es", "2025-05-10",
         "Pilotos de la Fuerza Aérea Argentina iniciaron su entrenamiento en Dinamarca en los aviones F-16.",
         [ev("aid", ["ARG", "DNK"])]),
    case("es-air-force-received-first-jets", "es", "2025-05-10",
         "La Fuerza Aérea Argentina recibió el lunes los primeros seis aviones F-16 procedentes de "
         "Dinamarca.",
         [ev("aid", ["ARG", "DNK"], date="2025-05-05")]),
    case("es-bought-jets-landed", "es", "2025-05-10",
         "Los primeros aviones F-16 adquiridos por Argentina a Dinamarca aterrizaron el lunes en una base "
         "aérea.",
         [ev("aid", ["ARG", "DNK"], date="2025-05-05")]),
    case("es-concluyeron-el-ejercicio", "es", "2025-05-10",
         "El Ejército de Chile y el Ejército de Argentina concluyeron el viernes el ejercicio combinado "
         "Solidaridad.",
         [ev("exercise", ["ARG", "CHL"], date="2025-05-09")]),
    case("es-naval-exercise-off-mar-del-plata", "es", "2025-05-10",
         "El ejercicio naval combinado entre Argentina y Uruguay se realizó frente a Mar del Plata el lunes.",
         [ev("exercise", ["ARG", "URY"], date="2025-05-05", location="ARG")]),
    case("es-armada-ejercito-con", "es", "2025-05-10",
         "La Armada de Chile se ejercitó con la Marina de Brasil el martes frente a Valparaíso.",
         [ev("exercise", ["BRA", "CHL"], date="2025-05-06")]),
    # --- Portuguese --------------------------------------------------------------------------------
    case("pt-delegations-agreed", "pt", "2025-05-10",
         "O ministro da Defesa de Portugal recebeu o seu homólogo angolano em Lisboa na terça-feira. "
         "As delegações acordaram ainda criar um grupo de trabalho sobre indústria de defesa.",
         [ev("meeting", ["AGO", "PRT"], date="2025-05-06", location="PRT"), ev("intent", ["AGO", "PRT"])]),
    case("pt-faa-is-angola", "pt", "2025-05-10",
         "O adido militar disse que a Rússia pretende continuar a apoiar a modernização das FAA.",
         [ev("intent", ["AGO", "RUS"])]),
    case("pt-vai-destinar", "pt", "2025-05-10",
         "Portugal vai destinar 10 milhões de euros à formação das Forças Armadas de Cabo Verde.",
         [ev("intent", ["CPV", "PRT"])]),
    case("pt-bought-jets-landed", "pt", "2025-05-10",
         "Os primeiros caças Gripen adquiridos pelo Brasil à Suécia aterraram na base aérea de Anápolis na "
         "segunda-feira.",
         [ev("aid", ["BRA", "SWE"], date="2025-05-05", location="BRA")]),
    case("pt-air-force-received-first-jets", "pt", "2025-05-10",
         "A Força Aérea Brasileira recebeu na segunda-feira os primeiros dois caças Gripen vindos da Suécia.",
         [ev("aid", ["BRA", "SWE"], date="2025-05-05")]),
    case("pt-concluiram-exercicio", "pt", "2025-05-10",
         "Militares de Angola e Moçambique concluíram na sexta-feira um exercício conjunto em Luanda.",
         [ev("exercise", ["AGO", "MOZ"], date="2025-05-09", location="AGO")]),
    case("pt-trained-with-troops", "pt", "2025-05-10",
         "Fuzileiros navais do Brasil treinaram com militares dos Estados Unidos no Rio de Janeiro.",
         [ev("exercise", ["BRA", "USA"])]),
    case("pt-course-abroad-is-training-given", "pt", "2025-05-10",
         "Pilotos da Força Aérea Angolana iniciaram o seu curso de formação no Brasil na segunda-feira.",
         [ev("aid", ["AGO", "BRA"], date="2025-05-05")]),
    # --- French ------------------------------------------------------------------------------------
    case("fr-pluperfect-reception", "fr", "2025-05-10",
         "Le ministre des Armées avait reçu mardi son homologue marocain à Paris.",
         [ev("meeting", ["FRA", "MAR"], date="2025-05-06", location="FRA")]),
    case("fr-la-veille-counts-from-the-day-named", "fr", "2025-05-10",
         "Le ministre des Forces armées du Sénégal, Moussa Diallo, a reçu jeudi à Dakar son homologue "
         "français Pierre Martin. "
         "La veille, il avait reçu à son cabinet le chef d'état-major de l'armée malienne, le général "
         "Amadou Traoré.",
         [ev("meeting", ["FRA", "SEN"], date="2025-05-08", location="SEN"),
          ev("meeting", ["MLI", "SEN"], date="2025-05-07", location="SEN")]),
    case("fr-faci-acronym-is-cote-d-ivoire", "fr", "2025-05-10",
         "Les États-Unis ont remis aux FACI douze véhicules tactiques lundi.",
         [ev("aid", ["CIV", "USA"], date="2025-05-05")]),
    case("fr-va-allouer", "fr", "2025-05-10",
         "L'Allemagne va allouer 200 millions d'euros à l'armée ukrainienne.",
         [ev("intent", ["DEU", "UKR"])]),
    case("fr-s-est-engagee-a-fournir-drones", "fr", "2025-05-10",
         "La France s'est engagée à fournir au Bénin des drones de surveillance.",
         [ev("intent", ["BEN", "FRA"])]),
    case("fr-received-patrol-boats", "fr", "2025-05-10",
         "Le Bénin a réceptionné lundi deux patrouilleurs offerts par la France.",
         [ev("aid", ["BEN", "FRA"], date="2025-05-05")]),
    case("fr-trained-with-soldiers", "fr", "2025-05-10",
         "Des militaires sénégalais se sont entraînés avec des soldats français à Thiès la semaine dernière.",
         [ev("exercise", ["FRA", "SEN"], location="SEN")]),
    case("fr-training-abroad", "fr", "2025-05-10",
         "Des pilotes marocains ont entamé leur formation sur F-16 aux États-Unis.",
         [ev("aid", ["MAR", "USA"])]),
    case("fr-exercise-ended-at-garrison-town", "fr", "2025-05-10",
         "Des soldats marocains et américains ont achevé vendredi un exercice conjoint à Errachidia.",
         [ev("exercise", ["MAR", "USA"], date="2025-05-09", location="MAR")]),
    # --- session 7, second pass: patrols, ammunition, helicopters, acronyms as defense context, schedules ---
    case("en-joint-border-patrol", "en", "2025-05-10",
         "Thai and Cambodian troops staged a joint border patrol on Tuesday.",
         [ev("exercise", ["KHM", "THA"], date="2025-05-06")]),
    case("en-delivery-schedule-is-no-delivery", "en", "2025-05-10",
         "Defence Minister Ana Cruz received the Swedish ambassador in Manila on Tuesday and reviewed the "
         "schedule for the delivery of the Gripen fighter jets.",
         [ev("meeting", ["PHL", "SWE"], date="2025-05-06", location="PHL")]),
    case("es-lote-de-municion", "es", "2025-05-10",
         "España entregó a Ucrania un nuevo lote de munición de artillería el martes.",
         [ev("aid", ["ESP", "UKR"], date="2025-05-06")]),
    case("es-cronograma-de-entrega-is-no-delivery", "es", "2025-05-10",
         "El ministro de Defensa de Colombia, Pedro Gómez, recibió el martes en Bogotá al embajador de "
         "Suecia, "
         "con quien revisó el cronograma de entrega de los aviones.",
         [ev("meeting", ["COL", "SWE"], date="2025-05-06", location="COL")]),
    case("pt-formaram-militares", "pt", "2025-05-10",
         "Instrutores portugueses formaram na terça-feira 150 militares são-tomenses.",
         [ev("aid", ["PRT", "STP"], date="2025-05-06")]),
    case("pt-acronym-is-defense-context", "pt", "2025-05-10",
         "O embaixador disse que a Rússia vai continuar a apoiar a modernização das FAA.",
         [ev("intent", ["AGO", "RUS"])]),
    case("fr-livre-helicopteres", "fr", "2025-05-10",
         "La France a livré mardi au Niger deux hélicoptères de transport.",
         [ev("aid", ["FRA", "NER"], date="2025-05-06")]),
    case("fr-a-cette-occasion-is-the-day-named", "fr", "2025-05-10",
         "Le général américain John Brown a rencontré mardi à Abidjan le chef d'état-major des armées "
         "ivoiriennes. À cette occasion, les États-Unis ont remis aux FACI douze véhicules tactiques.",
         [ev("meeting", ["CIV", "USA"], date="2025-05-06", location="CIV"),
          ev("aid", ["CIV", "USA"], date="2025-05-06")]),
    # --- a minister and the counterpart acting together met ---------------------------------------------
    case("fr-et-son-homologue-ont-signe", "fr", "2025-05-10",
         "Le ministre belge de la Défense Jan Peeters et son homologue néerlandais Piet de Vries ont signé "
         "jeudi à Bruxelles une lettre d'intention sur la défense aérienne.",
         [ev("meeting", ["BEL", "NLD"], date="2025-05-08"),
          ev("agreement", ["BEL", "NLD"], date="2025-05-08", doc_type="letter_of_intent")]),
    case("es-y-su-homologo-firmaron", "es", "2025-05-10",
         "El ministro de Defensa de Perú, Luis Torres, y su homólogo chileno, Andrés Rojas, firmaron el "
         "jueves en Lima un memorando de entendimiento sobre ciberdefensa.",
         [ev("meeting", ["CHL", "PER"], date="2025-05-08"),
          ev("agreement", ["CHL", "PER"], date="2025-05-08", doc_type="memorandum")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
