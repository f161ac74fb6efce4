"""Accuracy floors on the self-written held-out set of the remaining languages
(tests/data/heldout/rest.jsonl).

54 articles, 3 in each of the 18 languages that have packs but no other self-written set: bg, hu, et, lt, lv,
sq, be, ky, tg, ne, si, ta, ps, am, so, ha, tk, ku (one Sorani, two Kurmanji), written by a helper in the
style of each country's ministries of defense and armies, national agencies (BTA, MTI, ERR/BNS, ELTA, LETA,
ATA, BelTA, Kabar, Khovar, RSS, Bakhtar, ENA, SONNA, TDH, ANP) and newspapers and broadcasters (Zviazda,
Lankadeepa, Virakesari, Thinakaran, Dinamani, Mashaal, EBC, Hiiraan, BBC Hausa, Aminiya, Kurdistan24, Rudaw),
with their datelines, Ethiopian, Bikram Sambat and Solar Hijri dates and native digits; gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.  The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any change (2026-12-03, session 7, HEAD 80e7038, with the one alias correction the
README records): events P 0.873 R 0.787 F1 0.828, current 0.828, relevance 1.000, date 0.938, location 0.838,
mode 0.974, doc type 1.000, persons 0.835; am 0.91, be 0.75, bg 0.86, et 0.82, ha 0.67, hu 1.00, ku 0.63, ky
0.93, lt 1.00, lv 0.82, ne 1.00, ps 0.92, si 0.55, so 0.80, sq 0.75, ta 0.71, tg 1.00, tk 1.00.  After the
session-7 pack and engine work (HEAD ddfe3e8): events P 0.958 R 0.926 F1 0.942, current 0.946, date 0.946,
location 0.917, mode 0.975, persons 0.847; am 1.00, be 1.00, bg 0.93, et 0.82, ha 0.83, hu 1.00, ku 1.00,
ky 1.00, lt 1.00, lv 0.89, ne 1.00, ps 1.00, si 0.80, so 0.91, sq 0.89, ta 0.92, tg 1.00, tk 1.00.  Floors sit
about 0.03 below (raised at the end of session 7): raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "rest.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.92,
    "events recall": 0.89,
    "events F1": 0.91,
    "current events F1": 0.91,
    "date accuracy": 0.91,
    "location accuracy": 0.88,
    "mode accuracy": 0.94,
    "doc_type accuracy": 0.97,
    "person recall": 0.81,
}
LANGUAGE_FLOORS = {
    "am": 0.97, "be": 0.97, "bg": 0.90, "et": 0.79, "ha": 0.80, "hu": 0.97, "ku": 0.97, "ky": 0.97,
    "lt": 0.97, "lv": 0.86, "ne": 0.97, "ps": 0.97, "si": 0.77, "so": 0.88, "sq": 0.86, "ta": 0.89,
    "tg": 0.97, "tk": 0.97,
}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-rest"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=54, events=122, historical=20, irrelevant=7)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("rest held-out", FLOORS, languages=LANGUAGE_FLOORS)
