"""Accuracy floors on the self-written held-out set mt4 (tests/data/heldout/mt4.jsonl).

20 machine-translated articles (de 8, en 6, fr 3, es 3; 49 gold events, 15 historical, 3 non-relevant)
written by a session-25 set-writer (an AI model): news from Vietnamese (QĐND), Chinese (Xinhua, China
Military Online), Russian (RIA Novosti, TASS), Turkish (Anadolu, Daily Sabah), Korean (Yonhap), Thai
(Thairath, Matichon), Indonesian (ANTARA, Kompas) and Arabic (SPA, the Egyptian army spokesman, Hespress)
sources as a web translator renders them, with the artefacts of machine translation: literal titles
("Generaloberst" and "Senior Lieutenant General" for Thượng tướng, "capitán de primer rango", "coronel
superior"), calqued dates ("Am Nachmittag des 12.11", "ngày 18/11", "am 2.", "on the 27th", "(26/11)",
Buddhist years "2569"), untranslated names and units ("Millî Savunma Bakanı", "MSB", "TURKSOM"), renamed
document types ("Memorandum der Verständigung", "protocole d'accord (MOU)", "Cooperation Plan"), doubled
"Translated by Google" lines and related-news lists. Traps: port calls without joint activity, "since" a
year of a lasting practice, a cumulative count of trainees, domestic flood relief, export statistics, a
fleet's own drill, foreign states in a related-news list. Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 25, HEAD 7ab8e798 + the set; extract stage
via /work/tools/allsets.sh), gold as first written, no correction: events P 0.882 R 0.918 F1 0.900, current
0.927, relevance 1.000, date 0.932, location 0.833, mode 0.933, doc type 0.917, persons 0.900; by type
agreement 0.96, intent 1.00, meeting 0.94, exercise 0.82, aid 0.57, support 1.00; by language de 0.87, en
0.89, es 0.86, fr 1.00. After the session-25 pack changes of the same helper (src/milwatch/packs/{de,en,es}:
general vocabulary of machine-translated news, sentences of its own in tests/extract/test_events_s25_mt4.py;
no engine change), whole pipeline = extract stage: events P 0.922 R 0.959 F1 0.940, current 0.986, relevance
1.000, date 0.935, location 0.816, mode 0.933, doc type 0.917, persons 0.950; agreement 0.96, intent 1.00,
meeting 0.97, exercise 0.87, aid 0.86, support 1.00; de 0.93, en 0.93, es 0.86, fr 1.00. The packs were
changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest
measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "mt4.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.89,
    "events recall": 0.93,
    "events F1": 0.91,
    "current events F1": 0.95,
    "date accuracy": 0.90,
    "location accuracy": 0.78,
    "mode accuracy": 0.90,
    "doc_type accuracy": 0.88,
    "person recall": 0.92,
}
LANGUAGE_FLOORS = {"de": 0.90, "en": 0.89, "es": 0.82, "fr": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-mt4"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=49, historical=15, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"de", "en", "es", "fr"}


test_floor = floor_test("mt4 held-out", FLOORS, languages=LANGUAGE_FLOORS)
