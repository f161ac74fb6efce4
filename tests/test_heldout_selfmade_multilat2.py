"""Accuracy floors on the self-written held-out set multilat2 (tests/data/heldout/multilat2.jsonl).

20 articles in six languages (en 4, zh 4, fr 3, es 3, ar 3, ru 3; 58 gold events, 10 historical, 3
non-relevant) written by a session-26 set-writer (an AI model) in the styles of Defense News, ABC News,
Reuters, The Straits Times, the French Ministère des Armées, RFI, Le Figaro, Europa Press, Infobae, El País,
SPA, Petra, Al Jazeera, the Chinese defence ministry, Xinhua, 81.cn, People's Daily, TASS, RIA Novosti and
BelTA, with their web furniture. It aims at multilateral meetings and their sidelines: NATO defence
ministerials, the Ukraine Defense Contact Group, ADMM-Plus, the Shangri-La Dialogue, the Xiangshan Forum,
the Manama Dialogue, SCO, CSTO and CIS defence ministers, the GCC, the AES, a trilateral format and the
Conference of Defence Ministers of the Americas: bilateral talks on the sidelines (each its own event, mode
multilateral also with the host), signings and pledges there, earlier meetings as background, one story told
in English and Chinese, and traps (a keynote speech, attending the forum, an economic summit, a meeting of
trade ministers). Gold after ../shared/eval/GUIDELINES.md; README_multilat2.md (to be merged into
tests/data/heldout/README.md) says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, HEAD 94c19450 + the set; extract stage
via /work/tools/allsets.sh), gold as first written: events P 0.836 R 0.793 F1 0.814, current 0.833,
relevance 0.971, date 0.891, location 0.733, mode 0.897, doc type 1.000, persons 0.946; by type exercise
1.00, intent 0.86, meeting 0.81, agreement 0.80; by language zh 1.00, ru 0.84, en 0.80, fr 0.80, es 0.77,
ar 0.63. One gold correction followed (ml2-08: the talks with the NATO secretary general are a meeting
[ESP, nato], as in the other sets; a visit to the minister's own troops abroad meets no officials of the host
and is no event): same system, events P 0.855 R 0.810 F1 0.832, current 0.845. After the session-26 pack
changes of the same helper (src/milwatch/packs/{ar,ru,es,en}: general wording, sentences of its own in
tests/extract/test_events_s26_multilat2.py; no engine change): events P 0.889 R 0.828 F1 0.857, current
0.875, relevance 1.000, date 0.896, location 0.872, mode 0.900, doc type 1.000, persons 0.948; by language
zh 1.00, es 0.92, ru 0.89, en 0.83, fr 0.80, ar 0.71. The packs were changed with this set at hand, so that
is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the system
gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "multilat2.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.86,
    "events recall": 0.80,
    "events F1": 0.83,
    "current events F1": 0.84,
    "date accuracy": 0.86,
    "location accuracy": 0.84,
    "mode accuracy": 0.87,
    "doc_type accuracy": 0.97,
    "person recall": 0.91,
}
LANGUAGE_FLOORS = {"ar": 0.67, "en": 0.80, "es": 0.89, "fr": 0.77, "ru": 0.85, "zh": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-multilat2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=58, historical=10, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"ar", "en", "es", "fr", "ru", "zh"}


test_floor = floor_test("multilat2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
