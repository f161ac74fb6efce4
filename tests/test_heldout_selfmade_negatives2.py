"""Accuracy floors on the self-written held-out set negatives2 (tests/data/heldout/negatives2.jsonl).

20 articles in eight languages (en, fr, es, ru 3 each; de, zh, ar, ja 2 each; 16 gold events, 5 historical,
13 non-relevant) written by a session-28 set-writer (an AI model): near-miss articles that are no
defense diplomacy and relevant articles with the same traps beside a real event. The traps: interior and
justice ministers signing on police cooperation and migration (en, fr, es, ar), a military sports
championship and army football (de, ru), defense-industry business and stock news (fr, and beside real
events in en, de, es, zh), a domestic procurement (fr) and a national parade (es), a commemoration (fr, ar)
and war-film reviews (en, ja), civil disaster aid by an emergencies ministry or a foreign ministry (ru, ja,
and beside a real event in ru), and foreign ministers meeting on trade (zh, and beside a real event in zh).
Web furniture throughout (menus, bylines, "read also", cookie and copyright lines). No story is told twice.
Gold after ../shared/eval/GUIDELINES.md; README_negatives2.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 28, HEAD 39aec718 = session base c10f1882 + the
set; extract stage via /work/tools/allsets.sh): events P 0.640 R 1.000 F1 0.780, current 0.710, relevance P
0.636 R 1.000 F1 0.778, date 0.938, location 0.867, mode 1.000, doc type 1.000, persons 1.000, stories B3
1.000; by type meeting 0.78, agreement 0.62, exercise 1.00, intent 1.00; by language ar, de, ru 1.00, fr
0.86, en, es 0.67, zh 0.57 (ja: no gold event, nothing predicted). Every gold event was found; all nine
misses were events read in traps. After the session-28 pack changes of the same helper (e5914bb3:
src/milwatch/packs/{en,fr,es,zh}: interior and justice ministers and police cooperation as `negative`
(en, fr), a civil "Dirección General" masked (es), a foreign minister's talks as `negative` (zh), a portal's
menu row between pipes dropped as furniture (zh); sentences of its own in
tests/extract/test_events_s28_negatives2.py; no engine change), extract stage: events P 0.889 R 1.000 F1
0.941, current 0.917, relevance P 0.875 R 1.000 F1 0.933, date 0.938, location 0.867, mode, doc type, persons
1.000; meeting 0.93, agreement 0.89, exercise, intent 1.00; by language en 0.75, all others 1.00. The packs
were changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest
measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "negatives2.jsonl"

FLOORS = {
    "relevance F1": 0.90,
    "events precision": 0.86,
    "events recall": 0.97,
    "events F1": 0.91,
    "current events F1": 0.88,
    "date accuracy": 0.90,
    "location accuracy": 0.83,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"ar": 0.97, "de": 0.97, "en": 0.72, "es": 0.97, "fr": 0.97, "ru": 0.97, "zh": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-negatives2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=16, historical=5, irrelevant=13)
    assert {row["lang"] for row in result["gold"]} == {"ar", "de", "en", "es", "fr", "ja", "ru", "zh"}


def test_the_japanese_near_misses_stay_irrelevant(result: dict[str, Any]) -> None:
    """ja has no gold event (a war-film review, civil disaster aid): no language floor, none predicted."""
    for row in result["gold"]:
        if row["lang"] == "ja":
            assert not result["preds"][row["id"]]["relevant"], row["id"]


test_floor = floor_test("negatives2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
