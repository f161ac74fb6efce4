"""Accuracy floors on the second self-written Chinese, Japanese and Korean held-out set
(tests/data/heldout/cjk2.jsonl).

24 articles, 8 in each of zh, ja and ko (43 gold events, 5 historical, 3 non-relevant), written by a
session-11 language helper (an AI model) before it read how the zh, ja and ko packs phrase anything, in the
style of each language's press: the Chinese defence ministry's site, Xinhua, the PLA Daily (simplified
characters), CNA, the Taiwanese defence ministry's releases with Republic of China years and the Liberty Times
(traditional characters); Japan's defence ministry and Joint Staff releases with Reiwa years, NHK, Kyodo,
Asahi, Yomiuri and Mainichi; Korea's defence ministry and DAPA releases, Yonhap, Kookbang Ilbo, KBS and
Newsis, with their web furniture. Meetings, phone and video calls, signings (MoUs, contracts, arrangements),
intents, exercises, donations and deliveries, support statements; a domestic drill, a missile launch and a
procurement decision as the non-relevant articles. Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval` runs
it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change of the helper (2026-12-04, session 11, HEAD f8fe615 + the set):
events P 0.741 R 0.930 F1 0.825, current 0.837, relevance 1.000, date 0.950, location 0.806, mode 1.000, doc
type 1.000, persons 0.902; ja 0.90, ko 0.85, zh 0.73. Gold correction after it (ja-05's "confirmed they would
continue the dialogue" is an intent, 44 events): events F1 0.837 (P 0.759 R 0.932), current 0.851, date 0.927,
location 0.781, persons 0.887; ja 0.94, ko 0.85, zh 0.73.
Second gold correction (session 11, after the engine merge): ja-01's 取決め (an arrangement between
the ministries) is doc_type "other", as asia_me's ja-01 annotates the same word and as the ja pack reads
it since the engine helper's change (協定 is an agreement between states, 取決め an administrative
arrangement); the set had said "agreement".
After the session-11 pack changes of the same helper (general zh/ja/ko vocabulary, sentences of its own in
tests/extract/test_events_s11_cjk.py, no engine change; HEAD 3a726d8): events P 0.840 R 0.955 F1 0.894,
current 0.894, relevance 1.000, date 0.929, location 0.788, mode 1.000, doc type 1.000, persons 0.887; ja
0.97, ko 0.93, zh 0.79. The packs were changed with this set at hand, so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "cjk2.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.81,
    "events recall": 0.92,
    "events F1": 0.86,
    "current events F1": 0.86,
    "date accuracy": 0.92,
    "location accuracy": 0.77,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.87,
}
LANGUAGE_FLOORS = {"ja": 0.94, "ko": 0.90, "zh": 0.76}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-cjk2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=44, historical=5, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 8))


test_floor = floor_test("cjk2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
