"""Accuracy floors on the self-written held-out set agreements2 (tests/data/heldout/agreements2.jsonl).

20 articles in eight languages of the Asian, Arab, Turkish and Latin press (vi 3, ko 2, id 3, th 2, ar
3, tr 2, es 3, fr 2; 61 gold events, 19 historical, 3 non-relevant) written by a session-27 set-writer
(an AI model) in the styles of ministry sites and agencies (qdnd.vn, Báo Tin tức/TTXVN, Yonhap, 국방일보,
kemhan.go.id, ANTARA, detikNews, the Thai defence ministry, Thai PBS, SPA, QNA, Hespress, AA,
msb.gov.tr, defensa.gob.es, elEconomista/Europa Press, defense.gouv.fr, APS), with their web furniture.
It aims at signings: memoranda, protocols, letters of intent, annual and multi-year cooperation plans,
contracts and amended contracts, talks then a signing in one visit (a meeting and an agreement), "agreed
to" statements (intent) beside signed documents, agreements and commission sessions recalled from
earlier years (Buddhist-era and Hijri dates among them), and domestic signings as traps (a ministry with
a ministry, an army with a university, a ministry with a region). Two stories are told twice (ko 05 / id
06, ar 12 / tr 14). Gold after ../shared/eval/GUIDELINES.md; README_agreements2.md says how it was made.
The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 27, HEAD 97d7f25f + the set, d0ea60d9;
extract stage via /work/tools/allsets.sh), gold as first written: events P 0.980 R 0.803 F1 0.883,
current 0.925, relevance 0.970, date 1.000, location 1.000, mode 0.938, doc type 0.960, persons 0.948,
stories B3 1.000, links 1.000; by type agreement 0.89, meeting 0.89, intent 0.84; by language th 1.00,
vi 1.00, ar 0.94, fr 0.94, id 0.92, ko 0.88, tr 0.86, es 0.40. One gold fix after it (ef34b88e: two
Japanese names put in the usual English order, the text's order kept as aliases): persons 0.948 -> 0.966
on the same predictions. After the session-27 pack changes of the same helper
(src/milwatch/packs/{ar,id,es,ko,tr,fr}: markers, masks, a held verb, an honorific and the Korean name
pattern, sentences of its own in tests/extract/test_events_s27_agreements2.py; no engine change),
extract stage: events P 1.000 R 0.869 F1 0.930, current 0.950, relevance 0.970, date 1.000, location
1.000, mode 1.000, doc type 0.960, persons 1.000; meeting 0.97, intent 0.95, agreement 0.89; by language
ar 1.00, id 1.00, th 1.00, vi 1.00, fr 0.94, ko 0.93, tr 0.86, es 0.67. The packs were changed with this
set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise
them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "agreements2.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.97,
    "events recall": 0.84,
    "events F1": 0.90,
    "current events F1": 0.92,
    "date accuracy": 0.97,
    "location accuracy": 0.97,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.93,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"ar": 0.97, "es": 0.63, "fr": 0.91, "id": 0.97, "ko": 0.90, "th": 0.97, "tr": 0.82,
                   "vi": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-agreements2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=61, historical=19, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"ar", "es", "fr", "id", "ko", "th", "tr", "vi"}


test_floor = floor_test("agreements2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
