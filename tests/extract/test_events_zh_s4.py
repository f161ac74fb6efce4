"""The extract stage on short Chinese articles, simplified and traditional (invented officials).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the
helpers are those of tests/support/cases.py.  The cases cover the kinds of wording of
packs/zh: meetings, calls and visits; signings with their document words; joint exercises,
patrols and training; deliveries, handovers and training given; support of territorial
integrity; titles next to names (a name never swallows a title word or "the two states");
background and future markers; relative dates.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

PUB = "2024-05-15"  # a Wednesday

CASES = [
    # --- meetings, calls, visits ----------------------------------------------------------------
    case("zh-chairman-of-joint-chiefs", "zh", PUB,
         "中国国防部长王建华14日在北京会见了来访的巴基斯坦参谋长联席会议主席阿里·汗上将。",
         [ev("meeting", ["CHN", "PAK"], date="2024-05-14", location="CHN", mode="visit",
             persons=["王建华", "阿里·汗"])]),
    case("zh-hant-chairman-of-joint-chiefs", "zh", PUB,
         "國防部長王建華14日在北京會見了來訪的巴基斯坦參謀長聯席會議主席阿里·汗上將。",
         [ev("meeting", ["CHN", "PAK"], date="2024-05-14", location="CHN", persons=["王建華", "阿里·汗"])]),
    case("zh-wire-dateline-is-no-venue", "zh", PUB,
         "新华社北京5月14日电 国防部长王建华14日在河内会见了越南国防部长阮文安。",
         [ev("meeting", ["CHN", "VNM"], date="2024-05-14", location="VNM")]),
    case("zh-two-states-before-title", "zh", PUB,
         "中越两国防长14日举行视频通话。",
         [ev("meeting", ["CHN", "VNM"], date="2024-05-14", mode="phone")]),
    case("zh-hant-two-states-talks", "zh", PUB,
         "據悉，中俄兩國防長14日在莫斯科舉行會談。",
         [ev("meeting", ["CHN", "RUS"], date="2024-05-14", location="RUS")]),
    case("zh-attache-stationed-in-china", "zh", PUB,
         "国防部副部长李强14日会见了新任印尼驻华武官苏里安托准将。",
         [ev("meeting", ["CHN", "IDN"], date="2024-05-14", persons=["李强", "苏里安托"])]),
    case("zh-hant-ambassador-stationed-in-china", "zh", PUB,
         "國防部副部長李強14日會見了法國駐華大使杜邦。",
         [ev("meeting", ["CHN", "FRA"], date="2024-05-14", persons=["李強", "杜邦"])]),
    case("zh-in-beijing-short", "zh", PUB,
         "中国国防部长王建华14日在京会晤蒙古国国防部长巴特尔，两国防长就深化两军合作深入交换意见。",
         [ev("meeting", ["CHN", "MNG"], date="2024-05-14", location="CHN", persons=["王建华", "巴特尔"])]),
    case("zh-hant-phone-call", "zh", PUB,
         "中國國防部長王建華14日同泰國國防部長頌猜通電話。",
         [ev("meeting", ["CHN", "THA"], date="2024-05-14", mode="phone", persons=["王建華", "頌猜"])]),
    case("zh-title-inside-no-name", "zh", PUB,
         "中国国防部长王建华14日在北京会见泰国国防部常务秘书颂猜上将。",
         [ev("meeting", ["CHN", "THA"], date="2024-05-14", location="CHN", persons=["王建华", "颂猜"])]),
    case("zh-time-word-after-name", "zh", PUB,
         "中国国防部长王建华本月10日在北京会见了越南国防部长潘文山。",
         [ev("meeting", ["CHN", "VNM"], date="2024-05-10", location="CHN", persons=["王建华", "潘文山"])]),
    case("zh-last-night", "zh", PUB,
         "中国国防部长王建华昨晚在北京会见了越南国防部长潘文山。",
         [ev("meeting", ["CHN", "VNM"], date="2024-05-14", location="CHN")]),
    case("zh-this-week-day", "zh", "2024-05-17",
         "中国国防部长王建华本周三在北京会见了越南国防部长潘文山。",
         [ev("meeting", ["CHN", "VNM"], date="2024-05-15", location="CHN")]),
    # --- signings ---------------------------------------------------------------------------------
    case("zh-annual-plan-signed", "zh", PUB,
         "会谈后，中老两国国防部签署了年度合作计划。",
         [ev("meeting", ["CHN", "LAO"]), ev("agreement", ["CHN", "LAO"], doc_type="plan")]),
    case("zh-hant-annual-plan-signed", "zh", PUB,
         "會談後，中寮兩國國防部簽署了年度合作計畫。",
         [ev("meeting", ["CHN", "LAO"]), ev("agreement", ["CHN", "LAO"], doc_type="plan")]),
    case("zh-signed-to-buy", "zh", PUB,
         "印尼与法国14日签约购买42架战斗机。",
         [ev("agreement", ["FRA", "IDN"], date="2024-05-14", doc_type="contract")]),
    case("zh-hant-letter-of-intent", "zh", PUB,
         "中國和泰國兩軍14日簽署聯合訓練意向書。",
         [ev("agreement", ["CHN", "THA"], date="2024-05-14", doc_type="letter_of_intent")]),
    case("zh-signed-before", "zh", PUB,
         "中国与柬埔寨曾于2019年签署军事合作协议。",
         [ev("agreement", ["CHN", "KHM"], date="2019", doc_type="agreement", historical=True)]),
    # --- joint military activity --------------------------------------------------------------------
    case("zh-joint-training-opens", "zh", PUB,
         "中蒙两军联合训练14日在某训练场开训。",
         [ev("exercise", ["CHN", "MNG"], date="2024-05")]),
    case("zh-hant-joint-training-opens", "zh", PUB,
         "中蒙兩軍聯合訓練14日在某訓練場開訓。",
         [ev("exercise", ["CHN", "MNG"], date="2024-05")]),
    case("zh-training-closes", "zh", PUB,
         "中巴两军反恐联合训练14日落下帷幕。",
         [ev("exercise", ["CHN", "PAK"], date="2024-05-14")]),
    case("zh-hant-exercise-unfolds", "zh", PUB,
         "中泰海軍聯合演習14日在泰國灣展開。",
         [ev("exercise", ["CHN", "THA"], date="2024-05", location="THA")]),
    case("zh-exercise-announced", "zh", PUB,
         "中俄两军将于明年举行联合演习。",
         [ev("intent", ["CHN", "RUS"])]),
    case("zh-patrol-before", "zh", PUB,
         "中国和越南两军曾在北部湾举行联合巡逻。",
         [ev("exercise", ["CHN", "VNM"], historical=True)]),
    # --- aid --------------------------------------------------------------------------------------
    case("zh-delivery-of-artillery", "zh", PUB,
         "美国14日向乌克兰交付一批火箭炮。",
         [ev("aid", ["UKR", "USA"], date="2024-05-14")]),
    case("zh-hant-handover-of-aircraft", "zh", PUB,
         "日本向菲律賓移交了兩架教練機。",
         [ev("aid", ["JPN", "PHL"])]),
    case("zh-hant-training-given", "zh", PUB,
         "中國軍隊為巴基斯坦軍隊培訓了100名飛行員。",
         [ev("aid", ["CHN", "PAK"])]),
    case("zh-future-delivery-is-intent", "zh", PUB,
         "韩国将向波兰交付一批坦克。",
         [ev("intent", ["KOR", "POL"])]),
    # --- support ----------------------------------------------------------------------------------
    case("zh-hant-territorial-integrity", "zh", PUB,
         "俄羅斯國防部長伊萬諾夫表示，俄方堅定支持白俄羅斯的主權和領土完整。",
         [ev("support", ["BLR", "RUS"], persons=["伊萬諾夫"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_a_name_holds_no_title_word(extractor: Extractor) -> None:
    """The name next to a rank is the name alone, not the end of the title before it (武官杜邦上校)."""
    text = "法国驻华武官杜邦上校14日拜会中国国防部国际军事合作办公室主任李刚少将。"
    extraction = extractor.extract(Article(id="t", text=text, title=None, published=PUB, lang="zh",
                                           lang_hint="zh"))
    names = {p.name for e in extraction.events for p in e.persons}
    assert names == {"杜邦", "李刚"}, names


def test_stationed_in_china_names_china_and_washington_stays_usa(extractor: Extractor) -> None:
    finder = extractor.resources("zh").countries
    assert [m.code for m in finder.find("驻华武官")] == ["CHN"]
    assert [m.code for m in finder.find("驻华盛顿大使馆")] == ["USA"]
    assert [m.code for m in finder.find("在京都举行")] == ["JPN"]
