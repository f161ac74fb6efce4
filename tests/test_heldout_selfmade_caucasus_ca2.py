"""Accuracy floors on the self-written held-out set caucasus_ca2 (tests/data/heldout/caucasus_ca2.jsonl).

20 articles from the Caucasus, Central Asia and Mongolia in nine languages (az 3, ru 3, and two each of kk,
uz, ky, tg, hy, ka, mn; 41 gold events, 14 historical, 3 non-relevant) written by a session-26 set-writer (an
AI model) in the styles of Kazinform, UzA, Kabar, Khovar, APA, AZERTAC, Report.az, Armenpress,
Interpressnews, Montsame and Sputnik Kyrgyzstan / Tajikistan, with their web furniture. It aims at the
region's defense genres: ministers' talks with the cooperation plan for the coming year signed, a trilateral
programme, a protocol of Turkish aid, SCO and Turkic-state exercises, bilateral drills, training of officers
abroad and delivered equipment, with background events (earlier editions, earlier contracts and deliveries)
and traps (a "since" series, a border shoot-out, domestic drills, conscription, a new barracks). Two stories
are told twice (kk/ru, ky/ru). Gold after ../shared/eval/GUIDELINES.md; README_caucasus_ca2.md (merged into
tests/data/heldout/README.md) says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, HEAD 30533306 + the set; extract stage
via /work/tools/allsets.sh), gold as first written, no correction: events P 0.829 R 0.829 F1 0.829, current
0.815, relevance 1.000, date 1.000, location 1.000, mode 1.000, doc type 0.900, persons 1.000, story links
0.667; by type agreement 1.00, intent 1.00, meeting 0.94, exercise 0.67, aid 0.63; by language az 1.00, kk
1.00, tg 1.00, mn 0.89, hy 0.80, uz 0.75, ru 0.71, ky 0.67, ka 0.40. After the session-26 pack changes of the
same helper (src/milwatch/packs/{hy,uz,mn,ka,kk,ky,az,tg,ru}: months in their "in" case, the SCO named in
full, a contract "about" a purchase, Georgian received hardware and a pledge verb; sentences of its own in
tests/extract/test_events_s26_caucasus_ca2.py; no engine change), extract stage: events P 0.881 R 0.902 F1
0.892, current 0.889, relevance 1.000, date 1.000, location 1.000, mode 1.000, doc type 1.000, persons 1.000;
by language az, hy, kk, tg, uz 1.00, mn 0.89, ru 0.71, ka 0.67, ky 0.67. The packs were changed with this
set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise
them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "caucasus_ca2.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.85,
    "events recall": 0.87,
    "events F1": 0.86,
    "current events F1": 0.86,
    "date accuracy": 0.97,
    "location accuracy": 0.97,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"az": 0.97, "hy": 0.97, "ka": 0.63, "kk": 0.97, "ky": 0.63, "mn": 0.85, "ru": 0.68,
                   "tg": 0.97, "uz": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-caucasus_ca2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=41, historical=14, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"az", "hy", "ka", "kk", "ky", "mn", "ru", "tg", "uz"}


test_floor = floor_test("caucasus_ca2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
