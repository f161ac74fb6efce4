"""Accuracy floors on the self-written held-out set of articles whose current event is short and whose
background is long (tests/data/heldout/background3.jsonl). 24 articles, 3 in each of en, de, fr, es, ru,
vi, pt and ar (91 gold events, 52 historical, 3 non-relevant), written by a session-16 set-writer (an AI
model): explainers (Reuters on AUKUS), analyses of a bilateral relationship (The Diplomat on India and the
Philippines, Kommersant on Russia and India, Folha on Brazil and Sweden), anniversaries (ten years of the
German-Dutch division on tagesschau.de, twenty years of the Chile-Argentina Cruz del Sur force in La
Tercera, fifteen years of Vietnam-Japan defence cooperation in QĐND, a Vietnam-Laos visit on the treaty's
anniversary in Nhân Dân, the Minsk joint board a year after the security-guarantees treaty in TASS),
profiles of a new chief of defence staff (Le Figaro) and a new minister (Infobae), year-in-review pieces
(n-tv, VnExpress), op-eds (Nezavisimaya Gazeta, Público), planned visits with a day (Opex360, Infodefensa,
Reuters, Público) and without one (Handelsblatt, Lusa, INA: intents), a WAM reception with thirty years of
history, and three non-relevant domestic pieces (a British garrison's anniversary, the French programming
law in the Senate, Saudi defence-industry localisation). Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).
First measurement, before any pack change (2026-12-04, session 16, HEAD 7f99097 + the set; extract stage
via /work/tools/allsets.sh): events P 0.695 R 0.626 F1 0.659, current 0.667, relevance 0.977, date 0.982,
location 0.809, mode 1.000, doc type 1.000, persons 0.833; ar 0.71, de 0.70, en 0.36, es 0.72, fr 0.75,
pt 0.53, ru 0.92, vi 0.60; by type meeting 0.75, agreement 0.77, exercise 0.64, intent 0.57, aid 0.00.
(Two intents were added to the gold after the very first run, before this commit, where the writer had
missed what GUIDELINES calls an intent: ru-02 "стороны намерены продолжить работу" and vi-02 "Hai bên nhất
trí quản lý tốt bất đồng trên biển"; events F1 0.655 -> 0.659.)
After the session-16 pack changes of the same helper (src/milwatch/packs/{en,de,fr,es,ru,vi,pt,ar}: general
vocabulary, sentences of its own in tests/extract/test_events_s16_background3.py; no engine change; HEAD
86ef655 with the other helpers' work of the session): events P 0.759 R 0.692 F1 0.724, current 0.707,
relevance 0.977, date 0.984, location 0.796, mode 1.000, doc type 1.000, persons 0.846; ar 0.71, de 0.80,
en 0.38, es 0.77, fr 0.82, pt 0.67, ru 0.96, vi 0.64; by type agreement 0.86, meeting 0.78, exercise 0.73,
intent 0.64, aid 0.13. The packs were changed with this set at hand, so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower
them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "background3.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.72,
    "events recall": 0.66,
    "events F1": 0.69,
    "current events F1": 0.67,
    "date accuracy": 0.95,
    "location accuracy": 0.76,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.81,
}
LANGUAGE_FLOORS = {"ar": 0.68, "de": 0.77, "en": 0.35, "es": 0.74, "fr": 0.79, "pt": 0.63, "ru": 0.93,
                   "vi": 0.61}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-background3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=91, historical=52, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("background3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
