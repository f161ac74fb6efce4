"""Accuracy floors on the self-written held-out set analysis10 (tests/data/heldout/analysis10.jsonl).

20 analysis and op-ed pieces in eight Asian and Middle Eastern languages (zh 3, ja 2, ko 3, ar 2, fa 2, tr 2,
hi 3, ru 3; 76 gold events, 49 historical, 3 non-relevant) written by a session-27 set-writer (an AI model) in
the styles of think tanks and papers (Guancha, The Paper, Global Times, SPF IINA, Nikkei, JoongAng, Hankyoreh,
Yonhap, Al Jazeera opinions, Shorouk, Iranian Diplomacy, Hamshahri, SETA, Yeni Safak, Dainik Jagran, Amar
Ujala, Dainik Bhaskar, NVO, Russia in Global Affairs, Kommersant), with their furniture (bylines, author
bios, footnote lines, disclaimers, share and cookie lines). Each piece tells one current event, recalls many
past ones (background, historical) and speculates about future deals and exercises (no events, unless a
state declares a plan: intent). Gold after ../shared/eval/GUIDELINES.md; README_analysis10.md (to merge into
tests/data/heldout/README.md) says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 27, HEAD 4625370c: the set on the session's
base 97d7f25f; extract stage via /work/tools/allsets.sh), gold as first written: events P 0.904 R 0.880 F1
0.892, current 0.842, relevance 1.000, date 0.970, location 0.878, mode 0.900, doc type 0.955, persons 0.808;
by language ar 1.00, tr 1.00, ko 0.95, fa 0.94, hi 0.88, ru 0.87, zh 0.83, ja 0.76. One gold fix after it
(0d1f998f: a leaders' video-conference summit, a10-05, is a meeting): the same predictions then score P 0.918
R 0.882 F1 0.899 (ja 0.82). After the session-27 pack changes of the same helper (src/milwatch/packs/{zh,ja,
fa,ru}: masks of analysts' guesses, a visit's occasion, a plan to hold, a passive signing, a delivered set;
sentences of its own in tests/extract/test_events_s27_analysis10.py; no engine change), extract stage:
events P 0.972 R 0.908 F1 0.939, current 0.906, relevance 1.000, date 0.971, location 0.878, mode 1.000, doc
type 0.957, persons 0.808; by language ar 1.00, fa 1.00, tr 1.00, ko 0.95, ru 0.92, ja 0.91, zh 0.91, hi
0.88. The packs were changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03
below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "analysis10.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.94,
    "events recall": 0.87,
    "events F1": 0.90,
    "current events F1": 0.87,
    "date accuracy": 0.94,
    "location accuracy": 0.84,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.92,
    "person recall": 0.77,
}
LANGUAGE_FLOORS = {"ar": 0.97, "fa": 0.97, "hi": 0.84, "ja": 0.87, "ko": 0.91, "ru": 0.88, "tr": 0.97,
                   "zh": 0.87}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-analysis10"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=76, historical=49, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"ar", "fa", "hi", "ja", "ko", "ru", "tr", "zh"}


test_floor = floor_test("analysis10 held-out", FLOORS, languages=LANGUAGE_FLOORS)
