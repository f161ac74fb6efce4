"""Accuracy floors on the self-written held-out set of sideline meetings in eight languages
(tests/data/heldout/sidelines2.jsonl).

24 articles (ru 3, zh 3, ar 3, tr 3, pl 3, it 3, pt 3, th 3; 74 gold events, 8 historical, 3 non-relevant)
written by a session-23 set-writer (an AI model) in the styles of TASS, RIA Novosti, Krasnaya Zvezda, Xinhua,
mod.gov.cn, PLA Daily, WAM, SPA, QNA, AA, MSB, TRT Haber, PAP, gov.pl/MON, ANSA, difesa.it, Lusa, Agência
Brasil, Thai PBS, MOD Thailand and Post Today, with their web furniture: the bilateral talks held on the
sidelines of SCO, CSTO, MCIS, Xiangshan, ADMM-Plus, NATO, UDCG, EU, CPLP, CMDA, ACAMM meetings and of
IDEX, WDS, DIMDEX and SAHA, told one by one and as lists of states met, with signings and pledges; PRECISION
traps (the forum itself, speeches, company deals at fairs, foreign ministers only, parliament votes, domestic
drills, headlines listing the states met). Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 23, HEAD 07c1e74 + the set; extract stage via
/work/tools/allsets.sh): events P 0.692 R 0.730 F1 0.711, current 0.715, relevance 1.000, date 1.000,
location 0.778, mode 0.842, doc type 1.000, persons 0.892 with the gold as first written, 0.959 after one
gold correction (Thai aliases without the rank and title before the name); by type meeting 0.78, agreement
0.69, intent 0.64, exercise 0; by language ru 0.96, zh 0.89, pl 0.86, tr 0.80, it 0.61, pt 0.60, th 0.53,
ar 0.40.
After the session-23 pack changes of the same helper (ar, tr, th, ru, it, pt; general vocabulary, pinned
in tests/extract/test_events_s23_sidelines2.py; no engine change): events P 0.750 R 0.770 F1 0.760, current
0.761, date 0.982, location 0.772, mode 0.825, doc type 1.000, persons 0.960; ru 1.00, zh 0.89, tr 0.88,
pl 0.86, pt 0.80, it 0.64, th 0.63, ar 0.40 (packs changed with this set at hand: no unseen-text figure).
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower
them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sidelines2.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.75,
    "events recall": 0.76,
    "events F1": 0.76,
    "current events F1": 0.76,
    # 0.982 on 57 matched events before the session-23 lead's bilateral-talks rule (c72434ef), 0.949 on 59
    "date accuracy": 0.92,
    "location accuracy": 0.74,
    "mode accuracy": 0.79,
    "doc_type accuracy": 0.97,
    "person recall": 0.90,  # 0.925 in session 24: two more Gulf meetings, hosts named by title only
}
LANGUAGE_FLOORS = {"ar": 0.37, "it": 0.60, "pl": 0.82, "pt": 0.77, "ru": 0.97, "th": 0.60, "tr": 0.85,
                   "zh": 0.85}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sidelines2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=74, historical=8, irrelevant=3)
    langs = [row["lang"] for row in result["gold"]]
    assert {lang: langs.count(lang) for lang in set(langs)} == {
        "ru": 3, "zh": 3, "ar": 3, "tr": 3, "pl": 3, "it": 3, "pt": 3, "th": 3}


test_floor = floor_test("sidelines2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
