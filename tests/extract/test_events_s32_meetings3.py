"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/meetings3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of meetings, the subject of the meetings3 set:
- de the generals, chiefs or delegations of the talks as the subject of a pledge ("Beide Generäle
  vereinbarten, … durchzuführen") are the pair of the talks, also after a sentence naming a third state;
- fr training as the subject talks bore on ("s'est entretenue avec son homologue sur la formation des
  officiers") is no training given, as "ont évoqué … la formation des";
- fr a delivery to come in the conditional of reported speech ("a assuré que les chars seraient livrés …")
  is a pledge, as "seront livrés";
- pl a package named as the subject of a call ("Rozmowa dotyczyła … kolejnego pakietu pomocy") is no package
  announced;
- tr the guest received by the host in the host's office, passive ("… Bakanı Yaşar Güler tarafından makamında
  kabul edildi"), is a visit, as "kabul etti" (the bare "tarafından kabul edildi" stays a proposal or an
  invitation accepted).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-09"  # a Friday

CASES = [
    # ---- de: both generals agreed: a pledge of the pair of the talks
    case("de-beide-generaele-vereinbarten-is-an-intent", "de", DAY,
         "Der Generalinspekteur der Bundeswehr hat am Donnerstag in Berlin den Chef des dänischen "
         "Verteidigungsstabes empfangen. Themen waren auch die Ausbildung ukrainischer Soldaten. Beide "
         "Generäle vereinbarten, im nächsten Frühjahr eine gemeinsame Übung der Marinen abzuhalten.",
         [ev("meeting", ["DEU", "DNK"], date="2026-10-08", location="DEU", mode="visit"),
          ev("intent", ["DEU", "DNK"])]),
    # ---- fr: training as the subject of talks is no aid
    case("fr-entretenue-sur-la-formation-des-is-no-aid", "fr", DAY,
         "La ministre belge de la Défense s'est entretenue jeudi à Dakar avec son homologue sénégalais sur "
         "la formation des sous-officiers et la sécurité maritime.",
         [ev("meeting", ["BEL", "SEN"], date="2026-10-08", location="SEN", mode="visit")]),
    # ---- fr: a delivery to come in the conditional of reported speech is a pledge
    case("fr-seraient-livres-is-an-intent", "fr", DAY,
         "Le ministre néerlandais de la Défense a assuré que les derniers chars seraient livrés à la "
         "Lituanie d'ici la fin de l'année.",
         [ev("intent", ["LTU", "NLD"])]),
    # ---- pl: a package as the subject of a call is no package announced
    case("pl-rozmowa-dotyczyla-pakietu-is-no-intent", "pl", DAY,
         "Minister obrony Litwy rozmawiał w czwartek przez telefon z ministrem obrony Ukrainy. Rozmowa "
         "dotyczyła przede wszystkim kolejnego pakietu pomocy wojskowej.",
         [ev("meeting", ["LTU", "UKR"], date="2026-10-08", mode="phone")]),
    # ---- tr: received by the host, passive
    case("tr-tarafindan-kabul-edildi-is-a-visit", "tr", DAY,
         "Gürcistan Savunma Bakanı, perşembe günü Ankara'da Milli Savunma Bakanı Yaşar Güler tarafından "
         "makamında kabul edildi.",
         [ev("meeting", ["GEO", "TUR"], date="2026-10-08", location="TUR", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
