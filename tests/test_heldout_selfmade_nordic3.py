"""Accuracy floors on the self-written held-out set nordic3 (tests/data/heldout/nordic3.jsonl).

20 articles of the Nordic press in five languages (sv, no, da, fi, is: 4 each; 33 gold events, 9 historical,
3 non-relevant) written by a session-28 set-writer (an AI model) in the styles of Försvarsmakten, DN and SvD,
Forsvaret, NRK and Aftenposten, Forsvarsministeriet, DR and Berlingske, Puolustusvoimat, Yle and HS, RÚV
and mbl.is, with their web furniture (menus, bylines, "Läs också", "Les også", "Læs også", "Lue myös",
"Deila", cookie lines): NATO and Nordic exercises with the states taking part listed, a NORDEFCO ministers'
meeting and its declaration, visits and a call of ministers to and with the US (the DCAs of 2023 as
background), aid packages to Ukraine, Arctic and North Atlantic cooperation (the Iceland–US agreement of
1951). Each article is a story of its own. Gold after ../shared/eval/GUIDELINES.md; README_nordic3.md says
how it was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 28, HEAD 8a04175c = session base c10f1882 +
the set; extract stage via /work/tools/allsets.sh), gold as first written: events P 0.759 R 0.688 F1 0.721.
One gold mistake was then fixed (35a35827: sv 01 "Nästa år ska övningen genomföras …" is an intent, missed
when the set was written); on the fixed gold, the unseen figure: events P 0.793 R 0.697 F1 0.742, current
0.723, relevance 1.000, date 1.000, location 1.000, mode 0.875, doc type 1.000, persons 1.000, stories B3
1.000; by type meeting 0.89, intent 0.75, exercise 0.73, agreement 0.71, aid 0.50; by language fi 0.92, is
0.77, sv 0.77, da 0.73, no 0.50. After the session-28 pack changes of the same helper (src/milwatch/packs/
{da,is,fi}: da "ud for" before a state is its place, is money put towards another's purchases is a donation,
fi a joint missile firing is a drill; sentences of its own in tests/extract/test_events_s28_nordic3.py; no
engine change), extract stage: events P 0.806 R 0.758 F1 0.781, current 0.750, relevance 1.000, date,
location, doc type, persons 1.000, mode 0.875; by language fi 1.00, is 0.86, sv 0.77, da 0.73, no 0.50. The
packs were changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the
latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "nordic3.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.77,
    "events recall": 0.72,
    "events F1": 0.75,
    "current events F1": 0.72,
    "date accuracy": 0.97,
    "location accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"da": 0.69, "fi": 0.97, "is": 0.82, "no": 0.47, "sv": 0.73}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-nordic3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=33, historical=9, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"da", "fi", "is", "no", "sv"}


test_floor = floor_test("nordic3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
