"""Accuracy floors on the self-written held-out set wires3 (tests/data/heldout/wires3.jsonl).

20 articles in nine languages (en 4, fr 2, es 2, ru 2, zh 2, id 2, ms 2, th 2, tr 2; 52 gold events, 14
historical, 2 non-relevant) written by a session-25 set-writer (an AI model) in the styles of wire services:
Reuters (an "UPDATE 1" and a "CORRECTED" item), AP ("World news in brief"), AFP in English and French (a
roundup page of Le Figaro, a dispatch on RFI), EFE (a dispatch and a "Breves de América" roundup), TASS and
Interfax, Xinhua and China News Service (a roundup), ANTARA (a dispatch and a "Kilas" roundup), Bernama, TNA
and MCOT (a roundup), and Anadolu Ajansı (a dispatch and a bulletin). Traps: items about other topics in the
same roundup, the agency's own state as no party (TASS on China and Pakistan, Bernama on Thailand and China,
AA on Pakistan and Saudi Arabia, AFP on Kenya and Turkey), datelines of a place other than the event (Kyiv for
a meeting in Berlin, Beijing for an exercise in Pakistan, Bangkok in a Malaysian feed), weekday-only dates and
a published day after the event, a port call, a "joint combat readiness patrol", a next stop after the visit.
Gold after ../shared/eval/GUIDELINES.md; the lead's README section says how it was made. The whole pipeline
runs in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 25, HEAD 7ab8e798 + the set, commit 17345f1b;
extract stage via /work/tools/allsets.sh), gold as first written, no correction: events P 0.821 R 0.885 F1
0.852, current 0.875, relevance 0.973, date 0.949, location 0.848, mode 0.917, doc type 1.000, persons 0.949;
by type agreement 0.91, meeting 0.89, aid 0.86, intent 0.82, exercise 0.79; by language id and ru 1.00, fr
0.92, tr 0.91, th 0.86, en 0.85, zh 0.80, es 0.73, ms 0.60.
After the session-25 pack changes of the same helper (src/milwatch/packs/{ms,id,th,fr,es,en,tr}: general
vocabulary and masks, sentences of its own in tests/extract/test_events_s25_wires3.py; no engine change;
commits addfe25b, 6eb2928b, 5210760e, 8c84ce39), whole pipeline: events P 0.895 R 0.981 F1 0.936, current
0.950, relevance 0.973, date 0.952, location 0.861, mode 0.917, doc type 1.000, persons 0.949; exercise 0.97,
intent 0.95, meeting 0.92, aid 0.92, agreement 0.91. The packs were changed with this set at hand, so that is
no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the system gets
better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "wires3.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.86,
    "events recall": 0.95,
    "events F1": 0.90,
    "current events F1": 0.92,
    "date accuracy": 0.92,
    "location accuracy": 0.83,
    "mode accuracy": 0.88,
    "doc_type accuracy": 0.97,
    "person recall": 0.91,
}
LANGUAGE_FLOORS = {"en": 0.85, "es": 0.80, "fr": 0.97, "id": 0.97, "ms": 0.97, "ru": 0.97, "th": 0.97,
                   "tr": 0.97, "zh": 0.77}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-wires3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=52, historical=14, irrelevant=2)
    assert {row["lang"] for row in result["gold"]} == {"en", "es", "fr", "id", "ms", "ru", "th", "tr", "zh"}


test_floor = floor_test("wires3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
