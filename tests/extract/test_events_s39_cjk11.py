"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/cjk11.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Chinese, Japanese and Korean defense
diplomacy news, the subject of the cjk11 set:
- ja a stated intention told as one more point of the talks ("…を進める考えも伝えた", "考えも示した"):
  the "also" form of "考えを伝え/示" is an intent, not the deed it intends, and one more intent beside a
  point agreed just before (markers.also);
- ja "次官" alone after a name ("モンゴル国防省のバトボルド次官") is a deputy minister, as "事務次官" and
  "国防次官" are;
- zh a transliterated foreign name is read whole, its first part not cut before a character that may
  follow a name (苏尔坦·卡马勒季诺夫, 哈利姆坦·尤苏波夫: not 苏尔, 哈利姆 before 坦);
- ko a title with the copula -인 before a name ("전단장인 김형준 준장", "비행단장인 최용진 대령") is no
  part of the name.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- ja: the "also" form of a stated intention
    case("ja-kangae-mo-tsutaeta-is-intent", "ja", DAY,
         "木原防衛相は１７日、インドネシアのシャフリ国防相と電話で会談した。"
         "木原氏は、インドネシア海軍への中古護衛艦の移転に向けた協議を加速させる考えも伝えた。",
         [ev("meeting", ["IDN", "JPN"], date="2026-11-17", mode="phone"),
          ev("intent", ["IDN", "JPN"])]),
    case("ja-kangae-mo-tsutaeta-transfer-is-intent", "ja", DAY,
         "小泉防衛相は１６日、来日したベトナムのザン国防相と会談した。小泉氏は、ベトナム海軍への退役護衛艦の"
         "移転に向けた検討を進める考えも伝えた。",
         [ev("meeting", ["JPN", "VNM"], date="2026-11-16", location="JPN", mode="visit"),
          ev("intent", ["JPN", "VNM"])]),
    case("ja-kangae-mo-after-agreed-point-is-second-intent", "ja", DAY,
         "木原防衛相は１７日、来日したマレーシアのハレド国防相と会談した。両氏は、自衛隊とマレーシア軍の共同訓練を"
         "拡充することで一致した。木原氏は、マレーシア軍への警戒監視機材の供与を検討する考えも示した。",
         [ev("meeting", ["JPN", "MYS"], date="2026-11-17", location="JPN", mode="visit"),
          ev("intent", ["JPN", "MYS"]), ev("intent", ["JPN", "MYS"])]),
    # ---- ja: 次官 alone after a name
    case("ja-jikan-after-name-is-official", "ja", DAY,
         "防衛省の増田和夫事務次官は１７日、来日したインドネシア国防省のドニ次官と防衛省で会談した。",
         [ev("meeting", ["IDN", "JPN"], date="2026-11-17", location="JPN", mode="visit",
             persons=["増田和夫", "ドニ"])]),
    # ---- zh: a transliterated name is not cut inside its first part
    case("zh-transliteration-first-part-kept-uzb", "zh", DAY,
         "新华社北京11月17日电 "
         "国防部长董军17日在北京会见来访的乌兹别克斯坦国防部第一副部长哈利姆坦·尤苏波夫。",
         [ev("meeting", ["CHN", "UZB"], date="2026-11-17", location="CHN", mode="visit",
             persons=["董军", "哈利姆坦·尤苏波夫"])]),
    case("zh-transliteration-first-part-kept-kaz", "zh", DAY,
         "国防部长董军17日在北京会见来访的哈萨克斯坦国防部副部长苏尔坦·卡马勒季诺夫，双方进行了会谈。",
         [ev("meeting", ["CHN", "KAZ"], date="2026-11-17", location="CHN", mode="visit",
             persons=["苏尔坦·卡马勒季诺夫"])]),
    # ---- ko: a title with the copula -인 before a name is no part of the name
    case("ko-jeondanjang-in-before-name", "ko", DAY,
         "해군 순항훈련전단이 자카르타에 머무는 동안 전단장인 박진수 준장은 17일 인도네시아 "
         "해군참모총장을 예방하고 "
         ""
         "교류 확대 방안을 논의했다.",
         [ev("meeting", ["IDN", "KOR"], date="2026-11-17", persons=["박진수"])]),
    case("ko-bihaengdanjang-in-before-name", "ko", DAY,
         "공군 블랙이글스 비행단장인 최용진 대령은 16일 사우디아라비아 리야드에서 사우디 공군사령관과 "
         "만났다.",
         [ev("meeting", ["KOR", "SAU"], date="2026-11-16", location="SAU", persons=["최용진"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
