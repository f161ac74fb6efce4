"""Accuracy floors on the self-written held-out set cjk4 (tests/data/heldout/cjk4.jsonl).

20 Chinese, Japanese and Korean press items and ministry readouts (zh 7: mainland, Taiwan, Hong Kong; ja 7;
ko 6; 40 gold events, 17 historical, 4 non-relevant) written by a session-27 set-writer (an AI model) in the
styles of the Chinese defense ministry site (Xinhua copy), China Military Online, CNA, Ming Pao, The Paper,
Xinhua and China News; Kyodo (Tokyo Shimbun, Sankei), the Japanese Joint Staff and MSDF releases, NHK, Jiji
and Yomiuri; Kookbang Ilbo, Yonhap, Chosun, KBS and Newsis, with their web furniture (menus,
bylines, "相关阅读", "あわせて読みたい", "저작권자 ©" lines) and their date forms
("新华社北京12月3日电", "（中央社記者…台北2日電）", "令和8年10月20日（火）", "3일(목)",
"지난 23일부터 27일까지", "昨年9月以来"). Two stories told twice: the
China-Russia joint air patrol (zh 05, ja 12) and the Japanese minister in Seoul (ja 13, ko 16). Gold after
../shared/eval/GUIDELINES.md; README_cjk4.md says how it was made. The whole pipeline runs in-process as
`milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 27, HEAD cb2fdf96 = session base d5e1842f +
the set; extract stage via /work/tools/allsets.sh), gold as first written: events P 0.865 R 0.842 F1 0.853.
Two gold omissions were then fixed (6e28b8c7: zh 02 "“突击”系列联合训练始于2007年，上一次在中国广西举行。"
tells two background exercises; bb29bcab: the Thai deputy army commander at the opening is a person of the
exercise); on the fixed gold, the unseen figure: events P 0.892 R 0.825 F1 0.857, current 0.917, relevance
1.000, date 0.966, location 1.000, mode 1.000, doc type 1.000, persons 0.889, stories B3 1.000, links 1.000;
by type agreement 1.00, meeting 0.88, exercise 0.83, intent 0.80, aid 0.67; by language ko 0.96, zh 0.83,
ja 0.79. After the session-27 pack changes of the same helper (src/milwatch/packs/{ja,zh,ko}: a handover
ceremony of what is supplied, told by a relative clause, is no future delivery; 引渡し式; 駐X大使; the seas
around Japan no party; the Six Assurances no pledge; what aid will do for the receiver no delivery;
traditional 以來 and 上一屆; ko "오는 … 체결한다" a set day; instrumental words and joining verbs no names;
sentences of its own in tests/extract/test_events_s27_cjk4.py; no engine change), extract stage: events P
1.000 R 0.850 F1 0.919, current 0.978, relevance 1.000, date 0.967, location 1.000, mode 1.000, doc type
1.000, persons 0.944; agreement, intent 1.00, exercise 0.90, meeting 0.88, aid 0.80; by language ko 0.96,
zh 0.91, ja 0.89. The packs were changed with this set at hand, so that is no unseen-text figure. Floors sit
about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "cjk4.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.97,
    "events recall": 0.82,
    "events F1": 0.89,
    "current events F1": 0.95,
    "date accuracy": 0.93,
    "location accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.91,
}
LANGUAGE_FLOORS = {"ja": 0.86, "ko": 0.93, "zh": 0.88}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-cjk4"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=40, historical=17, irrelevant=4)
    assert {row["lang"] for row in result["gold"]} == {"ja", "ko", "zh"}


test_floor = floor_test("cjk4 held-out", FLOORS, languages=LANGUAGE_FLOORS)
