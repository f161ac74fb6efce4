"""Accuracy floors on the self-written held-out set of thinly covered languages, part c
(tests/data/heldout/sparse_c.jsonl).

24 articles, 3 in each of et (Estonian), lt (Lithuanian), lv (Latvian), hr (Croatian), be (Belarusian, the
official orthography and Radio Svaboda's classical one), az (Azerbaijani), ka (Georgian) and kk (Kazakh) (48
gold events, 11 historical, 3 non-relevant), written by a session-13 set-writer helper (an AI model) in the
style of ERR, the Estonian defence investment centre, Postimees, kam.lt, ELTA, LRT, mod.gov.lv, LETA,
Sargs.lv, morh.hr, Hina in Večernji list, Index.hr, BelTA, Zviazda, Radio Svaboda, APA, Report.az, mod.gov.az,
mod.gov.ge, Interpressnews, 1TV, Kazinform, mod.gov.kz and Egemen Qazaqstan, with their web furniture, and
with the precision traps of real press (thanks and hopes, an agreement's terms, company deals, a forum's host
state, a "read also" headline, a foreign minister's support, running totals, background events).  Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.  The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 13, HEAD 5d25b9c + the set; extract stage via
/work/tools/allsets.sh, the pipeline in process gives the same): events P 0.804 R 0.938 F1 0.865, current
0.854, relevance 1.000, stories B3 1.000, date 0.956, location 0.676, mode 0.923, doc type 0.929, persons
0.906; by type agreement 0.90, intent 0.88, meeting 0.87, exercise 0.86, support 0.80, aid 0.75; by language
lt 0.93, ka 0.92, et 0.91, lv 0.89, be 0.88, az 0.82, hr 0.80, kk 0.77.
After the session-13 pack changes of the same helper (HEAD 32d0130; general vocabulary of the eight packs,
each pinned by sentences of its own in tests/extract/test_events_s13_sparse_c.py, no engine change; no other
set moved): events P 0.920 R 0.958 F1 0.939, current 0.933, relevance 1.000, stories B3 1.000, date 0.957,
location 0.743, mode 0.923, doc type 0.933, persons 0.873 (the 2024 treaty now found, its two signatories
not); by language be, et, hr 1.00, az, lt 0.93, ka 0.92, lv 0.89, kk 0.83.  The packs were changed with this
set at hand, so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sparse_c.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.89,
    "events recall": 0.92,
    "events F1": 0.90,
    "current events F1": 0.90,
    "stories B3 F1": 0.97,
    "date accuracy": 0.92,
    "location accuracy": 0.71,
    "mode accuracy": 0.89,
    "doc_type accuracy": 0.90,
    "person recall": 0.87,
}
LANGUAGE_FLOORS = {"az": 0.90, "be": 0.97, "et": 0.97, "hr": 0.97, "ka": 0.89, "kk": 0.80, "lt": 0.90,
                   "lv": 0.85}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sparse-c"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=48, historical=11, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("sparse_c held-out", FLOORS, languages=LANGUAGE_FLOORS)
