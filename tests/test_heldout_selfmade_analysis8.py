"""Accuracy floors on the self-written held-out set analysis8 (tests/data/heldout/analysis8.jsonl).

20 articles of analysis and commentary in eight Asian and Middle Eastern languages (zh 3, ja 3, ko 3, vi 3,
id 2, hi 2, fa 2, he 2; 47 gold events, 22 historical, 3 non-relevant) written by a session-26 set-writer (an
AI model) in the styles of The Paper, Lianhe Zaobao, Global Times, Nikkei, NHK, Asahi, Yonhap, Chosun Ilbo,
Kookbang Ilbo, QĐND, VnExpress, Nhân Dân, Kompas, ANTARA, Dainik Jagran, Amar Ujala, IRNA, Hamshahri, ynet and
Haaretz, with their web furniture. It aims at the analysis genre: states named in passing, background
events (earlier signings, deliveries, exercises and first editions), speculation and think-tank quotes, and
a few current events buried in long paragraphs, with traps (an editorial on one's own sovereignty, a
domestic budget, a war told as combat only, a delimitation treaty, a running yearly aid grant, an export
that "would be"). Gold after ../shared/eval/GUIDELINES.md; README_analysis8.md (to be merged into
tests/data/heldout/README.md) says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, HEAD 94c19450 + the set; extract stage
via /work/tools/allsets.sh), gold as first written, no correction: events P 0.840 R 0.894 F1 0.866, current
0.889, relevance 0.971, date 0.976, location 0.950, mode 1.000, doc type 1.000, persons 0.850; by type
agreement 0.95, intent 0.91, meeting 0.91, exercise 0.86, aid 0.44 (and one support extra); by language fa
1.00, hi 1.00, ja 0.91, id 0.89, vi 0.89, zh 0.86, he 0.80, ko 0.76. After the session-26 pack changes of
the same helper (src/milwatch/packs/{zh,ja,ko,vi,he,id}: general masks and two materiel phrases, sentences of
its own in tests/extract/test_events_s26_analysis8.py; no engine change): events P 0.938 R 0.957 F1 0.947,
current 0.943, relevance 1.000, date 0.956, location 0.957, mode 1.000, doc type 1.000, persons 0.810;
agreement 0.97, meeting 0.96, exercise 0.92, intent 0.91, aid 0.89; fa, he, hi, id, ja, zh 1.00, vi 0.94,
ko 0.82. The packs were changed with this set at hand, so that is no unseen-text figure. Floors sit
about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "analysis8.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.90,
    "events recall": 0.92,
    "events F1": 0.91,
    "current events F1": 0.91,
    "date accuracy": 0.92,
    "location accuracy": 0.92,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.78,
}
LANGUAGE_FLOORS = {"fa": 0.97, "he": 0.97, "hi": 0.97, "id": 0.97, "ja": 0.97, "ko": 0.78, "vi": 0.91,
                   "zh": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-analysis8"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=47, historical=22, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"fa", "he", "hi", "id", "ja", "ko", "vi", "zh"}


test_floor = floor_test("analysis8 held-out", FLOORS, languages=LANGUAGE_FLOORS)
