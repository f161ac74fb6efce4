"""Accuracy floors on the self-written held-out set of precision traps in eight mid-sized languages
(tests/data/heldout/traps_mid.jsonl).

24 articles, 3 in each of vi, tr, id, hi, fa, it, pl and uk (51 gold events, 15 historical, 3 non-relevant),
written by a session-12 language helper (an AI model) in the style of Báo Quân đội nhân dân, Tuổi Trẻ and
Thanh Niên, the MSB weekly briefing, SavunmaSanayiST and Milliyet, Kemhan, Kompas and Tempo, Navbharat Times,
Amar Ujala and Dainik Bhaskar, ISNA, Mehr and BBC Persian, Analisi Difesa, ANSA and Corriere, MON (gov.pl),
Defence24 and Rzeczpospolita, Army Inform, mil.in.ua and an Ukrainska Pravda live blog, with their web
furniture.  Each article puts real events next to the precision traps real press has: thanks and one-sided
wishes, the terms of a signed agreement or contract, a forum's host and a news agency's state, background
events of past years, analysis paragraphs, defense-company deals, a war as the topic of talks, planned
purchases and deliveries.  Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it
was made.  The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 12, HEAD 583a87f + the set; extract stage via
/work/tools/allsets.sh): events P 0.661 R 0.796 F1 0.722, current 0.721, relevance 0.933, date 0.947,
location 0.793, mode 1.000, doc type 1.000, persons 0.915; fa 0.62, hi 0.77, id 0.77, it 0.73, pl 0.73,
tr 0.80, uk 0.77, vi 0.63.
Gold correction after it (annotation only): a thanks for concrete past help names a background event, as the
shared dev gold (dev-b003, dev-b005) and native4 annotate it: historical aid added in vi-01 (an airlift) and
vi-03 (language training); the same predictions then score events P 0.678 R 0.784 F1 0.727, vi 0.67.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "traps_mid.jsonl"

FLOORS = {
    "relevance F1": 0.90,
    "events precision": 0.80,
    "events recall": 0.83,
    "events F1": 0.81,
    "current events F1": 0.82,
    "date accuracy": 0.92,
    "location accuracy": 0.77,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.88,
}
# id 0.80 in session 24: a ministry's contract with Dassault, named by the company alone, reads as at home
LANGUAGE_FLOORS = {"fa": 0.63, "hi": 0.80, "id": 0.77, "it": 0.69, "pl": 0.89, "tr": 0.82, "uk": 0.87,
                   "vi": 0.87}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-traps-mid"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=51, historical=15, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("traps_mid held-out", FLOORS, languages=LANGUAGE_FLOORS)
