"""Accuracy floors on the self-written held-out set of press FORMS in eight sparse languages
(tests/data/heldout/forms_sparse.jsonl).

24 articles, 3 in each of cs, da, fi, hu, bg, sr, ms and bn (72 gold events, 16 historical, 3
non-relevant), written by a session-14 set-writer helper (an AI model) to test the forms of real press the
other sets have little of in these languages: two-line wire briefs (ČTK, Ritzau, MTI, BTA, Tanjug, Bernama,
BSS), a morning news round-up with only non-events (DR "Overblik") and a weekly round-up by weekday
(honvedelem.hu "A hét röviden"), interviews in Q&A form answered in the first person (Seznam Zprávy with
the Czech chief of the general staff, Helsingin Sanomat with Finland's minister, Večernje novosti with
Serbia's minister), ministry releases with a bulleted, dashed or numbered list of signed documents (MO ČR,
puolustusministeriö, mod.bg, the Malaysian MINDEF at DSA with i. ii. iii. items), posts on X, Facebook and
Instagram quoted in the article (Troels Lund Poulsen, Szalay-Bobrovniczky, Mohamed Khaled, Vučić), live
blogs with timestamped entries newest first (Yle seuraa, Dnevnik "На живо") and analysis or opinion pieces
whose background events of past years stand beside one current event (Berlingske, Prothom Alo). Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 14, HEAD d17e036 + the set; extract stage
via scripts/eval_extract.py as /work/tools/allsets.sh runs it): events P 0.833 R 0.764 F1 0.797, current
0.789, relevance 0.977, date 1.000, location 0.933, mode 0.905, doc type 0.957, persons 0.955; by type
meeting 0.86, agreement 0.81, intent 0.75, exercise 0.67, aid 0.60; bg 0.96, bn 0.60, cs 0.76, da 0.73,
fi 0.72, hu 0.88, ms 0.78, sr 0.83.
Gold correction after that measurement (GUIDELINES intent, CAMEO 03x: a decision to donate is a pledge of
aid, not material provided): da-03 "I januar 2023 besluttede Danmark at donere alle sine 19 … Caesar-kanoner
til Ukraine" is a historical `intent` (was `aid`); the system found neither then, so the first measurement
reads the same.
After the session-14 pack changes of the same helper (src/milwatch/packs/{cs,da,fi,hu,bg,sr,ms,bn}: general
vocabulary, sentences of its own in tests/extract/test_events_s14_forms_sparse.py; no engine change; HEAD
9245707, which also holds the lead's signing-list engine change that took the set from 0.797 to 0.775 before
any pack change): events P 0.851 R 0.875 F1 0.863, current 0.862, relevance 1.000, date 1.000, location 0.923,
mode 0.913, doc type 0.958, persons 0.958; by type intent 1.00, exercise 1.00, meeting 0.88, agreement 0.80,
aid 0.75; bg 0.96, bn 0.80, cs 0.73, da 0.91, fi 0.96, hu 0.94, ms 0.70, sr 0.91.  The packs were changed with
this set at hand, so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "forms_sparse.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.82,
    "events recall": 0.84,
    "events F1": 0.86,
    "current events F1": 0.87,
    "date accuracy": 0.97,
    "location accuracy": 0.89,
    "mode accuracy": 0.88,
    "doc_type accuracy": 0.92,
    "person recall": 0.92,
}
LANGUAGE_FLOORS = {"bg": 0.93, "bn": 0.77, "cs": 0.69, "da": 0.88, "fi": 0.93, "hu": 0.91, "ms": 0.66,
                   "sr": 0.88}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-forms-sparse"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=72, historical=16, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("forms_sparse held-out", FLOORS, languages=LANGUAGE_FLOORS)
