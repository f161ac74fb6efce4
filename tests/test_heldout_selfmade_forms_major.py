"""Accuracy floors on the self-written held-out set of press FORMS in the major languages
(tests/data/heldout/forms_major.jsonl).

24 articles, 3 in each of en, fr, de, es, ru, ar, zh and ja (85 gold events, 16 historical, 3 non-relevant),
written by a session-13 set-writer helper (an AI model) before it opened the packs of these languages.  The
set is about the forms of press the other sets have little of: weekly round-ups and news digests (several
events of different pairs in one article: a newsletter, a German weekly review, an Infodefensa-style digest,
a TASS-style digest, a Huanqiu weekly list), very short briefs (Reuters, dpa, Xinhua, NHK, EFE), interviews
in question-and-answer form (Teodoro, Pistorius, Robles, Khrenin, al-Abbasi, Koizumi: what was done against
what is planned or wished), releases with a list of the documents signed (the French armed forces ministry,
SPA, Japan's defence ministry), posts on X and Telegram quoted in articles, the Chinese defence ministry's
press conference, and a long analysis where the week's event is one paragraph among background.  Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.  The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 13, HEAD 2c6658a + the set; extract stage via
/work/tools/allsets.sh): events P 0.794 R 0.588 F1 0.676, current 0.720, relevance 0.952, date 0.960,
location 0.844, mode 1.000, doc type 0.727, persons 0.952; by type meeting 0.77, aid 0.71, intent 0.64,
agreement 0.63, exercise 0.55, support 1.00; ar 0.50, de 0.75, en 0.64, es 0.56, fr 0.72, ja 0.73, ru 0.71,
zh 0.80.
Gold correction after it (annotation only): the nine pledges made at in-person talks got the state of those
talks as their location (GUIDELINES: location is the state where it took place; the set had left every
intent's location empty); location accuracy of the first measurement 0.844 -> 0.842 (n 32 -> 38), nothing
else changes.
After the session-13 pack changes of the same helper (ar, ja, es, ru, de, fr, zh: general vocabulary,
sentences of its own in tests/extract/test_events_s13_forms_major.py) and the engine's signing lists
(signing_lists.py, merged in the same hours): events P 0.843 R 0.694 F1 0.761, current 0.800, relevance
0.977, date 0.949, location 0.864, mode 1.000, doc type 0.882, persons 0.952; by type agreement 0.83,
meeting 0.78, exercise 0.72, aid 0.71, intent 0.67; ar 0.78, de 0.75, en 0.64, es 0.63, fr 0.81, ja 0.92, ru
0.78, zh 0.84. The same engine with the packs as they were before gives 0.727, so the packs account for
+0.034 and the engine for +0.051. The packs were changed with this set at hand, so that is no unseen-text
figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "forms_major.jsonl"

# session 13, lead: after the engine merges (signing lists, interview answers, weekday clauses, Korean
# headline items) events P 0.857 R 0.776 F1 0.815; events floors raised to 0.03 under them
FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.82,
    "events recall": 0.74,
    "events F1": 0.78,
    "current events F1": 0.77,
    "date accuracy": 0.92,
    "location accuracy": 0.83,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.85,
    "person recall": 0.92,
}
LANGUAGE_FLOORS = {"ar": 0.75, "de": 0.72, "en": 0.61, "es": 0.60, "fr": 0.78, "ja": 0.89, "ru": 0.75,
                   "zh": 0.81}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-forms-major"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=85, historical=16, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("forms_major held-out", FLOORS, languages=LANGUAGE_FLOORS)
