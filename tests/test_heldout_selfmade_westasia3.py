"""Accuracy floors on the self-written held-out set of West and Central Asian press
(tests/data/heldout/westasia3.jsonl).

24 articles (53 gold events, 9 historical, 3 non-relevant) written by a session-21 set-writer (an AI model)
in Persian (IRNA, Tasnim, ISNA, BBC Persian), Pashto (Tolo News, Pajhwok, BBC Pashto), Kurdish (Rudaw and
Kurdistan24 in Sorani, Kurdistan24 in Kurmanji), Tajik (Khovar, Asia-Plus), Kyrgyz (Kabar, Azattyk), Turkmen
(Türkmenistan: Altyn asyr, Bitarap Türkmenistan), Mongolian (Montsame, ikon.mn) and Hebrew (Ynet, Maariv),
with their web furniture and solar-hijri datelines, and PRECISION traps (states only observing, foreign
ministers only, strikes and clashes, thanks and greetings, the terms of a signed agreement retold, states
in analysis, parliaments, company deals, domestic drills, news agencies). Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 21, HEAD 8df5de7 + the set; extract stage
via /work/tools/allsets.sh), gold as first written: events P 0.732 R 0.774 F1 0.752, current 0.756,
relevance 0.952, date 0.951, location 0.778, mode 0.882, doc type 1.000, persons 0.774; by type agreement
0.91, meeting 0.85, aid 0.67, exercise 0.57, intent 0.53, support 1.00 (one event).
After the session-21 pack changes of the same helper (packs ps, ku, mn, ky, tk, tg, fa, he: general vocabulary
and masks, sentences of its own in tests/extract/test_events_s21_westasia3.py; no engine change): events P
0.855 R 0.887 F1 0.870, current 0.876, relevance 0.977, date 0.979, location 0.810, mode 0.889, doc type
1.000, persons 0.735; agreement 1.00, meeting 0.95, aid 0.89, intent 0.82, exercise 0.60, support 1.00. The
packs were changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the
latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "westasia3.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.82,
    "events recall": 0.85,
    "events F1": 0.84,
    "current events F1": 0.84,
    "date accuracy": 0.94,
    "location accuracy": 0.78,
    "mode accuracy": 0.85,
    "doc_type accuracy": 0.97,
    "person recall": 0.70,
}
LANGUAGE_FLOORS = {
    "fa": 0.74, "ps": 0.73, "ku": 0.97, "tg": 0.47, "ky": 0.97, "tk": 0.89, "mn": 0.84, "he": 0.97,
}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-westasia3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=53, historical=9, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"fa", "ps", "ku", "tg", "ky", "tk", "mn", "he"}


test_floor = floor_test("westasia3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
