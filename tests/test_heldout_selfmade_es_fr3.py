"""Accuracy floors on the self-written held-out set es_fr3 (tests/data/heldout/es_fr3.jsonl).

20 articles in four languages (es 8, fr 8, ca 2, gl 2; 52 gold events, 17 historical, 2 non-relevant) written
by a session-25 set-writer (an AI model) in the styles of Infodefensa, El Universal, El Tiempo, La Tercera,
Clarín, Andina, the Spanish Ministerio de Defensa, ABC Color, Jeune Afrique, APS, MAP, Le Soir, RTS,
Radio-Canada, the French ministère des Armées, AIP, La Vanguardia, 3Cat, Nós Diario and Galicia Confidencial,
with their web furniture. Mixed defense-diplomacy news from Latin America, francophone Africa and the Maghreb,
Belgium, Switzerland, Québec, Catalonia and Galicia: visits and receptions, phone calls, agreements (carta de
intención, memorando, accord-cadre, lettre d'intention, plan), exercises (UNITAS, bilateral drills), aid
(deliveries, donations), invitations and pledges, with background mentions and traps (police cooperation,
foreign ministers only, UN peacekeeping deployments, company contracts, "since" a year). Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 25, HEAD 7131c0b3 + the set; extract stage
via /work/tools/allsets.sh), gold as first written, no correction: events P 0.833 R 0.769 F1 0.800, current
0.806, relevance 1.000, date 0.949, location 0.875, mode 1.000, doc type 0.909, persons 0.929; by type
agreement 0.88, meeting 0.84, exercise 0.78, intent 0.71, aid 0.67; by language fr 0.88, es 0.78, ca 0.67,
gl 0.50.
After the session-25 pack changes of the same helper (src/milwatch/packs/{es,fr,ca,gl}: general vocabulary,
masks and places, sentences of its own in tests/extract/test_events_s25_es_fr3.py; no engine change), whole
pipeline: events P 0.957 R 0.846 F1 0.898, current 0.927, relevance 0.971, date 0.952, location 0.971, mode
1.000, doc type 1.000, persons 0.955; agreement 1.00, intent 0.90, meeting 0.87, aid 0.86, exercise 0.84;
fr 0.95, ca 0.89, es 0.86, gl 0.80. The packs were changed with this set at hand, so that is no unseen-text
figure. After the wires3 helper's es "ambos" (the two sides just named), the lead's session-25 close: events
F1 0.909 (the Chinese diplomat's courtesy call on the Peruvian minister now found, with mode "visit" where the
gold has none: mode 0.929 on 14 matched events, its floor set under that). Floors sit about 0.03 below the
latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "es_fr3.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.92,
    "events recall": 0.81,
    "events F1": 0.88,
    "current events F1": 0.89,
    "date accuracy": 0.92,
    "location accuracy": 0.94,
    "mode accuracy": 0.90,
    "doc_type accuracy": 0.97,
    "person recall": 0.92,
}
LANGUAGE_FLOORS = {"ca": 0.85, "es": 0.83, "fr": 0.92, "gl": 0.77}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-es_fr3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=52, historical=17, irrelevant=2)
    assert {row["lang"] for row in result["gold"]} == {"ca", "es", "fr", "gl"}


test_floor = floor_test("es_fr3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
