"""Accuracy floors on the self-written held-out set wires5 (tests/data/heldout/wires5.jsonl).

20 wire-service digests and briefs in eight languages (en 3, fr 3, es 3, ar 2, ru 3, zh 2, de 2, pt 2; 47
gold events, 8 historical, 3 non-relevant) written by a session-27 set-writer (an AI model) in the styles of
Reuters and AP summaries, AFP items carried by Le Point, Le Figaro and RFI, EFE and Europa Press, WAM/KUNA
and QNA/MENA, TASS, Interfax and RIA, Xinhua and China News, dpa (Zeit) and APA (derStandard), Lusa (RTP)
and Agência Brasil, with their web furniture: several short items in one article, each with its own
dateline ("MOSCOW, Dec 2 (Reuters) -", "PARIS (AFP) -", "أبوظبي في 1 ديسمبر / وام /", "新华社北京12月3日电",
"Luanda, 29 nov 2026 (Lusa) -"), its own pair of states and day, non-defense items between them, credits
("Reporting by …", "© AFP", "(c) Agencia EFE"). One story told twice (en 01 Reuters, ru 07 TASS: the
Indian minister in Moscow). Gold after ../shared/eval/GUIDELINES.md; README_wires5.md says how it was made.
The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 27, HEAD 973dadf8 = session base 97d7f25f +
the set; extract stage via /work/tools/allsets.sh), gold as first written: events P 0.872 R 0.891 F1 0.882.
One gold mistake was then fixed (54dab516: es 09 "Ambos acordaron intercambiar información …" is an intent,
missed when the set was written); on the fixed gold, the unseen figure: events P 0.894 R 0.894 F1 0.894,
current 0.923, relevance 1.000, date 0.952, location 0.875, doc type 1.000, persons 1.000, stories B3 1.000,
links 1.000; by type meeting 0.96, agreement 0.89, exercise 0.82, aid 1.00, intent 0.67; by language de,
es, pt, ru 1.00, en 0.92, ar 0.80, fr 0.71, zh 0.50. After the session-27 pack changes of the same helper
(src/milwatch/packs/{fr,zh,en}: a state's army by its full name, a one-character state abbreviation, an
order placed with a state as a contract, a passive reception, a mask for what a pact allows; sentences of
its own in tests/extract/test_events_s27_wires5.py; no engine change), extract stage: events P 0.958 R
0.979 F1 0.968, current 0.962, relevance 1.000, date 0.957, location 0.881, doc type 1.000, persons 1.000;
meeting, agreement, aid 1.00, exercise 0.92, intent 0.67; by language de, en, es, pt, ru, zh 1.00, fr 0.95,
ar 0.80. The packs were changed with this set at hand, so that is no unseen-text figure. Floors sit about
0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "wires5.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.93,
    "events recall": 0.95,
    "events F1": 0.94,
    "current events F1": 0.93,
    "date accuracy": 0.93,
    "location accuracy": 0.85,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"ar": 0.77, "de": 0.97, "en": 0.97, "es": 0.97, "fr": 0.92, "pt": 0.97, "ru": 0.97,
                   "zh": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-wires5"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=47, historical=8, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"ar", "de", "en", "es", "fr", "pt", "ru", "zh"}


test_floor = floor_test("wires5 held-out", FLOORS, languages=LANGUAGE_FLOORS)
