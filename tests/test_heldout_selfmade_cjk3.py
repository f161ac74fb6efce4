"""Accuracy floors on the self-written held-out set cjk3 (tests/data/heldout/cjk3.jsonl).

20 articles in three languages (zh 7: PRC, Taiwan, Hong Kong and
Singapore outlets; ja 7; ko 6; 48 gold events, 15 historical, 2
non-relevant) written by a session-25 set-writer (an AI model) in
the styles of Xinhua via news.cn, 中国军网/解放军报, 国防部网 (a release and a
press-conference transcript), 自由時報, 联合早报, 星岛头条, 防衛省, 北海道新聞/共同,
NHK, 読売新聞, 時事通信, 産経新聞, 日本経済新聞, 연합뉴스, 국방일보, 뉴시스, 국방부 and 부산일보, with
their web furniture (责任编辑, 相关阅读, 関連記事, 무단전재 재배포 금지). It mixes
visits, talks, a phone call, a courtesy call, memoranda, treaties,
intents, an invitation, exercises, joint patrols, aid and support
with background, in the date styles of the three languages
(新华社北京11月24日电, 本月上旬, 令和8年, 지난달, 오는 7일부터), and traps: foreign-
ministry talks, domestic drills, a commemoration, port calls for
supplies, company deals at a fair and in a joint venture,
statements against third states. Gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says
how it was made. The whole pipeline runs in- process as `milwatch
eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-06, session 25, HEAD 7ab8e798 + the set; extract stage via
/work/tools/allsets.sh): events P 0.808 R 0.875 F1 0.840, current 0.824, relevance 0.973, date 0.929,
location 0.808, mode 1.000, doc type 1.000, persons 1.000; by type meeting 0.71, agreement 0.86, aid 0.86,
exercise 0.85, intent 1.00, support 1.00; by language ja 0.89, ko 0.74, zh 0.87. One gold correction after it
(annotation only): the separate GBR-JPN talks on the margin of the trilateral meeting of cj3-14 are mode
multilateral, not visit; the first figures are the same with it (the system missed that event then).
After the session-25 pack changes of the same helper (src/milwatch/packs/{ja,zh,ko}: general vocabulary and
masks, sentences of its own in tests/extract/test_events_s25_cjk3.py; no engine change), extract stage and
whole pipeline alike: events P 0.868 R 0.958 F1 0.911, current 0.899, relevance 0.973, date 0.957, location
0.828, mode 1.000, doc type 1.000, persons 1.000; meeting 0.83, agreement 0.91, aid 0.86, exercise 0.96,
intent 1.00, support 1.00; ja 0.97, ko 0.79, zh 0.94. The packs were changed with this set at hand, so that
is no unseen-text figure. Floors sit about 0.03 below the latest measurement: raise them when the system gets
better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "cjk3.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.83,
    "events recall": 0.92,
    "events F1": 0.88,
    "current events F1": 0.86,
    "date accuracy": 0.92,
    "location accuracy": 0.79,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"ja": 0.94, "ko": 0.75, "zh": 0.91}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-cjk3"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=20, events=48, historical=15, irrelevant=2)
    assert {row["lang"] for row in result["gold"]} == {"ja", "ko", "zh"}


test_floor = floor_test("cjk3 held-out", FLOORS, languages=LANGUAGE_FLOORS)
