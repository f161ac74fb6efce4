"""Accuracy floors on the self-written held-out set statements2 (tests/data/heldout/statements2.jsonl).

20 statements, interviews and press conferences in eight languages (en 3, de 3, fr 3, ru 3, zh 2, ar 2, es 2,
pl 2; 45 gold events, 17 historical, 3 non-relevant) written by a session-28 set-writer (an AI model) in the
styles of Defense News, gov.uk, Breaking Defense, Deutschlandfunk, ZEIT/dpa, derStandard, France Inter, Jeune
Afrique, Le Figaro/AFP, RIA Novosti, BelTA, Sputnik Armenia, the Chinese MoD press-conference transcript,
Xinhua, SPA, Al-Ahram, Cadena SER, Infobae, PAP and Polsat News, with their web furniture. What ministers say
they will do (intents), analysts' and journalists' conjecture ("could", "may consider", "pourrait", "может
рассмотреть", "podría", "może rozważyć": no event), denials ("no plans for foreign bases", "stehe nicht zur
Debatte", "нет планов", "纯属捏造", "لا توجد خطط"), a conditional readiness, support declarations by defense
ministers (Norway, Belarus, China, Egypt) beside praise and thanks, reactions to another state's deal (the
Turkish-British Eurofighter contract, a Japanese-Philippine transfer agreement) and past events recalled in
the interview (historical). Every article is its own story. Gold after ../shared/eval/GUIDELINES.md;
README_statements2.md says how it was made. The whole pipeline runs in-process as `milwatch eval` runs it,
scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 28, base c10f1882 + the set; extract stage via
/work/tools/allsets.sh), gold as first written: events P 0.795 R 0.795 F1 0.795. One gold mistake was then
fixed (3c5a46bb: ar 15, the crown prince's visit to Washington in November 2025 is a historical meeting); on
the fixed gold, the unseen figure: events P 0.818 R 0.800 F1 0.809, current 0.793, relevance 0.971, date,
location, mode, doc type 1.000, persons 0.923; by type exercise 1.00, intent 0.84, support 0.86, meeting 0.82,
agreement 0.78, aid 0.57; by language es 1.00, ar 0.92, ru 0.86, zh 0.83, fr 0.77, en 0.75, de 0.67, pl 0.50.
After the session-28 pack changes of the same helper (src/milwatch/packs/{en,ru,ar,fr,de}: talks denied or
not commented on, frozen assets naming no party, one state going on cooperating, officers to be trained
abroad, support by the state's name with "full", a purchase counted on, deliveries that go on; sentences of
its own in tests/extract/test_events_s28_statements2.py; no engine change), extract stage: events P 0.911
R 0.911 F1 0.911, current 0.949, relevance 1.000, date, location, mode, doc type 1.000, persons 0.893; intent,
support, exercise 1.00, meeting 0.90, agreement 0.78, aid 0.67; by language ar, en, es, ru 1.00, fr 0.86, zh
0.83, de 0.75, pl 0.50. The packs were changed with this set at hand, so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "statements2.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.88,
    "events recall": 0.88,
    "events F1": 0.88,
    "current events F1": 0.92,
    "date accuracy": 0.97,
    "location accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.86,
}
LANGUAGE_FLOORS = {"ar": 0.97, "de": 0.72, "en": 0.97, "es": 0.97, "fr": 0.82, "pl": 0.47, "ru": 0.97,
                   "zh": 0.80}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-statements2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=45, historical=17, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"ar", "de", "en", "es", "fr", "pl", "ru", "zh"}


test_floor = floor_test("statements2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
