"""Accuracy floors on the self-written held-out set sparse_e (tests/data/heldout/sparse_e.jsonl).

24 articles, 3 in each of mk (Macedonian), si (Sinhala), ta (Tamil, Indian and Sri Lankan press), tg (Tajik),
tk (Turkmen), ky (Kyrgyz), ku (Kurdish: two Kurmanji articles in Latin script, one Sorani in Arabic script)
and af (Afrikaans) (63 gold events, 14 historical, 3 non-relevant), written by a session-14 set-writing helper
(an AI model) in the style of MIA, mod.gov.mk and Sloboden pečat, defence.lk, Lankadeepa and Dinamina,
Dinamani, Virakesari and Hindu Tamil Thisai, Khovar and the Tajik defense ministry, TDH and Bitarap
Türkmenistan, Kabar and the Kyrgyz defense ministry, Rûdaw, Kurdistan24 and Rudaw Sorani, Maroela Media and
Netwerk24, with their web furniture and the precision traps real press has (thanks and one-sided wishes, the
terms of an agreement, a news agency with its state, a forum's host state, background events, analysis
paragraphs, company-to-company deals, a war as the topic of talks, a border treaty of presidents, "read also"
headlines). se-tg-03 and se-ky-03 report the same phone call (one story). Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 14, HEAD d17e036 + the set, other helpers'
uncommitted work in the tree; extract stage via /work/tools/allsets.sh, the in-process run gives the same):
events P 0.818 R 0.857 F1 0.837, current 0.843, relevance 0.977, date 0.907, location 0.848, mode 1.000,
doc type 0.900, persons 0.894; by type aid 0.90, meeting 0.88, exercise 0.82, intent 0.82, agreement 0.77,
support 0.67; by language si 1.00, tk 1.00, ku 0.89, ky 0.89, tg 0.89, ta 0.84, mk 0.77, af 0.40.
After the session-14 pack changes of the same helper (af mk ta tg ky ku; general vocabulary, sentences of its
own in tests/extract/test_events_s14_sparse_e.py, all 14 failing before; no engine change; every other set's
events F1 unchanged, measured on a HEAD copy with and without the changes, indic2 date 0.923 -> 0.942): events
P 0.955 R 1.000 F1 0.977, current 0.990, relevance 1.000, date 0.952, location 0.849, mode 1.000, doc type
0.909, persons 0.940; af 0.88, ky 0.94, ku, mk, si, ta, tg, tk 1.00. The packs were changed with this set at
hand, so that is no unseen-text figure. A second round of the same helper (si phone talks, exercise ranges
and regions as places in ky and tg, a Kurmanji Arabic surname with "el-"; 4 more cases, failing before; every
other set unchanged): location 0.849 -> 0.887, the rest unchanged.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "sparse_e.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.92,
    "events recall": 0.97,
    "events F1": 0.94,
    "current events F1": 0.96,
    "date accuracy": 0.92,
    "location accuracy": 0.85,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.87,
    "person recall": 0.91,
}
LANGUAGE_FLOORS = {"af": 0.84, "ku": 0.97, "ky": 0.91, "mk": 0.97, "si": 0.97, "ta": 0.97, "tg": 0.97,
                   "tk": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-sparse-e"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=63, historical=14, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("sparse_e held-out", FLOORS, languages=LANGUAGE_FLOORS)
