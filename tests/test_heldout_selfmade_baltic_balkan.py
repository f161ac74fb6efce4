"""Accuracy floors on the self-written held-out set of eight Baltic, Balkan, Central European and Caucasian
languages (tests/data/heldout/baltic_balkan.jsonl).

24 articles, 3 in each of lt, lv, et, sq, hu, bg, ro and ka (39 gold events, 4 historical, 3 non-relevant),
written by a session-11 language helper (an AI model) in the style of each language's press: ministry releases
(kam.lt, mod.gov.lv, kaitseministeerium.ee, mod.gov.al, honvedelem.hu, mod.bg, mapn.ro, mod.gov.ge), agencies
(ELTA, LETA, BNS/ERR, ATA, MTI, BTA, Agerpres, Interpressnews) and papers (LRT, Postimees, Panorama, Magyar
Nemzet, Dnevnik, Adevarul, Sargs.lv, 1TV), with their web furniture.  Real states and office-holders, invented
events and wording.  Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was
made.  The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 11, HEAD f8fe615 + the set): events P 0.878
R 0.923 F1 0.900, current 0.930, relevance 1.000, date 0.972, location 0.967, mode 0.923, doc type 1.000,
persons 0.962; bg 1.00, et 0.92, hu 1.00, ka 1.00, lt 0.67, lv 0.80, ro 1.00, sq 0.89.
After the session-11 pack work of the same helper (general vocabulary of lt lv et sq hu bg ro ka, sentences
of its own in tests/extract/test_events_s11_baltic_balkan.py, no engine change; HEAD 200ba94): events P 0.925
R 0.949 F1 0.937, current 0.971, relevance 1.000, date 0.973, location 0.968, mode 0.923, doc type 1.000,
persons 0.962;
bg 1.00, et 0.92, hu 1.00, ka 1.00, lt 0.83, lv 0.80, ro 1.00, sq 1.00.  The set was in front of the writer
while the packs changed, so this is a tuned figure; most of the gain is the Lithuanian number abbreviation
("3 tūkst.") and the masked praise of support in Albanian.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "baltic_balkan.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.89,
    "events recall": 0.91,
    "events F1": 0.90,
    "current events F1": 0.94,
    "date accuracy": 0.94,
    "location accuracy": 0.93,
    "mode accuracy": 0.89,
    "doc_type accuracy": 0.97,
    "person recall": 0.93,
}
LANGUAGE_FLOORS = {"bg": 0.97, "et": 0.89, "hu": 0.97, "ka": 0.97, "lt": 0.80, "lv": 0.77, "ro": 0.97,
                   "sq": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-baltic-balkan"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=39, historical=4, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("baltic_balkan held-out", FLOORS, languages=LANGUAGE_FLOORS)
