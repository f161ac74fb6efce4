"""The extract stage on short articles in three languages written for these tests (none of these sentences is
in tests/data/heldout/mt8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the machine-translated articles of the mt8 set:
the translated opening line of the Pentagon's readouts (fr "… a fourni le compte rendu suivant :") that hands
nothing over, the sessions of a joint commission or committee of two states (de "die letzte Sitzung des
gemischten Militärkomitees", "der Gemischten Kommission") as meetings, the Arabic "joint Egyptian-Saudi
training" as machine translation renders it (en "the joint Egyptian-Saudi training 'Morgan-17'"), and
"Said" as the Arabic given name in an officer's name (en "General Said Chanegriha").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- fr: the readout's opening line is no delivery
    case("fr-a-fourni-le-compte-rendu-is-no-aid", "fr", DAY,
         "Le porte-parole du ministère, John Ullyot, a fourni le compte rendu suivant : le secrétaire à la "
         "Défense a reçu mardi au Pentagone son homologue japonais.",
         [ev("meeting", ["JPN", "USA"], date="2026-09-15", location="USA", mode="visit")]),
    # ---- de: the last session of a joint military committee, told as background
    case("de-sitzung-des-gemischten-militaerkomitees-is-a-meeting", "de", DAY,
         "Der marokkanische Verteidigungsminister empfing am Dienstag in Rabat seinen französischen "
         "Amtskollegen. "
         "Die letzte Sitzung des gemischten Militärkomitees beider Länder fand im Mai 2025 in Paris statt.",
         [ev("meeting", ["FRA", "MAR"], date="2026-09-15", location="MAR", mode="visit"),
          ev("meeting", ["FRA", "MAR"], date="2025-05", location="FRA", historical=True)]),
    # ---- de: the same with "Gemischte Kommission"
    case("de-sitzung-der-gemischten-kommission-is-a-meeting", "de", DAY,
         "Die Verteidigungsminister Italiens und Tunesiens trafen sich am Montag in Rom. "
         "Die letzte Sitzung der Gemischten Kommission für Verteidigung beider Länder fand im Oktober "
         "2024 in Tunis statt.",
         [ev("meeting", ["ITA", "TUN"], date="2026-09-14", location="ITA"),
          ev("meeting", ["ITA", "TUN"], date="2024-10", location="TUN", historical=True)]),
    # ---- en: the Arabic "joint Egyptian-Saudi training" in machine translation
    case("en-joint-egyptian-saudi-training-is-an-exercise", "en", DAY,
         'The joint Egyptian-Saudi training "Morgan-17" concluded on Thursday with the participation of '
         "naval units of the two countries.",
         [ev("exercise", ["EGY", "SAU"])]),
    # ---- en: "Said", the Arabic given name, in a general's name ("General Said Chanegriha") is a name
    case("en-said-as-a-given-name-is-a-person", "en", DAY,
         "Russian Defense Minister Andrei Belousov held talks in Moscow on Tuesday with Egyptian Defense "
         "Minister General Said Mohamed Okasha.",
         [ev("meeting", ["EGY", "RUS"], date="2026-09-15", location="RUS", mode="visit",
             persons=["Said Mohamed Okasha"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
