"""The extract stage on short articles in English, French and Spanish written for these tests (none of these
sentences is in tests/data/heldout/oceania_americas.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of the Pacific and the Americas, the ground of
the oceania_americas set: the participants told after the exercise (en "are among the participants"), units
"engagés dans" a joint exercise (fr), the adjectives of Pacific island and Caribbean states (fr
"tongiens", "vanuatais", "salomonais"; es "tonganos", "fiyianos", "vanuatuenses"), instructors who "continuent
de former" the other side's soldiers (fr), hardware "envoyé" in the pluperfect of background (fr), and the
places of exercises and handovers: the Jamaica Defence Force's Up Park Camp (en), Guatemala's Puerto Quetzal
(es), Nouméa and Papeete (fr).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- en: the participants in the sentence after the exercise
    case("en-among-the-participants-joins-the-exercise", "en", DAY,
         "A regional disaster-response exercise opened on Monday in Barbados. Soldiers from Barbados, "
         "Guyana, Belize and Canada are among the participants.",
         [ev("exercise", ["BLZ", "BRB", "CAN", "GUY"], date="2026-09")]),
    # ---- en: the Jamaica Defence Force's headquarters is in Jamaica
    case("en-up-park-camp-is-in-jamaica", "en", DAY,
         "Jamaican and Canadian troops held a joint drill at Up Park Camp on Monday.",
         [ev("exercise", ["CAN", "JAM"], date="2026-09-14", location="JAM")]),
    # ---- fr: units "engagés dans" a joint exercise
    case("fr-sont-engages-dans-joins-the-exercise", "fr", DAY,
         "Des soldats australiens, fidjiens et néo-zélandais sont engagés dans un exercice conjoint d'aide "
         "humanitaire.",
         [ev("exercise", ["AUS", "FJI", "NZL"])]),
    # ---- fr: Pacific island adjectives
    case("fr-tongiens-salomonais-vanuatais-are-states", "fr", DAY,
         "Des soldats tongiens, salomonais et vanuatais participent depuis lundi à un exercice conjoint.",
         [ev("exercise", ["SLB", "TON", "VUT"], date="2026-09")]),
    # ---- fr: instructors who go on training the other side's soldiers
    case("fr-continuent-de-former-is-training-given", "fr", DAY,
         "Des instructeurs belges continuent de former des soldats ukrainiens en Allemagne, a indiqué mardi "
         "le ministère de la Défense.",
         [ev("aid", ["BEL", "UKR"], location="DEU")]),
    # ---- fr: hardware sent in the pluperfect of background
    case("fr-avait-envoye-vehicules-is-an-earlier-delivery", "fr", DAY,
         "En 2023, la Belgique avait envoyé à l'Ukraine une trentaine de véhicules blindés.",
         [ev("aid", ["BEL", "UKR"], date="2023", historical=True)]),
    # ---- fr: Nouméa is in France
    case("fr-noumea-is-in-france", "fr", DAY,
         "Les marines française et australienne ont mené mardi un exercice conjoint au large de Nouméa.",
         [ev("exercise", ["AUS", "FRA"], date="2026-09-15", location="FRA")]),
    # ---- es: Pacific island adjectives
    case("es-fiyianos-tonganos-are-states", "es", DAY,
         "Soldados fiyianos, tonganos y vanuatuenses participan desde el lunes en un ejercicio conjunto.",
         [ev("exercise", ["FJI", "TON", "VUT"], date="2026-09")]),
    # ---- es: Guatemala's Pacific naval base
    case("es-puerto-quetzal-is-in-guatemala", "es", DAY,
         "Estados Unidos entregó el martes dos lanchas patrulleras a la Marina de Guatemala en Puerto "
         "Quetzal.",
         [ev("aid", ["GTM", "USA"], date="2026-09-15", location="GTM")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
