"""Accuracy floors on the self-written held-out set of Latin American, Lusophone, francophone African and
Central Asian / Caucasus press (tests/data/heldout/americas_africa.jsonl).

24 articles: es 8 (SEMAR and SEDENA releases, El Tiempo, Infobae, La Tercera, Andina, Colombia's MinDefensa),
pt 5 (Ministério da Defesa on gov.br, Agência Brasil, Folha, ANGOP, Lusa), fr 6 (APS, AIP, MAP, Cameroon
Tribune, Jeune Afrique, a Nigerien site), ru 5 (Kazinform, 24.kg, BelTA, Sputnik Armenia, Sputnik
Kyrgyzstan); 39 gold events, 5 historical, 3 non-relevant articles.  Written by a session-11 language helper
(an AI model) in the style of that press, with its web furniture, before it read how the es/pt/fr/ru packs
phrase anything.  Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.
The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 11, HEAD c5110c4 + the set): events P 0.795
R 0.921 F1 0.854, current 0.877, relevance 1.000, date 0.971, location 0.862, mode 1.000, doc type 0.857,
persons 0.895; es 0.923, fr 0.909, pt 0.933, ru 0.632.
Gold correction after it (annotation only, no text changed): the Jeune Afrique background sentence on the
2019 agreement also tells of Russian helicopter deliveries and officer training since then, a historical `aid`
the first gold left out (GUIDELINES: background events are annotated); with it, the same predictions
score events P 0.818 R 0.923 F1 0.868, fr 0.957.
After the session-11 pack work of the same helper (src/milwatch/packs/{es,pt,fr,ru}: general vocabulary,
sentences of its own in tests/extract/test_events_s11_americas.py): events P 0.929 R 1.000 F1 0.963, current
0.958, relevance 1.000, date 0.974, location 1.000, mode 1.000, doc type 0.857, persons 0.975; es 0.960, fr
0.957, pt 1.000, ru 0.947.  The location gain comes partly from lists of regions and garrison towns that
include places these articles name, so that figure flatters the system more than the events figure does.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "americas_africa.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.90,
    "events recall": 0.97,
    "events F1": 0.93,
    "current events F1": 0.93,
    "date accuracy": 0.94,
    "location accuracy": 0.97,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.82,
    "person recall": 0.94,
}
LANGUAGE_FLOORS = {"es": 0.93, "fr": 0.92, "pt": 0.97, "ru": 0.91}
LANGUAGE_SIZES = {"es": 8, "fr": 6, "pt": 5, "ru": 5}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-americas-africa"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=39, historical=5, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_SIZES}
            == LANGUAGE_SIZES)


test_floor = floor_test("americas_africa held-out", FLOORS, languages=LANGUAGE_FLOORS)
