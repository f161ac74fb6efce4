"""Accuracy floors on the self-written held-out set of MACHINE-TRANSLATED pages
(tests/data/heldout/mt3.jsonl).

20 pages (en 7, de 7, fr 6; 53 gold events, 8 historical, 3 non-relevant) written by a session-24 set-writer
(an AI model): foreign defense news first written in Vietnamese, Chinese, Russian, Korean, Arabic, Turkish,
Indonesian, Polish, Ukrainian, Japanese, Persian, Thai or Spanish and run through an online translator, with
the translator's banners, calqued titles ("Senior Lieutenant General", "Generaloberleutnant", "Der Herr
Minister"), names in odd transliterations, untranslated dates ("ngày 12/11", "11月26日", "2569") and the
outlets' web furniture; three stories told twice in two MT languages. Traps: thanks, company deals,
parliament votes, domestic drills, states in analysis, foreign ministers only, a non-military background
agreement, retold terms. Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it
was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 24, HEAD 9604e4e + the set; extract stage via
/work/tools/allsets.sh), gold as first written: events P 0.839 R 0.887 F1 0.862, current 0.857, relevance
0.944, date 0.766, location 0.951, mode 1.000, doc type 1.000, persons 0.985; by type meeting 1.00, aid 1.00,
intent 0.95, agreement 0.86, support 0.50, exercise 0.40; by language en 0.93, de 0.89, fr 0.73.
After the session-24 pack changes of the same helper (src/milwatch/packs/en, de, fr: general vocabulary, the
translator's banner lines and masks, sentences of its own in tests/extract/test_events_s24_mt3.py; no engine
change): events P 0.848 R 0.943 F1 0.893, current 0.894, relevance 0.944, date 0.880, location 0.955, mode
1.000, doc type 1.000, persons 0.986; meeting 1.00, aid 1.00, intent 0.95, agreement 0.90, support 0.80,
exercise 0.40; en 0.93, de 0.95, fr 0.77. The packs were changed with this set at hand, so that is no
unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the system gets
better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "mt3.jsonl"

FLOORS = {
    "relevance F1": 0.91,
    "events precision": 0.81,
    "events recall": 0.91,
    "events F1": 0.86,
    "current events F1": 0.86,
    "date accuracy": 0.85,
    "location accuracy": 0.92,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.95,
}
LANGUAGE_FLOORS = {"en": 0.90, "de": 0.91, "fr": 0.74}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-mt3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=53, historical=8, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"en", "de", "fr"}


test_floor = floor_test("mt3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
