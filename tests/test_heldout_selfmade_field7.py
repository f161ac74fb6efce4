"""Accuracy floors on the self-written held-out set of exercises and aid deliveries in eight languages
(tests/data/heldout/field7.jsonl).

24 articles (50 gold events, 8 historical, 3 non-relevant) written by a session-23 set-writer (an AI model)
in Polish, Ukrainian, Dutch, Danish, Norwegian, Croatian, Serbian (Cyrillic and Latin) and Italian, in the
styles of PAP, Defence24, wojsko-polska.pl, Ukrinform, ArmyInform, mil.in.ua, Defensie.nl, NOS,
Forsvaret.dk, DR, Forsvaret.no, NRK, MORH, Hina, Index.hr, the Serbian defence ministry, Tanjug, RTS,
Difesa.it, ANSA and Analisi Difesa, with their web furniture. It aims at the FIELD genres that score worst
on unseen text: multinational exercises (started, under way, ended, a state that "also" takes part in the
next sentence, end dates), deliveries, donations and training of foreign troops against pledged packages,
with PRECISION traps (observer states, port calls, domestic drills, company contracts, domestic procurement,
parliament votes, "since" a year). Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says
how it was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 23, HEAD c9d56a03 + the set; extract stage via
/work/tools/allsets.sh), gold as first written: events P 0.667 R 0.680 F1 0.673, current 0.698, relevance
0.933, date 1.000, location 0.800, mode 1.000, doc type 1.000, persons 0.938; by type meeting 1.00, intent
0.80, exercise 0.63, aid 0.55, agreement 0.29.
After the session-23 pack changes of the same helper (src/milwatch/packs/{da,no,hr,sr,nl,it,pl,uk}: general
vocabulary, sentences of its own in tests/extract/test_events_s23_field7.py; no engine change): events P 0.764
R 0.840 F1 0.800, current 0.844, relevance 0.933, date 0.975, location 0.903, mode 1.000, doc type 1.000,
persons 0.938; meeting 1.00, intent 0.94, exercise 0.84, aid 0.69, agreement 0.29. The packs were changed with
this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise
them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "field7.jsonl"

FLOORS = {
    "relevance F1": 0.90,
    "events precision": 0.73,
    "events recall": 0.81,
    "events F1": 0.77,
    "current events F1": 0.81,
    "date accuracy": 0.94,
    "location accuracy": 0.87,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.90,
}
LANGUAGE_FLOORS = {"da": 0.86, "hr": 0.80, "it": 0.57, "nl": 0.89, "no": 0.63, "pl": 0.90, "sr": 0.84,
                   "uk": 0.63}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-field7"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=50, historical=8, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"da", "hr", "it", "nl", "no", "pl", "sr", "uk"}


test_floor = floor_test("field7 held-out", FLOORS, languages=LANGUAGE_FLOORS)
