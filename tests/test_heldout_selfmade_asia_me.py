"""Accuracy floors on the self-written Asian and Middle Eastern held-out set
(tests/data/heldout/asia_me.jsonl).

48 articles, 4 in each of zh, ja, ko, ar, fa (Persian and Dari), he, hi, ur, id, ms, th
and tr, from outlets and genres of that press: the PRC 国防部 site, 中央社 (traditional
characters, ROC years), 联合早报, a 解放军报 brief; 防衛省 releases (Reiwa years, full-width
digits), NHK, 共同, 産経; 국방부, 연합뉴스, 국방일보; WAM, SPA (Hijri dates, Eastern Arabic
digits), MAP, the Egyptian military spokesman; IRNA and ISNA (Solar Hijri, Persian digits),
the Afghan defense ministry in Dari; the Israeli MoD, Ynet, Haaretz; PIB Hindi, Dainik
Bhaskar (Devanagari digits); ISPR and Jang; Kemhan, Antara, Kompas; Bernama, Berita Harian;
the Thai MoD (Buddhist era, Thai digits), Matichon; the MSB weekly briefing, AA, Hürriyet.
113 gold events (29 historical), 6 non-relevant articles, three stories told in two
languages. Written by the Asia/Middle East helper of session 10 (an AI model) before
reading the packs; gold after ../shared/eval/GUIDELINES.md; the README says how. The
whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any change (2026-12-03, session 10, HEAD 15e89bf), with the gold
correction the README records: events P 0.838 R 0.735 F1 0.783, current 0.793, relevance
0.988, date 0.962, location 0.781, mode 0.964, doc type 0.941, persons 0.830; ar 0.71,
fa 0.71, he 1.00, hi 0.80, id 0.82, ja 0.71, ko 0.63, ms 0.78, th 1.00, tr 0.67, ur 0.82,
zh 0.77; story links 1 of 3.  After the session-10 pack work of the same helper (HEAD
34e8f02; general vocabulary of zh ja ko ar fa he hi ur id ms tr with sentences of its own in
tests/extract/test_events_h10_am.py, no engine change): events P 0.903 R 0.823 F1 0.861,
current 0.879, relevance 1.000, date 0.966, location 0.865, mode 0.968, doc type 0.950,
persons 0.821; ar 0.80, fa 0.82, he 1.00, hi 0.94, id 0.95, ja 0.75, ko 0.63, ms 0.78,
th 1.00, tr 0.80, ur 0.95, zh 0.88; story links 2 of 3.  Tuned on, so no longer an
unseen-text figure.  Floors sit about 0.03 below: raise them when the system gets better,
never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "asia_me.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.87,
    "events recall": 0.79,
    "events F1": 0.83,
    "current events F1": 0.85,
    "date accuracy": 0.93,
    "location accuracy": 0.83,
    "mode accuracy": 0.93,
    "doc_type accuracy": 0.92,
    "person recall": 0.79,
}
# id 0.91 -> 0.86 (session 20, lead): the series an exercise belongs to is no edition of it ("held every
# year since 2004": five sets gained, event_dates.since_dates); this set's gold counts one such series
# sentence, "Patroli terkoordinasi Malindo telah digelar sejak 1972", as a background exercise (id 0.889)
LANGUAGE_FLOORS = {"ar": 0.77, "fa": 0.79, "he": 0.97, "hi": 0.91, "id": 0.86, "ja": 0.72, "ko": 0.59,
                   "ms": 0.74, "th": 0.97, "tr": 0.77, "ur": 0.91, "zh": 0.84}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-asia-me"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=48, events=113, historical=29, irrelevant=6)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 4))


test_floor = floor_test("asia_me held-out", FLOORS, languages=LANGUAGE_FLOORS)
