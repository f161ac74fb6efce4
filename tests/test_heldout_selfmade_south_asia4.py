"""Accuracy floors on the self-written held-out set south_asia4 (tests/data/heldout/south_asia4.jsonl).

20 articles of the South Asian press (hi 3, ur 3, bn 3, ne 2, si 2, ta 2, en 5 from India, Pakistan,
Bangladesh, Sri Lanka and Nepal; 38 gold events, 10 historical, 3 non-relevant) written by a session-26
set-writer (an AI model) in the styles of Amar Ujala, Navbharat Times, Dainik Jagran, Jang, Express, Dawn
News, Prothom Alo, Kaler Kantho, Jugantor, Kantipur, Onlinekhabar, Lankadeepa, Dinamina, Virakesari,
Dinamani, PIB, ISPR, The Daily Star, Daily Mirror and The Kathmandu Post, with their web furniture and native
date forms (Bikram Sambat datelines, "ඊයේ (01)", "நேற்று (26)", "நவ. 20:"). It aims at chiefs' visits,
defence dialogues, joint exercises (started, closed, previous editions), ship visits with a passage
exercise, equipment gifts and training slots, with traps (a recruitment rally, a counter-terrorism
operation, flood relief at home, habitual training seats). Two stories are told twice (the Surya Kiran
exercise in hi and ne, the Indian army chief in Sri Lanka in hi and si). Gold after
../shared/eval/GUIDELINES.md; README_south_asia4.md (merged into tests/data/heldout/README.md) says how it
was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, HEAD 94c19450 + the set;
extract stage via /work/tools/allsets.sh), gold as first written: events P 0.921 R 0.921 F1 0.921, current
0.912, relevance 1.000, date 0.882, location 0.833, mode 1.000, doc type 1.000, persons 0.731; by type
agreement 1.00, exercise 0.92, meeting 0.92, aid 0.91, intent 0.91; by language bn 1.00, ne 1.00, si 1.00,
ur 1.00, en 0.92, hi 0.80, ta 0.75. (One gold fix after that, three intent locations; the same predictions
then score location 0.848, the rest unchanged.) After the session-26 pack changes of the same helper
(src/milwatch/packs/{hi,ta,bn,ne,en}: general vocabulary and masks, sentences of its own in
tests/extract/test_events_s26_south_asia4.py; no engine change): events P 0.973 R 0.947 F1 0.960, current
0.964, relevance 1.000, date 0.943, location 0.853, mode 1.000, doc type 1.000, persons 0.926; aid 1.00,
intent 1.00, agreement 1.00, meeting 0.96, exercise 0.92; hi 1.00, en 0.96, ta 0.75. The packs were changed
with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest
measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "south_asia4.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.94,
    "events recall": 0.91,
    "events F1": 0.93,
    "current events F1": 0.93,
    "date accuracy": 0.91,
    "location accuracy": 0.82,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.89,
}
LANGUAGE_FLOORS = {"bn": 0.97, "en": 0.92, "hi": 0.97, "ne": 0.97, "si": 0.97, "ta": 0.72, "ur": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-south_asia4"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=38, historical=10, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"bn", "en", "hi", "ne", "si", "ta", "ur"}


test_floor = floor_test("south_asia4 held-out", FLOORS, languages=LANGUAGE_FLOORS)
