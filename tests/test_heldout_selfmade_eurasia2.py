"""Accuracy floors on the self-written held-out set of Turkish, Caucasian and Central Asian press
(tests/data/heldout/eurasia2.jsonl).

24 articles (53 gold events, 8 historical, 3 non-relevant) written by a session-20 set-writer (an AI model)
in the styles of the press of Turkey (AA, DHA, Hürriyet, Sabah, an "MSB kaynakları" weekly briefing),
Azerbaijan (APA, Trend, Report.az, AZERTAC with a Müdafiə Nazirliyi release), Georgia (Interpressnews, 1TV,
mod.gov.ge), Armenia (Armenpress, news.am, mil.am), Kazakhstan (Kazinform, Egemen Qazaqstan, Khabar 24) and
Uzbekistan (UzA and Daryo in Latin script, Kun.uz in Cyrillic): tr 5, az 4, ka 4, hy 4, kk 4, uz 3, with their
web furniture, and PRECISION traps (a budget debate, two parliament votes, company joint ventures and plant
tours, foreign ministers only, states named in analysis, a news agency's state, observers of an exercise,
domestic drills, an exercise that was NOT held, cooperation fields discussed, the terms of a signed document
retold, thanks). Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.
The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 20, HEAD a5c8ca8 + the set; extract stage via
/work/tools/allsets.sh), gold as first written: events P 0.855 R 0.887 F1 0.870, current 0.870, relevance
0.955, date 0.935, location 0.841, mode 1.000, doc type 0.889, persons 0.894; by type agreement 1.00, aid
1.00, support 1.00, intent 0.93, meeting 0.89, exercise 0.69; by language uz 1.00, hy 0.90, ka 0.88, kk 0.88,
az 0.82, tr 0.80.
After the session-20 pack changes of the same helper (src/milwatch/packs/{tr,az,ka,hy,kk,uz}: general
vocabulary and masks, sentences of its own in tests/extract/test_events_s20_eurasia2.py; no engine change):
events P 0.924 R 0.924 F1 0.924, current 0.923, relevance 0.977, date 0.979, location 0.870, mode 1.000, doc
type 0.889, persons 0.918; agreement, aid, intent, support 1.00, meeting 0.94, exercise 0.79; uz 1.00, az
0.95, hy 0.95, ka 0.93, kk 0.88, tr 0.86. The packs were changed with this set at hand, so that is no
unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the system gets
better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "eurasia2.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.89,
    "events recall": 0.89,
    "events F1": 0.89,
    "current events F1": 0.89,
    "date accuracy": 0.94,
    "location accuracy": 0.84,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.85,
    "person recall": 0.88,
}
LANGUAGE_FLOORS = {"tr": 0.82, "az": 0.92, "ka": 0.90, "hy": 0.91, "kk": 0.84, "uz": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-eurasia2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=53, historical=8, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"tr", "az", "ka", "hy", "kk", "uz"}


test_floor = floor_test("eurasia2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
