"""The extract stage on short articles in four languages written for these tests (none of these sentences
is in tests/data/heldout/mt11.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin the wording of machine-translated readouts, the subject
of the mt11 set:
- de an exercise told in a relative clause after its name, the main clause saying something else ("die
  gemeinsame Übung, die im Mai in Georgien durchgeführt wurde, hat … gezeigt"): held all the same;
- de thanks for support ("dankte … für die Unterstützung … im Kampf gegen …") are no support statement;
  a state that will defend its own sovereignty supports no one; one army's "Patrouille der Kampfbereitschaft"
  around an island is no joint patrol;
- fr "les deux parties se sont mises d'accord" (the feminine of "se sont mis d'accord") is a pledge; "ont
  exécuté un exercice" (the Arabic readouts' verb as translated) and an edition "ayant eu lieu en 2023" are
  exercises held; "lao" is the adjective of Laos; Gibraltar (a territory: the Rock, the strait, an
  exercise's name "« Gibraltar Sud »") is no party;
- en the training subjects of an exercise under way ("the two sides will conduct subjects such as …") are its
  programme, no plan; "the joint exercise was opening" (开幕 as translated) has begun, so it goes on (month).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- de: an exercise in a relative clause, the main clause about something else
    case("de-uebung-die-durchgefuehrt-wurde-is-held", "de", DAY,
         "Der georgische Verteidigungsminister empfing am Dienstag in Tiflis seinen armenischen "
         "Amtskollegen. Er sagte, dass die gemeinsame Übung der Streitkräfte von Georgien und Armenien, "
         "die im Mai in der Nähe von Tiflis durchgeführt wurde, die Zusammenarbeit gestärkt hat.",
         [ev("meeting", ["ARM", "GEO"], date="2026-11-17", location="GEO", mode="visit"),
          ev("exercise", ["ARM", "GEO"], date="2026-05", historical=True)]),
    case("de-uebung-die-stattfand-is-held", "de", DAY,
         "Die Generalstabschefs von Serbien und Ungarn trafen sich am Montag in Belgrad. Die gemeinsame "
         "Übung von Serbien und Ungarn, die im April 2025 stattfand, war nach ihren Worten erfolgreich.",
         [ev("meeting", ["HUN", "SRB"], date="2026-11-16", location="SRB"),
          ev("exercise", ["HUN", "SRB"], date="2025-04", historical=True)]),
    # ---- de: thanks for support, one's own sovereignty, a one-army readiness patrol
    case("de-dankte-fuer-die-unterstuetzung-is-no-support", "de", DAY,
         "Der jordanische Verteidigungsminister traf am Dienstag in Kairo seinen ägyptischen "
         "Amtskollegen. Der Jordanier dankte Ägypten für die Unterstützung seines Landes im Kampf gegen "
         "den Schmuggel.",
         [ev("meeting", ["EGY", "JOR"], date="2026-11-17", location="EGY", mode="visit")]),
    case("de-souveraenitaet-verteidigen-is-no-support", "de", DAY,
         "Nachrichten | Deutsch | English\n\nDer Sprecher des chinesischen Verteidigungsministeriums "
         "sagte am Mittwoch, die Armee werde die Souveränität des Landes entschlossen verteidigen.",
         []),
    case("de-patrouille-der-kampfbereitschaft-is-no-exercise", "de", DAY,
         "Die chinesische Marine hat nach Angaben des Verteidigungsministeriums in Peking am Dienstag "
         "eine Patrouille der Kampfbereitschaft in den Gewässern um die Insel Taiwan durchgeführt.",
         []),
    # ---- fr: the feminine pledge, the translated verb of an exercise held, the adjective "lao"
    case("fr-se-sont-mises-d-accord-is-an-intent", "fr", DAY,
         "Le ministre de la Défense du Cambodge a reçu mardi à Phnom Penh l'ambassadeur de l'Inde. Les "
         "deux parties se sont mises d'accord sur le développement de la coopération dans la formation "
         "des cadets.",
         [ev("meeting", ["IND", "KHM"], date="2026-11-17", location="KHM"),
          ev("intent", ["IND", "KHM"], date="2026-11-17")]),
    case("fr-ont-execute-un-exercice-is-held", "fr", DAY,
         "Les forces aériennes jordaniennes et les forces aériennes grecques ont exécuté lundi un "
         "exercice aérien conjoint au-dessus de la mer Égée.",
         [ev("exercise", ["GRC", "JOR"], date="2026-11-16")]),
    case("fr-ayant-eu-lieu-is-held", "fr", DAY,
         "Les marines tunisienne et italienne ont mené lundi un exercice de recherche et de sauvetage "
         "au large de Bizerte. Les deux marines avaient déjà coopéré, l'exercice « Nessma » entre la "
         "Tunisie et l'Italie ayant eu lieu en 2023.",
         [ev("exercise", ["ITA", "TUN"], date="2026-11-16"),
          ev("exercise", ["ITA", "TUN"], date="2023", historical=True)]),
    case("fr-gibraltar-in-an-exercise-name-is-no-party", "fr", DAY,
         "Les marines marocaine et espagnole ont mené lundi un exercice naval conjoint baptisé « "
         "Gibraltar Sud » au large de Tanger.",
         [ev("exercise", ["ESP", "MAR"], date="2026-11-16")]),
    case("fr-lao-is-laos", "fr", DAY,
         "Le vice-ministre vietnamien de la Défense a reçu mardi à Hanoï le chef d'état-major général "
         "de l'Armée populaire lao.",
         [ev("meeting", ["LAO", "VNM"], date="2026-11-17", location="VNM", mode="visit")]),
    # ---- en: the subjects of an exercise under way, an opening in the progressive
    case("en-will-conduct-subjects-is-no-intent", "en", DAY,
         "The China-Thailand \"Strike-2026\" joint army exercise opened in Lopburi on November 16. The "
         "exercise is divided into two stages. In the second stage, the two sides will conduct subjects "
         "such as joint hostage rescue and joint urban assault.",
         [ev("exercise", ["CHN", "THA"], date="2026-11", location="THA")]),
    case("en-exercise-was-opening-goes-on", "en", DAY,
         "The Russia-Mongolia \"Selenga-2026\" joint military exercise was opening at a training ground "
         "near Ulaanbaatar on the morning of November 17.",
         [ev("exercise", ["MNG", "RUS"], date="2026-11", location="MNG")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
