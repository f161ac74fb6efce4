"""The extract stage on short articles in Chinese and Japanese written for these tests (none of these
sentences is in tests/data/heldout/cjk8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the Chinese, Japanese and Korean defense
press, the subject of the cjk8 set:
- zh "as agreed by both sides / both governments" (经中泰双方商定，…举行联合训练;
  经中俄两国政府商定) opens the announcement of an exercise held now: the exercise, no pledge for later;
- zh a Latin surname in brackets after a transliterated name ("发言人特立尼达（Trinidad）") is no
  Trinidad and Tobago taking part;
- zh a state's situation, crisis or nuclear question named as the topic of talks (就乌克兰局势和伊朗核
  问题交换了意见, 朝鲜核问题, 北韓核導彈問題) is no party of the talks or the pledge;
- zh Inner Mongolia (内蒙古) is a Chinese place where drills are held, and still no Mongolia;
- ja the Japan-UK-Italy fighter programme named as the topic of two ministers (日英伊の次期戦闘機,
  日英伊による共同開発) names no third party, as 日米韓協力 names none.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- zh: 经…双方商定 introduces what is held, no intent
    case("zh-jing-shuangfang-shangding-is-the-exercise", "zh", DAY,
         "经中泰双方商定，中国陆军和泰国皇家陆军于10月中旬在泰国华欣举行联合训练。",
         [ev("exercise", ["CHN", "THA"], date="2026-10", location="THA")]),
    case("zh-jing-liangguo-zhengfu-shangding-is-the-exercise", "zh", DAY,
         "经中俄两国政府商定，两国海军于10月12日在日本海举行联合演习。",
         [ev("exercise", ["CHN", "RUS"], date="2026-10-12")]),
    # ---- zh: a Latin surname in brackets is no state
    case("zh-latin-surname-trinidad-is-no-state", "zh", DAY,
         "菲律宾与美国海军今天在南海举行联合巡逻。菲律宾海军发言人特立尼达（Roy Trinidad）说，"
         "此次巡逻在菲律宾专属经济区内进行，内容包括通信演练和编队运动。",
         [ev("exercise", ["PHL", "USA"], date="2026-10-14")]),
    # ---- zh: a state's situation, crisis or nuclear question as the topic of talks is no party
    case("zh-wukelan-jushi-yilang-he-wenti-are-topics", "zh", DAY,
         "法国国防部长今天在巴黎与到访的印度国防部长举行会谈。两人还同意加强防务工业合作，"
         "并就乌克兰局势和伊朗核问题交换了意见。",
         [ev("meeting", ["FRA", "IND"], date="2026-10-14", location="FRA", mode="visit"),
          ev("intent", ["FRA", "IND"], date="2026-10-14")]),
    case("zh-chaoxian-he-wenti-wukelan-weiji-are-topics", "zh", DAY,
         "韩国国防部长今天与到访的英国国防大臣举行会谈，双方就朝鲜核问题和乌克兰危机交换意见，同意加强海上合作。",
         [ev("meeting", ["GBR", "KOR"], date="2026-10-14", mode="visit"),
          ev("intent", ["GBR", "KOR"], date="2026-10-14")]),
    # ---- zh: Inner Mongolia is a Chinese place, no Mongolia
    case("zh-neimenggu-is-a-place-in-china", "zh", DAY,
         "10月12日，中国和哈萨克斯坦两军“天山-2026”联合反恐演习在内蒙古某训练基地开幕。",
         [ev("exercise", ["CHN", "KAZ"], date="2026-10", location="CHN")]),
    case("zh-neimenggu-names-no-mongolia", "zh", DAY,
         "中国和俄罗斯国防部长今天在内蒙古举行会谈。",
         [ev("meeting", ["CHN", "RUS"], date="2026-10-14", location="CHN")]),
    # ---- ja: the Japan-UK-Italy fighter programme as a topic names no third party
    case("ja-nichieii-no-jikisentoki-is-a-topic", "ja", DAY,
         "中谷防衛相は14日、来日したイタリアのクロセット国防相と防衛省で会談した。"
         "両氏は、日英伊の次期戦闘機の共同開発を着実に進めることで一致した。",
         [ev("meeting", ["ITA", "JPN"], date="2026-10-14", location="JPN", mode="visit"),
          ev("intent", ["ITA", "JPN"], date="2026-10-14")]),
    case("ja-nichieii-ni-yoru-kyodokaihatsu-is-a-topic", "ja", DAY,
         "小泉防衛大臣は、ヒーリー英国防大臣と電話会談を行いました。"
         "両大臣は、日英伊による次期戦闘機の共同開発を推進していくことで一致しました。",
         [ev("meeting", ["GBR", "JPN"], date="2026-10-14", mode="phone"),
          ev("intent", ["GBR", "JPN"], date="2026-10-14")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
