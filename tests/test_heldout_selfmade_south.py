"""Accuracy floors on the self-written held-out set of Global-South and regional defense diplomacy
(tests/data/heldout/south.jsonl).

45 articles in 11 languages (fr, es, pt, sw, am, ha, so, tr, fa, id 4 each; ar 5), written by the south
language helper of session 9 (an AI model) in the style of the local press and ministries: francophone Africa
(Le Soleil, APS, Jeune Afrique, the Ivorian defence ministry's communiqués with "S.E.M." and "Général de Corps
d'Armée"), Latin American Spanish (argentina.gob.ar, El Tiempo with an EFE dateline, a Peruvian MINDEF note,
La Tercera), Brazilian and Lusophone African Portuguese (gov.br Defesa "terça-feira (21)", Jornal de Angola,
O País of Maputo, Agência Brasil), Gulf and Maghreb Arabic (WAM, SPA with Hijri beside Gregorian dates, KUNA,
the Algerian MDN, MAP), Swahili (Taifa Leo, Mwananchi, a Tanzanian ministry release, Citizen Digital), Amharic
(ENA, EBC, Reporter; Ethiopian calendar dates), Hausa (BBC Hausa, VOA Hausa, Aminiya, RFI Hausa), Somali
(SONNA, Hiiraan Online, Radio Muqdisho), Turkish (AA, the MSB, Sabah with an İHA dateline), Persian (IRNA,
Tasnim, Mehr, Fars; Solar Hijri dates in Persian digits) and Indonesian (Kemhan, Antara, Kompas, detik).
Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.  The whole
pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any change (2026-12-03, session 9, set committed as a87ccf4, measured at HEAD
9f0c78c with others' uncommitted engine edits in the tree; no gold changed since): events P 0.943 R 0.792
F1 0.861, current 0.882, relevance 1.000, date 0.935, location 0.842, mode 0.971, doc type 1.000, persons
0.757; am 0.95, ar 0.57, es 0.90, fa 0.80, fr 0.78, ha 0.90, id 0.88, pt 0.95, so 0.96, sw 0.92, tr 0.84.
Story links 3 of 3.  After the session-9 pack work of the same helper (HEAD 0525d53; general vocabulary of
the 11 languages with sentences of its own in tests/extract/test_events_h9_so.py, no engine change): events
P 0.941 R 0.896 F1 0.918, current 0.950, relevance 1.000, date 0.943, location 0.872, mode 0.971, doc type
1.000, persons 0.873; am 0.95, ar 0.77, es 0.93, fa 0.86, fr 0.84, ha 0.95, id 1.00, pt 0.95, so 0.96,
sw 0.96, tr 0.95.  Tuned on, so no longer an unseen-text figure.  Floors sit about 0.03 below (raised at the
end of session 9): raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "south.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.91,
    "events recall": 0.86,
    "events F1": 0.88,
    "current events F1": 0.92,
    "date accuracy": 0.91,
    "location accuracy": 0.84,
    "mode accuracy": 0.94,
    "doc_type accuracy": 0.97,
    "person recall": 0.84,
}
LANGUAGE_FLOORS = {
    "am": 0.92, "ar": 0.74, "es": 0.90, "fa": 0.83, "fr": 0.81, "ha": 0.92, "id": 0.97, "pt": 0.92,
    "so": 0.93, "sw": 0.93, "tr": 0.92,
}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-south"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=45, events=125, historical=34, irrelevant=6)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == {lang: 5 if lang == "ar" else 4 for lang in LANGUAGE_FLOORS})


test_floor = floor_test("south held-out", FLOORS, languages=LANGUAGE_FLOORS)
