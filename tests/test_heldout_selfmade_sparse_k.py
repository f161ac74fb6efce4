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
After the session-17 pack changes of the same helper (HEAD 5185373; src/milwatch/packs/{lb,mt,mg,sd,or,as,ga,
cy}: general vocabulary, sentences of its own in tests/extract/test_events_s17_sparse_k.py; no engine change):
events P 0.982 R 0.964 F1 0.973, current 0.977, relevance 1.000, date 0.926, location 0.913, mode 1.000, doc
type 1.000, persons 0.917; as 1.00, cy 1.00, ga 1.00, mg 1.00, sd 1.00, or 0.94, mt 0.93, lb 0.92.  The packs
were changed with this set at hand (its misses pointed at the gaps), so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sparse_k.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.95,
    "events recall": 0.93,
    "events F1": 0.94,
    "current events F1": 0.94,
    "date accuracy": 0.89,
    "location accuracy": 0.88,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.88,
}
LANGUAGE_FLOORS = {"as": 0.97, "cy": 0.97, "ga": 0.97, "lb": 0.89, "mg": 0.97, "mt": 0.90, "or": 0.91,
                   "sd": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sparse-k"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=56, historical=13, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("sparse_k held-out", FLOORS, languages=LANGUAGE_FLOORS)
