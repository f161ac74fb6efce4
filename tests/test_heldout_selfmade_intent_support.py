"""Accuracy floors on the self-written held-out set of intent and support events
(tests/data/heldout/intent_support.jsonl).

24 articles, 3 in each of en, fr, de, es, ru, ar, zh and tr (69 gold events, 11 historical, 3 non-relevant),
written by a session-17 set-writer helper (an AI model) to test INTENT events (agreed to hold, to expand, to
deliver, plans, an invitation accepted, a document "to be signed") and SUPPORT events (a defense official's
support of a state's territorial integrity, its position in a conflict, its place in international bodies),
with their traps: one-sided wishes and hopes, thanks, condolences, support stated by heads of state or
foreign ministers with no military subject, a visit announced with its days, a signing announced for a
stated day, the terms of an agreement, a forum's host state, company deals, running totals of aid and
background events. Outlets imitated: gov.uk, The Hindu carrying PTI, The Kyiv Independent, Le360 with MAP,
AIP, La Libre with Belga, DIE ZEIT carrying dpa, bmvg.de, tagesschau.de, Europa Press, ABC Color, El País,
RIA Novosti, Kazinform, BelTA, SPA, Al-Ahram with MENA, APS, the Chinese MoD site and its monthly press
conference, Lianhe Zaobao, Anadolu and Hürriyet.  Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made.  The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 17, HEAD d37cf9b + the set; extract stage via
/work/tools/allsets.sh): events P 0.750 R 0.826 F1 0.786, current 0.817, relevance 0.977, date 0.947,
location 0.808, mode 1.000, doc type 1.000, persons 0.882; by type intent 0.83, support 0.80, agreement
0.80, exercise 0.80, meeting 0.77, aid 0.57; ar 0.93, de 0.80, en 0.70, es 0.86, fr 0.80, ru 0.87, tr 0.95,
zh 0.42.
After the session-17 pack changes of the same helper
(src/milwatch/packs/{en,fr,es,ru,ar,zh,tr}/triggers.toml: general vocabulary, sentences of its own in
tests/extract/test_events_s17_intent_support.py; no engine change): events P 0.782 R 0.884 F1 0.830, current
0.840, relevance 0.977, date 0.951, location 0.782, mode 1.000, doc type 1.000, persons 0.883; by type
agreement 0.90, aid 0.89, support 0.88, intent 0.83, exercise 0.80, meeting 0.77; ar 1.00, de 0.80, en 0.73,
es 0.93, fr 0.88, ru 0.92, tr 0.95, zh 0.44. The packs were changed with this set at hand, so that is no
unseen-text figure; the location floor stays at 0.77 (more matched events, some with a wrong place).
With the lead's rule that support stated by a head of state, head of government or foreign minister with
no military subject is no event (GUIDELINES; HEAD 636bee3): events P 0.803 R 0.884 F1 0.841; events floors
raised.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower
them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "intent_support.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.77,
    "events recall": 0.85,
    "events F1": 0.81,
    "current events F1": 0.81,
    "date accuracy": 0.92,
    "location accuracy": 0.77,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.85,
}
LANGUAGE_FLOORS = {"ar": 0.97, "de": 0.77, "en": 0.70, "es": 0.90, "fr": 0.84, "ru": 0.88, "tr": 0.92,
                   "zh": 0.41}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-intent-support"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=69, historical=11, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("intent_support held-out", FLOORS, languages=LANGUAGE_FLOORS)
