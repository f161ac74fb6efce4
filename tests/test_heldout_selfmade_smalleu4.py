"""Accuracy floors on the self-written held-out set smalleu4 (tests/data/heldout/smalleu4.jsonl).

20 articles in ten of Europe's smaller languages, two each (is, lb, ga, mt, cy, eu, ca, gl, et, sl; 44 gold
events, 15 historical, 3 non-relevant) written by a session-27 set-writer (an AI model) in the styles of
national broadcasters and papers (RÚV, mbl.is, RTL.lu, RTÉ Nuacht, Nuacht TG4, TVM, Newsbook, BBC Cymru Fyw,
Golwg360, EITB, Berria, VilaWeb, Ara, Praza, Nós Diario, ERR, Postimees, RTV SLO, 24ur) with their web
furniture: visits and receptions, a phone call, signings (a letter of intent, memoranda, a contract with a
foreign state's company), pledges agreed at talks, exercises (begun, under way, ended; earlier editions with
other years, hosts and participants), aid (training given, ammunition handed over, a delivery through a third
state), and traps (a swearing-in of recruits, a sea rescue, a domestic shipyard launch). No story is told
twice. Gold after ../shared/eval/GUIDELINES.md; README_smalleu4.md (to merge into
tests/data/heldout/README.md) says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 27, HEAD 97d7f25f + the set, 348f1a46;
extract stage via /work/tools/allsets.sh), gold as first written, no correction: events P 0.971 R 0.773
F1 0.861, current 0.909, relevance 0.970, date 1.000, location 0.893, mode 1.000, doc type 1.000, persons
0.971; by type agreement 1.00, meeting 0.93, intent 0.89, exercise 0.76, aid 0.57; by language ca, eu, mt
1.00, cy, et, is, sl 0.89, lb 0.80, ga 0.57, gl 0.00. After the session-27 pack changes of the same helper
(src/milwatch/packs/{ga,is,lb,et,gl}: general vocabulary and a ga place preposition, sentences of its own in
tests/extract/test_events_s27_smalleu4.py; no engine change), extract stage: events P 1.000 R 0.932 F1
0.965, current 0.983, relevance 1.000, date 1.000, location 0.829, mode 1.000, doc type 1.000, persons
0.973; agreement, intent 1.00, meeting 0.97, exercise 0.96, aid 0.89; by language ca, eu, ga, gl, is, lb,
mt 1.00, cy, et, sl 0.89. The packs were changed with this set at hand, so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower
them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "smalleu4.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.97,
    "events recall": 0.90,
    "events F1": 0.93,
    "current events F1": 0.95,
    "date accuracy": 0.97,
    "location accuracy": 0.80,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.94,
}
LANGUAGE_FLOORS = {"ca": 0.97, "cy": 0.86, "et": 0.86, "eu": 0.97, "ga": 0.97, "gl": 0.97, "is": 0.97,
                   "lb": 0.97, "mt": 0.97, "sl": 0.86}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-smalleu4"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=44, historical=15, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"ca", "cy", "et", "eu", "ga", "gl", "is", "lb", "mt",
                                                       "sl"}


test_floor = floor_test("smalleu4 held-out", FLOORS, languages=LANGUAGE_FLOORS)
