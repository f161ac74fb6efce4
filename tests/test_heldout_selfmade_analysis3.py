"""Accuracy floors on the self-written held-out set of analysis pages (tests/data/heldout/analysis3.jsonl).

24 analysis pages, commentary, columns, editorials, explainers and an interview in eight languages (en, it,
pt, pl, tr, uk, ko, hi; three each; 55 gold events, 26 historical, 3 non-relevant) written by a session-23
set-writer (an AI model) in the styles of the Lowy Interpreter, Foreign Policy, Limes, Formiche, ISPI,
Observador, Expresso, Público, Polityka, Defence24, OSW, Hürriyet, Yetkin Report, Sabah, Dzerkalo Tyzhnia,
Ukrainska Pravda, LB.ua, Chosun, JoongAng, Dainik Jagran, BBC Hindi and Amar Ujala, with their web
furniture. The genre is background heavy (old treaties, past deliveries, last year's exercise) with 0-2
current events per page, and PRECISION traps (company deals, parliament votes, arms-trade statistics,
states named in analysis, domestic drills, a foreign minister only, an interview). Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 23, HEAD c9d56a0 + the set; extract stage via
/work/tools/allsets.sh), gold as first written: events P 0.721 R 0.815 F1 0.765, current 0.849, relevance
0.977, date 0.977, location 0.936, mode 0.941, doc type 0.933, persons 0.898; by type agreement 0.86,
meeting 0.81, exercise 0.80, intent 0.80, support 1.00, aid 0.18. One gold correction (an3-20: Korean-built
frigates acquired by the Philippine navy are a historical aid): events P 0.738 R 0.818 F1 0.776, aid 0.33.
After the session-23 pack changes of the same helper (src/milwatch/packs/{uk,pt,hi,en,it,ko,pl}: general
vocabulary and masks, sentences of its own in tests/extract/test_events_s23_analysis3.py; no engine change):
events P 0.839 R 0.946 F1 0.889, current 0.906, relevance 0.977, date 0.980, location 0.912, mode 0.941, doc
type 0.938, persons 0.882; agreement 0.89, aid 0.93, exercise 0.93, intent 0.80, meeting 0.87, support 1.00.
The packs were changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below
the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "analysis3.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.80,
    "events recall": 0.91,
    "events F1": 0.85,
    "current events F1": 0.87,
    "date accuracy": 0.95,
    "location accuracy": 0.88,
    "mode accuracy": 0.91,
    "doc_type accuracy": 0.90,
    "person recall": 0.85,
}
LANGUAGE_FLOORS = {"en": 0.84, "it": 0.63, "pt": 0.97, "pl": 0.84, "tr": 0.80, "uk": 0.90, "ko": 0.91,
                   "hi": 0.90}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-analysis3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=55, historical=26, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"en", "it", "pt", "pl", "tr", "uk", "ko", "hi"}


test_floor = floor_test("analysis3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
