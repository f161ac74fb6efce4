"""Accuracy floors on the self-written held-out set sparse_g (tests/data/heldout/sparse_g.jsonl).

24 articles, 3 in each of cy (Welsh), ga (Irish), zu (isiZulu), xh (isiXhosa), st (Sesotho, Lesotho and
South African spellings), tn (Setswana), sn (chiShona) and ig (Igbo) (51 gold events, 7 historical, 3
non-relevant), written by a session-15 set-writing helper (an AI model) in the style of Golwg360 and BBC
Cymru Fyw, RTÉ Nuacht, Tuairisc.ie and RTÉ Raidió na Gaeltachta, Isolezwe and Ilanga, SABC News isiXhosa
and Umhlobo Wenene FM, Lentsoe la Basotho, Moeletsi oa Basotho and Lesedi FM, Dikgang (Daily News) and
Mmegi's Setswana page, Kwayedza, BBC News Ìgbò and Voice of Nigeria's Igbo service, with their web
furniture, about the defence diplomacy of the UK, Ireland, South Africa, Lesotho, Botswana, Zimbabwe and
Nigeria, and with the precision traps real press has (thanks and one-sided wishes, the terms of an
agreement, a venue's host state, news agencies with their state, background events, opinion paragraphs,
defense-industry company deals, a war as the topic of talks, observers of an exercise, a head of state's
visit with no military subject). Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says
how it was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py
port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 15, HEAD 4c20f01 + the set; extract stage
via /work/tools/allsets.sh): events P 0.809 R 0.667 F1 0.731, current 0.786, relevance 1.000, date 0.912,
location 0.938, mode 0.917, doc type 1.000, persons 0.800; by type intent 0.96, agreement 0.80, meeting
0.77, exercise 0.50, aid 0.22, support 0.00; by language ig 1.00, sn 0.83, ga 0.71, zu 0.71, cy 0.67, st
0.67, xh 0.67, tn 0.62.
Gold correction after the first measurement (annotation only): st-01's 2022 Chinese donation names no place,
so its location is null (as the shared gold leaves the unstated places of background events); the first
measurement is unchanged by it (the event was not matched then), location on the after-predictions 0.881 ->
0.902.
After the session-15 pack changes of the same helper (src/milwatch/packs/{cy,ga,zu,xh,st,tn,sn,ig} and _base
exercise names and southern-African towns: general vocabulary, sentences of its own in
tests/extract/test_events_s15_sparse_g.py; no engine change; measured on HEAD worktrees with and without the
changes: every other set's events identical, new_lingua and regional location up): events P 0.898 R 0.863 F1
0.880, current 0.909, relevance 1.000, date 0.977, location 0.902, mode 0.933, doc type 1.000, persons 0.776;
by type support 1.00, meeting 0.94, agreement 0.93, aid 0.92, intent 0.87, exercise 0.67; cy, ig 1.00, ga
0.93, sn, st 0.92, zu 0.88, tn 0.71, xh 0.67. A tuned figure: the set was at hand.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower
them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sparse_g.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.87,
    "events recall": 0.83,
    "events F1": 0.85,
    "current events F1": 0.88,
    "date accuracy": 0.95,
    "location accuracy": 0.90,
    "mode accuracy": 0.90,
    "doc_type accuracy": 0.97,
    "person recall": 0.77,
}
LANGUAGE_FLOORS = {"cy": 0.97, "ga": 0.90, "zu": 0.84, "xh": 0.63, "st": 0.89, "tn": 0.68, "sn": 0.89,
                   "ig": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sparse-g"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=51, historical=7, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("sparse_g held-out", FLOORS, languages=LANGUAGE_FLOORS)
