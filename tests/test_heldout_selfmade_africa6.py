"""Accuracy floors on the self-written held-out set africa6 (tests/data/heldout/africa6.jsonl).

20 articles of the African press, two each in Swahili, Hausa, Amharic, Somali, Yoruba, isiZulu, Afrikaans and
in French, English and Portuguese from Africa (48 gold events, 15 historical, 3 non-relevant; one story told
twice, in sw and pt) written by a session-26 set-writer (an AI model) in the styles of Mwananchi, Taifa Leo,
RFI Hausa, Aminiya, ENA, Fana BC, SONNA, Hiiraan Online, BBC Yorùbá, Àlàyé, Isolezwe, Ilanga, Maroela Media,
Republikein, AIB, La Nation, Graphic Online, Daily Monitor, ANGOP and O País, with their web furniture (menus,
bylines, "read also", cookie lines, Ethiopian-calendar datelines). It aims at defence ministers' and chiefs'
visits, cooperation agreements and MoUs, training by foreign partners, donated equipment and joint exercises
(regional blocs: EAC, AES, IBSAMAR), with traps (observers, a minister visiting his own troops or trainees,
a port call, domestic drills, graduations and combat news, topics of talks in lists). Gold after
../shared/eval/GUIDELINES.md; README_africa6.md (to merge into tests/data/heldout/README.md) says how it
was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, HEAD 30533306 + the set; extract stage
via /work/tools/allsets.sh), gold as first written, no correction: events P 0.841 R 0.771 F1 0.804, current
0.788, relevance 1.000, date 0.936, location 0.931, mode 1.000, doc type 1.000, persons 0.974, stories B3
1.000, links 1.000; by type agreement 1.00, meeting 0.88, exercise 0.78, intent 0.75, aid 0.59; by language
am 1.00, en 1.00, pt 0.92, yo 0.91, so 0.89, zu 0.75, sw 0.73, af 0.67, fr 0.67, ha 0.57. After the session-26
pack changes of the same helper (src/milwatch/packs/{sw,ha,yo,zu,af,so,fr,pt}: general vocabulary and masks,
sentences of its own in tests/extract/test_events_s26_africa6.py; no engine change): events P 0.957 R 0.917
F1 0.936, current 0.923, relevance 1.000, date 0.943, location 1.000, mode 1.000, doc type 1.000, persons
1.000; agreement 1.00, meeting 0.96, intent 0.95, exercise 0.89, aid 0.88; by language am, en, pt, yo, zu
1.00, af 0.92, fr 0.91, so 0.89, ha 0.86, sw 0.80. The packs were changed with this
set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them
when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "africa6.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.92,
    "events recall": 0.88,
    "events F1": 0.90,
    "current events F1": 0.89,
    "date accuracy": 0.91,
    "location accuracy": 0.97,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"af": 0.89, "am": 0.97, "en": 0.97, "fr": 0.87, "ha": 0.82, "pt": 0.97, "so": 0.85,
                   "sw": 0.77, "yo": 0.97, "zu": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-africa6"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=48, historical=15, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"af", "am", "en", "fr", "ha", "pt", "so", "sw", "yo",
                                                       "zu"}


test_floor = floor_test("africa6 held-out", FLOORS, languages=LANGUAGE_FLOORS)
