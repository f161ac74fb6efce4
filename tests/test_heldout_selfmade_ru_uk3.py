"""Accuracy floors on the self-written held-out set ru_uk3 (tests/data/heldout/ru_uk3.jsonl).

20 articles of the Russian-, Ukrainian-, Belarusian- and Kazakh-language press (ru 7, uk 6, be 3, kk 4; 51
gold events, 17 historical, 3 non-relevant) written by a session-27 set-writer (an AI model) in the styles of
TASS, RIA Novosti, Interfax, Izvestia and Zvezda, Ukrinform, the Ukrainian defence ministry, ArmyInform and
Suspilne, BelTA and Zviazda (Belarusian editions), Kazinform, Egemen Qazaqstan and Khabar 24, with their web
furniture (menus, datelines "МОСКВА, 3 декабря. /ТАСС/.", "МІНСК, 27 лістапада (БЕЛТА) –", "АСТАНА. KAZINFORM
–", tags, "read also" lines, cookie and reuse notices): ministry readouts of visits and talks, a phone call of
two chiefs of staff, signings (a plan, a protocol, a letter of intent), a CSTO exercise, a joint naval patrol,
bilateral drills, aid (fighters delivered, a package arrived, training given, Ramstein pledges), inflected
names and titles. One story told twice (ru 07 TASS, kk 17 Kazinform: the Kazakh minister in Moscow). Gold
after ../shared/eval/GUIDELINES.md; README_ru_uk3.md says how it was made. The whole pipeline runs in-process
as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 27, a63bb689 = base d5e1842f + the set; extract
stage via /work/tools/allsets.sh), gold as first written, no correction: events P 0.933 R 0.824 F1 0.875,
current 0.879, relevance 0.971, date 1.000, location 0.867, mode 1.000, doc type 1.000, persons 0.931, stories
B3 1.000, links 1.000; by type agreement 1.00, meeting 0.94, intent 0.92, aid 0.83, exercise 0.70; by language
kk 0.94, uk 0.93, ru 0.86, be 0.71. After the session-27 pack changes of the same helper
(src/milwatch/packs/{uk,be,kk,ru}: drills held and visits paid in the imperfective past, a course run by
instructors that is no drill, an impersonal "it was agreed" tied to the talks, hardware fronted before
"получили", an aid package that arrived, states by their formal name with an adjective, a Kazakh "read also"
label; sentences of its own in tests/extract/test_events_s27_ru_uk3.py; no engine change), extract stage:
events P 0.961 R 0.961 F1 0.961, current 0.941, relevance 1.000, date 1.000, location 0.857, mode 1.000, doc
type 1.000, persons 1.000; agreement, aid, intent 1.00, meeting 0.97, exercise 0.88; by language be, kk, uk
1.00, ru 0.89. The packs were changed with this set at hand, so that is no unseen-text figure. Floors sit
about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "ru_uk3.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.93,
    "events recall": 0.93,
    "events F1": 0.93,
    "current events F1": 0.91,
    "stories B3 F1": 0.97,
    "story links F1": 0.97,
    "date accuracy": 0.97,
    "location accuracy": 0.82,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"be": 0.97, "kk": 0.97, "ru": 0.86, "uk": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-ru_uk3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=51, historical=17, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"be", "kk", "ru", "uk"}


test_floor = floor_test("ru_uk3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
