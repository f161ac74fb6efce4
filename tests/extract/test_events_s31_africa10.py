"""The extract stage on short articles in African press languages written for these tests (none of these
sentences is in tests/data/heldout/africa10.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the African press, the subject of the
africa10 set:
- sw equipment a force "received" ("limepokea magari … kutoka", "imepokea vifaa … kutoka") is a delivery;
- so "layli … ku qaaday" (conducted an exercise) is an exercise held;
- so the sites "Hiiraan Online" and "Garowe Online" in a byline make no video call of a visit;
- fr materiel that "étaient arrivés à" (pluperfect, plural) a capital and a force that "avait déjà reçu"
  (an adverb inside the compound tense) its first aircraft are deliveries;
- persons: fr "le maréchal <name>" (a rank) and pt "O ministro da Defesa Nacional, Antigos Combatentes e
  Veteranos da Pátria, <name>" (Angola's title after the article) name the official.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- sw: a force received equipment from a state
    case("sw-limepokea-magari-kutoka-is-aid", "sw", DAY,
         "Jeshi la Uganda limepokea magari ya kijeshi kutoka China jijini Kampala.",
         [ev("aid", ["CHN", "UGA"])]),
    case("sw-imepokea-vifaa-kutoka-is-aid", "sw", DAY,
         "Tanzania imepokea vifaa vya kijeshi kutoka Uturuki.",
         [ev("aid", ["TUR", "TZA"])]),
    # ---- so: an exercise "ku qaaday" (conducted) is held
    case("so-layli-ku-qaaday-is-an-exercise", "so", DAY,
         "Ciidamada Soomaaliya iyo ciidamada Itoobiya ayaa shalay layli wadajir ah ku qaaday magaalada "
         "Baydhabo.",
         [ev("exercise", ["ETH", "SOM"], date="2026-09-15")]),
    # ---- so: the site's name in a byline is no video call
    case("so-garowe-online-byline-is-no-video-call", "so", DAY,
         "Garowe Online | 16 September 2026\n\n"
         "Wasiirka Gaashaandhigga Soomaaliya ayaa magaalada Qaahira kulan kula qaatay dhiggiisa Masar, "
         "maalintii Talaadada.",
         [ev("meeting", ["EGY", "SOM"], date="2026-09-15", location="EGY", mode="visit")]),
    # ---- fr: materiel arrived (pluperfect plural) and an adverb inside "avait reçu"
    case("fr-etaient-arrives-a-is-aid", "fr", DAY,
         "Les premiers instructeurs russes et des systèmes de défense aérienne étaient arrivés à Bamako en "
         "mars 2024.",
         [ev("aid", ["MLI", "RUS"], date="2024-03", location="MLI", historical=True)]),
    case("fr-avait-deja-recu-is-aid", "fr", DAY,
         "Le Togo avait déjà reçu ses premiers blindés chinois en 2023.",
         [ev("aid", ["CHN", "TGO"], date="2023", historical=True)]),
    # ---- persons: a marshal's rank before his name (fr "le maréchal") and Angola's defense minister named
    # after his ministry's full title with the article (pt "O ministro da Defesa Nacional, Antigos …")
    case("fr-le-marechal-before-a-name-is-a-person", "fr", DAY,
         "Le chef de l'Armée nationale libyenne, le maréchal Khalifa Haftar, a reçu mardi à Benghazi le "
         "vice-ministre biélorusse de la Défense.",
         [ev("meeting", ["BLR", "LBY"], date="2026-09-15", location="LBY", mode="visit",
             persons=["Khalifa Haftar"])]),
    case("pt-o-ministro-da-defesa-nacional-antigos-combatentes-name", "pt", DAY,
         "O ministro da Defesa Nacional, Antigos Combatentes e Veteranos da Pátria, Manuel Tavares, recebeu "
         "ontem, em Luanda, o embaixador da China em Angola.",
         [ev("meeting", ["AGO", "CHN"], date="2026-09-15", location="AGO", persons=["Manuel Tavares"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
