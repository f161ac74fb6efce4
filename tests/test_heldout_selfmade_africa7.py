"""Accuracy floors on the self-written held-out set africa7 (tests/data/heldout/africa7.jsonl).

20 articles of the African press in six languages (fr 4, en 4, pt 3, ar 3, sw 3, am 3; 41 gold events, 14
historical, 3 non-relevant) written by a session-26 set-writer (an AI model) in the styles of Le360,
APS Sénégal, Sidwaya, El Moudjahid, The Standard, defenceWeb, New Era, The Herald, Notícias, ANGOP,
Inforpress, APS Algérie, TAP, Al-Ahram, Mwananchi, Taifa Leo, HabariLeo, ENA, Fana BC and EBC, with their
web furniture
(menus, bylines, "read also", cookie and share lines).  It aims at ministers' visits, cooperation agreements,
training by foreign partners, donated equipment and joint exercises, with traps (a domestic live-fire drill,
a recruits' pass-out parade, flood relief, a port call, a minister visiting his own contingent, the Ethiopian
calendar in datelines and background dates) and one story told twice (en 05 and sw 16).  Gold after
../shared/eval/GUIDELINES.md; README_africa7.md says how it was made.  The whole pipeline runs in-process as
`milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, HEAD fdf46d9d + the set; extract
stage via /work/tools/allsets.sh), rescored against the gold after its one fix (two Ethiopian-calendar
months dated by the year; only the date field moves, 0.865 -> 0.919): events P 0.881 R 0.902 F1 0.892,
current 0.873, relevance 1.000, date 0.919, location 0.800, mode 1.000, doc type 1.000, persons 0.946;
stories B3 0.974, links 0.000; by type agreement 1.00, meeting 0.95, aid 0.92, exercise 0.78, intent 0.77;
by language ar 1.00, fr 1.00, pt 1.00, en 0.88, am 0.77, sw 0.60.  After the session-26 pack changes of the
same helper (src/milwatch/packs/{sw,am,en}: general vocabulary, masks and markers, sentences of its own in
tests/extract/test_events_s26_africa7.py; no engine change): events P 0.950 R 0.927 F1 0.938, current 0.962,
relevance 1.000, date 0.921, location 0.806, mode 1.000, doc type 1.000, persons 1.000; stories B3 1.000,
links 1.000; by language sw 0.60 -> 1.00, am 0.77, en 0.88, the others 1.00.  The packs were changed with this
set at hand, so that is no unseen-text figure.  Floors sit about 0.03 below the latest measurement: raise
them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "africa7.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.92,
    "events recall": 0.89,
    "events F1": 0.90,
    "current events F1": 0.93,
    "date accuracy": 0.89,
    "location accuracy": 0.77,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"am": 0.73, "ar": 0.97, "en": 0.84, "fr": 0.97, "pt": 0.97, "sw": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-africa7"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=41, historical=14, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"am", "ar", "en", "fr", "pt", "sw"}


test_floor = floor_test("africa7 held-out", FLOORS, languages=LANGUAGE_FLOORS)
