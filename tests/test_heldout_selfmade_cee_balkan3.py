"""Accuracy floors on the self-written held-out set of Baltic, Balkan and Central European press
(tests/data/heldout/cee_balkan3.jsonl).

24 articles in eight languages (Estonian, Latvian, Lithuanian, Albanian, Bulgarian, Macedonian, Slovak,
Slovenian; three each; 49 gold events, 7 historical, 3 non-relevant) written by a session-22 set-writer (an
AI model) in the styles of ERR, mil.ee, Delfi (et, lv), LSM, mod.gov.lv, LETA, LRT, 15min/BNS, kam.lt, ATSH,
Top Channel, Koha, BTA, Dnevnik, mod.bg, MIA, Slobodan pečat, Kanal 5, TASR, SME, Aktuality, STA, RTV SLO
and Delo, with their web furniture, and PRECISION traps (parliament votes and budgets, domestic drills,
company contracts, states named in analysis, foreign ministers only, the terms of a signed document retold,
thanks, a minister's visit to a home barracks, "read also" lines). Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 22, HEAD bafdac6 + the set; extract stage
via /work/tools/allsets.sh): events P 0.849 R 0.918 F1 0.882, current 0.876, relevance 0.933, date 0.956,
location 0.949, mode 1.000, doc type 1.000, persons 0.979 as first written (1.000 after completing the
aliases of each person in every event of an article, an annotation fix); by type meeting 0.97, agreement
0.90, aid 0.86, exercise 0.67, intent 1.00, support 1.00.
After the session-22 pack changes of the same helper (packs et, lv, lt, sq, bg, mk, sk, sl: general
vocabulary, places, masks and boilerplate, sentences of its own in
tests/extract/test_events_s22_cee_balkan3.py; no engine change): events P 0.882 R 0.918 F1 0.900, current
0.907, relevance 0.955, date 0.956, location 0.949, mode 1.000, doc type 1.000, persons 1.000; agreement
1.00, aid 0.92, meeting 0.97, intent 1.00, support 1.00, exercise 0.64. The packs were changed with this set
at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them
when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "cee_balkan3.jsonl"

FLOORS = {
    "relevance F1": 0.92,
    "events precision": 0.85,
    "events recall": 0.88,
    "events F1": 0.87,
    "current events F1": 0.87,
    "date accuracy": 0.92,
    "location accuracy": 0.91,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"et": 0.63, "lv": 0.97, "lt": 0.89, "sq": 0.97, "bg": 0.85, "mk": 0.97, "sk": 0.85,
                   "sl": 0.79}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-cee-balkan3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=49, historical=7, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"et", "lv", "lt", "sq", "bg", "mk", "sk", "sl"}


test_floor = floor_test("cee_balkan3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
