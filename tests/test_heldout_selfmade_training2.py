"""Accuracy floors on the self-written held-out set training2 (tests/data/heldout/training2.jsonl).

20 articles on military education and training cooperation in seven languages (en 3, fr 3, pt 3, es 3, ar 3,
sw 2, ru 3; 49 gold events, 18 historical, 3 non-relevant) written by a session-28 set-writer (an AI model) in
the styles of a US embassy release, defenceWeb, Hindustan Times, Lefaso.net, the Ivorian and Belgian defence
ministries, defesa.gov.pt, ANGOP, RTP, defensa.gob.es, the Colombian defence ministry, Infobae, Petra, SPA,
Hespress, Mwananchi, Taifa Leo, RIA Novosti, Kabar and Zvezda, with their web furniture (menus, bylines, "Lire
aussi", "Leia também", "اقرأ أيضاً", "Soma zaidi", "Читайте также", cookie lines, tags, share rows): mobile
training teams and instructors (US, Belgian, Spanish, Kenyan, Russian), an EU mission and China handing over
training centres, officers leaving for courses abroad, scholarships and places at foreign academies offered
(intent), courses planned, agreements and a protocol on training, a joint medical course, a graduation of
foreign officers; background training told as history ("Under IMET, hundreds of Ghanaian officers have
attended U.S. military schools since the 1960s."). Non-relevant: an Indian academy passing-out parade with
foreign cadets of unnamed states, a Portuguese academy intake, a Russian academy oath. Every article is its
own story. Gold after ../shared/eval/GUIDELINES.md; README_training2.md says how it was made. The whole
pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 28, set commit ec080a35 on the session base;
extract stage via /work/tools/allsets.sh), gold as first written (44 events): events P 0.853 R 0.659 F1 0.744.
One gold fix followed (4b95aecb: five aid events of training given, told as background or as ongoing, missed
when the set was written; the system found one of them, pt 07). On the fixed gold, the unseen figure:
events P 0.882 R 0.612 F1 0.723, current 0.692, relevance 0.970, date 0.926, location 0.750, doc type 1.000,
mode 1.000, persons 0.947; by type meeting 0.91, agreement 0.87, exercise 0.80, aid 0.60, intent 0.44; by
language ru 0.91, sw 0.86, es 0.78, pt 0.77, ar 0.67, en 0.60, fr 0.50.
After the session-28 pack changes of the same helper (src/milwatch/packs/{sw,fr,pt,en,es,ar}: training given
in more wordings, courses and places planned as intents, a joint training course as an exercise, practical
exercises of a course and a centre named for joint training masked; sentences of its own in
tests/extract/test_events_s28_training2.py; no engine change), extract stage: events P 0.900 R 0.735 F1 0.809,
current 0.821, relevance 1.000, date 0.935, location 0.769, doc type 1.000, mode 1.000, persons 0.950; meeting
0.91, agreement 0.87, exercise 0.89, aid 0.74, intent 0.73; by language sw 1.00, ru 0.91, pt 0.86, es 0.84, en
0.73, fr 0.71, ar 0.67. The packs were changed with this set at hand, so that is no unseen-text figure. Floors
sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "training2.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.87,
    "events recall": 0.70,
    "events F1": 0.78,
    "current events F1": 0.79,
    "date accuracy": 0.90,
    "location accuracy": 0.73,
    "doc_type accuracy": 0.97,
    "person recall": 0.92,
}
LANGUAGE_FLOORS = {"ar": 0.63, "en": 0.69, "es": 0.81, "fr": 0.68, "pt": 0.82, "ru": 0.88, "sw": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-training2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=49, historical=18, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"ar", "en", "es", "fr", "pt", "ru", "sw"}


test_floor = floor_test("training2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
