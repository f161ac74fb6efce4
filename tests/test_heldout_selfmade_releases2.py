"""Accuracy floors on the self-written held-out set of official defence releases, second set
(tests/data/heldout/releases2.jsonl).

24 articles in eight languages (en, fr, de, es, ru, zh, ja, id; 58 gold events, 11 historical, 3 non-relevant)
written by a session-23 set-writer (an AI model) in the style of OFFICIAL press releases and readouts of
defence ministries and armed forces (war.gov, gov.uk, PIB, defense.gouv.fr and the EMA, the Moroccan FAR,
bmvg.de, bundeswehr.de, VBS, defensa.gob.es and the EMAD, SEDENA, mil.ru, mod.gov.cn, mod.go.jp and the MSDF,
kemhan.go.id) with their site furniture, agendas, phone and video calls, courtesy calls, signings, and
PRECISION traps (domestic duties in the same release, press conferences on third states, company deals, retold
terms, thanks and hopes, related-news headlines). Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval` runs
it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 23, HEAD c9d56a0 + the set; extract stage via
/work/tools/allsets.sh): events P 0.700 R 0.907 F1 0.790 with the gold as first written; after two gold
corrections (rs2-09 three background Swiss agreements, rs2-11 a planned exercise as intent): events P 0.714
R 0.862 F1 0.781, current 0.819, relevance 0.955, date 1.000, location 0.930, mode 1.000, doc type 0.900,
persons 0.980.
After the session-23 pack changes of the same helper (src/milwatch/packs ru, ja, zh, fr, es, _base: general
vocabulary, masks and site furniture, sentences of its own in tests/extract/test_events_s23_releases2.py; no
engine change): events P 0.820 R 0.862 F1 0.840, current 0.887, relevance 0.977, date 1.000, location 0.977,
mode 1.000, doc type 0.900, persons 0.980. The packs were changed with this set at hand, so that is no
unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the system gets
better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "releases2.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.79,
    "events recall": 0.83,
    "events F1": 0.81,
    "current events F1": 0.85,
    "date accuracy": 0.97,
    "location accuracy": 0.94,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.87,
    "person recall": 0.95,
}
LANGUAGE_FLOORS = {
    "de": 0.70, "en": 0.81, "es": 0.97, "fr": 0.59, "id": 0.97, "ja": 0.77, "ru": 0.85, "zh": 0.97,
}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-releases2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=58, historical=11, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"en", "fr", "de", "es", "ru", "zh", "ja", "id"}


test_floor = floor_test("releases2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
