"""Accuracy floors on the self-written held-out set field11 (tests/data/heldout/field11.jsonl).

20 articles in ten smaller European languages, two each (ro, bg, sr, hr, el, fi, sv, no, da, nl; 42 gold
events, 14 historical, 3 non-relevant) written by a session-25 set-writer (an AI model) in the styles of
MApN, Agerpres, mod.bg, BTA, vs.rs, Tanjug, morh.hr, Hina, ΓΕΕΘΑ, Kathimerini/ΑΠΕ-ΜΠΕ, Maavoimat, Yle/STT,
Försvarsmakten, SvD/TT, Forsvaret, Nordlys/NTB, forsvaret.dk, JydskeVestkysten/Ritzau, defensie.nl and
NOS/ANP, with their web furniture. It aims at the field genres: exercises (started, under way, ended;
participants in the next sentence; a state that also joins; observers; previous editions) and aid (handed
over, arrived, training given, rest to follow), with traps (port calls, host-nation support, domestic
drills, domestic procurement, company contracts, "since" a year, states in analysis). Gold after
../shared/eval/GUIDELINES.md; README_field11.md (merged into tests/data/heldout/README.md) says how it was
made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 25, HEAD 7ab8e798 + the set; extract stage
via /work/tools/allsets.sh), gold as first written, no correction: events P 0.633 R 0.738 F1 0.681, current
0.644, relevance 0.919, date 0.966, location 0.885, mode 1.000, doc type 1.000, persons 0.833; by type aid
0.79, meeting 0.75, exercise 0.70, intent 0.40, agreement 0.29; by language da 0.89, ro 0.83, hr 0.80, sr
0.77, no 0.75, el 0.73, fi 0.73, nl 0.40, sv 0.29, bg 0.00. After the session-25 pack changes of the same
helper (src/milwatch/packs/{bg,sr,hr,el,da,fi,ro,no}: general vocabulary and masks, sentences of its own in
tests/extract/test_events_s25_field11.py; no engine change), extract stage and whole pipeline alike: events
P 0.727 R 0.762 F1 0.744, current 0.741, relevance 0.919, date 0.967, location 0.889, mode 1.000, doc type
1.000, persons 0.889; meeting 1.00, aid 0.79, exercise 0.74, intent 0.67, agreement 0.33. The packs were
changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest
measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "field11.jsonl"

FLOORS = {
    "relevance F1": 0.88,
    "events precision": 0.69,
    "events recall": 0.73,
    "events F1": 0.71,
    "current events F1": 0.71,
    "date accuracy": 0.93,
    "location accuracy": 0.85,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.85,
}
LANGUAGE_FLOORS = {"bg": 0.37, "da": 0.85, "el": 0.85, "fi": 0.85, "hr": 0.69, "nl": 0.37, "no": 0.82,
                   "ro": 0.87, "sr": 0.73, "sv": 0.25}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-field11"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=42, historical=14, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"bg", "da", "el", "fi", "hr", "nl", "no", "ro", "sr",
                                                       "sv"}


test_floor = floor_test("field11 held-out", FLOORS, languages=LANGUAGE_FLOORS)
