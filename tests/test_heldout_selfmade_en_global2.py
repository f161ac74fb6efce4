"""Accuracy floors on the self-written held-out set of English-language press outside the US and the UK
(tests/data/heldout/en_global2.jsonl).

24 English articles (51 gold events, 8 historical, 3 non-relevant) written by a session-20 set-writer (an
AI model) in the styles of the English-language press and releases of India (The Hindu, The Times of India,
ANI, PIB), Pakistan (Dawn, ISPR), Bangladesh (The Daily Star), Sri Lanka (Daily Mirror), the Philippines
(Inquirer, PNA), Singapore (The Straits Times, MINDEF), Malaysia (Bernama, The Star), Nigeria (Punch,
PRNigeria), Kenya (Nation, KDF), South Africa (defenceWeb, SAnews), the Gulf (Arab News, The National),
Australia (ABC) and New Zealand (RNZ), with their web furniture and local idioms ("called on", "held talks",
"courtesy call", "the visiting dignitary", "Raksha Mantri"), and PRECISION traps (a Dewan Rakyat answer, a
Kenyan committee hearing, defence-show company deals, a domestic contract beside a visit, retold terms of a
signed pact, foreign ministers only, hopes and thanks, "since 1986", news agencies' states, FPDA and Quad
members named as context). Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how
it was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 20, HEAD a5c8ca8 + the set; extract stage
via /work/tools/allsets.sh): events P 0.852 R 0.920 F1 0.885, current 0.911, relevance 0.977, date 0.978,
location 0.930, mode 1.000, doc type 0.889, persons 0.875; by type meeting 0.95, agreement 0.86, intent
0.84, exercise 0.77, aid 0.89, support 1.00, with the gold as first written (50 events, 7 historical); after
one gold correction (eg2-11: "First held in 1994 …, Simbex is …" names the first SIMBEX as a background
exercise) events F1 0.895 (P 0.870 R 0.922).
After the session-20 pack changes of the same helper (src/milwatch/packs/en: general vocabulary and masks,
sentences of its own in tests/extract/test_events_s20_en_global2.py; no engine change): events P 0.941 R 0.941
F1 0.941, current 0.943, relevance 0.977, date 0.979, location 0.909, mode 1.000, doc type 0.889, persons
0.891; meeting 0.95, agreement 0.86, intent 1.00, exercise 1.00, aid 0.89, support 1.00. The packs were
changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest
measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "en_global2.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.91,
    "events recall": 0.91,
    "events F1": 0.91,
    "current events F1": 0.91,
    "date accuracy": 0.94,
    "location accuracy": 0.88,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.85,
    "person recall": 0.86,
}
LANGUAGE_FLOORS = {"en": 0.91}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-en-global2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=51, historical=8, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"en"}


test_floor = floor_test("en_global2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
