"""Accuracy floors on the self-written held-out set sparse_d (tests/data/heldout/sparse_d.jsonl).

24 articles, 3 in each of am (Amharic), ha (Hausa), so (Somali), sw (Swahili), ur (Urdu), uz (Uzbek, Latin
script), mn (Mongolian Cyrillic) and ps (Pashto) (58 gold events, 16 historical, 3 non-relevant), written by a
session-13 set-writing helper (an AI model) in the style of ENA, Fana and EBC (Ethiopian-calendar datelines),
BBC Hausa, Aminiya and VOA Hausa, SONNA, Hiiraan and Goobjoog, HabariLEO, Taifa Leo and DW Kiswahili, Jang,
BBC Urdu and Express, mudofaa.uz, Kun.uz and Gazeta.uz, MONTSAME, mod.gov.mn and ikon.mn, Bakhtar, BBC Pashto
and Tolo News, with their web furniture, and with the precision traps real press has (thanks and one-sided
wishes, the terms of an agreement, news agencies with their state, background events, analysis paragraphs, a
company-to-company deal, a war or border conflict as the topic of talks). Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs in-
process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 13, HEAD 5d25b9c + the set, other helpers'
uncommitted packs of other languages in the tree; extract stage via /work/tools/allsets.sh): events P 0.875 R
0.845 F1 0.860, current 0.861, relevance 0.930, date 0.939, location 0.902, mode 1.000, doc type 1.000,
persons 0.909; by type aid 1.00, agreement 0.91, meeting 0.91, intent 0.83, exercise 0.71, support 0.67; by
language so 1.00, uz 1.00, ur 0.94, ps 0.83, ha 0.80, am 0.77, mn 0.77, sw 0.75.

Gold correction after the first measurement (annotation only): ps-03's alias "قاري فصیح الدین فطرت" held the
honorific قاري, which the ps pack (and GUIDELINES: aliases are spellings of the name) leaves out; cut to
"فصیح الدین فطرت". The first predictions then score persons 0.932, nothing else changes.

After the session-13 pack changes of the same helper (am ha sw ur ps mn; general vocabulary, sentences of its
own in tests/extract/test_events_s13_sparse_d.py; no engine change; every other set unchanged, measured on a
HEAD worktree with and without the changes): events P 0.982 R 0.914 F1 0.946, current 0.951, relevance 1.000,
date 0.981, location 0.889, mode 1.000, doc type 1.000, persons 0.955; am 1.00, ha 1.00, so 1.00, uz 1.00, ur
0.94, mn 0.93, sw 0.88, ps 0.86. The packs were changed with this set at hand, so that is no unseen-text
figure. Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never
lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sparse_d.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.95,
    "events recall": 0.88,
    "events F1": 0.91,
    "current events F1": 0.92,
    "date accuracy": 0.95,
    "location accuracy": 0.87,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.92,
}
LANGUAGE_FLOORS = {"am": 0.97, "ha": 0.97, "mn": 0.90, "ps": 0.82, "so": 0.97, "sw": 0.84, "ur": 0.91,
                   "uz": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sparse-d"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=58, historical=16, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("sparse_d held-out", FLOORS, languages=LANGUAGE_FLOORS)
