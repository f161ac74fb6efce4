"""Accuracy floors on the self-written held-out set mt6 (tests/data/heldout/mt6.jsonl).

20 machine-translated news articles in three languages (en 8, de 6, fr 6; 44 gold events, 11 historical, 3
non-relevant) written by a session-27 set-writer (an AI model) as an online translator renders the press of
Arabic, Chinese, Russian, Persian, Turkish, Korean and Vietnamese originals: QĐND, VOV5 and VNA (Le Courrier
du Vietnam), WAM and APS, China Military Online, CRI and Xinhua, the Russian MoD and RT DE, IRNA and Pars
Today, Anadolu (the MSB weekly briefing) and TRT Deutsch, a Korean defense daily, KBS World and Yonhap, with
their furniture (menus, language bars, "Read also", "[Related]", credits, cookie lines) and the translator's
stiff forms: literal titles and party titles ("Genosse Generaloberst", "Member of the Politburo"), names in
several spellings ("Ahn Gyu-back" / "An Gyu-baek", "Chanegriha" / "Chengriha", "Nasirzadeh" / "Nasir-Zadeh"),
literal dates ("on the 25th day", "the day before yesterday", "On the afternoon of 2/12", "(5. Azar)"),
untranslated words (Artesh, Mehmetçik). Visits, courtesy calls, signings, exercises, aid, support and pledges;
one story told twice (en 03 China Military Online, de 11 CRI: the Tanzanian chief in Beijing). Gold after
../shared/eval/GUIDELINES.md; README_mt6.md says how it was made. The whole pipeline runs in-process as
`milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 27 round 2, HEAD 290f8b24 = session base
d5e1842f + the set; extract stage via /work/tools/allsets.sh), gold as first written: events P 0.816 R 0.952
F1 0.879. One gold mistake was then fixed (7c86a392: "firmly adheres to the one-China principle" said by the
Tanzanian chief is a support TZA->CHN in en 03 and de 11, as the other sets annotate it); on the fixed gold,
the unseen figure: events P 0.837 R 0.932 F1 0.882, current 0.857, relevance 0.971, date 0.912, location
0.852, mode 0.833, doc type 1.000, persons 0.909, stories B3 0.974, links 0.667; by type agreement 1.00,
meeting 0.92, exercise 0.95, intent 0.88, aid 0.57, support 0.40; by language de 0.92, en 0.88, fr 0.85. After
the session-27 pack changes of the same helper (src/milwatch/packs/ {en,fr}: troops carried by transport
aircraft deliver nothing, "training support to" the other's forces is aid, a hope that cooperation will expand
is no pledge, "[Related]" cuts the related headlines; the delivery a contract is "pour" is no delivery, forces
"prêtes à répondre à toute agression" pledge nothing, the headline present "signe avec/une/des …" is a
signing; sentences of its own in tests/extract/test_events_s27_mt6.py; no engine change), extract stage:
events P 0.932 R 0.932 F1 0.932, current 0.923, relevance 1.000, date 0.912, location 0.852, mode 0.833, doc
type 1.000, persons 0.909; agreement, intent 1.00, meeting 0.96, exercise 0.95, aid 0.80, support 0.40; by
language en 0.95, de 0.92, fr 0.92. The packs were changed with this set at hand, so that is no unseen-text
figure. Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never
lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "mt6.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.90,
    "events recall": 0.90,
    "events F1": 0.90,
    "current events F1": 0.89,
    "date accuracy": 0.88,
    "location accuracy": 0.82,
    "doc_type accuracy": 0.97,
    "person recall": 0.87,
}
LANGUAGE_FLOORS = {"de": 0.88, "en": 0.92, "fr": 0.88}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-mt6"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=44, historical=11, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"de", "en", "fr"}


test_floor = floor_test("mt6 held-out", FLOORS, languages=LANGUAGE_FLOORS)
