"""Accuracy floors on the self-written held-out set of FIELD genres in eight languages: exercises and aid
deliveries (tests/data/heldout/field4.jsonl).

24 articles (fr 3, ru 3, ar 3, ko 3, ja 3, pt 3, it 3, pl 3; 55 gold events, 7 historical, 3 non-relevant)
written by a session-20 set-writer (an AI model) in the styles of their press (Le Monde avec AFP, RFI,
Ouest-France, TASS, RIA Novosti, Zvezda, SPA, NNA, WAM, Yonhap, Kookbang Ilbo, Newsis, NHK, Yomiuri, Jiji,
Agência Brasil, Lusa via Observador, ANGOP, ANSA, Analisi Difesa, difesa.it, PAP, Defence24, RMF24) with their
web furniture: exercises started, under way and ended, live-fire and naval drills, multinational series named
with the year and their participants listed in the next sentence, aid handed over, arrived and trained,
pledged packages as intent, and PRECISION traps (domestic drills, states only observing, port calls, an
exercise edition told as background without its states, a company's delivery or demonstration). Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 20; extract stage via /work/tools/allsets.sh):
events P 0.691 R 0.691 F1 0.691 with the gold as first written; after three gold corrections (the dates of
pledges to hold an exercise later, see the README) events P 0.709 R 0.709 F1 0.709, current 0.710, relevance
0.955, date 0.879, location 0.906, mode 0.889, persons 0.950; by type meeting 0.95, aid 0.83, intent 0.64,
exercise 0.58.
After the session-20 pack changes of the same helper (src/milwatch/packs/{ar,fr,it,ko,pl,pt,ru}: general
vocabulary, sentences of its own in tests/extract/test_events_s20_field4.py; no engine change) and the lead's
engine work of the same session: events P 0.789 R 0.818 F1 0.804, current 0.808, relevance 0.955, date 0.897,
location 0.895, mode 0.889; by type meeting 0.95, aid 0.90, exercise 0.77, intent 0.64. The packs were changed
with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement:
raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "field4.jsonl"

FLOORS = {
    "relevance F1": 0.92,
    "events precision": 0.76,
    "events recall": 0.79,
    "events F1": 0.77,
    "current events F1": 0.78,
    "date accuracy": 0.87,
    "location accuracy": 0.86,
    "mode accuracy": 0.85,
    "person recall": 0.92,
}
LANGUAGE_FLOORS = {"ar": 0.77, "fr": 0.90, "it": 0.84, "ja": 0.77, "ko": 0.69, "pl": 0.58, "pt": 0.80,
                   "ru": 0.77}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-field4"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=55, historical=7, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"ar", "fr", "it", "ja", "ko", "pl", "pt", "ru"}


test_floor = floor_test("field4 held-out", FLOORS, languages=LANGUAGE_FLOORS)
