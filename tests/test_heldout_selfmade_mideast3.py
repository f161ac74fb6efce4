"""Accuracy floors on the self-written held-out set mideast3 (tests/data/heldout/mideast3.jsonl).

20 articles in six languages (ar 9, he 3, fa 3, ku 2, ps 1, tr 2; 46 gold events, 12 historical, 3
non-relevant) written by a session-25 set-writer (an AI model) in the styles of SPA, WAM, QNA, KUNA, ONA,
Al-Ahram/MENA, Petra, MAP, APS, ynet, Maariv, Globes, IRNA, Tasnim, Mehr, Kurdistan24 (Sorani), Rudaw
(Kurmanji), Bakhtar (Pashto), Anadolu and Hurriyet, with their web furniture. Genre: Middle East and North
Africa defense diplomacy (receptions by rulers and chiefs of staff with honorifics and long titles, joint
military committees, MoUs and protocols, joint exercises, deliveries, calls), Hijri, Solar Hijri and Maghreb
dates and wire datelines, with traps (foreign-ministry-only talks, condolence and congratulation cables,
domestic graduations, arms fairs with company deals, background events, a Gulf host named only by honorific
without a dateline). Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was
made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 25, HEAD 7131c0b3 + the set; extract stage
via /work/tools/allsets.sh), gold as first written: events P 0.870 R 0.889 F1 0.879, current 0.870. Two
gold corrections after the diff (annotation only): me3-13 an offer to put defense-industry capabilities at
Iraq's disposal is a proposal (intent added), me3-10 the 2023 exercise's place is not in the text (location
null). With them, same predictions: events P 0.891 R 0.891 F1 0.891, current 0.886, relevance 0.971, date
1.000, location 0.914, mode 1.000, doc type 1.000, persons 0.705; by language ar 0.98, tr 0.83, he 0.80,
fa 0.67, ps 0.67, ku 1.00.
After the session-25 pack changes of the same helper (src/milwatch/packs/{ar,fa,he,tr}: general vocabulary
and masks, sentences of its own in tests/extract/test_events_s25_mideast3.py; no engine change), whole
pipeline: events P 0.913 R 0.913 F1 0.913, current 0.927, relevance 0.971, date 0.952, location 0.917, mode
1.000, doc type 1.000, persons 0.750; ar 0.98, tr 1.00, ku 1.00, fa 0.73, he 0.73, ps 0.67. The packs were
changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest
measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "mideast3.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.88,
    "events recall": 0.88,
    "events F1": 0.88,
    "current events F1": 0.89,
    "date accuracy": 0.92,
    "location accuracy": 0.88,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.72,
}
LANGUAGE_FLOORS = {"ar": 0.94, "fa": 0.69, "he": 0.69, "ku": 0.97, "ps": 0.63, "tr": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-mideast3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=46, historical=12, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"ar", "fa", "he", "ku", "ps", "tr"}


test_floor = floor_test("mideast3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
