"""Accuracy floors on the self-written held-out set sea4 (tests/data/heldout/sea4.jsonl).

20 articles from South and Southeast Asia beyond the big languages: Thai (3), Indonesian (3), Malay (2),
Filipino (2), Khmer (2), Lao (2), Burmese (2) and English of Singapore and the Philippines (4); 39 gold
events, 14 historical, 3 non-relevant. Written by a session-26 set-writer (an AI model) in the styles of the
Royal Thai Armed Forces HQ, Thairath, Matichon, ANTARA, TNI AD, Kompas, Bernama, Berita Harian, Abante
Tonite, GMA News, Fresh News, DAP News, KPL, Pasaxon, Myawady, Kyemon, MINDEF Singapore, The Straits Times,
PNA and the Manila Bulletin, with their web furniture and native date forms (Buddhist-era years, Khmer and
Burmese digits, Lao and Burmese month names, "Selasa (17/11)", "noong Martes"). It aims at bilateral talks,
MoUs and cooperation plans, joint exercises and patrols (CARAT, Garuda Shakti, Samudera Laksamana, Kocha
Singa, IMCOR, a four-nation maritime cooperative activity), donations of equipment and pledges, with traps
(port calls for fuel, domestic drills, disaster relief, thanks for help, humanitarian assistance as an
exercise's subject, a unilateral drill abroad, a new unit at home). Gold after ../shared/eval/GUIDELINES.md;
README_sea4.md (to be merged into tests/data/heldout/README.md) says how it was made. The whole pipeline
runs in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, HEAD 30533306 + the set; extract stage
via /work/tools/allsets.sh), gold as first written: events P 0.842 R 0.821 F1 0.831, current 0.830,
relevance 1.000, date 0.833, location 0.862, mode 1.000, doc type 1.000, persons 0.917. One gold correction
followed (commit b77a263c: three pledges dated by the year they promise and two left undated, against the
convention of every other set that a pledge is dated and placed when and where it is made; a place the
sentence does not give): on the corrected gold, still before any change, events P 0.921 R 0.897 F1 0.909,
current 0.943; by type agreement 1.00, meeting 1.00, intent 1.00, exercise 0.88, aid 0.60; by language id
1.00, ms 1.00, km 0.89, my 0.89, th 0.89, tl 0.89, en 0.88, lo 0.80. After the session-26 pack changes of
the same helper (src/milwatch/packs/{th,lo,tl,km,my,en}: general vocabulary and masks, sentences of its own
in tests/extract/test_events_s26_sea4.py; no engine change): events P 0.974 R 0.949 F1 0.961, current 0.980,
relevance 1.000, date 0.919, location 0.970, mode 1.000, doc type 1.000, persons 0.958; by type aid 0.89,
exercise 0.92, the others 1.00; by language en 0.88, km 0.89, the others 1.00 (A/B over every other set:
none lower, rare_langs location 0.94 -> 0.96). The packs were changed with this set at hand, so that is no
unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the system gets
better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sea4.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.94,
    "events recall": 0.92,
    "events F1": 0.93,
    "current events F1": 0.95,
    "date accuracy": 0.88,
    "location accuracy": 0.94,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.92,
}
LANGUAGE_FLOORS = {"en": 0.84, "id": 0.97, "km": 0.85, "lo": 0.97, "ms": 0.97, "my": 0.97, "th": 0.97,
                   "tl": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sea4"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=39, historical=14, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"en", "id", "km", "lo", "ms", "my", "th", "tl"}


test_floor = floor_test("sea4 held-out", FLOORS, languages=LANGUAGE_FLOORS)
