"""Accuracy floors on the self-written held-out set of the packs with the fewest tests
(tests/data/heldout/sparse_k.jsonl).

24 articles, 3 in each of lb (Luxembourgish), mt (Maltese), mg (Malagasy), sd (Sindhi), or (Odia), as
(Assamese), ga (Irish) and cy (Welsh) (56 gold events, 13 historical, 3 non-relevant), written by a
session-17 set-writer (an AI model) in the style of RTL.lu, the Luxembourg defence directorate's releases,
TVM, Newsbook and AFM releases, Midi Madagasikara and Taratra, Awami Awaz and Kawish, Sambad and Dharitri,
Asomiya Pratidin and Niyomiya Barta, RTÉ Nuacht and Tuairisc.ie, BBC Cymru Fyw and Golwg360, with their web
furniture.  Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.  The
whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 17, HEAD 666cd99 + the set; extract stage via
/work/tools/allsets.sh): events P 0.922 R 0.839 F1 0.878, current 0.905, relevance 0.976, date 0.894,
location 0.878, mode 1.000, doc type 1.000, persons 0.789; as 0.88, cy 0.92, ga 1.00, lb 0.92, mg 0.89,
mt 0.93, or 0.80, sd 0.75.  One gold correction before the commit (mt-01: an exercise "fin-nofsinhar ta'
Sqallija", in the south of Sicily, took place in Italy: location null -> ITA): location 0.878 -> 0.881, no
other figure changed.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sparse_k.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.89,
    "events recall": 0.80,
    "events F1": 0.84,
    "current events F1": 0.87,
    "date accuracy": 0.86,
    "location accuracy": 0.85,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.75,
}
LANGUAGE_FLOORS = {"as": 0.84, "cy": 0.89, "ga": 0.97, "lb": 0.89, "mg": 0.85, "mt": 0.90, "or": 0.77,
                   "sd": 0.72}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sparse-k"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=56, historical=13, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("sparse_k held-out", FLOORS, languages=LANGUAGE_FLOORS)
