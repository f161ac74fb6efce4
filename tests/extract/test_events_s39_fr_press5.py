"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/fr_press5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of French-language defense-diplomacy
news, the subject of the fr_press5 set:
- fr a course or training in the masculine ("un cours de déminage dispensé par des instructeurs belges",
  "des stages dispensés par …") is training given (aid), as "formation dispensée par" was;
- fr a visit announced with a modal in the passive ("doit être reçu jeudi par son homologue", "devrait
  être reçue par la ministre") is the meeting on that day, as "sera reçu par" was;
- fr an adverb between the auxiliary and "reçu" ("a également reçu l'ambassadeur", "a par ailleurs reçu
  l'attaché de défense") is a reception all the same.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-25"  # a Wednesday

CASES = [
    # ---- fr: a course given, masculine
    case("fr-cours-dispense-par-is-aid", "fr", DAY,
         "Vingt officiers tchadiens ont terminé lundi un cours de déminage dispensé par des instructeurs "
         "belges.",
         [ev("aid", ["BEL", "TCD"], date="2026-11-23")]),
    case("fr-stages-dispenses-par-is-aid", "fr", DAY,
         "Une trentaine de militaires nigériens ont achevé mardi des cours de maintenance dispensés par des "
         "techniciens turcs.",
         [ev("aid", ["NER", "TUR"], date="2026-11-24")]),
    # ---- fr: a visit announced with a modal, passive
    case("fr-doit-etre-recu-par-is-meeting", "fr", DAY,
         "Le chef d'état-major ivoirien doit être reçu vendredi à Paris par son homologue français.",
         [ev("meeting", ["CIV", "FRA"], date="2026-11-27", location="FRA", mode="visit")]),
    case("fr-devrait-etre-recue-par-is-meeting", "fr", DAY,
         "La ministre belge de la Défense devrait être reçue jeudi à Rabat par le ministre délégué marocain "
         "chargé de la Défense.",
         [ev("meeting", ["BEL", "MAR"], date="2026-11-26", location="MAR", mode="visit")]),
    # ---- fr: an adverb between the auxiliary and the participle
    case("fr-a-egalement-recu-ambassadeur-is-meeting", "fr", DAY,
         "Le ministre nigérien de la Défense a également reçu lundi l'ambassadeur de Turquie à Niamey.",
         [ev("meeting", ["NER", "TUR"], date="2026-11-23", mode=None)]),
    case("fr-a-par-ailleurs-recu-attache-is-meeting", "fr", DAY,
         "Le chef d'état-major sénégalais a par ailleurs reçu mardi l'attaché de défense du Maroc.",
         [ev("meeting", ["MAR", "SEN"], date="2026-11-24", mode=None)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
