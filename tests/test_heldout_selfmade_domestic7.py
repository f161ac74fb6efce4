"""Accuracy floors on the self-written held-out set domestic7 (tests/data/heldout/domestic7.jsonl).

20 articles of domestic defence news in eight languages (en 3, fr 3, es 3, de 3, it 2, pt 2, sv 2, ja 2; 30
gold events, 9 historical, 4 non-relevant) written by a session-27 set-writer (an AI model) in the styles of
papers, broadcasters and agencies (UK Defence Journal, ABC, CBC/CP, Public Sénat, Ouest-France, RTBF/Belga,
Europa Press, Infobae, BioBioChile, ANSA, Il Secolo XIX, Público/Lusa, Agência Brasil, tagesschau.de,
derStandard/APA, SRF, SVT, Allehanda, Nikkei, Hokkaido Shimbun), with their web furniture (menus, bylines,
"read also" lines with foreign headlines, cookie lines). Each article is home news — a budget debate in
parliament, procurement at home, a domestic drill, a minister's tour — that tells one foreign event (a visit,
a call, a signing, a delivery, training given, a joint exercise abroad) or none (four traps: Senate estimates
with a domestic drill, a base safety drill, a mountain exercise with a budget vote, a committee approving
procurement from home firms); earlier signings, editions and courses as background. No story is told twice.
Gold after ../shared/eval/GUIDELINES.md; README_domestic7.md (merged into tests/data/heldout/README.md) says
how it was made. The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 27, the set on the session's base HEAD
97d7f25f; extract stage via /work/tools/allsets.sh), gold as first written: events P 0.931 R 0.871 F1 0.900,
current 0.933, relevance 1.000, date 1.000, location 0.818, doc type 0.889, persons 0.900, stories B3 1.000;
by type meeting 0.93, agreement 0.95, aid 0.92, intent 0.86, exercise 0.67; by language es, it, sv 1.00, en
0.89, ja 0.89, fr 0.86, pt 0.86, de 0.67. Two gold corrections followed (a signing in Bern with no visit or
talks told is no meeting; the Norwegian minister under his usual English-press name): the same system then
scores events P 0.931 R 0.900 F1 0.915, current 0.955, persons 1.000. After the session-27 pack changes of the
same helper (src/milwatch/packs/{de,fr,pt,en,ja}: general vocabulary and masks, sentences of its own in
tests/extract/test_events_s27_domestic7.py; no engine change), extract stage: events P 0.967 R 0.967 F1 0.967,
current 0.952, relevance 1.000, date 1.000, location 0.783, doc type 0.900, persons 1.000; by language de,
en, es, fr, it, pt, sv 1.00, ja 0.75 (the ja joint exercise lost its lucky match when the home division's
winter training stopped taking the US as partner; its own date is an engine case). The packs were changed
with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement:
raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "domestic7.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.93,
    "events recall": 0.93,
    "events F1": 0.93,
    "current events F1": 0.92,
    "date accuracy": 0.97,
    "location accuracy": 0.75,
    "doc_type accuracy": 0.87,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"de": 0.97, "en": 0.97, "es": 0.97, "fr": 0.97, "it": 0.97, "ja": 0.72, "pt": 0.97,
                   "sv": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-domestic7"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=30, historical=9, irrelevant=4)
    assert {row["lang"] for row in result["gold"]} == {"de", "en", "es", "fr", "it", "ja", "pt", "sv"}


test_floor = floor_test("domestic7 held-out", FLOORS, languages=LANGUAGE_FLOORS)
