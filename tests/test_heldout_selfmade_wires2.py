"""Accuracy floors on the self-written held-out set of news agencies' foreign-language services
(tests/data/heldout/wires2.jsonl).

24 articles (57 gold events, 10 historical, 3 non-relevant) written by a session-22 set-writer (an AI model)
in the styles of agencies' foreign-language services writing about other states: Xinhua in Spanish, French,
Arabic, Russian and Portuguese, VNA in Spanish and French, Prensa Latina, Sputnik Mundo, Afrique, Arabic
(RIA) and Chinese, Anadolu in French, Arabic, Russian and English, Interfax, TASS English, AFP Arabic, EFE
Portuguese, Yonhap and Kyodo in Chinese; with their datelines and boilerplate, and PRECISION traps (the
agency's own state where it is no party, spokesmen quoted about third states, foreign ministers only,
parliament votes, company deals, domestic drills, related-news headlines, thanks). Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 22, HEAD ffac9be + the set; extract stage
via /work/tools/allsets.sh): events P 0.828 R 0.889 F1 0.857 with the gold as first written; after the gold
corrections the README lists (three stated events the writer had left out, aliases completed): events P
0.879 R 0.895 F1 0.887, current 0.907, relevance 0.977, date 0.980, location 0.837, mode 0.947, doc type
1.000, persons 0.962; by type meeting 0.97, intent 0.92, aid 0.89, exercise 0.86, support 0.80, agreement
0.71. After the second gold correction (wr2-07's PASSEX still to come is an intent) and the session-22 pack
changes of the same helper (zh, ar, en, es: general vocabulary and masks, sentences of its own in
tests/extract/test_events_s22_wires2.py; no engine change): events P 0.948 R 0.965 F1 0.957, current 0.958,
relevance 0.977, date 0.982, location 0.925, mode 1.000, doc type 1.000, persons 0.962; meeting 0.97,
agreement 0.94, intent 0.96, exercise 0.95, aid 0.89, support 1.00. The packs were changed with this set at
hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when
the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "wires2.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.91,
    "events recall": 0.93,
    "events F1": 0.92,
    "current events F1": 0.92,
    "date accuracy": 0.95,
    "location accuracy": 0.89,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.93,
}
LANGUAGE_FLOORS = {"es": 0.97, "fr": 0.82, "ar": 0.91, "ru": 0.97, "pt": 0.97, "en": 0.97, "zh": 0.89}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-wires2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=57, historical=10, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"es", "fr", "ar", "ru", "pt", "en", "zh"}


test_floor = floor_test("wires2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
