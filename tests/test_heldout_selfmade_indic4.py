"""Accuracy floors on the self-written held-out set indic4 (tests/data/heldout/indic4.jsonl).

22 articles in eleven South and Central Asian languages with thin packs (pa, gu, mr, kn, te, ml, or, as, ps,
sd, tk; two each; 41 gold events, 15 historical, 3 non-relevant) written by a session-27 set-writer (an AI
model) in the styles of regional papers and broadcasters (Ajit, Punjabi Tribune, Divya Bhaskar, Gujarat
Samachar, Loksatta, Maharashtra Times, Prajavani, Udayavani, Eenadu, Sakshi, Malayala Manorama, Mathrubhumi,
Sambad, Dharitri, Asomiya Pratidin, Niyomiya Barta, Pajhwok, Azadi Radio, Kawish, Awami Awaz, Bitarap
Türkmenistan, Esger) with their web furniture (menus, bylines, "read also", share and app lines). It aims at
ministers' and chiefs' visits and calls, joint exercises with neighbours and partners (earlier editions with
their month and host), deliveries and training given, agreements (old contracts, a cooperation plan),
pledges and one support statement, with traps (port calls, a domestic exercise near a border, Navy Day
preparations with a 1971 strike, a border clash). No story is told twice. Gold after
../shared/eval/GUIDELINES.md; README_indic4.md (to be merged into tests/data/heldout/README.md) says how it
was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 27, the set on the session's base; extract
stage via /work/tools/allsets.sh), gold as first written: events P 0.971 R 0.829 F1 0.895, current 0.920,
relevance 0.944, date 0.839, location 0.852, doc type 1.000, mode 0.900, persons 0.857, stories B3 0.977,
links 0.000 (one false link); by type agreement 0.93, aid 0.50, exercise 0.96, intent 0.86, meeting 0.95,
support 1.00; by language as, gu, ml, pa, sd, tk 1.00, mr 0.86, ps 0.80, kn 0.67, or 0.50, te 0.00. One gold
correction before any tuning (4b78c7d2: the four intents agreed at a meeting or call had been left undated;
they take that day and place, as in every other set): the same except date 0.853, location 0.862.
After the session-27 pack changes of the same helper (src/milwatch/packs/{mr,as,or,te,ml,kn,ps}: a short
month name, rockets, trainees, a span, a port-call mask, two name-regex fixes, a contract phrase; sentences of
its own in tests/extract/test_events_s27_indic4.py; no engine change), extract stage: events P 0.974 R 0.902
F1 0.937, current 0.962, relevance 1.000, date 0.919, location 0.867, doc type 1.000, mode 0.900, persons
1.000; aid 0.73, exercise 0.96, agreement 1.00, meeting 1.00, intent 0.86; by language as, gu, ml, or, pa,
sd, tk 1.00, mr 0.86, ps 0.80, kn 0.75, te 0.67. The packs were changed with this set at hand, so that is no
unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the system gets
better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "indic4.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.94,
    "events recall": 0.87,
    "events F1": 0.90,
    "current events F1": 0.93,
    "date accuracy": 0.88,
    "location accuracy": 0.83,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"as": 0.97, "gu": 0.97, "kn": 0.72, "ml": 0.97, "mr": 0.82, "or": 0.97, "pa": 0.97,
                   "ps": 0.77, "sd": 0.97, "te": 0.63, "tk": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-indic4"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=22, events=41, historical=15, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"as", "gu", "kn", "ml", "mr", "or", "pa", "ps", "sd",
                                                       "te", "tk"}


test_floor = floor_test("indic4 held-out", FLOORS, languages=LANGUAGE_FLOORS)
