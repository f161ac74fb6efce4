"""Accuracy floors on the self-written held-out set field10 (tests/data/heldout/field10.jsonl).

20 articles in eight languages (de 3, fr 3, ru 3, uk 3, es 2, ja 2, ko 2, zh 2; 41 gold events, 10 historical,
3 non-relevant; events by type: aid 20, exercise 15, intent 6) written by a session-25 set-writer (an AI
model) in the styles of bundeswehr.de, dpa via Nordkurier, Kieler Nachrichten, defense.gouv.fr (Terre,
Marine), Ouest-France/AFP, EFE, the Ministerio de Defensa, Krasnaya Zvezda, TASS, RIA Novosti, ArmyInform,
Ukrinform, mil.gov.ua, Asagumo, Kyodo via 47NEWS, Kookbang Ilbo, Yonhap, PLA Daily (81.cn) and Xinhua, with
their web furniture. Genre: FIELD reports of exercises (begun, under way, ended; participants named three or
four sentences later; a state that "also" or "for the first time" joins, in the future tense too; observers;
end dates; the previous edition with its host) and aid (handed over, arrived, training given; "the rest will
follow") against pledged packages, with traps (port calls and business calls, host-nation support, domestic
drills, domestic procurement from home firms, company contracts). Gold after ../shared/eval/GUIDELINES.md;
README_field10.md (merged into tests/data/heldout/README.md) says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 25, HEAD 7ab8e798 + the set, commit 1ecc6b4f;
extract stage via /work/tools/allsets.sh), gold as first written, no correction: events P 0.526 R 0.488 F1
0.506 (tp 20 fp 18 fn 21), current 0.441, relevance 0.919, date 0.933, location 0.769, persons 1.000; by type
aid 0.67, intent 0.73, exercise 0.31; by language zh 0.73, ru 0.67, de 0.50, es 0.50, ja 0.50, uk 0.46, fr
0.33, ko 0.33.
After the session-25 pack changes of the same helper (commits 3615791a, d9a6e810, 86ae49db;
src/milwatch/packs/{ko,ru, fr,es,uk,de,ja,zh}: general vocabulary and masks, sentences of its own in
tests/extract/test_events_s25_field10.py; no engine change), whole pipeline = extract stage: events P 0.656 R
0.512 F1 0.575 (tp 21 fp 11 fn 20), current 0.481, relevance 0.941, date 0.933, location 0.786, persons 1.000;
aid 0.73, intent 0.73, exercise 0.35; zh 0.80, ru 0.75, ko 0.67, de 0.60, uk 0.55, es 0.50, ja 0.50, fr 0.33.
The packs were changed with this set at hand, so that is no unseen-text figure. The set has no gold meeting or
agreement, so mode and doc type are measured on no event (0.0) and have no floor. Floors sit about 0.03 below
the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "field10.jsonl"

FLOORS = {
    "relevance F1": 0.91,
    "events precision": 0.62,
    "events recall": 0.48,
    "events F1": 0.54,
    "current events F1": 0.45,
    "date accuracy": 0.90,
    "location accuracy": 0.75,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"de": 0.57, "es": 0.47, "fr": 0.30, "ja": 0.47, "ko": 0.63, "ru": 0.72, "uk": 0.51,
                   "zh": 0.77}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-field10"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=41, historical=10, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"de", "es", "fr", "ja", "ko", "ru", "uk", "zh"}


test_floor = floor_test("field10 held-out", FLOORS, languages=LANGUAGE_FLOORS)
