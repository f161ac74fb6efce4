"""Accuracy floors on the self-written held-out set of long background-heavy articles
(tests/data/heldout/chronicle.jsonl).

24 articles, 3 in each of ru, uk, ar, he, nl, el, sv and ro (109 gold events, 48 historical, 3 non-relevant),
written by a session-14 set-writer (an AI model): anniversary pieces, explainers with a dated chronology,
news with a long background section, visits that recall the previous visit, year-in-review pieces and
planning pieces, in the style of TASS, Krasnaya Zvezda and Kommersant, ArmyInform, Ukrinform and Suspilne,
Al-Ahram, QNA and Hespress, ynet, Maariv and Israel Hayom, Defensie.nl, NOS and VRT NWS, Philenews,
Kathimerini and the Greek general staff, Regeringskansliet, SvD/TT and Forsvarsmakten, MApN, Agerpres and
Digi24, with their web furniture.  Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md
says how it was made.  The whole pipeline runs in-process as `milwatch eval` runs it, scored with the
score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 14, HEAD d17e036 + the set; extract stage via
/work/tools/allsets.sh): events P 0.758 R 0.688 F1 0.721, current 0.717, relevance 0.977, date 0.958,
location 0.750, mode 0.944, doc type 0.962, persons 0.870; ar 0.73, el 0.75, he 0.88, nl 0.69, ro 0.65,
ru 0.63, sv 0.82, uk 0.78; by type intent 0.78, agreement 0.77, meeting 0.74, exercise 0.63, aid 0.60.
After the session-14 pack changes of the same helper (src/milwatch/packs/{ru,uk,ar,he,nl,el,sv,ro}: general
vocabulary, sentences of its own in tests/extract/test_events_s14_chronicle.py; no engine change): events
P 0.896 R 0.789 F1 0.839, current 0.811, relevance 0.977, date 0.976, location 0.750, mode 0.950, doc type
0.967, persons 0.879 (0.948 after the Greek accusative plural title "τους υπουργούς"); ar 0.80, el 0.81,
he 0.88, nl 0.79, ro 0.97, ru 0.77, sv 0.88, uk 0.87.  The packs were
changed with this set at hand, so that is no unseen-text figure.  Gold correction after the pack work: the 11
intents agreed or announced at a located meeting got that meeting's state as location (GUIDELINES: the
state where it took place); location 0.737 (n 57) -> 0.750 (n 68), no other figure moved.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "chronicle.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.86,
    "events recall": 0.75,
    "events F1": 0.82,
    "current events F1": 0.78,
    "date accuracy": 0.94,
    "location accuracy": 0.72,
    "mode accuracy": 0.92,
    "doc_type accuracy": 0.93,
    "person recall": 0.91,
}
# ar 0.77 -> 0.73 (session 20, lead): an earlier edition told with no state is the exercise just told with its
# parties (earlier_editions.py: nine sets gained); the gold of "وأقيمت النسخة السابقة من التدريب في سبتمبر
# 2023 بمشاركة 34 دولة" keeps only the two hosts of the six the article names (ar 0.762)
LANGUAGE_FLOORS = {"ar": 0.73, "el": 0.78, "he": 0.84, "nl": 0.75, "ro": 0.93, "ru": 0.73, "sv": 0.84,
                   "uk": 0.84}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-chronicle"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=109, historical=48, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("chronicle held-out", FLOORS, languages=LANGUAGE_FLOORS)
