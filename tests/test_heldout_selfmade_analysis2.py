"""Accuracy floors on the self-written held-out set of ANALYSIS pieces about defense ties
(tests/data/heldout/analysis2.jsonl).

24 articles (en 4, de 3, fr 3, ru 3, zh 3, ja 3, es 3, ar 2; 51 gold events, 27 historical, 3 non-relevant)
written by a session-22 set-writer (an AI model) in the styles of commentary, explainers, editorials and long
reads rather than news: War on the Rocks, The Diplomat, RUSI commentary, SWP-Aktuell, FAZ analysis, Le Monde
diplomatique, Ifri briefings, Le Monde, Kommersant analysis, RIAC, Global Times editorials, Guancha columns,
Nikkei and Asahi 解説, El País analysis, Real Instituto Elcano ARI, Al Jazeera analysis and Asharq Al-Awsat,
with their web furniture. Most of each text is background (past visits, treaties of years ago, arms-trade
statistics, scenarios and hopes); a page holds 0-3 current events, three pages none at all (only background
events), and PRECISION traps abound (company deals, parliament votes, states only in analysis, foreign and
heads-of-state contacts with no military subject, the retold terms of a treaty, habitual drills, a port call,
news agencies' states). Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was
made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 22, HEAD c61b378 + the set; extract stage via
/work/tools/allsets.sh), gold as first written (no correction): events P 0.500 R 0.745 F1 0.598, current
0.500, relevance 0.977, date 0.919, location 0.939, mode 1.000, doc type 0.909, persons 0.842; by type
meeting 0.65, agreement 0.65, exercise 0.60, aid 0.47, intent 0.46.
After the session-22 pack changes of the same helper (packs zh ja de ru fr ar es en: general vocabulary and
masks, sentences of its own in tests/extract/test_events_s22_analysis2.py; no engine change; HEAD 1b5b0ec):
events P 0.650 R 0.765 F1 0.703, current 0.623, relevance 1.000, date 0.921, location 0.939, mode 1.000, doc
type 0.917, persons 0.868; agreement 0.83, meeting 0.74, exercise 0.60, intent 0.60, aid 0.57. The packs were
changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest
measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "analysis2.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.62,
    "events recall": 0.73,
    "events F1": 0.67,
    "current events F1": 0.59,
    "date accuracy": 0.89,
    "location accuracy": 0.90,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.88,
    "person recall": 0.83,
}
LANGUAGE_FLOORS = {"ar": 0.77, "de": 0.97, "en": 0.25, "es": 0.70, "fr": 0.72, "ja": 0.68, "ru": 0.80,
                   "zh": 0.54}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-analysis2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=51, historical=27, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"en", "de", "fr", "ru", "zh", "ja", "es", "ar"}


test_floor = floor_test("analysis2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
