"""Accuracy floors on the self-written held-out set of articles that report SEVERAL events each, in Italian,
Korean, Turkish, Polish, Ukrainian, Persian, Hebrew and Indonesian (tests/data/heldout/multi3.jsonl).

24 articles, 3 in each of it, ko, tr, pl, uk, fa, he and id (109 gold events, 12 historical, 2
non-relevant), written by a session-16 set-writer helper (an AI model) in the style of ANSA, difesa.it and
Agenzia Nova, the 국방부 release, 연합뉴스 and 뉴시스, Anadolu Ajansı (the MSB weekly briefing) and Sabah,
PAP, Defence24 and Polska Zbrojna, mod.gov.ua, Укрінформ and АрміяInform, IRNA, Tasnim and Mehr (Solar Hijri
stamps), ynet, the Israeli MoD spokesperson and Israel Hayom, kemhan.go.id, ANTARA and Tempo, with their web
furniture: ministers' tours through two or three capitals on different days, bilaterals on the sidelines of
a forum, week round-ups, joint statements with several commitments, a donor meeting with the pledges of four
states, visits with a signing and an announced exercise. Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 16, HEAD 423abb3 + the set; extract stage via
/work/tools/allsets.sh), on the gold as first written (108 events): events P 0.818 R 0.833 F1 0.826, current
0.827, relevance 0.978, date 0.867, location 0.750, mode 0.868, doc type 1.000, persons 0.873; by type
agreement 0.93, meeting 0.84, intent 0.74, aid 0.71, exercise 0.62, support 1.00; fa 0.90, uk 0.90, ko 0.87,
id 0.85, he 0.83, tr 0.81, pl 0.74, it 0.71.  After one gold correction (a background visit of it-01, see the
README): events P 0.827 R 0.835 F1 0.831, current 0.827, date 0.868, location 0.753, mode 0.872, persons
0.873; it 0.75.
After the session-16 pack changes of the same helper (src/milwatch/packs/{he,it,tr,pl,uk,id}: general
vocabulary, sentences of its own in tests/extract/test_events_s16_multi3.py; no engine change): events
P 0.852 R 0.899 F1 0.875, current 0.873, relevance 0.978, date 0.837, location 0.844, mode 0.881, doc type
1.000, persons 0.882; fa 0.90, he 0.88, id 0.85, it 0.88, ko 0.87, pl 0.70, tr 0.94, uk 0.94.  The packs were
changed with this set at hand, so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "multi3.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.82,
    "events recall": 0.86,
    "events F1": 0.84,
    "current events F1": 0.84,
    "date accuracy": 0.83,
    "location accuracy": 0.81,
    "mode accuracy": 0.85,
    "doc_type accuracy": 0.97,
    "person recall": 0.85,
}
LANGUAGE_FLOORS = {"fa": 0.87, "he": 0.85, "id": 0.81, "it": 0.84, "ko": 0.83, "pl": 0.70, "tr": 0.90,
                   "uk": 0.90}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-multi3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=109, historical=12, irrelevant=2)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("multi3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
