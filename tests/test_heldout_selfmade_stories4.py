"""Accuracy floors on the self-written held-out set of cross-language stories
(tests/data/heldout/stories4.jsonl).

24 articles: 8 real-world-style events, each told by 3 outlets in 3 different languages (en, fr, de, es,
ru, ar, zh, ja, ko, pt, tr and vi, each twice; 68 gold events, 12 historical, every article relevant),
written by a session-17 set-writer helper (an AI model) to test cross-language story linking: a
Japanese-Vietnamese signing in Hanoi (QĐND, NHK, Kyodo), a Chinese minister's visit to Moscow (TASS,
Xinhua, Yonhap) and the SAME two ministers meeting again three weeks later at the SCO in Bishkek (RIA,
the Chinese MoD, RT Arabic), a Turkish-Spanish signing in Madrid (AA, Europa Press, Lusa), an
Egyptian-Turkish naval exercise (Al-Ahram, DW, Hürriyet), a French-Brazilian signing in Brasília (Le
Figaro/AFP, Agência Brasil, EFE), and two DIFFERENT pairs meeting at the Shangri-La Dialogue on the same
day (Japan-Philippines: Yomiuri, PNA, dpa; Korea-Viet Nam: 국방일보, VietnamPlus, Le Courrier du Vietnam).
The reports of one event name the document differently (memorandum / agreement / protocol / plan /
declaration of intent), date it differently ("Tuesday", "yesterday", the day number) and spell the
officials per script.  Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it
was made.  The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py), story links included.

First measurement, before any pack change (2026-12-05, session 17, HEAD 666cd99 + the set; extract stage
via /work/tools/allsets.sh, `milwatch eval --json` gives the same): events P 0.847 R 0.897 F1 0.871,
current 0.915, relevance 1.000, date 0.984, location 0.821, mode 0.885, doc type 1.000, persons 0.928;
stories B3 P 0.944 R 0.806 F1 0.870, story links P 0.895 R 0.708 F1 0.791 (tp 17 fp 2 fn 7); by type
agreement 1.00, intent 0.90, meeting 0.85, exercise 0.73, support 0.00; ar 0.60, de 0.75, en 0.82, es
1.00, fr 1.00, ja 0.71, ko 1.00, pt 0.89, ru 0.86, tr 0.86, vi 1.00, zh 0.91.
After the session-17 pack changes of the same helper (ko, ar, ja, tr, en, ru, de: general vocabulary, each
pinned by sentences of its own in tests/extract/test_events_s17_stories4.py; no engine change): events P 0.940
R 0.926 F1 0.933, current 0.991, relevance 1.000, date 0.984, location 0.914, mode 0.923, doc type 1.000,
persons 0.930; stories B3 P 0.875 R 0.917 F1 0.895, story links P 0.700 R 0.875 F1 0.778 (tp 21 fp 9 fn 3:
the Yonhap report now joins its story, and the RT Arabic report of the Bishkek talks its own, but a
background signing of "mid-October" it recalls is read as news of October and links the two meetings of one
pair into one story, an engine case; the links floor stays where the first measurement put it); ar 0.80, de
0.86, en 0.93, es 1.00, fr 1.00, ja 0.86, ko 1.00, pt 0.89, ru 0.92, tr 1.00, vi 1.00, zh 0.91.  Session 18
(engine, cluster/_links.py `_other_occasions`: an article whose main meeting happens again on another day in
another place in the other's news is never linked to it): stories B3 F1 0.957 (P 1.000 R 0.917), story links
P 1.000 R 0.875 F1 0.933 (tp 21 fp 0 fn 3); then `_same_exercise` (reports of one exercise of a pair that
share a day or month link without a shared place or official): stories B3 1.000, story links 1.000 (tp 24);
events unchanged.  The packs
were changed with this set at hand, so these are no unseen-text figures.
The lead's decision (session 21): en 0.93 -> 0.875 when a capital opening a sentence came to stand for its
government (countries.capital_as_subject: "Manila signed ...", "Moscou a promis ..."; it gained in en_global2,
native2, en_press2 and wide): "Tokyo has been expanding its Official Security
Assistance program ..." now gives a Japanese-Vietnamese aid for the programme described, which this gold does
not count. The en floor goes to 0.85.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower
them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "stories4.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.91,
    "events recall": 0.89,
    "events F1": 0.90,
    "current events F1": 0.96,
    "stories B3 F1": 0.97,
    "story links F1": 0.97,
    "date accuracy": 0.95,
    "location accuracy": 0.88,
    "mode accuracy": 0.89,
    "doc_type accuracy": 0.97,
    "person recall": 0.90,
}
LANGUAGE_FLOORS = {"ar": 0.77, "de": 0.83, "en": 0.85, "es": 0.97, "fr": 0.97, "ja": 0.83, "ko": 0.97,
                   "pt": 0.86, "ru": 0.89, "tr": 0.97, "vi": 0.97, "zh": 0.88}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-stories4"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=68, historical=12, irrelevant=0)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 2))
    stories: dict[str, set[str]] = {}
    for row in result["gold"]:
        stories.setdefault(row["story"], set()).add(row["lang"])
    assert len(stories) == 8 and all(len(langs) == 3 for langs in stories.values())


test_floor = floor_test("stories4 held-out", FLOORS, languages=LANGUAGE_FLOORS)
