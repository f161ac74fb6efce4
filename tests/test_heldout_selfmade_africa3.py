"""Accuracy floors on the self-written held-out set of African-language press
(tests/data/heldout/africa3.jsonl).

24 articles: sw (Swahili) 4, ha (Hausa) 3, am (Amharic) 3, so (Somali) 3, yo (Yoruba) 2, ig (Igbo) 2, rw
(Kinyarwanda) 2, mg (Malagasy) 2, om (Afaan Oromoo) 2, zu (Zulu) 1 (51 gold events, 8 historical, 3
non-relevant), written by a session-21 set-writer (an AI model) in the styles of Mwananchi, Taifa Leo,
HabariLeo, the BBC's Swahili, Hausa, Amharic, Somali, Yorùbá, Igbo and Afaan Oromoo services, Leadership
Hausa, VOA Hausa and Afaan Oromoo, ENA and Fana (Ethiopian-calendar datelines), Hiiraan Online, SONNA,
Alaroye, IGIHE, RBA, Midi Madagasikara and Isolezwe, with their web furniture: defense diplomacy of African
states with each other, China, Russia, Turkey, the US, France, the UK, India and Egypt, and precision traps
(thanks, retold terms, parliaments, company deals, domestic drills, combat, port calls, states only named).
Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole
pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 21, HEAD f2170bc + the set; extract stage
via /work/tools/allsets.sh), gold as first written: events P 0.849 R 0.882 F1 0.865, current 0.874,
relevance 0.977, date 0.909, location 0.902, mode 0.938, doc type 0.857, persons 0.943; by type exercise
0.94, agreement 0.93, meeting 0.91, intent 0.75, aid 0.74; am 0.73, ha 0.77, ig 0.89, mg 1.00, om 0.86, rw
0.75, so 1.00, sw 0.82, yo 0.91, zu 1.00.
After the session-21 pack changes of the same helper (general vocabulary of sw, am, ig, om, yo, so, zu, ha,
mg and rw, sentences of its own in tests/extract/test_events_s21_africa3.py; no engine change): events P 0.924
R 0.961 F1 0.942, current 0.966, relevance 1.000, date 1.000, location 0.955, mode 0.938, doc type 1.000,
persons 0.973; am/ig/mg/om/so/yo/zu 1.00, sw 0.94, ha 0.77, rw 0.75. The packs were changed with this set at
hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when
the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "africa3.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.89,
    "events recall": 0.93,
    "events F1": 0.91,
    "current events F1": 0.93,
    "date accuracy": 0.97,
    "location accuracy": 0.92,
    "mode accuracy": 0.90,
    "doc_type accuracy": 0.97,
    "person recall": 0.94,
}
LANGUAGE_FLOORS = {"am": 0.97, "ha": 0.73, "ig": 0.97, "mg": 0.97, "om": 0.97, "rw": 0.72, "so": 0.97,
                   "sw": 0.91, "yo": 0.97, "zu": 0.97}
LANGUAGE_ARTICLES = {"sw": 4, "ha": 3, "am": 3, "so": 3, "yo": 2, "ig": 2, "rw": 2, "mg": 2, "om": 2, "zu": 1}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-africa3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=51, historical=8, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_ARTICLES}
            == LANGUAGE_ARTICLES)
    assert {row["lang"] for row in result["gold"]} == set(LANGUAGE_ARTICLES)


test_floor = floor_test("africa3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
