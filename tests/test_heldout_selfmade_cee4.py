"""Accuracy floors on the self-written held-out set cee4 (tests/data/heldout/cee4.jsonl).

20 articles in eight smaller European languages (et 3, sq 3, bg 3, lv 3, lt 2, hr 2, sr 2 with one Cyrillic
and one Latin, hu 2; 43 gold events, 11 historical, 3 non-relevant) written by a session-25 set-writer (an AI
model) in the styles of ERR, kaitseministeerium.ee, ATA, Top Channel, Euronews Albania, mod.bg, BTA, Dnevnik,
mod.gov.lv, LSM, Delfi.lv, BNS, LRT, morh.hr, HRT/Hina, mod.gov.rs/Tanjug, RTS, honvedelem.hu and MTI, with
their web furniture and the case inflection of country names and officials. Mixed defense-diplomacy news
(visits, calls, agreements, exercises, aid, support, invitations) with traps: NATO and EU ministers' meetings
(the forum is no event, the talks on its sidelines are), foreign ministers only, ambassadors' courtesy calls,
background events, domestic drills (Kaitseliit, Zemessardze, šaulių sąjunga, Hungarian winter exercise),
observer states, "since" a year. Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says
how it was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 25, HEAD 7131c0b3 + the set; extract stage via
/work/tools/allsets.sh), gold as first written, no correction: events P 0.820 R 0.954 F1 0.882, current 0.857,
relevance 0.919, date 1.000, location 0.941, mode 0.944, doc type 1.000, persons 1.000; by type agreement
1.00, meeting 0.95, exercise 0.78, aid 0.75, intent 0.75, support 0.67; by language bg 1.00, sr 1.00, hr 0.91,
lv 0.91, hu 0.86, sq 0.83, et 0.80, lt 0.73. After the session-25 pack changes of the same helper
(src/milwatch/packs/{et,lv,lt,hu,hr}: general vocabulary and masks, sentences of its own in
tests/extract/test_events_s25_cee4.py; no engine change), whole pipeline: events P 0.915 R 1.000 F1 0.956,
current 0.955, relevance 0.971, date 1.000, location 0.972, mode 0.944, doc type 1.000, persons 1.000; by
language bg, hr, hu, lt, lv, sr 1.00, et 0.86, sq 0.83. The packs were changed with this set at hand, so that
is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the system gets
better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "cee4.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.88,
    "events recall": 0.97,
    "events F1": 0.92,
    "current events F1": 0.92,
    "date accuracy": 0.97,
    "location accuracy": 0.94,
    "mode accuracy": 0.91,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"bg": 0.97, "et": 0.82, "hr": 0.97, "hu": 0.97, "lt": 0.97, "lv": 0.97, "sq": 0.80,
                   "sr": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-cee4"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=43, historical=11, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"bg", "et", "hr", "hu", "lt", "lv", "sq", "sr"}


test_floor = floor_test("cee4 held-out", FLOORS, languages=LANGUAGE_FLOORS)
