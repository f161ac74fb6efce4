"""Accuracy floors on the self-written held-out set background5 (tests/data/heldout/background5.jsonl).

20 history-heavy articles in eight languages (en 3, de 3, fr 3, ru 3, zh 2, vi 2, es 2, pl 2; 67 gold events,
54 of them historical, 3 non-relevant) written by a session-27 set-writer (an AI model) in the styles of The
Hindu, ABC News, Korea JoongAng Daily, NDR, NZZ, tagesschau.de, Le Figaro, Le Soir, Opex360, TASS, BELTA, RIA
Novosti, 81.cn, Huanqiu, Báo Quân đội nhân dân, VOV, Infodefensa, El País, Defence24 and Rzeczpospolita, with
their web furniture (menus, bylines, "read also" links, copyright lines): anniversaries of a partnership,
chronologies of cooperation ("In July 2022 … In December 2023 … Last year …"), profiles of a minister's
career, each with one current event or none; background events dated by year or month; three domestic
anniversaries or profiles that are not relevant. No story is told twice. Gold after
../shared/eval/GUIDELINES.md; README_background5.md says how it was made. The whole pipeline runs in-process
as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 27, HEAD 67b47653 = session base d5e1842f +
the set; extract stage via /work/tools/allsets.sh), gold as first written: events P 0.936 R 0.868 F1 0.901.
One gold mistake was then fixed (5f9d0f0c: es 01 "Navantia y la turca SEDEF firmaron el contrato" is a
signing between two companies, neither said to act for a state: no event); on the fixed gold, the unseen
figure: events P 0.936 R 0.881 F1 0.908, current 0.929, relevance 1.000, date 0.983, location 0.854, mode
0.933, doc type 1.000, persons 0.882; by type meeting 0.83, agreement 0.91, aid 0.89, exercise and intent
1.00; by language pl 1.00, ru 0.96, zh 0.93, en 0.92, fr 0.91, de 0.88, es 0.86, vi 0.75. After the
session-27 pack changes of the same helper (src/milwatch/packs/{pl,es,zh,vi,ru,en,de}: "w maju" as a month,
the invasion of Ukraine as a frame of time, room for cooperation as no aid, "Trong chuyến thăm," / "During the
visit," referring back, the Moscow region and the Tyrol as places; sentences of its own in
tests/extract/test_events_s27_background5.py; no engine change), extract stage: events P 0.968 R 0.895 F1
0.930, current 0.963, relevance 1.000, date 1.000, location 0.905, mode 0.938, doc type 1.000, persons
0.886; meeting 0.89, agreement 0.91, aid 0.94, exercise and intent 1.00; by language es, pl, zh 1.00, ru
0.96, en 0.92, fr 0.91, de 0.88, vi 0.75. The packs were changed with this set at hand, so that is no
unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the system gets
better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "background5.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.93,
    "events recall": 0.86,
    "events F1": 0.90,
    "current events F1": 0.93,
    "date accuracy": 0.97,
    "location accuracy": 0.87,
    "doc_type accuracy": 0.97,
    "person recall": 0.85,
}
LANGUAGE_FLOORS = {"de": 0.84, "en": 0.88, "es": 0.97, "fr": 0.87, "pl": 0.97, "ru": 0.92, "vi": 0.72,
                   "zh": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-background5"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=67, historical=54, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"de", "en", "es", "fr", "pl", "ru", "vi", "zh"}


test_floor = floor_test("background5 held-out", FLOORS, languages=LANGUAGE_FLOORS)
