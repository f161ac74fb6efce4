"""Accuracy floors on the self-written held-out set domestic6 (tests/data/heldout/domestic6.jsonl).

20 articles of domestic defense news in eight major languages (de, fr, ru, uk 3 each; es, pl, tr, ja 2 each;
32 gold events, 9 historical, 4 non-relevant) written by a session-26 set-writer (an AI model) in the styles
of bmvg.de, tagesschau, FAZ/dpa, Le Figaro/AFP, Ouest-France, the ministère des Armées, Europa Press,
Infodefensa, TASS, Interfax, RIA Novosti, mod.gov.ua, Ukrinform, ArmyInform, PAP, gov.pl, Anadolu, Hürriyet,
NHK and Sankei, with their web furniture. It aims at the domestic genre: own procurement, budgets, parliaments
(ratifications, service laws), domestic drills, own troops abroad and reforms, with a few real bilateral
events inside them (a visit told by both sides' press, pl and uk, one story), and traps: foreign states in
analysts' sentences, foreign companies in tenders, NATO missions, a minister visiting the own troops abroad,
home contracts. Gold after ../shared/eval/GUIDELINES.md; README_domestic6.md says how it was made. The whole
pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, HEAD 94c19450 + the set; extract stage via
/work/tools/allsets.sh), with the gold fix of dfc1e644 (the location of an intent agreed at talks, three
events; it does not touch the event match): events P 0.938 R 0.938 F1 0.938, current 0.936, relevance 1.000,
date 1.000, location 0.852, mode 1.000, doc type 1.000, persons 1.000; by type agreement 0.96, meeting 0.93,
exercise 0.88, aid 1.00, intent 1.00; by language de, es, fr, ja, pl, ru 1.00, uk 0.83, tr 0.67. After the
session-26 pack changes of the same helper (src/milwatch/packs/{uk,tr,de,fr,ru,pl,ja}: masks, mission names
and places, sentences of its own in tests/extract/test_events_s26_domestic6.py; no engine change): events P
1.000 R 0.969 F1 0.984, current 1.000, relevance 1.000, date 1.000, location 0.929, mode 1.000, doc type
1.000, persons 1.000; uk 0.91, every other language 1.00. The packs were changed with this set at hand, so
that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the system
gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "domestic6.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.97,
    "events recall": 0.94,
    "events F1": 0.95,
    "current events F1": 0.97,
    "date accuracy": 0.97,
    "location accuracy": 0.89,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"de": 0.97, "es": 0.97, "fr": 0.97, "ja": 0.97, "pl": 0.97, "ru": 0.97, "tr": 0.97,
                   "uk": 0.88}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-domestic6"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=32, historical=9, irrelevant=4)
    assert {row["lang"] for row in result["gold"]} == {"de", "es", "fr", "ja", "pl", "ru", "tr", "uk"}


test_floor = floor_test("domestic6 held-out", FLOORS, languages=LANGUAGE_FLOORS)
