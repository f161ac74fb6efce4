"""Accuracy floors on the self-written held-out set of FIELD genres in eight more languages: exercises and aid
deliveries (tests/data/heldout/field6.jsonl).

24 articles (ro 3, el 3, sv 3, fi 3, hu 3, cs 3, lt 3, ka 3; 54 gold events, 9 historical, 3 non-relevant)
written by a session-22 set-writer (an AI model) in the styles of their press (Agerpres, MApN, ERTnews,
Kathimerini, ΓΕΕΘΑ, Försvarsmakten, SVT/TT, Puolustusvoimat, Yle, honvedelem.hu, MTI, army.cz, ČTK, LRT,
kam.lt, mod.gov.ge, Interpressnews) with their web furniture: exercises started, under way and ended, naval
and air drills, multinational series named with the year and their participants listed in the next sentence, a
single state that "also takes part", end dates ("până pe 29 mai", "május 29-ig tart", "7 აგვისტომდე
გაგრძელდება"), aid handed over, arrived, delivered and trained, pledged packages as intent, and PRECISION
traps (domestic drills, states only observing, port calls, "since" a year, a company's delivery or contract,
domestic procurement, parliament votes, states only in analysis). Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval` runs
it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 22, HEAD c61b3787 + the set; extract stage via
/work/tools/allsets.sh), gold as first written: events P 0.569 R 0.547 F1 0.558, current 0.535, relevance
0.955, date 0.957, location 0.667, mode 1.000, persons 0.929; by type meeting 0.80, intent 0.71, aid 0.67,
agreement 0.33 (four extras), exercise 0.33. After one gold correction (an assistance programme "convenit anul
trecut" is a historical intent; intents agreed at a meeting carry its day and state): events P 0.588 R 0.556
F1 0.571, current 0.535, date 0.964. A second correction ("Suomi lähettää Ukrainalle N.
puolustustarvikeapupaketin" is aid, as the europe and forms_sparse sets annotate it): 0.591.

After the session-22 pack changes of the same helper (src/milwatch/packs/{ro,el,sv,fi,hu,cs,lt,ka}: general
vocabulary, sentences of its own in tests/extract/test_events_s22_field6.py; no engine change) and the lead's
engine commit 459627cb (every participant list after an exercise joins it), HEAD 251cf98a: events P 0.870 R
0.870 F1 0.870, current 0.851, relevance 0.955, date 0.977, location 0.682, mode 1.000, persons 0.938;
exercise 0.94, intent 0.93, aid 0.84, meeting 0.80, agreement 0.50. The packs were changed with this set at
hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when
the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "field6.jsonl"

FLOORS = {
    "relevance F1": 0.92,
    "events precision": 0.84,
    "events recall": 0.84,
    "events F1": 0.84,
    "current events F1": 0.82,
    "date accuracy": 0.94,
    "location accuracy": 0.65,
    "mode accuracy": 0.97,
    "person recall": 0.90,
}
LANGUAGE_FLOORS = {"cs": 0.80, "el": 0.84, "fi": 0.63, "hu": 0.97, "ka": 0.90, "lt": 0.91, "ro": 0.74,
                   "sv": 0.80}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-field6"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=54, historical=9, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"cs", "el", "fi", "hu", "ka", "lt", "ro", "sv"}


test_floor = floor_test("field6 held-out", FLOORS, languages=LANGUAGE_FLOORS)
