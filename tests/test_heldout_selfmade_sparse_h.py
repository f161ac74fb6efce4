"""Accuracy floors on the self-written held-out set sparse_h (tests/data/heldout/sparse_h.jsonl).

24 articles, 3 in each of pa (Punjabi, Gurmukhi), te (Telugu), yo (Yoruba), om (Afaan Oromo), rw
(Kinyarwanda), ti (Tigrinya: Eritrean press and one Tigray outlet), be (Belarusian) and hy (Armenian) (64 gold
events, 17 historical, 3 non-relevant), written by a session-15 set-writing helper (an AI model) in the style
of Ajit, Punjabi Tribune and PTC News, Eenadu and Sakshi, BBC Yorùbá and Alaroye, OBN and Fana (Ethiopian-
calendar datelines), RBA, Kigali Today and IGIHE, Haddas Ertra / shabait and Dimtsi Weyane, BelTA, the
Belarusian defense ministry and Nasha Niva, Armenpress, mil.am and Azatutyun, with their web furniture and the
precision traps real press has (thanks and one-sided wishes, the terms of an agreement, a forum's host state,
a news agency with its state, background events, analysis paragraphs, company-to-company deals, a refused
joint communique, a war as the topic of talks, a presidents' declaration with no military subject). Every
article is its own story. Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it
was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 15, HEAD 4c20f01 + the set, other helpers'
uncommitted work in the tree; extract stage via /work/tools/allsets.sh, the in-process run gives the same):
events P 0.797 R 0.797 F1 0.797, current 0.808, relevance 0.955, date 0.922, location 0.979, mode 0.941,
doc type 0.889, persons 0.789; by type support 1.00, intent 0.86, agreement 0.82, meeting 0.81, exercise 0.75,
aid 0.62; by language hy 0.91, ti 0.91, pa 0.86, rw 0.86, te 0.82, om 0.76, be 0.62, yo 0.55.
Gold correction after GUIDELINES ("aliases hold spellings exactly as they occur in the text,
inflected forms included"): five Telugu aliases written without the comitative ending the text has
(డాంగ్‌ జున్‌తో, ఆండ్రీ బెలౌసోవ్‌తోనూ, రాజేశ్‌ పెంధార్కర్‌తో, అనిల్‌ చౌహాన్‌తో, ఉపేంద్ర
ద్వివేదితోనూ) now carry it: persons 0.789 -> 0.868 on the same HEAD, nothing else moves.
After the session-15 pack changes of the same helper (pa te yo om rw be hy; general vocabulary, sentences
of its own in tests/extract/test_events_s15_sparse_h.py, 19 of 20 failing before, one a guard; no engine
change; every other set's events F1 unchanged, measured on a HEAD copy with and without the changes):
events P 0.909 R 0.938 F1 0.923, current 0.936, relevance 0.977, date 0.917, location 0.964, mode 0.944,
doc type 0.900, persons 0.902; rw 1.00, yo 1.00, hy 0.95, te 0.95, pa 0.92, om 0.92, ti 0.91, be 0.75. The
packs were changed with this set at hand, so that is no unseen-text figure.
Later rounds of the same helper (sentences of its own, every other set unchanged) moved only date 0.917 ->
0.967: the Tigrinya page date line is furniture, so the wire dateline gives "ሎሚ" (ti-01).
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sparse_h.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.88,
    "events recall": 0.90,
    "events F1": 0.89,
    "current events F1": 0.90,
    "date accuracy": 0.93,
    "location accuracy": 0.94,
    "mode accuracy": 0.91,
    "doc_type accuracy": 0.87,
    "person recall": 0.87,
}
LANGUAGE_FLOORS = {"be": 0.72, "hy": 0.92, "om": 0.88, "pa": 0.89, "rw": 0.97, "te": 0.91, "ti": 0.87,
                   "yo": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sparse-h"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=64, historical=17, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("sparse_h held-out", FLOORS, languages=LANGUAGE_FLOORS)
