"""Accuracy floors on the self-written held-out set africa8 (tests/data/heldout/africa8.jsonl).

20 articles of defense news in thirteen African languages with thin packs (ha 2, yo 2, so 2, rw 2, zu 2, om 2,
mg 2, ig, ti, sn, tn, st, xh 1 each; 36 gold events, 9 historical, 3 non-relevant) written by a session-27
set-writer (an AI model) in the styles of BBC Hausa, Yorùbá, Somali, Afaan Oromoo and Igbo, VOA Hausa,
Alaroye, Hiiraan, RBA (Radio Rwanda) and IGIHE, Isolezwe and SABC isiZulu/isiXhosa, Fana, Midi Madagasikara
and TVM, Shabait (Tigrinya), ZBC, Botswana Daily News, LENA: visits and receptions, an ambassador's call,
training given, deliveries and donations, exercises with neighbours, signings and pledges, with their web
furniture (menus, bylines, "read also" lines, copyright lines). One story told twice (zu 09 Isolezwe, tn 18
Daily News: the Botswana–South Africa exercise in Botswana). Gold after ../shared/eval/GUIDELINES.md;
README_africa8.md says how it was made. The whole pipeline runs in-process as `milwatch eval` runs it,
scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 27, HEAD 7db5eaae = session base d5e1842f + the
set; extract stage via /work/tools/allsets.sh): events P 0.938 R 0.833 F1 0.882, current 0.885, relevance
0.970, date 1.000, location 0.947, mode 0.875, doc type 0.875, persons 0.786; stories B3 0.974, links 0 (the
one pair missed). One gold mistake was then fixed (42875a1c: so 05 the Somali minister's name as written,
"Axmed Macallin Fiqi", is an alias); on the fixed gold, the unseen figure is the same but persons 0.929. By
type meeting, agreement 1.00, aid 0.93, intent 0.80, exercise 0.55; by language ha, ig, rw, sn, so, ti, tn, yo
1.00, om 0.89, st 0.67, xh 0.67, mg 0.00, zu 0.00. After the session-27 pack changes of the same helper
(src/milwatch/packs/{st,zu,xh,mg,so,yo,om,tn,sn,ha}: future training told from the trainees' side, the
possessive of an exercise noun, a remote past, months with ngo- written onto them, a patrol craft that is no
observer, Saturday without a-, a menu line as furniture, the host's verb with its tone, joint training with an
adjective inside, a place after a relative of being at, the giver's and the receiver's verbs, an exercise
"done"; sentences of its own in tests/extract/test_events_s27_africa8.py; no engine change), extract stage:
events P 0.972 R 0.972 F1 0.972, current 0.982, relevance 1.000, date 1.000, location 0.957, mode 1.000, doc
type 0.875, persons 0.929; by language om 0.89, zu 0.67, all others 1.00. The packs were changed with this set
at hand, so that is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when
the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "africa8.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.94,
    "events recall": 0.94,
    "events F1": 0.94,
    "current events F1": 0.95,
    "date accuracy": 0.97,
    "location accuracy": 0.92,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.84,
    "person recall": 0.89,
}
LANGUAGE_FLOORS = {"ha": 0.97, "ig": 0.97, "mg": 0.97, "om": 0.86, "rw": 0.97, "sn": 0.97, "so": 0.97,
                   "st": 0.97, "ti": 0.97, "tn": 0.97, "xh": 0.97, "yo": 0.97, "zu": 0.64}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-africa8"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=36, historical=9, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"ha", "ig", "mg", "om", "rw", "sn", "so", "st", "ti",
                                                       "tn", "xh", "yo", "zu"}


test_floor = floor_test("africa8 held-out", FLOORS, languages=LANGUAGE_FLOORS)
