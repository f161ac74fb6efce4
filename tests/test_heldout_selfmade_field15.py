"""Accuracy floors on the self-written held-out set field15 (tests/data/heldout/field15.jsonl).

20 articles in eight languages of the Latin, Greek, Turkish and Arabic press (fr 3, es 3, it 2, pt 3, ro 2,
el 2, tr 3, ar 2; 38 gold events, 14 historical, 3 non-relevant) written by a session-26 set-writer (an AI
model) in the styles of ministry and army sites (defense.gouv.fr, defensa.gob.es, esercito.difesa.it,
emfa.pt, gov.br/defesa, exercito.pt, navy.ro, ΓΕΕΘΑ, msb.gov.tr), agencies (ANSA, Agerpres, AA, QNA,
Petra) and papers (Var-matin/AFP, La Nouvelle Tribune, Primicias, Levante-EMV/Europa Press, Kathimerini,
Hürriyet/DHA), with their web furniture. It aims at the field genres: exercises (started, under way, ended;
the participants named in the next sentence; a state that also joins; observers; earlier editions with
other years, hosts and participants) and aid (handed over, training given by the other side's instructors,
earlier gifts), with traps (port calls, domestic drills, domestic procurement). One story is told twice
(tr 16, ar 19). Gold after ../shared/eval/GUIDELINES.md; README_field15.md (merged into
tests/data/heldout/README.md) says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, HEAD 6edf2fbc: the set on the session's
base; extract stage via /work/tools/allsets.sh), gold as first written, no correction: events P 0.871 R
0.711 F1 0.783, current 0.727, relevance 1.000, date 0.963, location 0.864, doc type 1.000, persons 0.818,
stories B3 1.000, links 1.000; by type aid 0.81, exercise 0.77, agreement 1.00, intent 0.00 (one false
pledge); by language fr 1.00, el 0.86, it 0.86, ro 0.86, tr 0.80, ar 0.75, es 0.67, pt 0.29. After the
session-26 pack changes of the same helper (src/milwatch/packs/{es,ro,tr,ar,pt}: general vocabulary,
markers, formal state names and a date prefix, sentences of its own in
tests/extract/test_events_s26_field15.py; no engine change), extract stage: events P 0.912 R 0.816 F1 0.861,
current 0.800, relevance 1.000, date 0.968, location 0.885, doc type 1.000, persons 0.818; aid 0.91,
exercise 0.82, agreement 1.00; by language fr 1.00, ro 1.00, tr 1.00, ar 0.89, el 0.86, it 0.86, es 0.67,
pt 0.50. The packs were changed with this set at hand, so that is no unseen-text figure. Floors sit about
0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "field15.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.88,
    "events recall": 0.78,
    "events F1": 0.83,
    "current events F1": 0.77,
    "date accuracy": 0.93,
    "location accuracy": 0.85,
    "doc_type accuracy": 0.97,
    "person recall": 0.78,
}
LANGUAGE_FLOORS = {"ar": 0.85, "el": 0.82, "es": 0.63, "fr": 0.97, "it": 0.82, "pt": 0.47, "ro": 0.97,
                   "tr": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-field15"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=38, historical=14, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"ar", "el", "es", "fr", "it", "pt", "ro", "tr"}


test_floor = floor_test("field15 held-out", FLOORS, languages=LANGUAGE_FLOORS)
