"""Accuracy floors on the self-written held-out set mt5 (tests/data/heldout/mt5.jsonl).

20 machine-translated articles (11 English, 9 German; 40 gold events, 15 historical, 3 non-relevant) written
by a session-26 set-writer (an AI model) as an online translator renders the foreign-language press: QĐND
(Vietnamese), China Military Online, Xinhua and the Chinese foreign ministry (Chinese), TASS and RIA Novosti
(Russian), WAM, Petra and an army spokesman's post (Arabic), the Turkish defence ministry's weekly briefing
and Anadolu (Turkish), Yonhap (Korean), TNI and ANTARA (Indonesian), the Spanish defence ministry and Infobae
(Spanish), with stilted word order, literal titles ("Senior Lieutenant General", "General of Army"), dates in
odd formats ("Afternoon 2/12", "Wednesday (18/11/2026)", "on the 16th", "3rd Dec, 2026 (WAM)"), translator
banners ("Translated by Google", "Original text") and the translation page's furniture. Genres: visits and
talks with a signing, a phone call, exercises begun, deliveries that landed, training given, contracts, and
background signings and editions; traps: a domestic anniversary, a combat report, a foreign-ministry
statement of support with no military subject, a spokesman's "we will strengthen". Gold after
../shared/eval/GUIDELINES.md; README_mt5.md (to be merged into tests/data/heldout/README.md) says how it was
made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, branch s26b-mt5 + the set; extract stage
via /work/tools/allsets.sh), gold as first written: events P 0.943 R 0.825 F1 0.880, current 0.894,
relevance 0.970, date 0.939, location 0.773, mode 1.000, doc type 1.000, persons 0.864; by type exercise
1.00, meeting 1.00, intent 0.86, agreement 0.82, aid 0.50; by language en 0.95, de 0.80. One gold fix after
it (three pledges made at talks took no location; now the talks' state, as GUIDELINES say): the same
predictions then score location 0.800, the rest unchanged. After the session-26 pack changes of the same
helper (src/milwatch/packs/{de,en}: general vocabulary and a mask, sentences of its own in
tests/extract/test_events_s26_mt5.py; no engine change): events P 0.947 R 0.900 F1 0.923, current 0.960,
relevance 1.000, date 0.944, location 0.714 (two more aids matched, both with the place unread), mode 1.000,
doc type 1.000, persons 0.875; exercise 1.00, meeting 1.00, agreement 0.87, intent 0.86, aid 0.80; en 0.95,
de 0.89. The packs were changed with this set at hand, so that is no unseen-text figure. Floors sit about
0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "mt5.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.91,
    "events recall": 0.87,
    "events F1": 0.89,
    "current events F1": 0.93,
    "date accuracy": 0.91,
    "location accuracy": 0.68,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.84,
}
LANGUAGE_FLOORS = {"de": 0.86, "en": 0.92}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-mt5"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=40, historical=15, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"de", "en"}


test_floor = floor_test("mt5 held-out", FLOORS, languages=LANGUAGE_FLOORS)
