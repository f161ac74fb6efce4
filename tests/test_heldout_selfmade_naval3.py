"""Accuracy floors on the self-written held-out set naval3 (tests/data/heldout/naval3.jsonl).

20 naval-diplomacy articles in eight languages (en 3, fr 3, es 2, id 3, vi 3, ja 2, tr 2, pt 2; 55 gold
events, 16 historical, 3 non-relevant) written by a session-28 set-writer (an AI model) in the styles of an
Indian Navy PIB release, the Inquirer, IOL, a Marine nationale page, La Tribune, 24 Heures au Bénin,
soychile.cl, El Universo, ANTARA, a TNI AL Dispenal release, detikNews, QĐND, Báo Khánh Hòa, Asagumo, Kyodo,
Anadolu Ajansı, Hürriyet (an MSB weekly briefing), Observador (Lusa) and Agência Brasil, with their web
furniture (menus, bylines, "Read also"/"Baca juga"/"Tin liên quan"/"İlgili Haberler" lines, cookie lines,
release ids). Port calls and ship visits (a port call alone is no event; the commanding officer's call on
the local naval commander or minister is a visit; a PASSEX or joint patrol is an exercise; a PASSEX announced
for a later day is an intent with no date, as wires2 wr2-07), navy-to-navy staff talks with their minutes
and pledges, an international fleet review with foreign ships (an exercise of all named states), ship
donations, frigate sales (contracts, an intergovernmental agreement), earlier port calls and exercises as
background. One story told twice (vi 12 QĐND, ja 16 Kyodo: a Japanese destroyer at Da Nang). Gold after
../shared/eval/GUIDELINES.md; README_naval3.md says how it was made.

First measurement, before any pack change (2026-12-06, session 28, HEAD eaad66aa = session base c10f1882 +
the set; extract stage via /work/tools/allsets.sh), gold as first written: events P 0.804 R 0.673 F1 0.733.
One gold fix followed (3e1f1600: the PASSEX announced for 27 November in vi 12 and ja 16 is an intent with no
date, not an exercise); on the fixed gold, the unseen figure: events P 0.783 R 0.654 F1 0.713, current 0.722,
relevance 0.971, date 1.000, location 0.889, mode 0.917, doc type 0.800, persons 0.867, stories B3 0.974,
links 0 of 1; by type meeting 0.75, agreement 0.71, exercise 0.62, aid 0.86, intent 0.67; by language es
0.91, fr 0.89, vi 0.80, tr 0.71, en 0.67, id 0.60, pt 0.40, ja 0.25. After the session-28 pack changes of the
same helper (src/milwatch/packs/{id,pt,ja,vi,tr,fr}: navies by English names and navy-to-navy/staff talks
with their Record of Discussion (id), the passive "foi recebido … pelo ministro" (pt), 国際観艦式 (ja), port
calls masked as meetings and drills (vi, tr), "avait déjà commandé … à" (fr), "transferts de personnel" no
aid (fr); sentences of its own in tests/extract/test_events_s28_naval3.py; no engine change), extract stage:
events P 0.891 R 0.746 F1 0.812, current 0.833, relevance 0.971, date 1.000, location 0.867, doc type 0.857,
persons 0.844; by language fr 1.00, vi 0.95, es 0.91, id 0.83, tr 0.77, en 0.67, ja 0.50, pt 0.40. The packs
were changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest
measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "naval3.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.86,
    "events recall": 0.71,
    "events F1": 0.78,
    "current events F1": 0.80,
    "date accuracy": 0.97,
    "location accuracy": 0.83,
    "doc_type accuracy": 0.82,
    "person recall": 0.81,
}
LANGUAGE_FLOORS = {"en": 0.63, "es": 0.87, "fr": 0.97, "id": 0.80, "ja": 0.47, "pt": 0.37, "tr": 0.73,
                   "vi": 0.91}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-naval3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=55, historical=16, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"en", "es", "fr", "id", "ja", "pt", "tr", "vi"}


test_floor = floor_test("naval3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
