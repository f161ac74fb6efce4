"""Accuracy floors on the self-written held-out set of sparsely tested languages, part b
(tests/data/heldout/sparse_b.jsonl).

24 articles, 3 in each of lo (Lao), my (Burmese), ne (Nepali), no (Norwegian Bokmål), sk (Slovak), sl
(Slovene), sr (Serbian, Cyrillic and Latin) and tl (Tagalog) (55 gold events, 13 historical, 3 non-relevant),
written by a session-13 set-writing helper (an AI model) in the style of KPL, the Lao army paper and Vientiane
Mai, Myanma Alinn, BBC Burmese and Myawady, Kantipur, Gorkhapatra/RSS (Bikram Sambat datelines) and Setopati,
regjeringen.no, NTB and NRK, TASR, Pravda/SITA and Aktuality.sk, STA, gov.si and MMC RTV SLO, mod.gov.rs,
Tanjug and Politika, GMA News, Abante and Pilipino Star Ngayon, with their web furniture.  Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.  The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 13, HEAD 2c6658a + the set; extract stage via
/work/tools/allsets.sh, the same figures in process): events P 0.786 R 0.800 F1 0.793, current 0.822,
relevance 0.955, date 0.909, location 0.949, mode 1.000, doc type 0.917, persons 0.893; lo 0.86, my 0.86,
ne 0.83, no 0.71, sk 0.71, sl 1.00, sr 0.62, tl 0.77.
Gold correction (GUIDELINES: aliases are the spellings of the text): the three Nepali officials, named only
with a postposition written onto the name (स्यामुअल पापारोले, अशोकराज सिग्देलसँग, चेन सोङले), also have the
name without it as an alias, as indic2 has them; persons at the first measurement's HEAD 0.893 -> 1.000,
nothing else moves.
After the session-13 pack changes of the same helper (src/milwatch/packs/{lo,my,ne,no,sk,sl,sr,tl}: general
vocabulary, sentences of its own in tests/extract/test_events_s13_sparse_b.py; HEAD e13ee2d): events P 0.873
R 0.873 F1 0.873, current 0.884, relevance 0.977, date 0.979, location 0.976, mode 1.000, doc type 1.000,
persons 1.000; lo 1.00, my 0.93, ne 0.83, no 0.71, sk 0.88, sl 1.00, sr 0.86, tl 0.77.  The packs were changed
with this set at hand (its misses pointed at the gaps), so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sparse_b.jsonl"

# session 13, lead: after the engine merges (signing lists, interview answers, weekday clauses, Korean
# headline items) events P 0.909 R 0.909 F1 0.909; events floors raised to 0.03 under them
FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.87,
    "events recall": 0.87,
    "events F1": 0.87,
    "current events F1": 0.85,
    "date accuracy": 0.94,
    "location accuracy": 0.94,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"lo": 0.97, "my": 0.90, "ne": 0.80, "no": 0.68, "sk": 0.84, "sl": 0.97, "sr": 0.82,
                   "tl": 0.73}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sparse-b"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=55, historical=13, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("sparse_b held-out", FLOORS, languages=LANGUAGE_FLOORS)
