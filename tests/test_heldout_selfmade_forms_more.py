"""Accuracy floors on the self-written held-out set of press FORMS in eight more languages
(tests/data/heldout/forms_more.jsonl).

24 articles, 3 in each of pl, uk, nl, sv, ro, el, he and th (79 gold events, 18 historical, 3
non-relevant), written by a session-13 set-writer helper (an AI model) to test the forms of real press the
other sets have little of: weekly roundups with several events of different pairs (Defence24 "Tydzień w
polskiej obronności" with ● weekday items, MApN "Săptămâna în MApN" by weekday, Israel Hayom "השבוע
בביטחון"), headline-plus-two-lines briefs (ArmyInform, NOS, ΑΠΕ-ΜΠΕ, TT, Matichon), interviews in Q&A
form with a minister or a chief where done things stand beside plans, hopes and "no decision yet"
(Rzeczpospolita, Ukrinform, SvD, Kathimerini, ynet), ministry releases with a bulleted or numbered list
of signed documents (MON on gov.pl, Defensie.nl, Regeringskansliet, SMAp, משרד הביטחון, กระทรวงกลาโหม),
posts on Telegram, X and Facebook quoted in the article (Shmyhal, Moșteanu, a Thai army region), and long
analysis pieces where the current event is one paragraph among background (NRC, Το Βήμα). Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 13, HEAD ec8e93e + the set; extract stage
via scripts/eval_extract.py as /work/tools/allsets.sh runs it): events P 0.891 R 0.620 F1 0.731, current
0.755, relevance 0.976, date 0.958, location 0.939, mode 0.875, doc type 0.905, persons 0.889; by type
agreement 0.82, exercise 0.91, meeting 0.76, intent 0.56, aid 0.33; el 0.59, he 0.88, nl 0.46, pl 0.87,
ro 0.76, sv 0.62, th 0.80, uk 0.71.
Gold correction after that measurement (GUIDELINES: a meeting where one side travels to the other is a visit):
the 2019 Bulgarian–Romanian meeting "la Varna" (ro-02) has mode visit, actor ROU, recipient BGR (was null);
with it the first measurement's mode accuracy reads 0.938 instead of 0.875, nothing else changes.
After the session-13 pack changes of the same helper (src/milwatch/packs/{pl,nl,sv,ro,el,th,uk}: general
vocabulary, sentences of its own in tests/extract/test_events_s13_forms_more.py; no engine change): events
P 0.919 R 0.722 F1 0.808, current 0.821, relevance 1.000, date 0.927, location 0.917, mode 0.882, doc type
0.957, persons 0.895; el 0.78, he 0.88, nl 0.67, pl 0.94, ro 0.76, sv 0.62, th 1.00, uk 0.71.  The packs
were changed with this set at hand, so that is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "forms_more.jsonl"

# session 13, lead: after the engine merges (signing lists, interview answers, weekday clauses, Korean
# headline items) events P 0.936 R 0.747 F1 0.831; events floors raised to 0.03 under them
FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.90,
    "events recall": 0.71,
    "events F1": 0.86,
    "current events F1": 0.87,
    "date accuracy": 0.92,
    "location accuracy": 0.90,
    "mode accuracy": 0.85,
    "doc_type accuracy": 0.92,
    "person recall": 0.86,
}
LANGUAGE_FLOORS = {"el": 0.75, "he": 0.84, "nl": 0.63, "pl": 0.90, "ro": 0.73, "sv": 0.58, "th": 0.97,
                   "uk": 0.68}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-forms-more"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=79, historical=18, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("forms_more held-out", FLOORS, languages=LANGUAGE_FLOORS)
