"""Accuracy floors on the self-written held-out set field9 (tests/data/heldout/field9.jsonl).

20 articles in eight languages (en 3, it 3, pt 3, pl 3, nl 2, tr 2, hu 2, sk 2; 48 gold events, 16 historical,
3 non-relevant) written by a session-25 set-writer (an AI model) in the styles of defence.gov.au, CBC News,
PIB, ANSA, esercito.difesa.it, Rivista Italiana Difesa, Lusa via Observador and RTP, Agência Brasil, PAP,
gov.pl/MON, Defence24, Defensie.nl, NOS/ANP, Anadolu, Hürriyet (the MSB weekly briefing), honvedelem.hu,
Index/MTI, TASR and Pravda.sk/TASR, with their web furniture. FIELD genres: exercises (ended, begun, under
way; participants in a later sentence; a state that "also" joins; observers; last year's edition) and aid
(handed over, arrived, training given to a foreign state's troops) against pledged packages (intent), with
port calls, host-nation support, domestic drills and company contracts as traps. Gold after
../shared/eval/GUIDELINES.md; README_field9.md (merged into tests/data/heldout/README.md by the lead) says how
it was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 25, HEAD 7131c0b3 + the set; extract stage via
/work/tools/allsets.sh), gold as first written, no correction: events P 0.500 R 0.521 F1 0.510, current 0.464,
relevance 0.944, date 1.000, location 0.471, mode 0.500, doc type 1.000, persons 1.000; by type aid 0.64,
intent 0.62, agreement 0.50, meeting 0.50, exercise 0.41; by language pt 0.76, nl 0.67, en 0.56, hu 0.50, sk
0.44, pl 0.36, tr 0.31, it 0.22. After the session-25 pack changes of the same helper
(src/milwatch/packs/{it,hu,sk,tr,nl,pt,pl,en}: general vocabulary and masks, sentences of its own in
tests/extract/test_events_s25_field9.py; no engine change), whole pipeline = extract stage: events P 0.667 R
0.667 F1 0.667, current 0.697, relevance 1.000, date 0.962, location 0.455, mode 0.500, doc type 1.000,
persons 1.000; by type meeting 0.80, aid 0.79, intent 0.77, exercise 0.57, agreement 0.50; by language it
0.80, nl 0.80, pt 0.76, hu 0.67, sk 0.67, tr 0.67, en 0.56, pl 0.40. The packs were changed with this set at
hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when
the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "field9.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.63,
    "events recall": 0.63,
    "events F1": 0.63,
    "current events F1": 0.66,
    "date accuracy": 0.93,
    "location accuracy": 0.42,
    "mode accuracy": 0.47,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"en": 0.52, "hu": 0.63, "it": 0.77, "nl": 0.77, "pl": 0.37, "pt": 0.73, "sk": 0.63,
                   "tr": 0.63}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-field9"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=48, historical=16, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"en", "hu", "it", "nl", "pl", "pt", "sk", "tr"}


test_floor = floor_test("field9 held-out", FLOORS, languages=LANGUAGE_FLOORS)
