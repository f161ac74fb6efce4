"""Accuracy floors on the self-written held-out set of news-digest pages (tests/data/heldout/digests.jsonl).

24 digest pages (en 4, de 3, fr 3, es 3, ru 3, ar 3, zh 3, ja 2; 75 gold events, 10 historical, 3
non-relevant) written by a session-21 set-writer (an AI model): morning briefings, "in brief" columns,
weekly roundups, liveblogs with time stamps and newsletter issues (Defense One's D Brief, a Guardian
liveblog, Breaking Defense, an Asia weekly, Spiegel's Lage am Morgen, a tagesschau liveblog, the NZZ
Briefing, Ouest-France, RFI's fil Afrique, RTBF, Europa Press, EFE, Infodefensa, Kommersant, Tengrinews,
RIA Novosti, Asharq Al-Awsat, an Al Arabiya liveblog, Al-Ain, The Paper, China Military Online,
Lianhe Zaobao, Jiji, NHK), each page with 3-7 short items of which some are defense-diplomacy events and
the others are not (domestic politics, arms-industry results, parliament votes, domestic drills, weather,
sports, markets, foreign ministers' calls, a contact group as a forum). Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 21, HEAD ade8f13 + the set; extract stage
via /work/tools/allsets.sh): events P 0.785 R 0.838 F1 0.810 with the gold as first written; after one
gold correction (dg1-21: "双方表示，将继续推动两军关系向更高水平发展" after the Dong Jun–Belousov talks is
a pledge to take relations further, an intent by GUIDELINES): events P 0.797 R 0.840 F1 0.818, current
0.821, relevance 0.933, date 0.965, location 0.863, mode 1.000, doc type 1.000, persons 0.889; by type
meeting 0.82, agreement 0.85, intent 0.83, exercise 0.82, aid 0.74, support 1.00.
After the session-21 pack changes of the same helper (src/milwatch/packs en, fr, es, ru, ar, zh, ja,
de: general vocabulary, masks and one boilerplate line, sentences of its own in
tests/extract/test_events_s21_digests.py; no engine change): events P 0.878 R 0.867 F1 0.873, current
0.884, relevance 0.955, date 0.966, location 0.868, mode 1.000, doc type 1.000, persons 0.931, story links
1.000; meeting 0.89, agreement 0.92, intent 0.87, exercise 0.85, aid 0.78, support 1.00. The packs were
changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest
measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "digests.jsonl"

FLOORS = {
    "relevance F1": 0.92,
    "events precision": 0.84,
    "events recall": 0.83,
    "events F1": 0.84,
    "current events F1": 0.85,
    "date accuracy": 0.93,
    "location accuracy": 0.83,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.90,
}
LANGUAGE_FLOORS = {"en": 0.80, "de": 0.87, "fr": 0.84, "es": 0.50, "ru": 0.92, "ar": 0.97, "zh": 0.85,
                   "ja": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-digests"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=75, historical=10, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"en", "de", "fr", "es", "ru", "ar", "zh", "ja"}


test_floor = floor_test("digests held-out", FLOORS, languages=LANGUAGE_FLOORS)
