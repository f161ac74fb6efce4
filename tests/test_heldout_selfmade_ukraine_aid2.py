"""Accuracy floors on the self-written held-out set ukraine_aid2 (tests/data/heldout/ukraine_aid2.jsonl).

20 articles in eight languages of the war's press (uk, ru, pl, de 3 each; en, lt, lv, et 2 each; 37 gold
events, 4 historical, 3 non-relevant) written by a session-26 set-writer (an AI model) in the styles of
mod.gov.ua, Ukrinform, Ukrainska Pravda, RBC-Ukraine, TASS, rus.delfi.lv, gov.pl/MON, PAP, Defence24,
ZEIT/dpa, bundeswehr.de, tagesschau.de, GOV.UK, Reuters, kam.lt, LRT/BNS, LSM/LETA, mod.gov.lv, ERR/BNS and
mil.ee, with their web furniture. It aims at war-related defense diplomacy: ministers' visits to Kyiv (and
Ukraine's to Tallinn), a Ramstein/UDCG meeting told twice (pledges dated with the meeting, sideline
bilaterals), aid packages, training missions (EUMAM, Interflex, in Poland), production deals (memoranda, a
letter of intent, a joint venture of state firms), a Russia-Belarus cooperation plan, an ambassador's courtesy
call, a phone call; traps: combat reports, an EU sanctions package, a parliament's support statement, running
totals of aid since 2022. Gold after ../shared/eval/GUIDELINES.md; README_ukraine_aid2.md says how it was
made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, HEAD + the set, commit 44d5ece0; extract
stage via /work/tools/allsets.sh), gold as first written, no correction: events P 0.714 R 0.811 F1 0.759,
current 0.771, relevance 0.941, date 0.966, location 0.885, mode 1.000, doc type 1.000, persons 0.966; by type
exercise 1.00, meeting 0.90, intent 0.84, agreement 0.80, aid 0.44, support 0.00 (1 false); by language de
0.89, ru 0.88, lt 0.86, uk 0.86, pl 0.80, en 0.73, lv 0.40, et 0.29. After the session-26 pack changes of the
same helper (src/milwatch/packs/{uk,ru,de,lt,lv,en}: running-total masks, training and delivery topics of
talks, "rengia * karius", lv "novirzīs"; uk "відвідував"; sentences of its own in
tests/extract/test_events_s26_ukraine_aid2.py; no engine change, commits 5ef762c8 and a871333f): events P
0.825 R 0.892 F1 0.857, current 0.841, relevance 0.941, date 0.969, location 0.897, mode 1.000, doc type
1.000, persons 0.966; aid 0.71, intent 0.90, meeting 0.93; by language de 1.00, lt 1.00, uk 1.00, ru 0.93, en
0.80, lv 0.80, pl 0.80, et 0.29. The packs were changed with this set at hand, so that is no unseen-text
figure. Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never
lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "ukraine_aid2.jsonl"

FLOORS = {
    "relevance F1": 0.91,
    "events precision": 0.79,
    "events recall": 0.86,
    "events F1": 0.82,
    "current events F1": 0.81,
    "date accuracy": 0.93,
    "location accuracy": 0.86,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.93,
}
LANGUAGE_FLOORS = {"de": 0.97, "en": 0.77, "et": 0.25, "lt": 0.97, "lv": 0.77, "pl": 0.77, "ru": 0.90,
                   "uk": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-ukraine_aid2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=37, historical=4, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"de", "en", "et", "lt", "lv", "pl", "ru", "uk"}


test_floor = floor_test("ukraine_aid2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
