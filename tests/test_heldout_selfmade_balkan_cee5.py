"""Accuracy floors on the self-written held-out set balkan_cee5 (tests/data/heldout/balkan_cee5.jsonl).

20 articles from the Balkans and Central Europe, two each (sr, hr, bs, mk, sl, sq, ro, bg, hu, sk; 41 gold
events, 11 historical, 3 non-relevant) written by a session-26 set-writer (an AI model) in the styles of
mod.gov.rs, Tanjug, MORH, Hina, Klix.ba, MO BiH, mod.gov.mk, MIA, STA, gov.si, mod.gov.al, Top Channel,
Agerpres, Digi24, mod.bg, BTA, MTI, honvedelem.hu, TASR and Aktuality.sk, with their web furniture (menus,
bylines, "read also" and related-articles lines, cookie lines). It aims at ministers' talks, signings
(cooperation plan, protocol, memorandum, letter of intent), joint exercises, donations, an EUFOR exercise and
pledges, with traps: domestic drills, procurement from home companies and shipyards, analysts' asides naming
other states, a warship's port call. Three stories are told in two languages each (a Serbian-Hungarian
ministers' meeting: sr + hu; a Croatian donation in Sarajevo: hr + bs; a Hungarian-Slovak letter of intent:
hu + sk). Gold after ../shared/eval/GUIDELINES.md; README_balkan_cee5.md says how it was made. The whole
pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, HEAD fdf46d9d + the set f24be083; extract
stage via /work/tools/allsets.sh), gold as first written, no correction: events P 0.804 R 0.902 F1 0.851,
current 0.849, relevance 0.971, date 1.000, location 0.759, mode 1.000, doc type 1.000, persons 0.912; by type
meeting 0.96, agreement 0.82, aid 0.80, exercise 0.80, intent 0.75; by language hr 1.00, sk 1.00, sl 1.00, hu
0.92, ro 0.89, sq 0.89, sr 0.86, mk 0.80, bg 0.60, bs 0.60. After the session-26 pack changes of the same
helper (src/milwatch/packs/{bg,hu,sr,hr,bs,sl}: general vocabulary, a mask, a boilerplate line and two places;
sentences of its own in tests/extract/test_events_s26_balkan_cee5.py; no engine change): events P 0.822 R
0.902 F1 0.861, current 0.862, relevance 0.971, date 1.000, location 0.862, mode 1.000, doc type 1.000,
persons 0.912; meeting 1.00, exercise 0.86, agreement 0.82, aid 0.75, intent 0.75. The packs were changed with
this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise
them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "balkan_cee5.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.79,
    "events recall": 0.87,
    "events F1": 0.83,
    "current events F1": 0.83,
    "date accuracy": 0.97,
    "location accuracy": 0.83,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.88,
}
LANGUAGE_FLOORS = {"bg": 0.57, "bs": 0.57, "hr": 0.97, "hu": 0.97, "mk": 0.77, "ro": 0.85, "sk": 0.97,
                   "sl": 0.97, "sq": 0.85, "sr": 0.82}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-balkan_cee5"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=41, historical=11, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"bg", "bs", "hr", "hu", "mk", "ro", "sk", "sl", "sq",
                                                       "sr"}


test_floor = floor_test("balkan_cee5 held-out", FLOORS, languages=LANGUAGE_FLOORS)
