"""Accuracy floors on the self-written held-out set of machine-translated and far-away-state articles
(tests/data/heldout/machine_translated.jsonl).

24 articles, 3 in each of de, en, fr, es, pt, it, tr and pl (71 gold events, 17 historical, 3 non-relevant),
written by a session-14 set-writer helper (an AI model) before it read how these packs phrase anything. Most
articles are what analysts get from aggregators and monitoring services: a source text machine-translated
into the language (a Vietnamese defence ministry release in German and English, a Chinese defence ministry
readout and press conference in English and Spanish, TASS in French, SANA in Spanish, Yonhap and KCNA in
Portuguese, Japanese defence ministry releases in Italian, IRNA in Turkish, Ukrainian ministry and Ukrinform
items in Polish), with the artifacts of machine translation (literal titles and ranks, family names first,
odd transliterations, run-on sentences, doubled punctuation, "(photo: ...)" captions, "automatically
translated / original source" lines); the others are native reports of that press on events between two
foreign states (NZZ, EFE, RFI, APS, DefesaNet, ANSA, AA, PAP, a monitoring digest of TASS).  Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.  The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 14, HEAD 785c818 + the set; extract stage via
/work/tools/allsets.sh): events P 0.775 R 0.775 F1 0.775, current 0.778, relevance 0.976, date 0.889,
location 0.872, mode 0.950, doc type 1.000, persons 0.889; by type meeting 0.87, support 0.89, agreement 0.83,
aid 0.77, intent 0.62, exercise 0.50; de 0.89, en 0.74, es 0.53, fr 0.95, it 0.80, pl 0.86, pt 0.78, tr 0.67.
After the session-14 pack changes of the same helper (src/milwatch/packs/{de,en,fr,es,pt,it,tr,pl}:
general vocabulary, sentences of its own in tests/extract/test_events_s14_machine_translated.py, no engine
change): events P 0.887 R 0.887 F1 0.887, current 0.907, relevance 1.000, date 0.887, location 0.962, mode
0.952, doc type 1.000, persons 0.930; de 0.89, en 0.84, es 0.78, fr 1.00, it 0.93, pl 1.00, pt 0.82, tr 0.88.
The packs were changed with this set at hand (its misses pointed at the gaps): no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "machine_translated.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.85,
    "events recall": 0.85,
    "events F1": 0.87,
    "current events F1": 0.87,
    "date accuracy": 0.85,
    "location accuracy": 0.93,
    "mode accuracy": 0.92,
    "doc_type accuracy": 0.97,
    "person recall": 0.90,
}
LANGUAGE_FLOORS = {"de": 0.85, "en": 0.81, "es": 0.74, "fr": 0.97, "it": 0.90, "pl": 0.97, "pt": 0.78,
                   "tr": 0.84}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-machine-translated"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=71, historical=17, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("machine_translated held-out", FLOORS, languages=LANGUAGE_FLOORS)
