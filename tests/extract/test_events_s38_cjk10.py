"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/cjk10.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Chinese, Japanese and Korean defense
news, the subject of the cjk10 set:
- zh a drill its forces call "joint" (联合演训) held around another state and named in quotes between
  ("在台湾岛周边开展“海峡雷霆-2026A”联合演训", 「…」 in traditional script) is one state's drill, as the
  unnamed one was;
- zh an agreement that "gives a legal framework" to training ("为…训练提供了法律框架") provides no
  training: the signing is the event, no aid;
- zh a drill the forces "will form a formation for / launch / carry out / head to"
  ("将组成编队…进行联合海上巡航", "将展开…联合训练", "将实施联合演习", "将前往…参加联合演习") is a pledge
  for later (intent), as "将举行" was;
- ja what a drill tries out, its deployment, use or response
  ("…の展開などを確認しています", "…の運用を確認した"), is no agreement confirmed between the states,
  as "手順を確認" was;
- ja a commander's call to his own troops at a drill ("…と参加する隊員たちに呼びかけた") is no proposal;
- ja a drill the own forces hold alone ("単独の訓練も予定していて", "単独訓練を予定") is no drill
  planned with the partner of the joint one reported;
- ja a transfer told as a condition ("移転が実現すれば初めてとなる", "輸出が決まれば") is no delivery;
- ja the rule on transfers to third countries ("第三国移転を容認した") is a policy, no delivery, as the export
  principles were;
