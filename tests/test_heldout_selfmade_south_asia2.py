"""Accuracy floors on the self-written held-out set of South Asian press
(tests/data/heldout/south_asia2.jsonl).

24 articles (52 gold events, 8 historical, 3 non-relevant) written by a session-20 set-writer (an AI
model) in Hindi (6: Dainik Jagran, Amar Ujala, Navbharat Times, Aaj Tak, DD News), Urdu (5: Jang, Express,
Nawa-i-Waqt, Dawn News, BBC Urdu), Bengali (4: Prothom Alo, Anandabazar, Kaler Kantho, ISPR Bangladesh),
Nepali (3: Kantipur, Gorkhapatra/RSS), Sinhala (3: Lankadeepa, Dinamina) and Tamil (3: Dinamani, Daily
Thanthi, Virakesari), with their web furniture, and PRECISION traps (a Defence Acquisition Council approval,
company contracts, a constitutional amendment and its vote, a budget debate, domestic drills, foreign
ministers' calls, thanks and hopes, the terms of a signed memorandum retold, a forum attended, states named
in analysis, arrests of fishermen). Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 20, HEAD f6a29da + the set; extract stage
via /work/tools/allsets.sh), gold as first written: events P 0.808 R 0.808 F1 0.808, current 0.795,
relevance 0.955, date 0.929, location 0.769, mode 1.000, doc type 1.000, persons 0.871; by type meeting
0.82, agreement 0.80, intent 0.59, support 0.67, aid 1.00, exercise 0.88; by language bn 0.92, hi 0.83,
ne 0.80, si 0.55, ta 0.83, ur 0.84.
After the session-20 pack changes of the same helper (packs hi, ur, bn, ne, si, ta: general vocabulary,
places and masks, sentences of its own in tests/extract/test_events_s20_south_asia2.py; no engine change)
and one gold correction (person aliases completed with the forms in the text, sa2-18 and sa2-23): events
P 0.942 R 0.942 F1 0.942, current 0.932, relevance 1.000, date 0.959, location 0.955, mode 1.000, doc type
1.000, persons 1.000; meeting 0.97, agreement 0.80, intent 0.94, support 1.00, aid 1.00, exercise 0.92; hi
0.93, ur 0.95, bn 0.92, ne 1.00, si 0.83, ta 1.00. The packs were changed with this set at hand, so that
is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the system
gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "south_asia2.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.91,
    "events recall": 0.91,
    "events F1": 0.91,
    "current events F1": 0.90,
    "date accuracy": 0.93,
    "location accuracy": 0.92,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"hi": 0.90, "ur": 0.91, "bn": 0.89, "ne": 0.97, "si": 0.80, "ta": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-south-asia2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=52, historical=8, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"hi", "ur", "bn", "ne", "si", "ta"}


test_floor = floor_test("south_asia2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
