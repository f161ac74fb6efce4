"""Accuracy floors on the self-written held-out set of eight languages with real defense press but few test
articles so far (tests/data/heldout/sparse_j.jsonl).

24 articles, 3 in each of ku (Kurdish, Sorani in Arabic script), ky (Kyrgyz), mk (Macedonian), no (Norwegian
Bokmål), si (Sinhala), ta (Tamil, Indian and Sri Lankan press), tl (Tagalog/Filipino) and bs (Bosnian) (58
gold events, 11 historical, 3 non-relevant), written by a session-16 set-writer helper (an AI model) in the
style of Rudaw and Kurdistan24 Sorani, Kabar, Azattyk and mil.gov.kg, MIA, mod.gov.mk and Sloboden pečat,
regjeringen.no, NRK and Forsvarets forum, defence.lk, Lankadeepa and Dinamina, Dinathanthi, Virakesari and
Dinamani, PNA Filipino, Abante and GMA News, FENA, mod.gov.ba and Klix.ba, with their web furniture. Gold
after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 16, HEAD 312ce49 + the set; extract stage via
/work/tools/allsets.sh): events P 0.772 R 0.759 F1 0.765, current 0.804, relevance 1.000, date 0.909, location
0.949, mode 1.000, doc type 1.000, persons 0.757; by type agreement 0.95, meeting 0.94, aid 0.75, exercise
0.63, intent 0.58, support 0.00; mk 1.00, si 1.00, ku 0.83, no 0.78, ta 0.73, ky 0.67, tl 0.63, bs 0.56. After
the session-16 pack changes of the same helper (src/milwatch/packs/{tl,no,bs,ku,ta,ky,si,mk}: general
vocabulary, sentences of its own in tests/extract/test_events_s16_sparse_j.py; no engine change): events P
0.909 R 0.862 F1 0.885, current 0.923, relevance 0.976 (the EUFOR exercise article now has no event: an
organisation with one state makes none, and the Turkish pair it had came from a "most read" headline, now
cut), date 0.900, location 0.933, mode 1.000, doc type 1.000, persons 0.919; mk 1.00, si 1.00, ta 1.00, ku
0.92, no 0.89, tl 0.82, ky 0.77, bs 0.71. The packs were changed with this set at hand (its misses pointed at
the gaps), so that is no unseen-text figure.

Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sparse_j.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.88,
    "events recall": 0.83,
    "events F1": 0.85,
    "current events F1": 0.89,
    "date accuracy": 0.88,
    "location accuracy": 0.91,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.88,
}
LANGUAGE_FLOORS = {"bs": 0.68, "ku": 0.89, "ky": 0.73, "mk": 0.97, "no": 0.85, "si": 0.97, "ta": 0.97,
                   "tl": 0.79}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sparse-j"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=58, historical=11, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("sparse_j held-out", FLOORS, languages=LANGUAGE_FLOORS)
