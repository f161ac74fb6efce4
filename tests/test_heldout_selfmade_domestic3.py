"""Accuracy floors on the self-written held-out set domestic3 (tests/data/heldout/domestic3.jsonl).

20 articles in eight languages (de 3, fr 3, ru 3, ja 3, ko 2, tr 2, pl 2, fa 2; 29 gold events, 6 historical,
7 non-relevant) written by a session-25 set-writer (an AI model) in the styles of tagesschau.de,
Deutschlandfunk, NDR, Le Figaro (with AFP), Public Sénat, Ouest-France (with AFP), RIA Novosti, TASS, NHK,
Kyodo (47NEWS), Yomiuri, Yonhap, AA, Hürriyet, PAP, Rzeczpospolita, IRNA and Tasnim, with their web
furniture. Its genre is DOMESTIC defense news that names foreign states in passing: budget debates and
committee approvals, procurement from foreign makers, parliament hearings, appointments, domestic exercises
with foreign observers, recruitment, defense fairs and accidents, with a few real bilateral events told
inside them (a counterpart's visit in a budget story, a letter of intent signed at a fair, a foreign navy
joining a domestic exercise, a phone call in a border-incident story). Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 25, HEAD 7131c0b3 + the set, commit 58a052bd;
extract stage via /work/tools/allsets.sh, the whole pipeline gives the same figures), gold as first written,
no correction: events P 0.605 R 0.793 F1 0.687, current 0.690, relevance 0.839, date 0.913, location 0.850,
mode 1.000, doc type 1.000, persons 1.000; by type meeting 0.76, exercise 0.73, intent 0.73, agreement 0.67,
aid 0.00; by language de 0.92, ja 0.86, ru 0.80, fa 0.67, fr 0.60, pl 0.50, tr 0.50, ko 0.40.
After the session-25 pack changes of the same helper (src/milwatch/packs/{de,fa,fr,ja,ko,pl,ru,tr}: general
vocabulary and masks, sentences of its own in tests/extract/test_events_s25_domestic3.py; no engine change),
whole pipeline: events P 0.788 R 0.897 F1 0.839, current 0.846, relevance 0.897, date 0.962, location 0.905,
mode 1.000, doc type 1.000, persons 0.972; meeting 1.00, exercise 0.83, agreement 0.82, intent 0.73, aid 0.00;
de 1.00, ru 1.00, ja 0.86, fa 0.80, fr 0.80, tr 0.80, pl 0.67, ko 0.50. The packs were changed with this set
at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them
when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "domestic3.jsonl"

FLOORS = {
    "relevance F1": 0.86,
    "events precision": 0.75,
    "events recall": 0.86,
    "events F1": 0.80,
    "current events F1": 0.81,
    "date accuracy": 0.93,
    "location accuracy": 0.87,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.94,
}
LANGUAGE_FLOORS = {"de": 0.97, "fa": 0.77, "fr": 0.77, "ja": 0.82, "ko": 0.47, "pl": 0.63, "ru": 0.97,
                   "tr": 0.77}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-domestic3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=29, historical=6, irrelevant=7)
    assert {row["lang"] for row in result["gold"]} == {"de", "fa", "fr", "ja", "ko", "pl", "ru", "tr"}


test_floor = floor_test("domestic3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
