"""Accuracy floors on the self-written held-out set of Central European and Baltic native press
(tests/data/heldout/ceurope2.jsonl).

24 articles, 3 in each of lt, lv, et, hr, sl, sk, cs and hu (57 gold events, 12 historical, 3 non-relevant),
written by a session-17 set-writer helper (an AI model) in the style of LRT, 15min and kam.lt, LSM,
Delfi/LETA and mod.gov.lv, ERR/BNS, Postimees and the Estonian Centre for Defence Investments, HINA,
Jutarnji list and morh.hr, STA, Delo and gov.si, TASR, SME and mosr.sk, ČTK (České noviny), iROZHLAS and
army.cz, MTI, hvg and honvedelem.hu, with their web furniture.  Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made.  The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 17, HEAD 666cd99 with other helpers'
uncommitted engine edits in the tree, + the set; extract stage via /work/tools/allsets.sh, the floor test in
process gives the same): events P 0.895 R 0.895 F1 0.895, current 0.967, relevance 1.000, date 0.961,
location 0.932, mode 1.000, doc type 0.800, persons 0.973; cs 0.86, et 0.95, hr 0.82, hu 1.00, lt 0.83, lv
0.89, sk 0.94, sl 0.86.
Gold correction after the first measurement (annotation only): hr-02's background exercise "prošle je godine
održana na poligonu Poček u Sloveniji uz sudjelovanje hrvatskih i američkih vojnika" names Croatian and US
soldiers only, so HRV-USA (Slovenia is the venue, no party); the first measurement with it is the same
(0.895).
After the session-17 pack changes of the same helper (src/milwatch/packs/{hr,hu,lv,cs,sk,et,sl,lt}: general
vocabulary, sentences of its own in tests/extract/test_events_s17_ceurope2.py): events P 0.912 R 0.912 F1
0.912, current 0.967, relevance 1.000, date 0.962, location 0.956, mode 1.000, doc type 0.867, persons
0.973; cs 0.86, et 0.95, hr 0.94, hu 1.00, lt 0.83, lv 0.89, sk 0.94, sl 0.86. The packs were changed with
this set at hand, so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "ceurope2.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.88,
    "events recall": 0.88,
    "events F1": 0.88,
    "current events F1": 0.93,
    "date accuracy": 0.93,
    "location accuracy": 0.92,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.83,
    "person recall": 0.94,
}
LANGUAGE_FLOORS = {"cs": 0.82, "et": 0.91, "hr": 0.91, "hu": 0.97, "lt": 0.80, "lv": 0.85, "sk": 0.91,
                   "sl": 0.82}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-ceurope2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=57, historical=12, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("ceurope2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
