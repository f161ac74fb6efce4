"""Accuracy floors on the self-written held-out set of precision traps (tests/data/heldout/traps.jsonl).

24 articles, 3 in each of en, fr, es, de, ru, ar, pt and zh (46 gold events, 8 historical, 3 non-relevant),
written by a session-12 language helper (an AI model) in the style of outlets no earlier set imitated
(Breaking Defense, The Diplomat, Stars and Stripes; Opex360, Jeune Afrique, RFI; Infodefensa, El País, Prensa
Latina; hartpunkt, FAZ, ORF; Interfax-AVN, RIA Novosti, Zvezda; Al-Ahram, Asharq Al-Awsat, Al Jazeera; Poder
Aéreo, Lusa, ANGOP; 环球时报, 澎湃新闻, RFI 华语), each real event set beside the traps that cost precision on
unseen text: one-sided wishes and thanks, terms of a signed agreement, a venue's or news agency's state,
company-to-company deals at trade fairs, a forum attended by many states, background events of past years,
several pledges by different states at one meeting.  Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made.  The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 12, HEAD 68f3b45 + the set; extract stage via
/work/tools/allsets.sh): events P 0.610 R 0.783 F1 0.686, current 0.727, relevance 0.977, date 0.889,
location 0.939, mode 1.000, doc type 1.000, persons 0.900; meeting 0.78, intent 0.69, agreement 0.69,
exercise 0.67, aid 0.33, support 0.00 (2 extra, none gold); ar 0.67, de 0.91, en 0.56, es 0.71, fr 0.46,
pt 0.57, ru 0.89, zh 0.67.
After the session-12 pack changes of the same helper (src/milwatch/packs/{en,fr,es,pt,de,ar,ru,zh}: general
vocabulary, sentences of its own in tests/extract/test_events_s12_traps.py): events P 0.800 R 0.783 F1 0.791,
current 0.831, relevance 0.977, date 0.944, location 0.909, mode 1.000, doc type 1.000, persons 0.900; meeting
0.88, intent 0.82, agreement 0.77, exercise 0.67, aid 0.40, no support extra; ar 0.73, de 0.91, en 0.83, es
0.91, fr 0.46, pt 0.67, ru 0.94, zh 0.80.  The packs were changed with this set at hand (its extras pointed
at the traps), so that is no unseen-text figure; the location floor stays at 0.90 (new matched events whose
venue the engine misses brought it from 0.939 to 0.909).
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "traps.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.77,
    "events recall": 0.75,
    "events F1": 0.76,
    "current events F1": 0.80,
    "date accuracy": 0.91,
    "location accuracy": 0.90,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.87,
}
LANGUAGE_FLOORS = {"ar": 0.69, "de": 0.87, "en": 0.80, "es": 0.87, "fr": 0.43, "pt": 0.63, "ru": 0.91,
                   "zh": 0.77}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-traps"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=46, historical=8, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("traps held-out", FLOORS, languages=LANGUAGE_FLOORS)
