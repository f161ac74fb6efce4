"""Accuracy floors on the self-written held-out set sparse_i (tests/data/heldout/sparse_i.jsonl).

24 articles, 3 in each of km (Khmer), lo (Lao), my (Burmese), ne (Nepali), ps (Pashto), sk (Slovak), sl
(Slovenian) and sq (Albanian, Albanian and Kosovo press) (62 gold events, 13 historical, 3 non-relevant),
written by a session-15 set-writing helper (an AI model) in the style of AKP, Fresh News and Khmer Times'
Khmer pages, KPL and Vientiane Mai, Myawady, Eleven and Kyemon, the Nepal Army's press releases, Kantipur and
Gorkhapatra (Bikram Sambat dates), Bakhtar, Tolo and Pajhwok (Solar Hijri dates), TASR, Pravda and the Slovak
defence ministry, STA, Delo and the Slovenian defence ministry, ATSH, the Albanian defence ministry and KTV,
with their web furniture and the precision traps real press has (thanks and one-sided wishes, the terms of
an agreement, a news agency with its state, a forum's host state, background events, analysis and comment
paragraphs, a company-to-company deal, wars and border clashes as topics of talks, "read also" headlines).
Every article is its own story. Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says
how it was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py
port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 15, HEAD 4c20f01 + the set; extract stage via
/work/tools/allsets.sh, the in-process run gives the same): events P 0.814 R 0.934 F1 0.870 (61 gold events).
Two gold corrections after GUIDELINES (README): the Nepali army chief's reaffirmed commitment to the one-China
policy told to China's defence minister is a support (ne-02, written as a trap and wrongly left out), and the
Pashto name without its honorific "قاري" is an alias of the chief of staff (ps-02). With them: events P 0.829
R 0.935 F1 0.879, current 0.887, relevance 1.000, date 0.897, location 0.941, mode 1.000, doc type 1.000,
persons 0.868; by type support 1.00, agreement 0.96, intent 0.92, meeting 0.90, aid 0.80, exercise 0.74; by
language sq 1.00, lo 0.94, sk 0.94, my 0.93, km 0.92, sl 0.90, ps 0.80, ne 0.63.
After the session-15 pack changes of the same helper (km lo my ne ps sk sl sq: general vocabulary, sentences
of its own in tests/extract/test_events_s15_sparse_i.py, 17 of 19 failing before; no engine change; every
other set's events F1 unchanged on a HEAD copy with and without the changes, sparse_b 0.909 -> 0.929, sparse_a
location 0.930 -> 0.953): events P 0.954 R 1.000 F1 0.976, current 0.980, relevance 1.000, date 0.919,
location 0.964, mode 1.000, doc type 1.000, persons 1.000; km, lo, my, sk, sq 1.00, sl 0.95, ne 0.95, ps 0.92.
The packs were changed with this set at hand, so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sparse_i.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.92,
    "events recall": 0.97,
    "events F1": 0.94,
    "current events F1": 0.95,
    "date accuracy": 0.88,
    "location accuracy": 0.93,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"km": 0.97, "lo": 0.97, "my": 0.97, "ne": 0.91, "ps": 0.89, "sk": 0.97, "sl": 0.92,
                   "sq": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sparse-i"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=62, historical=13, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("sparse_i held-out", FLOORS, languages=LANGUAGE_FLOORS)
