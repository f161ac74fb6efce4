"""Accuracy floors on the self-written held-out set of eight languages with the fewest test articles
(tests/data/heldout/sparse_a.jsonl).

24 articles, 3 in each of pa (Punjabi, Gurmukhi), bn (Bengali), bs (Bosnian), cs (Czech), da (Danish), fi
(Finnish), hy (Armenian) and km (Khmer) (52 gold events, 10 historical, 3 non-relevant), written by a
session-13 set-writer helper (an AI model) before it opened the packs of these languages, in the style of
Punjabi Tribune, Jagbani and Ajit; ISPR, Prothom Alo and BSS; the Bosnian defence ministry, FENA and Klix.ba;
ČTK, army.cz and Seznam Zprávy; the Danish defence ministry, DR and Børsen; the Finnish defence ministry, Yle
and STT; Armenpress, mil.am and NEWS.am; AKP, Fresh News and VOD, with their web furniture.  Precision traps:
thanks and one-sided hopes, the terms of a signed protocol and declaration, a venue that is no party
(Brussels), news agencies of a third state (Reuters), background events of past years, analysts' and comment
paragraphs, company deals (Safran, Terma–Lockheed Martin, CSG–Leonardo), a war or border conflict as the topic
of talks, a "read also" line naming an event, a trilateral programme discussed.  Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.  The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 13, HEAD 2c6658a + the set; extract stage via
/work/tools/allsets.sh): events P 0.833 R 0.865 F1 0.849, current 0.814, relevance 0.977, date 0.933,
location 0.895, mode 1.000, doc type 0.900, persons 0.943; by type agreement 0.91, meeting 0.88, exercise
0.86, intent 0.86, aid 0.73, support 0.50; bs 1.00, fi 0.93, bn 0.92, pa 0.92, km 0.80, cs 0.77, da 0.73,
hy 0.71.
After the session-13 pack changes of the same helper (src/milwatch/packs/{cs,da,pa,bn,km,fi,bs,hy}: general
vocabulary, sentences of its own in tests/extract/test_events_s13_sparse_a.py; no engine change): events P 0.942
R 0.942 F1 0.942, current 0.929, relevance 1.000, date 0.959, location 0.929, mode 1.000, doc type 0.900,
persons 0.949; by type agreement 1.00, aid 1.00, exercise 0.95, intent 0.93, meeting 0.94, support 0.50; bn, bs,
cs, km, pa 1.00, fi 0.93, da 0.89, hy 0.71.  The packs were changed with this set at hand (its misses pointed at
the gaps), so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sparse_a.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.91,
    "events recall": 0.91,
    "events F1": 0.91,
    "current events F1": 0.90,
    "date accuracy": 0.93,
    "location accuracy": 0.90,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.87,
    "person recall": 0.92,
}
LANGUAGE_FLOORS = {"bn": 0.97, "bs": 0.97, "cs": 0.97, "da": 0.86, "fi": 0.90, "hy": 0.68, "km": 0.97,
                   "pa": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sparse-a"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=52, historical=10, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("sparse_a held-out", FLOORS, languages=LANGUAGE_FLOORS)
