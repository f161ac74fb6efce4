"""Accuracy floors on the self-written held-out set of Central Asian and African languages
(tests/data/heldout/central_africa.jsonl).

24 articles, 3 in each of kk (Kazakh), uz (Uzbek, Latin script), az (Azerbaijani), mn (Mongolian Cyrillic),
sw (Swahili), am (Amharic), ha (Hausa) and so (Somali) (42 gold events, 5 historical, 3 non-relevant),
written by a session-11 language helper (an AI model) in the style of Kazinform and mod.gov.kz, UzA,
mudofaa.uz and Kun.uz, APA, Report.az and mod.gov.az, MONTSAME and mod.gov.mn, Mwananchi, Taifa Leo and
TBC, ENA and Fana (Ethiopian-calendar datelines), BBC Hausa, VOA Hausa and Aminiya, SONNA and Hiiraan, with
their web furniture.  Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was
made.  The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 11, HEAD 2e409c8 + the set; extract stage via
/work/tools/allsets.sh): events P 0.907 R 0.929 F1 0.918, current 0.931, relevance 1.000, date 0.974,
location 0.938, mode 1.000, doc type 1.000, persons 0.857; am 0.91, az 0.89, ha 0.86, kk 1.00, mn 0.89,
so 1.00, sw 0.89, uz 0.91.
After the session-11 pack changes of the same helper (src/milwatch/packs/{kk,uz,az,mn,sw,am,ha}: general
vocabulary, sentences of its own in tests/extract/test_events_s11_central_africa.py): events P 0.954 R 0.976
F1 0.965, current 0.986, relevance 1.000, date 0.976, location 0.941, mode 1.000, doc type 1.000, persons
0.956; am 1.00, az 1.00, kk 1.00, mn 1.00, so 1.00, sw 0.94, uz 0.91, ha 0.86.  The packs were changed with
this set at hand (its misses pointed at the gaps), so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "central_africa.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.92,
    "events recall": 0.94,
    "events F1": 0.93,
    "current events F1": 0.95,
    "date accuracy": 0.94,
    "location accuracy": 0.91,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.92,
}
LANGUAGE_FLOORS = {"am": 0.97, "az": 0.97, "ha": 0.82, "kk": 0.97, "mn": 0.97, "so": 0.97, "sw": 0.91,
                   "uz": 0.87}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-central-africa"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=42, historical=5, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("central_africa held-out", FLOORS, languages=LANGUAGE_FLOORS)
