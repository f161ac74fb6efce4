"""Accuracy floors on the self-written held-out set of languages on the periphery of the other sets
(tests/data/heldout/periphery.jsonl).

24 articles, 3 in each of be (Belarusian), ky (Kyrgyz), tg (Tajik), tk (Turkmen), ps (Pashto), ku (Kurdish:
two Sorani, one Kurmanji), ca (Catalan) and eu (Basque) (45 gold events, 9 historical, 3 non-relevant),
written by a session-12 language helper (an AI model) in the style of BelTA's Belarusian edition, mil.by and
Nasha Niva, Kabar, Azattyk and the Kyrgyz MoD, Khovar, Ozodi and Jumhuriyat, TDH, Altyn asyr and Bitarap
Türkmenistan, Bakhtar, BBC Pashto and Pakistani Pashto web press, Rudaw and Kurdistan24, Ara, La Vanguardia
en català and 3Cat, Berria and EITB, with their web furniture. Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 12, HEAD 68f3b45 + the set; extract stage via
/work/tools/allsets.sh): events P 0.837 R 0.800 F1 0.818, current 0.853, relevance 1.000, date 0.944,
location 0.939, mode 1.000, doc type 1.000, persons 0.957; by type agreement 0.93, meeting 0.92, intent
0.80, exercise 0.75, aid 0.67, support 0.00; be 0.92, ca 0.86, eu 1.00, ku 0.50, ky 0.67, ps 0.91, tg 1.00,
tk 0.75. After the session-12 pack changes of the same helper (src/milwatch/packs/{be,ky,tg,tk,ps,ku,ca,eu}:
general vocabulary, sentences of its own in tests/extract/test_events_s12_periphery.py; no engine change;
HEAD a0abeef): events P 0.936 R 0.978 F1 0.957, current 0.946, relevance 1.000, date 0.977, location 1.000,
mode 1.000, doc type 1.000, persons 0.958; by type agreement, aid, meeting, support 1.00, exercise 0.88,
intent 0.88; be, ca, eu, ps, tg, tk 1.00, ku 0.93, ky 0.77 (the floor test in process gives the same). The
packs were changed with this set at hand (its misses pointed at the gaps), so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower
them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "periphery.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.90,
    "events recall": 0.94,
    "events F1": 0.92,
    "current events F1": 0.91,
    "date accuracy": 0.94,
    "location accuracy": 0.97,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.92,
}
LANGUAGE_FLOORS = {"be": 0.97, "ca": 0.97, "eu": 0.97, "ku": 0.90, "ky": 0.73, "ps": 0.97, "tg": 0.97,
                   "tk": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-periphery"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=45, historical=9, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("periphery held-out", FLOORS, languages=LANGUAGE_FLOORS)
