"""The extract stage on short articles in eight languages written for these tests (none of these sentences
is in tests/data/heldout/aid4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of military aid met in the aid4 set: the Dutch
perfect of a report ("heeft Defensie donderdag gemeld") whose day is no delivery's, "daarnaast" (in
addition) opening one more deed, the Dutch present for a delivery of next year ("levert volgend jaar"), a
French course held for the other side's troops ("un stage … au profit de … militaires"), the French forces'
"aide médicale gratuite" and "en parallèle" opening one more deed, the Italian course "a favore di" the
trainees after a long organiser's name and "nell'occasione" opening one more deed, the Portuguese
pluperfect of equipment received ("já tinha recebido de Portugal"), the Polish goods named before the
receiver ("Pierwsze śmigłowce … otrzymała od …"), Romanian training to be given ("vor instrui"), Czech
trainees as the subject ("prošlo výcvikem"), and what handed-over radars "will boost" in an officer's words
(their use, no pledge).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday
FRIDAY = "2026-10-02"  # a Friday: last week is in September, Thursday in October

CASES = [
    # ---- nl: the perfect of a report, its day before the participle, is not the delivery's day
    case("nl-heeft-gemeld-day-is-the-report", "nl", FRIDAY,
         "Nederland heeft vorige week vier pantservoertuigen aan Litouwen geleverd, heeft Defensie donderdag "
         "gemeld.",
         [ev("aid", ["LTU", "NLD"], date="2026-09")]),
    # ---- nl: "daarnaast" (in addition) opening a second deed of the same month: one more aid
    case("nl-daarnaast-is-one-more-aid", "nl", FRIDAY,
         "Nederland heeft vorige week vier pantservoertuigen aan Litouwen geleverd. Daarnaast rondden in "
         "september 30 Litouwse militairen in Nederland een opleiding af, gegeven door Nederlandse "
         "instructeurs.",
         [ev("aid", ["LTU", "NLD"], date="2026-09"),
          ev("aid", ["LTU", "NLD"], date="2026-09", location="NLD")]),
    # ---- nl: the present for a delivery of next year is a pledge
    case("nl-levert-volgend-jaar-is-an-intent", "nl", DAY,
         "Nederland levert volgend jaar nog vier pantserhouwitsers aan Litouwen, aldus het ministerie.",
         [ev("intent", ["LTU", "NLD"])]),
    # ---- en: what handed-over radars "will boost", in an officer's words, is their use, no pledge
    case("en-radars-will-boost-is-no-pledge", "en", DAY,
         "South Korea on Tuesday handed over two coastal radars to the Philippine Navy. Navy spokesperson "
         "Rear Adm. Jose Cruz said the radars will boost the Navy's maritime domain awareness.",
         [ev("aid", ["KOR", "PHL"], date="2026-09-15")]),
    # ---- fr: a course held for the other side's troops
    case("fr-stage-au-profit-de-militaires-is-aid", "fr", DAY,
         "Des instructeurs marocains ont conduit cette semaine à Nouakchott un stage de pilotage au profit "
         "de douze officiers mauritaniens.",
         [ev("aid", ["MAR", "MRT"])]),
    # ---- fr: the French forces' free medical aid to a partner's population
    case("fr-aide-medicale-gratuite-is-aid", "fr", DAY,
         "Des militaires français ont apporté cette semaine une aide médicale gratuite à 900 habitants de "
         "Djibouti.",
         [ev("aid", ["DJI", "FRA"])]),
    # ---- fr: "en parallèle" opening a second deed of the same month: one more aid
    case("fr-en-parallele-is-one-more-aid", "fr", DAY,
         "Des instructeurs français ont formé la semaine dernière 40 soldats ivoiriens à Abidjan. En "
         "parallèle, la France a remis en septembre dix véhicules tout-terrain à l'armée ivoirienne.",
         [ev("aid", ["CIV", "FRA"], date="2026-09"), ev("aid", ["CIV", "FRA"], date="2026-09")]),
    # ---- it: a course of any subject, its organiser named at length before the trainees
    case("it-il-corso-di-a-favore-di-is-aid", "it", DAY,
         "Si è concluso lunedì a Gibuti il corso di lingua italiana organizzato dalla Base militare italiana "
         "di supporto (BMIS) a favore di 30 ufficiali delle forze armate gibutiane.",
         [ev("aid", ["DJI", "ITA"], date="2026-09-14")]),
    # ---- it: "nell'occasione" (on that occasion) opening a second deed of the same day: one more aid
    case("it-nell-occasione-is-one-more-aid", "it", DAY,
         "Si è concluso martedì a Mogadiscio il corso di addestramento tenuto da istruttori italiani a "
         "favore di 40 militari somali. Nell'occasione, il contingente italiano ha consegnato all'esercito "
         "somalo dieci veicoli tattici.",
         [ev("aid", ["ITA", "SOM"], date="2026-09-15"), ev("aid", ["ITA", "SOM"], date="2026-09-15")]),
    # ---- pt: the pluperfect of equipment received from the giver
    case("pt-tinha-recebido-de-is-aid", "pt", DAY,
         "Em 2023, a Marinha angolana já tinha recebido de Portugal dois navios-patrulha.",
         [ev("aid", ["AGO", "PRT"], date="2023", historical=True)]),
    # ---- pl: the goods named first, the receiver after them
    case("pl-goods-before-otrzymala-is-aid", "pl", DAY,
         "Pierwsze śmigłowce Black Hawk Słowacja otrzymała od Stanów Zjednoczonych w 2021 roku.",
         [ev("aid", ["SVK", "USA"], date="2021", historical=True)]),
    # ---- ro: training to be given to the other side's troops
    case("ro-vor-instrui-is-an-intent", "ro", DAY,
         "Instructori ai Forțelor Aeriene Române vor instrui anul viitor piloți moldoveni.",
         [ev("intent", ["MDA", "ROU"])]),
    # ---- cs: the trainees as the subject of "prošlo výcvikem"
    case("cs-proslo-vycvikem-is-aid", "cs", DAY,
         "Loni prošlo výcvikem v Česku 800 ukrajinských vojáků.",
         [ev("aid", ["CZE", "UKR"], date="2025", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
