"""Accuracy floors on the self-written held-out set of press in languages whose packs are thin
(tests/data/heldout/rare_langs.jsonl).

24 articles (57 gold events, 9 historical, 3 non-relevant), two in each of Swahili, Hausa, Amharic, Somali,
Khmer, Burmese, Lao, Nepali, Sinhala, Mongolian, Uzbek and Kazakh, written by a session-23 set-writer (an AI
model) in the styles of Taifa Leo, Mwananchi, BBC Hausa, Leadership Hausa, EBC, Addis Zemen, SONNA, BBC
Somali, Fresh News, DAP News, MRTV, Kyemon/GNLM, KPL, Vientiane Mai, Kantipur, Gorkhapatra, Lankadeepa,
Dinamina, Montsame, iKon, Kun.uz, Daryo, Kazinform and Egemen Qazaqstan, with their web furniture, and
PRECISION traps (domestic drills and graduations, police, foreign ministers only, a parliament vote, a
company's plans, thanks, states named in analysis, combat). Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 23, HEAD 97a33c9 + the set; extract stage
via /work/tools/allsets.sh), gold as first written (no correction): events P 0.833 R 0.877 F1 0.855,
current 0.828, relevance 0.952, date 0.92, location 0.94, mode 1.00, doc type 1.00, persons 0.84; by type
agreement 0.93, aid 0.73, exercise 0.82, intent 0.92, meeting 0.84, support 1.00.
After the session-23 pack changes of the same helper (packs sw si km ne kk ha mn so uz lo: general vocabulary
and masks, sentences of its own in tests/extract/test_events_s23_rare_langs.py; no engine change; HEAD
e0d47b6 with the lead's domestic-drill rule): events P 0.912 R 0.912 F1 0.912, current 0.896, relevance
1.000, date 0.98, location 0.94, mode 1.00, doc type 1.00, persons 0.91; agreement 1.00, aid 0.89, exercise
0.90, intent 0.96, meeting 0.86, support 1.00. The packs were changed with this set at hand, so that is no
unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the system gets
better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "rare_langs.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.88,
    "events recall": 0.88,
    "events F1": 0.88,
    "current events F1": 0.86,
    "date accuracy": 0.95,
    "location accuracy": 0.91,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.87,
}
LANGUAGE_FLOORS = {"am": 0.97, "ha": 0.97, "kk": 0.80, "km": 0.80, "lo": 0.97, "mn": 0.97, "my": 0.89,
                   "ne": 0.72, "si": 0.85, "so": 0.85, "sw": 0.87, "uz": 0.97}
LANGUAGE_ARTICLES = {"sw": 2, "ha": 2, "am": 2, "so": 2, "km": 2, "my": 2, "lo": 2, "ne": 2, "si": 2, "mn": 2,
                     "uz": 2, "kk": 2}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-rare-langs"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=57, historical=9, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_ARTICLES}
            == LANGUAGE_ARTICLES)
    assert {row["lang"] for row in result["gold"]} == set(LANGUAGE_ARTICLES)


test_floor = floor_test("rare_langs held-out", FLOORS, languages=LANGUAGE_FLOORS)
