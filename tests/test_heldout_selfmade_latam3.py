"""Accuracy floors on the self-written held-out set latam3 (tests/data/heldout/latam3.jsonl).

20 articles of the Latin American press, ten in Spanish and ten in Portuguese (46 gold events, 13
historical, 3 non-relevant), written by a session-26 set-writer (an AI model) in the styles of Télam, the
Chilean Ministerio de Defensa Nacional, El Tiempo, Andina, La Jornada, El País (Uruguay), ABC Color, ABI,
Primicias, EFE, Agência Brasil, gov.br/Ministério da Defesa, the FAB, Exército and Marinha news pages,
Estadão and Correio Braziliense, with their web furniture (menus, bylines, "Leé también", "Leia também",
cookie lines, share bars). It aims at ministers' visits and video calls, courtesy calls by ambassadors,
cooperation agreements, memoranda, letters of intent and plans, UNITAS/PANAMAX-style exercises (invented
names) with observers, donated equipment and training, with traps (observers, a port call, a running total
"desde 2019", domestic drills, domestic procurement, a hurricane deployment, a military-career bill). One
story is told in both languages (a Uruguayan minister in Brasília). Gold after
../shared/eval/GUIDELINES.md; README_latam3.md (to be merged into tests/data/heldout/README.md) says how
it was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, HEAD of the session + the set; extract
stage via /work/tools/allsets.sh), gold as first written: events P 0.822 R 0.804 F1 0.813, current 0.794,
relevance 1.000, stories B3 1.000 (the cross-language pair linked), date 1.000, location 0.583, mode
1.000, doc type 1.000, persons 0.974; by type agreement 0.95, aid 0.80, exercise 0.82, meeting 0.80,
intent 0.67; by language pt 0.88, es 0.76. One gold correction after it (commit c539463d: a training
course of October, told as background in a December article, made historical as the set's other past-month
events are): current 0.806, the rest equal. After the session-26 pack changes of the same helper
(src/milwatch/packs/{es,pt}: Antarctica masked as no state, Taiwan by its official name, the home-venue
marker narrowed, training received with the giver first, the feminine demonym "uruguaia" without its
wildcard; sentences of its own in tests/extract/test_events_s26_latam3.py; no engine change), extract
stage: events P 0.933 R 0.913 F1 0.923, current 0.909, relevance 1.000, date 1.000, location 0.704, mode
1.000, doc type 1.000, persons 0.953; agreement 1.00, aid 1.00, meeting 0.96, exercise 0.82, intent 0.80;
es 0.96, pt 0.88. The packs were changed with this set at hand, so that is no unseen-text figure. Floors
sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "latam3.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.90,
    "events recall": 0.88,
    "events F1": 0.89,
    "current events F1": 0.88,
    "date accuracy": 0.97,
    "location accuracy": 0.67,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.92,
}
LANGUAGE_FLOORS = {"es": 0.93, "pt": 0.84}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-latam3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=46, historical=13, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"es", "pt"}


test_floor = floor_test("latam3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
