"""Accuracy floors on the self-written held-out set of English-language wire copy
(tests/data/heldout/wires_en.jsonl).

51 English articles as national news agencies, ministries and newspapers of non-English-speaking countries
publish them in their English services (Xinhua, TASS, Yonhap, Kyodo, VNA, Anadolu, Antara, Bernama, PNA,
APP/ISPR, PTI, ANI, IRNA, WAM, SPA, KUNA, ONA, Ukrinform, BTA, PAP, Agerpres, Prensa Latina, MENA, APS, MAP,
Kazinform, Montsame, Azertac, Armenpress, Andina, Agência Brasil, GNA, KNA, Gulf News, Daily Sabah, Dawn, The
Hindu, The Jakarta Post, Bangkok Post, The Kyiv Independent, Vanuatu Daily Post) plus a few US and Australian
outlets (a Department of War readout, Defense News, ABC Pacific), with their datelines, honorifics and long
official titles; 125 gold events (34 historical), 6 non-relevant articles; two stories told twice (Yonhap +
PAP, BTA + Agerpres). Written by the wires helper of session 9 (an AI model) before reading the packs; gold
after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any change (2026-12-03, session 9, HEAD 2f99976): events P 0.857 R 0.878 F1 0.868,
current 0.907, relevance 0.989, date 0.944, location 0.915, mode 0.946, doc type 0.968, persons 0.848 with the
labels as committed; with the gold corrections the README records (a support statement and a background visit
added, same predictions): events P 0.873 R 0.880 F1 0.876, current 0.902, date 0.936, location 0.906, mode
0.947, doc type 0.968, persons 0.842; en 0.88.  A later alias correction (the text's "Khalid bin Salman bin
Abdulaziz") raised persons 0.873 -> 0.881 with the predictions of HEAD b7a8076. After the session-9 pack work
on en (HEAD 7e28ef5, general English vocabulary with sentences of the helper's own in
tests/extract/test_events_h9_we.py, no engine change by this helper; others' engine edits were in the tree):
events P 0.929 R 0.944 F1 0.936, current 0.962, relevance 1.000, date 0.948, location 0.903, mode 0.950, doc
type 0.969, persons 0.907; by type agreement 0.970, aid 0.870, exercise 0.864, intent 1.000, meeting 0.941,
support 1.000. Tuned on since, so no longer an unseen-text figure. Floors sit about 0.03 below the final
figures: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "wires_en.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.90,
    "events recall": 0.91,
    "events F1": 0.90,
    "current events F1": 0.93,
    "date accuracy": 0.91,
    "location accuracy": 0.87,
    "mode accuracy": 0.92,
    "doc_type accuracy": 0.93,
    "person recall": 0.87,
}
LANGUAGE_FLOORS = {"en": 0.90}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-wires-en"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=51, events=125, historical=34, irrelevant=6)
    assert {row["lang"] for row in result["gold"]} == {"en"}
    stories = [row["story"] for row in result["gold"]]
    twice = sorted(story for story in set(stories) if stories.count(story) == 2)
    assert twice == ["h9-we-bgr-rou", "h9-we-kor-pol"]


test_floor = floor_test("wires_en held-out", FLOORS, languages=LANGUAGE_FLOORS)
