"""Accuracy floors on the self-written held-out set of thinly covered Asian and African languages
(tests/data/heldout/thin_asia.jsonl).

44 articles, 4 in each of az, kk, uz, mn, ka, hy, bn, km, lo, my, sw (110 gold events, 20 historical, 5
non-relevant), written by a session-8 language helper (an AI model) in the style of each country's ministries
of defense and armies (mod.gov.az, the Kazakh MoD on gov.kz, mudofaa.uz, mod.gov.mn, mod.gov.ge, mil.am, ISPR,
the Tanzanian TPDF), agencies with their datelines (REPORT.AZ, APA, Kazinform, UzA, MONTSAME, Interpressnews,
ARMENPRESS, BSS, AKP, KPL), private and regional newspapers (Xalq qəzeti, Egemen Qazaqstan, Netgazeti,
Ittefaq, Jugantor, Fresh News, Kampuchea Thmey, Vientiane Mai, Mwananchi, Taifa Leo), TV sites (Khabar 24,
Imedi, LNTV, MRTV, Myawady, Citizen Digital), military newspapers (Vatanparvar in Uzbek Cyrillic, Ulaan Od,
the Lao People's Army paper, Myawady), embassy releases (US Embassy Tashkent, Armenian Embassy Athens,
Australian Embassy Phnom Penh) and RFE/RL Armenian; two stories are told in two languages (an Azerbaijan-
Kazakhstan ministers' meeting in Baku: az + kk; a Kazakh-Uzbek exercise: kk + uz).  Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.  The whole pipeline runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any change (2026-12-03, session 8, HEAD 66e24d9 = the set's own commit; no gold
changed since): events P 0.883 R 0.754 F1 0.814, current 0.849, relevance 0.987, date 0.843, location 0.692,
mode 0.923, doc type 1.000, persons 0.673; az 0.86, bn 0.83, hy 1.00, ka 0.76, kk 0.82, km 0.82, lo 0.84,
mn 0.78, my 0.71, sw 0.75, uz 0.71.  Story links 1 of 2 (az/kk linked, kk/uz not).  After the session-8 pack
work of the same helper (general vocabulary of the 11 languages, sentences of its own in
tests/extract/test_events_h8_ta.py; HEAD a7a35c7): events P 0.942 R 0.891 F1 0.916, current 0.914, relevance
1.000, date 0.885, location 0.820, mode 0.923, doc type 1.000, persons 0.752; az 0.95, bn 1.00, hy 1.00,
ka 0.96, kk 1.00, km 0.86, lo 0.95, mn 0.90, my 0.75, sw 0.78, uz 0.90.  Tuned on, so no longer an unseen-text
figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "thin_asia.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.91,
    "events recall": 0.86,
    "events F1": 0.88,
    "current events F1": 0.88,
    "date accuracy": 0.90,
    "location accuracy": 0.79,
    "mode accuracy": 0.89,
    "doc_type accuracy": 0.97,
    "person recall": 0.78,
}
LANGUAGE_FLOORS = {
    "az": 0.92, "bn": 0.97, "hy": 0.97, "ka": 0.92, "kk": 0.97, "km": 0.82, "lo": 0.91, "mn": 0.87,
    "my": 0.72, "sw": 0.75, "uz": 0.87,
}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-thin-asia"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=44, events=110, historical=20, irrelevant=5)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 4))


test_floor = floor_test("thin_asia held-out", FLOORS, languages=LANGUAGE_FLOORS)
