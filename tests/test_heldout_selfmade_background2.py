"""Accuracy floors on the self-written held-out set of long articles that are mostly background
(tests/data/heldout/background2.jsonl). 24 articles, 3 in each of zh, ja, ko, it, pl, tr, id and hi (108
gold events, 64 historical, 3 non-relevant), written by a session-15 set-writer (an AI model): explainers
and analyses that retell a bilateral defence relationship (earlier visits, agreements with their years) and
report one new meeting or signing at the end, an anniversary piece, two year-in-review pieces, a profile of
a minister after one year with his earlier trips, op-eds and an editorial (one with no current event at
all), in the style of Xinhua, the PLA Daily on 81.cn, the Liberty Times, Mainichi, Yomiuri, Asahi, Yonhap,
Kookbang Ilbo, JoongAng, ANSA, Formiche, Il Foglio, PAP, Defence24, Polska Zbrojna, Anadolu Ajansı,
Hürriyet, Sabah, Antara, Kompas, Tempo, Dainik Jagran, Amar Ujala and PIB, with their web furniture. Gold
after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline
runs in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).
First measurement, before any pack change (2026-12-04, session 15, HEAD 8961db3 + the set; extract stage via
/work/tools/allsets.sh): events P 0.661 R 0.673 F1 0.667, current 0.577, relevance 0.977, date 0.986,
location 0.897, mode 0.950, doc type 0.964, persons 0.877; hi 0.42, id 0.85, it 0.44, ja 0.69, ko 0.69, pl
0.84, tr 0.94, zh 0.69; by type agreement 0.77, meeting 0.67, exercise 0.63, intent 0.63, aid 0.42.
Gold correction after the first pack round: the E5 ministers' meeting hosted in Rome (it-03) is a
multilateral meeting (GUIDELINES), 107 -> 108 events; on the code of that moment events F1 0.780 -> 0.776.
After the session-15 pack changes of the same helper (src/milwatch/packs/{zh,ja,ko,it,pl,tr,id,hi}: general
vocabulary, sentences of its own in tests/extract/test_events_s15_background2.py; no engine change): events
P 0.780 R 0.787 F1 0.783, current 0.645, relevance 0.977, date 0.977, location 0.881, mode 0.958, doc type
0.939, persons 0.892; hi 0.75, id 0.85, it 0.46, ja 0.84, ko 0.75, pl 1.00, tr 1.00, zh 0.75. The packs were
changed with this set at hand (its misses pointed at the gaps), so that is no unseen-text figure. At the end
of session 15 (HEAD 8957298 with the other helpers' engine and pack work of the session, plus this helper's
later tr and "N years ago" entries): events P 0.804 R 0.796 F1 0.800, current 0.755, relevance 0.977, date
0.977, location 0.897, mode 0.958, doc type 0.939, persons 0.892; hi 0.82, id 0.85, it 0.46, ja 0.84, ko
0.75, pl 1.00, tr 1.00, zh 0.78.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower
them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "background2.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.77,
    "events recall": 0.76,
    "events F1": 0.77,
    "current events F1": 0.72,
    "date accuracy": 0.95,
    "location accuracy": 0.86,
    "mode accuracy": 0.93,
    "doc_type accuracy": 0.93,
    "person recall": 0.86,
}
LANGUAGE_FLOORS = {"hi": 0.79, "id": 0.81, "it": 0.43, "ja": 0.81, "ko": 0.72, "pl": 0.97, "tr": 0.97,
                   "zh": 0.75}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-background2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=108, historical=64, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("background2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
