"""Accuracy floors on the self-written held-out set of Indian-language press
(tests/data/heldout/indic3.jsonl).

24 articles, three each in Marathi, Gujarati, Punjabi, Kannada, Telugu, Malayalam, Odia and Assamese (54 gold
events, 7 historical, 3 non-relevant), written by a session-21 set-writer (an AI model) in the styles of
Loksatta, Lokmat, Divya Bhaskar, Sandesh, Ajit, Jagbani, Prajavani, Vijay Karnataka, Eenadu, Sakshi,
Mathrubhumi, Malayala Manorama, Sambad, Dharitri, Asomiya Pratidin and PIB regional-language releases, with
their web furniture: India's defense diplomacy (visits, calls, MoUs, a declaration, a protocol, joint
exercises, a port call with a PASSEX, training of foreign personnel, handed-over equipment) and PRECISION
traps (company export orders and joint ventures, domestic drills and procurement, a civil-defense mock drill
on the Pakistan border, foreign ministers only, thanks and hopes, analysis paragraphs naming China). Gold
after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline
runs in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 21, HEAD d601af9 + the set; extract stage via
/work/tools/allsets.sh): events P 0.920 R 0.852 F1 0.885, current 0.876, relevance 0.927, date 0.909,
location 0.829, mode 0.938, doc type 0.875, persons 0.767 (0.700 with the gold as first written: three
aliases were written uninflected, one intent had no place); by type meeting 0.91, agreement 0.94, intent
0.88, exercise 0.90, aid 0.67, support 1.00; by language as 1.00, gu 1.00, mr 1.00, kn 0.95, ml 0.91,
pa 0.91, te 0.77, or 0.50.
After the session-21 pack changes of the same helper (packs or, te, kn, ml, as, gu, pa, mr: general vocabulary
and masks, sentences of its own in tests/extract/test_events_s21_indic3.py; no engine change): events P 0.982
R 1.000 F1 0.991, current 0.990, relevance 1.000, date 0.979, location 1.000, mode 0.944, doc type 1.000,
persons 0.871; meeting, agreement, intent, aid, support 1.00, exercise 0.95; every language 1.00 but kn 0.95.
The packs were changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below
the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "indic3.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.95,
    "events recall": 0.97,
    "events F1": 0.96,
    "current events F1": 0.96,
    "date accuracy": 0.94,
    "location accuracy": 0.97,
    "mode accuracy": 0.91,
    "doc_type accuracy": 0.97,
    "person recall": 0.84,
}
LANGUAGE_FLOORS = {"as": 0.97, "gu": 0.97, "mr": 0.97, "kn": 0.91, "ml": 0.97, "pa": 0.97, "te": 0.97,
                   "or": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-indic3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=54, historical=7, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"mr", "gu", "pa", "kn", "te", "ml", "or", "as"}


test_floor = floor_test("indic3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
