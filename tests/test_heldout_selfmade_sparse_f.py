"""Accuracy floors on the self-written held-out set sparse_f (tests/data/heldout/sparse_f.jsonl).

24 articles, 3 in each of ca (Catalan), eu (Basque), gl (Galician), is (Icelandic), gu (Gujarati), kn
(Kannada), ml (Malayalam) and mr (Marathi) (59 gold events, 14 historical, 3 non-relevant), written by a
session-14 set-writing helper (an AI model) in the style of VilaWeb, Ara and the ACN, Berria and EITB, Nós
Diario and Galicia Confidencial, RÚV, mbl.is and Vísir, Divya Bhaskar, Gujarat Samachar and Sandesh
(Gujarati digits), Prajavani, Vijay Karnataka and Udayavani, Mathrubhumi, Malayala Manorama and
Deshabhimani, Loksatta, Maharashtra Times and Lokmat (Devanagari digits), with their web furniture, and with
the precision traps real press has (thanks and one-sided wishes, the terms of an agreement, a venue's host
state, news agencies with their state, background events, opinion paragraphs, defense-industry company
deals, a war or a rival state as the topic of talks, port calls with no joint activity). Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs in-
process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 14, HEAD d17e036 + the set, the same at
145642b; extract stage via /work/tools/allsets.sh): events P 0.848 R 0.848 F1 0.848, current 0.818,
relevance 0.977, date 0.940, location 0.881, mode 1.000, doc type 0.889, persons 0.862; by type support
1.00, exercise 0.88, meeting 0.87, agreement 0.86, intent 0.78, aid 0.75; by language mr 1.00, gl 0.93, ml
0.89, kn 0.88, ca 0.86, gu 0.83, eu 0.67, is 0.67.
After the session-14 pack changes of the same helper (src/milwatch/packs/{ca,eu,gl,is,gu,kn,ml,mr}: general
vocabulary, sentences of its own in tests/extract/test_events_s14_sparse_f.py, 14 cases failing before; no
engine change; every other set's predictions identical, measured on a HEAD worktree with and without the
changes): events P 0.898 R 0.898 F1 0.898, current 0.867, relevance 1.000, date 1.000, location 0.956, mode
1.000, doc type 1.000, persons 0.871; gl, gu, mr 1.00, ml 0.95, eu 0.89, kn 0.88, ca 0.86, is 0.67. The
packs were changed with this set at hand (its misses pointed at the gaps), so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower
them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sparse_f.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.87,
    "events recall": 0.87,
    "events F1": 0.87,
    "current events F1": 0.84,
    "date accuracy": 0.97,
    "location accuracy": 0.92,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.84,
}
LANGUAGE_FLOORS = {"ca": 0.82, "eu": 0.85, "gl": 0.97, "gu": 0.97, "is": 0.63, "kn": 0.84, "ml": 0.91,
                   "mr": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sparse-f"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=59, historical=14, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("sparse_f held-out", FLOORS, languages=LANGUAGE_FLOORS)
