"""The extract stage on short articles in Spanish, French, Catalan and Galician written for these tests (none
of these sentences is in tests/data/heldout/es_fr3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording met in the es_fr3 set: police forces that
sign a document (internal security, no defense signing: es, ca, fr), an invitation told in the passive ("fue
invitado … a visitar", es), the stopovers of a ferry flight ("con escalas en", es), a strait named after a
state ("estret de Gibraltar", "estreito de Gibraltar", "détroit de Gibraltar": ca, gl, fr), the Galician
synthetic pluperfect of training together ("adestraran xuntas", background), training named at the end of a
long list of subjects of talks (fr), a ship a navy "aportó" to an exercise (es), a contract "avec un
client" (fr), places of the Paraguay–Brazil frontier and of the Moroccan coast (es, fr) and the three-star
rank "general de cos d'exèrcit" / "xeneral de corpo de exército" before a name (ca, gl).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- es: police forces signing is internal security, no defense signing
    case("es-policias-firmaron-is-no-defense-signing", "es", DAY,
         "El ministro de Defensa de Chile sostuvo el lunes una conversación telefónica con su homólogo "
         "de Perú. Entretanto, las policías de Chile y Perú firmaron el martes en Arica un memorando de "
         "entendimiento para combatir el contrabando.",
         [ev("meeting", ["CHL", "PER"], mode="phone")]),
    # ---- es: the invited side as subject of a passive invitation; no visit made
    case("es-fue-invitado-a-visitar-is-intent", "es", DAY,
         "El ministro de Defensa de Uruguay fue invitado por su par argentino a visitar Buenos Aires el "
         "próximo año.",
         [ev("intent", ["ARG", "URY"])]),
    # ---- es: the stopovers of a ferry flight take no part in the delivery
    case("es-con-escalas-en-takes-no-part", "es", DAY,
         "Cuatro helicópteros UH-60 adquiridos por Colombia a Estados Unidos aterrizaron el lunes en "
         "Bogotá, tras un vuelo con escalas en México y Panamá.",
         [ev("aid", ["COL", "USA"])]),
    # ---- ca: police forces signing is no defense signing
    case("ca-policia-signat-is-no-defense-signing", "ca", DAY,
         "Les armades d'Espanya i Portugal han fet aquest dilluns maniobres conjuntes davant de Vigo. A "
         "més, la Policia Nacional espanyola i la policia portuguesa han signat un conveni per vigilar "
         "els ports.",
         [ev("exercise", ["ESP", "PRT"])]),
    # ---- ca, gl, fr: a strait named after a territory names no party
    case("ca-estret-de-gibraltar-is-no-party", "ca", DAY,
         "Les armades d'Espanya i el Marroc han fet aquest dimarts un exercici conjunt de salvament a "
         "l'estret de Gibraltar.",
         [ev("exercise", ["ESP", "MAR"])]),
    case("gl-estreito-de-gibraltar-is-no-party", "gl", DAY,
         "As mariñas de España e Marrocos realizaron o martes un exercicio conxunto de rescate no "
         "estreito de Gibraltar.",
         [ev("exercise", ["ESP", "MAR"])]),
    case("fr-detroit-de-gibraltar-is-no-party", "fr", DAY,
         "Les marines marocaine et espagnole ont mené mardi un exercice conjoint de sauvetage dans le "
         "détroit de Gibraltar.",
         [ev("exercise", ["ESP", "MAR"])]),
    # ---- gl: the synthetic pluperfect of training together is a background exercise
    case("gl-adestraran-xuntas-is-background", "gl", DAY,
         "Tropas de España e Portugal adestraran xuntas en outubro de 2022 no campo de Chinchilla.",
         [ev("exercise", ["ESP", "PRT"], date="2022-10", historical=True)]),
    # ---- fr: training at the end of a long list of subjects of talks is no aid
    case("fr-discute-long-list-formation-is-no-aid", "fr", DAY,
         "Le ministre slovène de la Défense a reçu mardi à Ljubljana son homologue croate. Les deux "
         "ministres ont discuté de la protection de l'espace aérien, de la cyberdéfense et de la "
         "formation des troupes de montagne.",
         [ev("meeting", ["HRV", "SVN"], mode="visit")]),
    # ---- fr: police forces signing is no defense signing
    case("fr-polices-ont-signe-is-no-defense-signing", "fr", DAY,
         "Le ministre sénégalais de la Défense a reçu mardi à Dakar son homologue gambien. Les polices "
         "nationales des deux pays ont signé lundi à Dakar un protocole de coopération contre la traite "
         "des personnes.",
         [ev("meeting", ["GMB", "SEN"], mode="visit")]),
    # ---- es: a ship a navy contributes to an exercise is no donation
    case("es-aporto-la-fragata-is-no-donation", "es", DAY,
         "Las armadas de Chile y Perú iniciaron el lunes el ejercicio Acrux frente a Arica. La Marina de"
         " Guerra del Perú aportó la fragata Villavisencio y un helicóptero.",
         [ev("exercise", ["CHL", "PER"])]),
    # ---- fr: a contract with an unnamed customer is a company's sale, no signing between states
    case("fr-contrat-avec-un-client-is-a-company-sale", "fr", DAY,
         "Le ministre tchèque de la Défense a reçu mardi son homologue slovaque. Tatra a par ailleurs "
         "signé un contrat avec un client asiatique pour 200 camions militaires.",
         [ev("meeting", ["CZE", "SVK"], mode="visit")]),
    # ---- es, fr: places of the Paraguay–Brazil frontier and of Morocco's coast give the place of the drill
    case("es-alto-parana-is-in-paraguay", "es", DAY,
         "Tropas de Paraguay y Brasil iniciaron el martes un ejercicio combinado en el departamento de "
         "Alto Paraná.",
         [ev("exercise", ["BRA", "PRY"], location="PRY")]),
    case("es-mato-grosso-do-sul-is-in-brazil", "es", DAY,
         "Militares argentinos y brasileños ya habían realizado en 2024 un ejercicio conjunto en Mato "
         "Grosso do Sul.",
         [ev("exercise", ["ARG", "BRA"], date="2024", location="BRA", historical=True)]),
    case("es-alhucemas-is-in-morocco", "es", DAY,
         "Las armadas de España y Marruecos realizaron el jueves un ejercicio conjunto frente a Alhucemas.",
         [ev("exercise", ["ESP", "MAR"], location="MAR")]),
    case("fr-nador-is-in-morocco", "fr", DAY,
         "Les marines marocaine et française ont mené jeudi un exercice conjoint au large de Nador.",
         [ev("exercise", ["FRA", "MAR"], location="MAR")]),
    # ---- ca, gl: the three-star rank before a name introduces the official
    case("ca-general-de-cos-d-exercit-names-the-official", "ca", DAY,
         "El JEMAD s'ha reunit aquest dilluns a Rabat amb el general de cos d'exèrcit marroquí Youssef "
         "Alaoui.",
         [ev("meeting", ["ESP", "MAR"], persons=["Youssef Alaoui"])]),
    case("gl-xeneral-de-corpo-de-exercito-names-the-official", "gl", DAY,
         "O xefe do Estado Maior da Defensa reuniuse o luns en Rabat co xeneral de corpo de exército "
         "marroquí Youssef Alaoui.",
         [ev("meeting", ["ESP", "MAR"], persons=["Youssef Alaoui"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
