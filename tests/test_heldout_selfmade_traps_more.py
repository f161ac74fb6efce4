"""Accuracy floors on the self-written held-out set of precision traps in eight languages
(tests/data/heldout/traps_more.jsonl).

24 articles, 3 in each of he, th, ms, ro, nl, sv, el and hu (45 gold events, 7 historical, 3 non-relevant),
written by a session-12 language helper (an AI model) in the style of Israel Hayom, the IDF spokesperson,
Maariv, Thairath, Khaosod, Bangkok Biz (Buddhist-era dates), Berita Harian, Sinar Harian, Utusan, a Digi24
live blog, MApN, a HotNews analysis, NOS, De Telegraaf, Defensie.nl, SVT/TT, Försvarsmakten, DN, Kathimerini,
the ΓΕΕΘΑ press office, Naftemporiki, Honvédelem.hu, MTI via Index and Magyar Nemzet, with their web
furniture.  Each article puts precision traps next to its real events: one-sided wishes and thanks, the terms
of a signed agreement, a venue's host that is no party, a news agency's state, background of past years,
analysis paragraphs, company deals, a technology transfer and a purchase planned, running totals of aid, a
negated delivery, a war as the topic of talks.  Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made.  The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 12, HEAD 583a87f + the set; extract stage via
/work/tools/allsets.sh, the pipeline in process gives the same): events P 0.632 R 0.800 F1 0.706, current
0.705, relevance 1.000, date 0.917, location 0.806, mode 0.923, doc type 1.000, persons 0.936 (0.851 before
the alias correction the README records); el 0.80, he 0.77, hu 0.67, ms 0.62, nl 0.71, ro 0.70, sv 0.60,
th 0.75.
After the session-12 pack changes of the same helper (src/milwatch/packs/{he,th,ms,ro,nl,sv,el,hu}: general
vocabulary, sentences of its own in tests/extract/test_events_s12_traps_more.py; no other set changes): events
P 0.848 R 0.867 F1 0.857, current 0.846, relevance 1.000, date 0.923, location 0.909, mode 0.923, doc type
1.000, persons 0.939; el 0.86, he 0.83, hu 0.75, ms 0.73, nl 1.00, ro 0.89, sv 0.75, th 1.00.  The packs were
changed with this set at hand (its misses and extras pointed at the gaps), so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "traps_more.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.81,
    "events recall": 0.83,
    "events F1": 0.82,
    "current events F1": 0.81,
    "date accuracy": 0.89,
    "location accuracy": 0.87,
    "mode accuracy": 0.89,
    "doc_type accuracy": 0.97,
    "person recall": 0.90,
}
LANGUAGE_FLOORS = {"el": 0.82, "he": 0.80, "hu": 0.72, "ms": 0.69, "nl": 0.97, "ro": 0.85, "sv": 0.72,
                   "th": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-traps-more"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=45, historical=7, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("traps_more held-out", FLOORS, languages=LANGUAGE_FLOORS)