- ko a document revised, renewed or extended in the adnominal or connective form ("양해각서를 개정한 바
  있다", "협정을 갱신하고", "약정을 연장한") is signed, as "개정했다" was.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-09"  # a Wednesday

CASES = [
    # ---- zh: a named drill of one state's forces around another is no exercise with it
    case("zh-named-joint-drill-around-island-hyphen", "zh", DAY,
         "东部战区今天起在台湾岛周边开展“海峡雷霆-2026A”联合演训，美国国务院发言人表示关切。",
         []),
    case("zh-named-joint-drill-around-island", "zh", DAY,
         "东部战区今天起在台湾岛周边开展“正义使命”联合演训，美国国务院发言人表示关切。",
         []),
    case("zh-hant-named-joint-drill-around-island", "zh", DAY,
         "東部戰區今天起在台灣島周邊開展「海峽雷霆-2026A」聯合演訓，美國國務院發言人表示關切。",
         []),
    # ---- zh: a legal framework given to training is no training given
    case("zh-legal-framework-for-training-is-no-aid", "zh", DAY,
         "新加坡与印度于2019年签署的海军合作协定，为两国海军舰艇互访和训练提供了法律框架。",
         [ev("agreement", ["IND", "SGP"], date="2019", doc_type="agreement", historical=True)]),
    case("zh-hant-legal-framework-for-training-is-no-aid", "zh", DAY,
         "菲律賓與日本2024年簽署的《互惠准入協定》，為兩國部隊的聯合訓練提供了法律框架。",
         [ev("agreement", ["JPN", "PHL"], date="2024", doc_type="agreement", historical=True)]),
    # ---- zh: drills that "will" be formed, launched, carried out
    case("zh-jiang-zucheng-biandui-patrol-is-intent", "zh", DAY,
         "据报道，中俄两国海军舰艇将组成编队在西太平洋进行联合海上巡航。",
         [ev("intent", ["CHN", "RUS"])]),
    case("zh-hant-jiang-zucheng-biandui-patrol-is-intent", "zh", DAY,
         "據報道，中俄兩國海軍艦艇將組成編隊在西太平洋進行聯合海上巡航。",
         [ev("intent", ["CHN", "RUS"])]),
    case("zh-jiang-zhankai-joint-training-is-intent", "zh", DAY,
         "泰国和中国海军陆战队将展开“蓝色突击”联合训练。",
         [ev("intent", ["CHN", "THA"])]),
    case("zh-jiang-shishi-joint-drill-is-intent", "zh", DAY,
         "柬埔寨和中国军队将实施联合反恐演习。",
         [ev("intent", ["CHN", "KHM"])]),
    case("zh-jiang-qianwang-to-join-drill-is-intent", "zh", DAY,
         "印度尼西亚海军舰艇将前往澳大利亚达尔文港参加联合演习。",
         [ev("intent", ["AUS", "IDN"])]),
    # ---- ja: a drill checks its own deployment and use
    case("ja-drill-checks-deployment-is-no-intent", "ja", DAY,
         "陸上自衛隊とインド陸軍による共同訓練が8日から始まり、両部隊は偵察部隊の展開などを確認しています。",
         [ev("exercise", ["IND", "JPN"], date="2026-12")]),
    case("ja-drill-checks-use-is-no-intent", "ja", DAY,
         "海上自衛隊とフランス海軍は8日、太平洋で共同訓練を行い、艦載ヘリの運用を確認した。",
         [ev("exercise", ["FRA", "JPN"], date="2026-12-08")]),
    # ---- ja: a call to one's own troops
    case("ja-call-to-own-troops-is-no-proposal", "ja", DAY,
         "陸上自衛隊とインド陸軍の共同訓練が8日、始まった。開始式で、中部方面総監の山田一郎陸将が"
         "「互いに学び合おう」と参加する隊員たちに呼びかけた。",
         [ev("exercise", ["IND", "JPN"], date="2026-12")]),
    # ---- ja: a drill held alone
    case("ja-drill-alone-planned-is-no-intent", "ja", DAY,
         "海上自衛隊と米海軍の共同訓練が8日に終わった。一方、海上自衛隊は来月、相模湾で単独の訓練も"
         "予定していて、対潜能力を高めたいとしている。",
         [ev("exercise", ["JPN", "USA"], date="2026-12-08")]),
    case("ja-tandoku-kunren-planned-is-no-intent", "ja", DAY,
         "陸上自衛隊とオーストラリア陸軍の共同訓練が8日、終了した。陸自は来年2月にも北海道で単独訓練を"
         "予定している。",
         [ev("exercise", ["AUS", "JPN"], date="2026-12-08")]),
    # ---- ja: a transfer as a condition
    case("ja-transfer-if-realised-is-no-aid", "ja", DAY,
         "小泉防衛相は8日、インドのシン国防相と会談した。インドへの装備品の移転が実現すれば初めてとなる。",
         [ev("meeting", ["IND", "JPN"], date="2026-12-08")]),
    case("ja-export-if-decided-is-no-aid", "ja", DAY,
         "フィリピンと日本の防衛相は8日、電話会談を行った。護衛艦の輸出が決まれば、日本にとって2例目となる。",
         [ev("meeting", ["JPN", "PHL"], date="2026-12-08", mode="phone")]),
    # ---- ja: transfers to third countries as a rule
    case("ja-third-country-transfer-rule-is-no-aid", "ja", DAY,
         "三菱重工業は8日、オーストラリア政府と護衛艦の建造契約を結んだ。日本政府は2023年に共同開発品の"
         "第三国移転を容認した。",
         [ev("agreement", ["AUS", "JPN"], date="2026-12-08", doc_type="contract")]),
    # ---- ko: revised, renewed, extended in the adnominal and connective forms
    case("ko-gaejeonghan-ba-itda-is-signing", "ko", DAY,
         "한국과 호주는 지난 2023년 5월 국방 협력 양해각서를 개정한 바 있다.",
         [ev("agreement", ["AUS", "KOR"], date="2023-05", doc_type="memorandum", historical=True)]),
    case("ko-gaengsinhago-is-signing", "ko", DAY,
         "한국과 인도네시아 국방부는 8일 자카르타에서 방산협력 협정을 갱신하고 공동생산을 확대하기로 했다.",
         [ev("agreement", ["IDN", "KOR"], date="2026-12-08", doc_type="agreement"),
          ev("intent", ["IDN", "KOR"])]),
    case("ko-yeonjanghan-is-signing", "ko", DAY,
         "튀르키예와 한국은 지난해 방산 협력 약정을 연장한 뒤 공동 개발을 이어가고 있다.",
         [ev("agreement", ["KOR", "TUR"], date="2025", doc_type="agreement", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
