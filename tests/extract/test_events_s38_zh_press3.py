"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/zh_press3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the Chinese-language defense press
(PRC, Taiwan, Hong Kong and Singapore outlets), the subject of the zh_press3 set:
- the short name of Malaysia in the Singapore and Malaysian Chinese press ("马国", "馬國") is that state;
- what a joint training or cruise "will further" bring ("此次联合训练将进一步增进…") is its effect, no pledge;
- what an agreement lets the forces provide each other ("可相互提供燃料", "互相提供") is no delivery;
- a joint training area, ground or base ("联合训练区", "聯合訓練場") is a place, no exercise held;
- the rank 准将 before a verb ("…准將共同為…頒發證書") is no "will" (将共同), as 少将 and 上将 were;
- an exercise director's or a division commander's title ("总导演", "師長") is no part of the name after it;
- inviting people aboard a visiting ship ("邀请当地民众登舰参观") is part of the port call, no pledge.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- the short name of Malaysia
    case("zh-maguo-is-mys", "zh", DAY,
         "马国与泰国军队上周在两国边境举行了联合巡逻。",
         [ev("exercise", ["MYS", "THA"], date="2026-11")]),
    case("zh-maguo-trad-is-mys", "zh", DAY,
         "馬國海軍上月從法國接收了一艘潛艇。",
         [ev("aid", ["FRA", "MYS"], date="2026-11")]),
    # ---- what a joint training "will further" bring is its effect
    case("zh-xunlian-jiang-jinyibu-is-no-pledge", "zh", DAY,
         "中国和埃及空军“文明之鹰-2026”联合训练1日在埃及开训。埃方指挥官表示，本次联合训练将进一步提升两国空军协同作战水平。",
         [ev("exercise", ["CHN", "EGY"], location="EGY")]),
    case("zh-xunhang-jiang-jinyibu-trad-is-no-pledge", "zh", DAY,
         "中俄兩國海軍艦艇昨天在西太平洋展開第七次海上聯合巡航。俄方表示，此次聯合巡航將進一步深化兩軍互信。",
         [ev("exercise", ["CHN", "RUS"])]),
    # ---- a rank ending in 将 (准将) before a verb is no "will"
    case("zh-zhunjiang-gongtong-is-no-pledge", "zh", DAY,
         "中泰海军“蓝色突击-2026”联合训练昨天在泰国梭桃邑闭幕。闭幕式上，中方副总导演与泰方总导演颂猜准将共同为参训官兵颁发纪念章。",
         [ev("exercise", ["CHN", "THA"], location="THA")]),
    case("zh-zhunjiang-gongtong-trad-is-no-pledge", "zh", DAY,
         "中國與新加坡海軍聯合演練前天在南海結束。講評會上，中方指揮員與新加坡海軍艦隊司令林志強准將共同主持了總結。",
         [ev("exercise", ["CHN", "SGP"], date="2026-11-30")]),
    # ---- an exercise director's and a division or brigade commander's title is no part of the name
    case("zh-zongdaoyan-title-before-name", "zh", DAY,
         "中老“友谊盾牌-2026”联合演习1日在老挝万象开幕，中方总导演王海涛少将和老方总导演宋坎准将出席开幕式。",
         [ev("exercise", ["CHN", "LAO"], persons=["王海涛"])]),
    case("zh-shizhang-trad-title-before-name", "zh", DAY,
         "泰國與美國陸軍「金色眼鏡蛇」聯合演習昨天在泰國閉幕，泰國陸軍第2師師長頌猜少將主持閉幕式。",
         [ev("exercise", ["THA", "USA"], persons=["頌猜"])]),
    # ---- what an agreement lets the forces provide each other
    case("zh-xianghu-tigong-is-no-aid", "zh", DAY,
         "日本与菲律宾国防部长昨天签署后勤保障协定，使两军在联合训练和救灾时可相互提供燃料和运输支援。",
         [ev("agreement", ["JPN", "PHL"], date="2026-12-01", doc_type="agreement")]),
    case("zh-huxiang-tigong-trad-is-no-aid", "zh", DAY,
         "澳洲與日本防長昨天簽署協定，兩國軍隊今後在聯合演習中可互相提供彈藥與油料。",
         [ev("agreement", ["AUS", "JPN"], date="2026-12-01", doc_type="agreement")]),
    case("zh-ke-xianghu-in-joint-training-is-no-exercise", "zh", DAY,
         "韩国国防部长昨天在首尔与澳大利亚国防部长举行会谈，双方签署后勤合作协定，让两军在联合训练时可相互提供油料与运输支援。",
         [ev("meeting", ["AUS", "KOR"], date="2026-12-01"),
          ev("agreement", ["AUS", "KOR"], date="2026-12-01", doc_type="agreement")]),
    # ---- a joint training area is a place
    case("zh-lianhe-xunlian-qu-is-place", "zh", DAY,
         "新加坡国防部长与澳大利亚国防部长昨天举行会谈，讨论了联合训练区建设事宜。",
         [ev("meeting", ["AUS", "SGP"], date="2026-12-01")]),
    case("zh-lianhe-xunlian-chang-trad-is-place", "zh", DAY,
         "印尼國防部長昨天與澳洲國防部長會談，雙方討論在達爾文附近興建聯合訓練場的計畫。",
         [ev("meeting", ["AUS", "IDN"], date="2026-12-01")]),
    # ---- inviting people aboard a visiting ship
    case("zh-yaoqing-dengjian-is-no-intent", "zh", DAY,
         "中国海军舰艇编队昨天抵达马来西亚巴生港，开始为期5天的友好访问。编队还举行舰艇开放日，邀请当地民众登舰参观。",
         [ev("meeting", ["CHN", "MYS"], date="2026-12-01", location="MYS")]),
    case("zh-yaoqing-dengjian-trad-is-no-intent", "zh", DAY,
         "日本海上自衛隊護衛艦昨天抵達越南金蘭灣國際港，開始為期4天的友好訪問。艦方舉行開放日，邀請越南海軍官兵登艦參觀。",
         [ev("meeting", ["JPN", "VNM"], date="2026-12-01", location="VNM")]),
    case("zh-yaoqing-list-dengjian-is-no-intent", "zh", DAY,
         "印度海军驱逐舰昨天抵达斯里兰卡科伦坡港，开始为期3天的友好访问。舰方邀请斯里兰卡海军学员、当地学生登舰参观。",
         [ev("meeting", ["IND", "LKA"], date="2026-12-01", location="LKA")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
