"""Accuracy floors on the self-written held-out set of exercise news in eight languages
(tests/data/heldout/exercise2.jsonl).

24 articles, 3 in each of ru, zh, ar, fa, hi, id, th and tr (49 gold events, 10 historical, 3 non-relevant:
a drill of the Russian 201st base in Tajikistan without Tajik forces, a Thai Second Army Area live-fire drill
near the Cambodian border, the Turkish Kararlılık-2026 drill with a "İlgili Haberler" headline of a joint
one), written by a session-17 set-writer helper (an AI model) in the style of TASS, RIA Novosti and Zvezda,
Xinhua, PLA Daily on China Military Online and the MND's monthly press conference, SPA, WAM and Al-Ahram,
IRNA and Tasnim (Solar Hijri datelines), PIB Hindi and Dainik Jagran, Antara and Kompas, Thai PBS and
Matichon (Buddhist-era years), Anadolu Ajansı and Hürriyet, with their web furniture.  Theme: joint and
multinational exercises opened, closed, announced with their days (exercise) or with a month only (intent),
editions of a series, a passage drill after a port call, a command-post exercise, exercises of past years as
background; traps: national drills, a drill of one state on another's soil, observers, a framework
memorandum cited, thanks and wishes, a company protocol, "read also" headlines, analysts' views.  Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.  The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 17, HEAD 666cd99 + the set; extract stage via
/work/tools/allsets.sh): events P 0.726 R 0.755 F1 0.740, current 0.765, relevance 0.977, date 0.946,
location 0.730, mode 0.750, persons 0.789 (no agreement in the gold: no doc type figure); by type exercise
0.71, intent 0.84, meeting 0.80; ar 0.46, fa 0.88, hi 1.00, id 1.00, ru 0.60, th 0.89, tr 0.50, zh 0.56.
After the session-17 pack changes of the same helper (src/milwatch/packs/{ru,zh,ar,fa,hi,th,tr}: general
vocabulary, places, masks and titles, sentences of its own in tests/extract/test_events_s17_exercise2.py; no
engine change): events P 0.894 R 0.857 F1 0.875, current 0.897, relevance 0.977, date 0.929, location 0.881,
mode 0.778, persons 0.864; by type exercise 0.86, intent 0.84, meeting 0.95; ar 0.73, fa 0.93, hi 1.00,
id 1.00, ru 0.73, th 1.00, tr 0.75, zh 0.82.  The packs were changed with this set at hand (its misses pointed
at the gaps), so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "exercise2.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.86,
    "events recall": 0.82,
    "events F1": 0.84,
    "current events F1": 0.86,
    "date accuracy": 0.91,
    "location accuracy": 0.85,
    "mode accuracy": 0.74,
    "person recall": 0.83,
}
LANGUAGE_FLOORS = {"ar": 0.69, "fa": 0.90, "hi": 0.97, "id": 0.97, "ru": 0.69, "th": 0.97, "tr": 0.72,
                   "zh": 0.79}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-exercise2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=49, historical=10, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("exercise2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
