"""Accuracy floors on the self-written held-out set of Portuguese- and Italian-language press
(tests/data/heldout/pt_it_press2.jsonl).

24 articles (12 pt, 12 it; 52 gold events, 10 historical, 3 non-relevant) written by a session-19 set-writer
(an AI model) in the styles of the press of Brazil (Agência Brasil, Folha, g1, Estadão, Poder Naval),
Portugal (Lusa, Público, Observador, Expresso), Angola (Jornal de Angola, Angop), Mozambique (Notícias) and
Italy (ANSA, Corriere della Sera, la Repubblica, Il Sole 24 Ore, RID, Analisi Difesa, difesa.it, Adnkronos),
with their web furniture, and PRECISION traps (parliament votes, company deals, the terms of a signed
document retold, foreign ministers only, heads of state with no military subject, states named in analysis,
observers at an exercise, combat, background events). Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 19, HEAD d5c9a3c + the set; extract stage
via /work/tools/allsets.sh), gold as first written: events P 0.788 R 0.837 F1 0.812, current 0.833,
relevance 0.955, date 0.951, location 0.857, mode 1.000, doc type 1.000, persons 0.939; by type agreement
0.91, aid 0.83, exercise 0.25, intent 0.80, meeting 0.86, support 1.00; it 0.846, pt 0.775.
Three gold corrections (annotation only, see the README): the visits during which the 2024 Portugal-Ukraine
and the 2010 Angola-Brazil agreements were signed are historical meetings, and Kagame's reception of the
Mozambican minister is a meeting of its own; with them, same code: events P 0.827 R 0.827 F1 0.827.
After the session-19 pack changes of the same helper (src/milwatch/packs/pt and it: general vocabulary,
sentences of its own in tests/extract/test_events_s19_pt_it_press2.py; no engine change): events P 0.865
R 0.865 F1 0.865, current 0.884, relevance 0.955, date 0.977, location 0.846, mode 1.000, doc type 1.000,
persons 0.941; pt 0.885, it 0.846. The packs were changed with this set at hand, so that is no unseen-text
figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "pt_it_press2.jsonl"

FLOORS = {
    "relevance F1": 0.92,
    "events precision": 0.83,
    "events recall": 0.83,
    "events F1": 0.83,
    "current events F1": 0.85,
    "date accuracy": 0.94,
    "location accuracy": 0.81,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.91,
}
LANGUAGE_FLOORS = {"it": 0.81, "pt": 0.85}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-pt-it-press2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=52, historical=10, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 12))


test_floor = floor_test("pt_it_press2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
