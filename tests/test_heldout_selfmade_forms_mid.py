"""Accuracy floors on the self-written held-out set of press FORMS in mid-resourced languages
(tests/data/heldout/forms_mid.jsonl).

24 articles, 3 in each of ko, pt, it, tr, id, fa, vi and hi (78 gold events, 11 historical, 3
non-relevant), written by a session-13 set-writer helper (an AI model) to test the forms of real press the
other sets have little of: weekly roundups and news digests with several events of different pairs
(연합뉴스 "[주간 국방]", Analisi Difesa "La settimana della Difesa", TRT Haber "haftanın özeti", ISNA
"مهم‌ترین اخبار دفاعی امروز", QĐND "Điểm tin quốc phòng", Amar Ujala "डिफेंस डायरी"),
headline-plus-two-lines wire briefs (AA, TTXVN, detik, ANSA, Agência Brasil, Navbharat Times, Tasnim),
interviews with a minister or a chief (조선일보, Observador, Tempo), ministry press releases with a list
of signed documents (국방부 보도자료, Kemhan, mod.gov.vn, PIB), posts on X and Telegram quoted in the
article, and long analysis pieces where the current event is one paragraph among background (Folha,
Formiche, Independent Türkçe, BBC Persian). Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 13, HEAD 2c6658a + the set; extract stage
via /work/tools/allsets.sh): events P 0.750 R 0.692 F1 0.720, current 0.688, relevance 0.952, date 0.981,
location 0.902, mode 0.957, doc type 0.938, persons 0.918; by type meeting 0.81, aid 0.75, agreement 0.70,
intent 0.67, exercise 0.57; fa 0.67, hi 0.67, id 0.50, it 1.00, ko 0.53, pt 0.67, tr 0.94, vi 0.91. After
the session-13 pack changes of the same helper (src/milwatch/packs/{pt,hi,ko,it,fa,id}: general
vocabulary, sentences of its own in tests/extract/test_events_s13_forms_mid.py) and the engine's signing
lists merged meanwhile (0d5b83a: each listed document its own agreement), HEAD 894f658: events P 0.829 R
0.872 F1 0.850, current 0.826, relevance 0.977, date 0.985, location 0.926, mode 0.960, doc type 1.000,
persons 0.961; fa 0.67, hi 1.00, id 0.80, it 1.00, ko 0.58, pt 1.00, tr 0.94, vi 1.00. The packs were
changed with this set at hand, so that is no unseen-text figure. After the later general additions of the
same helper (ko delivery nouns and 문서, id service short forms and naval towns, tr Generalpolkovnik and
Şam, vi "Đại sứ X tại Việt Nam <name>"), HEAD a26467a: events unchanged (F1 0.850), location 0.963,
persons 1.000; the vi addition also lifted genres 0.875 -> 0.887. Floors sit about 0.03 below the latest
measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "forms_mid.jsonl"

# session 13, lead: after the engine merges (signing lists, interview answers, weekday clauses, Korean
# headline items) events P 0.864 R 0.897 F1 0.880; events floors raised to 0.03 under them
FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.83,
    "events recall": 0.86,
    "events F1": 0.90,
    "current events F1": 0.89,
    "date accuracy": 0.95,
    "location accuracy": 0.93,
    "mode accuracy": 0.93,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"fa": 0.63, "hi": 0.97, "id": 0.77, "it": 0.97, "ko": 0.55, "pt": 0.97, "tr": 0.91,
                   "vi": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-forms-mid"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=78, historical=11, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("forms_mid held-out", FLOORS, languages=LANGUAGE_FLOORS)
