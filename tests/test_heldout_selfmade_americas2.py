"""Accuracy floors on the self-written held-out set americas2 (tests/data/heldout/americas2.jsonl).

20 defense-news articles of Latin America and the Caribbean in four languages (es 5, pt 5, en 5, fr 5; 55
gold events, 15 historical, 4 non-relevant) written by a session-27 set-writer (an AI model) in the styles of
the ministry sites and regional papers, with their web furniture (menus, bylines, "LEA TAMBIÉN", "Leia
também", "ALSO READ", "Lire aussi", share and subscribe lines, addresses): Guatemala's Mindef and the US
Southern Command on the same visit (es 01, en 04: the one story told twice), La Prensa (Honduras: a Colombian
patrol boat and memorandum), Listín Diario (a Dominican–US Coast Guard drill and UNITAS as background), the
Peruvian Mindef on gob.pe (Chile's minister, a memorandum, a pledged exercise), gov.br (Guyana's defence
chief in Brasília), the Brazilian Navy's agency (UNITAS LXVII with six navies), the Brazilian Army
(armoured vehicles to Paraguay), Agência Brasil (a Brazil–Uruguay cyber agreement), the Gleaner (US boats for
the JDF; Tradewinds), the Trinidad Guardian (HMS Medway drills, a courtesy call, an offer of training), the
Guyana Chronicle (Indian interceptor craft), Le Nouvelliste (Brazil's ambassador and Haiti's minister),
Guyane la 1ère (a joint patrol on the Maroni with Suriname), Canada.ca (the Canadian minister in Jamaica) and
the Marine nationale (the Ventôse at Cartagena); non-relevant: Argentine and Brazilian firefighting, a Belize
recruit parade, a gang attack repelled in Haiti. Gold after ../shared/eval/GUIDELINES.md; README_americas2.md
says how it was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the
score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 27, set commit cbc35752 on session base
d5e1842f; extract stage via /work/tools/allsets.sh), gold as first written: events P 0.939 R 0.836 F1 0.885,
current 0.853, relevance 1.000, date 0.957, location 0.710, mode 1.000, doc type 1.000, persons 0.949,
stories B3 1.000, links 1.000 (1 of 1); by type agreement 1.00, meeting 0.97, aid 0.91, intent 0.82, exercise
0.63; by language es 1.00, pt 0.87, fr 0.85, en 0.82. One gold mistake was then fixed (e491c04a: the nine
current intents pledged at a meeting had location null; they take the meeting's state, as the sets do);
events unchanged, location 0.737. After the session-27 pack changes of the same helper
(src/milwatch/packs/{en,fr,pt}: the Caribbean defence forces by their short forms, a past-tense offer, what
donated boats will do, a joint patrol with its kind between, training given with an adverb inside, the
participants of an exercise in a sentence of their own; sentences of its own in
tests/extract/test_events_s27_americas2.py; no engine change), extract stage: events P 0.981 R 0.927 F1
0.953, current 0.935, relevance 1.000, date 0.961, location 0.738, mode 1.000, doc type 1.000, persons 0.950;
agreement, aid 1.00, meeting 0.97, intent 0.94, exercise 0.82; by language es 1.00, pt 0.96, en 0.93, fr
0.93. The packs were changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03
below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "americas2.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.95,
    "events recall": 0.89,
    "events F1": 0.92,
    "current events F1": 0.90,
    "date accuracy": 0.93,
    "location accuracy": 0.70,
    "doc_type accuracy": 0.97,
    "person recall": 0.92,
}
LANGUAGE_FLOORS = {"en": 0.89, "es": 0.97, "fr": 0.89, "pt": 0.92}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-americas2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=55, historical=15, irrelevant=4)
    assert {row["lang"] for row in result["gold"]} == {"en", "es", "fr", "pt"}


test_floor = floor_test("americas2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
