"""Accuracy floors on the fourth self-written native-press held-out set
(tests/data/heldout/native4.jsonl).

48 articles in the three main languages of the hidden held-out set and two more: de 12
(BMVg and Bundeswehr releases, APA, a VBS release, "hib – heute im bundestag",
Mittelbayerische, Keystone-SDA, a Bundesheer release, dpa, Kleine Zeitung), en 12 (a US
Department of War readout, gov.uk MoD, Australian Defence, PIB, WAM in Gulf Today, a
Kenyan and a Nigerian paper, a think-tank newsletter, a US Embassy release, Reuters, an
op-ed), vi 12 (QĐND, Báo Chính phủ, Báo Biên phòng, VnExpress, Tuổi Trẻ, Báo Tây Ninh, an
embassy page, Nhân Dân, Báo Quảng Ninh), fr 6 (Swiss press, APS, a Canadian DND
communiqué, the Ministère des Armées, MAP, Radio-Canada), es 6 (Ministerio de Defensa,
EFE, Infodefensa, Listín Diario, Diario de Cádiz, SEDENA); 147 gold events (35
historical), 5 non-relevant articles, two stories told in two languages. Written by the
native4 helper of session 10 (an AI model) before reading the packs; gold after
../shared/eval/GUIDELINES.md; the README says how. The whole pipeline runs in-process as
`milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any change (2026-12-03, session 10, HEAD c316e8c with others'
uncommitted edits in the tree), with the gold correction the README records (doc type
only): events P 0.894 R 0.803 F1 0.846, current 0.852, relevance 1.000, date 0.949,
location 0.854, mode 0.927, doc type 0.917, persons 0.971; de 0.765, en 0.789, es 0.970,
fr 0.903, vi 0.895; story links 2 of 2.  After the session-10 pack work of the same
helper (HEAD 26ed257; general vocabulary of de en vi fr es with sentences of its own in
tests/extract/test_events_h10_n4.py, no engine change): events P 0.914 R 0.871 F1
0.892, current 0.886, relevance 1.000, date 0.953, location 0.843, mode 0.929, doc type
0.929, persons 0.972 (0.981 after a498034, de titles); de 0.776, en 0.880, es 1.000, fr
0.970, vi 0.923.  Tuned on, so no
longer an unseen-text figure.  Floors sit about 0.03 below: raise them when the system
gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "native4.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.88,
    "events recall": 0.84,
    "events F1": 0.86,
    "current events F1": 0.85,
    "story links F1": 0.97,
    "date accuracy": 0.92,
    "location accuracy": 0.81,
    "mode accuracy": 0.89,
    "doc_type accuracy": 0.89,
    "person recall": 0.95,
}
LANGUAGE_FLOORS = {"de": 0.74, "en": 0.85, "es": 0.97, "fr": 0.94, "vi": 0.89}
LANGUAGE_ARTICLES = {"de": 12, "en": 12, "vi": 12, "fr": 6, "es": 6}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-native4"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=48, events=147, historical=35, irrelevant=5)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_ARTICLES}
            == LANGUAGE_ARTICLES)


test_floor = floor_test("native4 held-out", FLOORS, languages=LANGUAGE_FLOORS)
