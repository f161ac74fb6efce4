"""Accuracy floors on the self-written held-out set of machine-translated defense news
(tests/data/heldout/mt2.jsonl).

24 articles (52 gold events, 7 historical, 3 non-relevant) in German, English, French, Spanish, Vietnamese,
Russian, Italian and Portuguese, written by a session-22 set-writer (an AI model) as pages that aggregators,
blogs and diaspora sites publish after an automatic translator: news of Vietnamese, Chinese, Russian,
Turkish, Arabic, Indonesian, Japanese, Korean and Thai origin with the source's word order, titles rendered
word by word ("Generaloberst", "Senior Lieutenant General", "Minister für Nationale Verteidigung"), names in
the source spelling, dates in the source's order (10/11, "am 13.", "ngày 26", a Hijri and a Buddhist-era
year), "translated automatically" notices and web furniture, and PRECISION traps (thanks, company deals,
parliament votes, domestic drills, states only in analysis, foreign ministers only, retold terms, background
events). Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The
whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 22, HEAD bafdac6 + the set; extract stage
via /work/tools/allsets.sh), gold as first written: events P 0.860 R 0.827 F1 0.843, current 0.832,
relevance 1.000, date 0.786, location 0.974, mode 0.944, doc type 1.000, persons 0.917; by type agreement
0.90, meeting 0.88, aid 0.86, intent 0.84, exercise 0.67, support 0.67.
After the session-22 pack changes of the same helper (general vocabulary, sentences of its own in
tests/extract/test_events_s22_mt2.py; no engine change): events P 0.923 R 0.923 F1 0.923, current 0.923,
relevance 1.000, date 0.894, location 0.977, mode 0.947, doc type 1.000, persons 0.922; aid 1.00, support
1.00, intent 0.95, meeting 0.93, agreement 0.90, exercise 0.83. The packs were changed with this set at hand,
so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the
system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "mt2.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.89,
    "events recall": 0.89,
    "events F1": 0.89,
    "current events F1": 0.89,
    "date accuracy": 0.86,
    "location accuracy": 0.94,
    "mode accuracy": 0.91,
    "doc_type accuracy": 0.97,
    "person recall": 0.89,
}
LANGUAGE_FLOORS = {"de": 0.87, "en": 0.92, "fr": 0.91, "vi": 0.90, "ru": 0.77, "pt": 0.82, "es": 0.97,
                   "it": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-mt2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=52, historical=7, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"de", "en", "fr", "es", "vi", "ru", "it", "pt"}


test_floor = floor_test("mt2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
