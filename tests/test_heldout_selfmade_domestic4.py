"""Accuracy floors on the self-written held-out set domestic4 (tests/data/heldout/domestic4.jsonl).

20 articles in nine languages (en 3, es 2, it 2, pt 2, uk 2, zh 3, id 2, vi 2, hi 2; 21 gold events, 7
historical, 7 non-relevant) written by a session-25 set-writer (an AI model) in the styles of AP, BBC
News, The Hindu, El País, Infobae, ANSA, Corriere della Sera, Agência Brasil, Público (with Lusa),
Ukrinform, ArmyInform, the PRC defense ministry's press-conference transcript, 中国军网/解放军报, CNA
(中央社), ANTARA, Kompas, QĐND, Tuổi Trẻ, Amar Ujala and PIB (Hindi), with their web furniture. Its genre
is DOMESTIC defense news that names foreign states in passing: budget hearings and committee approvals,
procurement from foreign makers, recruitment, veterans' job fairs, domestic exercises, a missile test, a
helicopter accident and a defense fair, with a few real bilateral events told inside them (a counterpart's
visit in a budget story, a phone call in a budget-amendment story, an ambassador's courtesy call in a
committee story, a defense plan signed at a fair, foreign marines in a national exercise, a joint exercise
beside a domestic one). Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it
was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 25, HEAD 7ab8e798 + the set, commit
f2a634a2; extract stage via /work/tools/allsets.sh), gold as first written: events P 0.472 R 0.850 F1
0.607. Two gold corrections (commit dcebddf3: dm4-05's December 2025 delivery is a historical aid event;
dm4-01's intent agreed at the Pentagon has location USA); with them, extract stage = whole pipeline:
events P 0.500 R 0.857 F1 0.632, current 0.537, relevance 0.929, date 1.000, location 0.929, mode 1.000,
doc type 1.000, persons 1.000; by type agreement 0.83, meeting 0.78, exercise 0.75, aid 0.44, intent 0.22;
by language vi 0.80, en 0.75, es 0.67, hi 0.67, id 0.67, it 0.67, uk 0.67, zh 0.33, pt 0.00. After the
session-25 pack changes of the same helper (commit 9d2475ac, src/milwatch/packs/{en,es,hi,id,pt,
uk,vi,zh}: general vocabulary and masks, sentences of its own in
tests/extract/test_events_s25_domestic4.py; no engine change), whole pipeline = extract stage: events P
0.656 R 1.000 F1 0.792, current 0.737, relevance 0.929, date 1.000, location 0.824, mode 1.000, doc type
1.000, persons 1.000; by language uk 1.00, vi 1.00, es 0.86, en 0.80, hi 0.80, id 0.80, zh 0.80, it 0.67,
pt 0.50. The packs were changed with this set at hand, so that is no unseen-text figure. Floors sit about
0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "domestic4.jsonl"

FLOORS = {
    "relevance F1": 0.89,
    "events precision": 0.62,
    "events recall": 0.97,
    "events F1": 0.76,
    "current events F1": 0.70,
    "date accuracy": 0.97,
    "location accuracy": 0.79,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"en": 0.77, "es": 0.82, "hi": 0.77, "id": 0.77, "it": 0.63, "pt": 0.47, "uk": 0.97,
                   "vi": 0.97, "zh": 0.77}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-domestic4"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=21, historical=7, irrelevant=7)
    assert {row["lang"] for row in result["gold"]} == {"en", "es", "hi", "id", "it", "pt", "uk", "vi", "zh"}


test_floor = floor_test("domestic4 held-out", FLOORS, languages=LANGUAGE_FLOORS)
