"""Accuracy floors on the self-written held-out set analysis9 (tests/data/heldout/analysis9.jsonl).

20 analysis and commentary articles in eight languages (en, de, fr, ru 3 each; pl, nl, sv, cs 2 each; 36
gold events, 17 historical, 3 non-relevant) written by a session-26 set-writer (an AI model) in the styles
of analysis desks, opinion columns and explainers (SCMP, The Diplomat, a London daily, FAZ, Tagesspiegel,
dpa, Jeune Afrique, Le Monde, RFI, Kommersant, RBC, Forbes, Rzeczpospolita, Onet, NRC, NOS, DN, SvD,
iROZHLAS, Seznam Zprávy), with their web furniture. It aims at the analysis genre: states named in passing
(reactions, rivals, would-be buyers), background events (contracts and agreements of past years, past
deliveries, past exercises), speculation ("could eventually join", "is expected to host"), think-tank
quotes, and one or two current events buried in long paragraphs. Gold after ../shared/eval/GUIDELINES.md;
README_analysis9.md (to be merged into tests/data/heldout/README.md) says how it was made. The whole
pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 26, HEAD + the set, commit 53a8640e; extract
stage via /work/tools/allsets.sh), gold as first written, no correction: events P 0.744 R 0.806 F1 0.773,
current 0.727, relevance 0.971, date 1.000, location 0.895, mode 1.000, doc type 0.923, persons 0.905; by
type meeting 1.00, agreement 0.96, aid 0.73, intent 0.40, exercise 0.36; by language cs 1.00, fr 1.00, de
0.89, nl 0.89, en 0.73, pl 0.57, sv 0.50, ru 0.44. After the session-26 pack changes of the same helper
(src/milwatch/packs/{sv,pl,de}: masks only, sentences of its own in
tests/extract/test_events_s26_analysis9.py; no engine change): events P 0.816 R 0.861 F1 0.838, current
0.780, relevance 0.971, date 1.000, location 0.895, mode 1.000, doc type 0.923, persons 0.905; meeting
1.00, agreement 0.96, aid 0.92, intent 0.57, exercise 0.36; de 1.00, sv 0.75, pl 0.86. The packs were
changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest
measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "analysis9.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.78,
    "events recall": 0.83,
    "events F1": 0.80,
    "current events F1": 0.75,
    "date accuracy": 0.97,
    "location accuracy": 0.86,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.89,
    "person recall": 0.87,
}
LANGUAGE_FLOORS = {"cs": 0.97, "de": 0.97, "en": 0.69, "fr": 0.97, "nl": 0.85, "pl": 0.82, "ru": 0.41,
                   "sv": 0.72}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-analysis9"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=36, historical=17, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"cs", "de", "en", "fr", "nl", "pl", "ru", "sv"}


test_floor = floor_test("analysis9 held-out", FLOORS, languages=LANGUAGE_FLOORS)
