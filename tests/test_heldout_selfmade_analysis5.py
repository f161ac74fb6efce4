"""Accuracy floors on the self-written held-out set analysis5 (tests/data/heldout/analysis5.jsonl).

20 articles in eight languages (en 3, it 3, pl 3, uk 3, pt 2, tr 2, ko 2, hi 2; 55 gold events, 22 historical,
3 non-relevant) written by a session-25 set-writer (an AI model) in the ANALYSIS genre: commentaries,
explainers, think-tank pieces, interviews and weekly reviews in the styles of the Lowy Interpreter, Defense
One's D Brief, The Economist, Corriere, ISPI, Analisi Difesa, Público, Folha, Rzeczpospolita, Polityka, PISM,
Hürriyet, Sabah, 조선일보, 연합뉴스 [해설], Dainik Bhaskar's explainer, Amar Ujala,
Ukrainska Pravda, LIGA.net and ZN.UA, with their web furniture. Many states and past events are named, few
current events: background signings and deliveries (historical), hypotheticals ("could sign", "mogłaby
podpisać", "potrebbe entrare"),
quoted demands, opinions, budgets, states named as context, and weekly-review paragraphs that tell three
events in one sentence. Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was
made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 25, HEAD 7131c0b3 + the set; extract stage via
/work/tools/allsets.sh), gold as first written: events P 0.700 R 0.636 F1 0.667, current 0.696, relevance
1.000, date 0.970, location 1.000, mode 1.000, doc type 1.000, persons 0.931; by type meeting 0.90, intent
0.77, exercise 0.75, agreement 0.63, aid 0.22; by language pt 0.91, hi 0.83, en 0.77, ko 0.75, tr 0.60, it
0.59, pl 0.55, uk 0.40. One gold correction (annotation only): seven intents agreed at a meeting got the
meeting's state as location, as the other sets annotate them (events figures unchanged, location 1.000 on 24).
After the session-25 pack changes of the same helper (src/milwatch/packs/{pl,tr,ko,hi,it,uk}: general
vocabulary and masks, sentences of its own in tests/extract/test_events_s25_analysis5.py; no engine change),
whole pipeline: events P 0.792 R 0.691 F1 0.738, current 0.750, relevance 1.000, date 0.972, location 1.000,
mode 1.000, doc type 0.923, persons 0.931; meeting 0.90, intent 0.83, exercise 0.75, agreement 0.70, aid 0.40;
hi 0.92, pt 0.91, ko 0.88, en 0.77, it 0.71, pl 0.60, tr 0.60, uk 0.46. The packs were changed with this set
at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when
the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "analysis5.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.76,
    "events recall": 0.66,
    "events F1": 0.70,
    "current events F1": 0.72,
    "date accuracy": 0.94,
    "location accuracy": 0.97,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.89,
    "person recall": 0.90,
}
LANGUAGE_FLOORS = {"en": 0.74, "hi": 0.89, "it": 0.67, "ko": 0.84, "pl": 0.57, "pt": 0.88, "tr": 0.57,
                   "uk": 0.43}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-analysis5"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=55, historical=22, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"en", "hi", "it", "ko", "pl", "pt", "tr", "uk"}


test_floor = floor_test("analysis5 held-out", FLOORS, languages=LANGUAGE_FLOORS)
