"""Accuracy floors on the self-written held-out set exercise3 (tests/data/heldout/exercise3.jsonl).

20 articles in eight languages (en 3, ru 3, zh 3, ar 3, fr 2, es 2, id 2, hi 2; 36 gold events, 13 historical,
3 non-relevant) written by a session-27 set-writer (an AI model) in the styles of ministry, command and
agency sites (NATO Allied Land Command, PIB in English and Hindi, mod.go.ke, TASS, mil.ru, RIA, mod.gov.cn,
Xinhua, 81.cn, defense.gouv.fr, APS, defensa.gob.es, Infodefensa, Youm7, MAP, SPA, ANTARA, TNI AL, Live
Hindustan), with their web furniture (menus, bylines, "read also", cookie lines, release ids). It aims at
exercise reports with organisations and states: NATO, CSTO, ASEAN, African Union and EU exercises with the
member states named (the organisation a party in gold, its code in lowercase), observers (no participants),
earlier editions with other hosts, years and participants, exercises agreed for a later year (intent), naval
passage exercises after port visits, and traps (domestic joint-service drills, a snap readiness check, a
theatre command's own drill). One story is told twice (en 02 and hi 02, the PIB release in both languages).
Gold after ../shared/eval/GUIDELINES.md; README_exercise3.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 27, the set committed alone at 7128e155 on
the session's base; extract stage via /work/tools/allsets.sh), gold as first written, no correction: events
P 0.571 R 0.556 F1 0.563, current 0.583, relevance 0.971 (one domestic drill taken for KEN–USA: the menu's
"Contact Us"), date 0.947, location 0.824, mode 1.000, persons 1.000, stories B3 0.974, links 0.000; by type
exercise 0.50, intent 1.00, meeting 1.00, support 0.00 (one false); by language ar 1.00, zh 0.89, es 0.67,
ru 0.60, hi 0.57, id 0.44, en 0.20, fr 0.00. Most of the loss is one engine case: an exercise of an
organisation is never given the organisation as a party (15 of the 16 missed events carry nato, csto,
asean, au or eu). After the session-27 pack changes of the same helper (cd04de2a: en boilerplate, hi
countries, id triggers; sentences of its own in tests/extract/test_events_s27_exercise3.py; no engine
change), extract stage: events P 0.606 R 0.556 F1 0.580, current 0.609, relevance 1.000, date 0.947,
location 0.824, mode 1.000, persons 1.000; by language ar 1.00, zh 0.89, es 0.67, ru 0.60, hi 0.57, id 0.50,
en 0.22, fr 0.00. The packs were changed with this set at hand, so that is no unseen-text figure. Floors sit
about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "exercise3.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.57,
    "events recall": 0.52,
    "events F1": 0.55,
    "current events F1": 0.57,
    "date accuracy": 0.91,
    "location accuracy": 0.79,
    "mode accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"ar": 0.97, "en": 0.19, "es": 0.63, "fr": 0.0, "hi": 0.54, "id": 0.47, "ru": 0.57,
                   "zh": 0.85}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-exercise3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=36, historical=13, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"ar", "en", "es", "fr", "hi", "id", "ru", "zh"}


test_floor = floor_test("exercise3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
