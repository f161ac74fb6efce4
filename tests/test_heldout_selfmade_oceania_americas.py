"""Accuracy floors on the self-written held-out set oceania_americas
(tests/data/heldout/oceania_americas.jsonl).

20 articles in English, French and Spanish from the press of Oceania, Canada, the Caribbean and Central
America (7 en, 7 fr, 6 es; 51 gold events, 16 historical, 3 non-relevant) written by a session-26 set-writer
(an AI model) in the styles of the Australian defence minister's releases, RNZ, canada.ca, the Jamaica
Gleaner, the Solomon Star, Stuff, Global News/Canadian Press, La Presse, Nouvelle-Calédonie la 1ère, Tahiti
Infos, Le Nouvelliste, Radio-Canada, Le Monde/AFP, Prensa Libre, La Prensa (Panamá, Nicaragua), Diario
Libre/EFE, La Prensa Gráfica and EFE, with their web furniture. Genres: ministers' visits and a phone call, a
courtesy call by an ambassador, memoranda and statements of intent, Pacific and Caribbean exercises
(Tradewinds, Croix du Sud, Panamax, Pitch Black) with observers, a joint sail after a port call, a shiprider
patrol, donations of boats and trucks, training given; traps: a port visit, observers, a domestic flood
deployment, domestic recruitment and procurement, a police raid. One story is told in two languages (oa-07 en
/ oa-14 fr). Gold after ../shared/eval/GUIDELINES.md; README_oceania_americas.md says how it was made. The
whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, extract stage via /work/tools/allsets.sh),
gold as first written: events P 0.951 R 0.765 F1 0.848, current 0.879, relevance 0.970, stories B3 1.000,
links 1.000, date 1.000, location 0.786, mode 0.923, doc type 1.000, persons 1.000; by type agreement 1.00,
intent 1.00, meeting 0.93, aid 0.86, exercise 0.40; by language es 0.96, en 0.85, fr 0.75. One gold correction
(9aca81d9: intents agreed at a meeting take the meeting's location, the convention of the other sets; it moves
only the location figure). After the session-26 pack changes of the same helper (en, fr, es: general
vocabulary and places, sentences of its own in tests/extract/test_events_s26_oceania_americas.py; no engine
change): events P 0.976 R 0.784 F1 0.870, current 0.909, relevance 0.970, date 1.000, location 0.939, mode
0.923, doc type 1.000, persons 1.000; exercise 0.53, aid 0.86; en 0.91, es 0.96, fr 0.75. The packs were
changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest
measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "oceania_americas.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.94,
    "events recall": 0.75,
    "events F1": 0.84,
    "current events F1": 0.88,
    "date accuracy": 0.97,
    "location accuracy": 0.90,
    "mode accuracy": 0.89,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"en": 0.87, "es": 0.93, "fr": 0.72}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-oceania_americas"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=51, historical=16, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"en", "es", "fr"}


test_floor = floor_test("oceania_americas held-out", FLOORS, languages=LANGUAGE_FLOORS)
