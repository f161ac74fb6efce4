"""The extract stage on short articles in Chinese, Japanese and Korean written for these tests (none of these
sentences is in tests/data/heldout/cjk4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the ministry readouts and press of the cjk4
set: a handover ceremony of what one state supplies, told by a relative clause (ja
"…に提供する巡視艇の引き渡し式が行われた": no delivery still to come), the other spelling of the
ceremony (ja "引渡し式"), an ambassador named with the state he serves in (ja "駐ベトナム大使"), the
seas and airspace around Japan as no party (ja "日本周辺で共同航行した") and the Six Assurances as a
policy, no pledge (zh "依據「台灣關係法」及「六項保證」"); what aid will do for the receiver's forces, a
comment and no delivery (zh "中方援助将大大增强…能力"); and the traditional forms of "since" after its
year (zh "2019年以來") and of "the previous edition" (zh "上一屆"); a day written "오는 21일" (the coming
21st) with a plain present verb, a set day ahead (ko "오는 21일 … 양해각서를 체결한다"); and a word in
the instrumental case or a joining verb before a foreign title, no name (ko "화상으로 호주 국방장관과",
"방문해 라오스 국방장관과").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ja: what the handover ceremony hands over, in a relative clause, is no delivery still to come
    case("ja-teikyo-suru-no-hikiwatashi-shiki-is-aid-only", "ja", DAY,
         "日本がベトナム海軍に提供する巡視艇の引き渡し式が14日、ハノイで行われた。",
         [ev("aid", ["JPN", "VNM"], date="2026-09-14", location="VNM")]),
    # ---- ja: the ceremony spelt 引渡し式
    case("ja-hikiwatashi-shiki-okurigana-is-a-handover", "ja", DAY,
         "日本がマレーシア海軍に提供する巡視艇の引渡し式が14日、クアラルンプールで行われた。",
         [ev("aid", ["JPN", "MYS"], date="2026-09-14", location="MYS")]),
    # ---- ja: an ambassador named with the state he serves in ("駐ベトナム大使")
    case("ja-chu-x-taishi-is-an-ambassador", "ja", DAY,
         "日本の佐藤一郎駐ベトナム大使は14日、ベトナム国防省でザン国防相と会談した。",
         [ev("meeting", ["JPN", "VNM"], date="2026-09-14", persons=["佐藤一郎"])]),
    # ---- ja: the seas and airspace around Japan are no party
    case("ja-nihon-shuhen-is-no-party", "ja", DAY,
         "中国軍とロシア軍の艦艇計10隻が14日、日本周辺で共同航行した。",
         [ev("exercise", ["CHN", "RUS"], date="2026-09-14", location=None)]),
    # ---- zh: what the aid will do for the receiver's forces is a comment, no delivery
    case("zh-yuanzhu-jiang-nengli-is-no-aid", "zh", DAY,
         "老挝国防部长14日在万象表示，中方援助将大大增强老挝人民军的后勤保障能力。",
         []),
    # ---- zh (traditional): "since" after its year (以來) counts from it, no earlier visit then
    case("zh-hant-yilai-counts-from-a-year", "zh", DAY,
         "日本防衛大臣14日抵達河內，與越南國防部長舉行會談。這是日本防衛大臣2019年以來首次訪問越南。",
         [ev("meeting", ["JPN", "VNM"], date="2026-09-14", location="VNM", mode="visit")]),
    # ---- zh (traditional): the previous edition (上一屆) of the exercise just told
    case("zh-hant-shangyijie-is-the-previous-edition", "zh", DAY,
         "新加坡與泰國陸軍14日在泰國舉行聯合演習。上一屆則在2024年於新加坡舉行。",
         [ev("exercise", ["SGP", "THA"], date="2026-09-14", location="THA"),
          ev("exercise", ["SGP", "THA"], date="2024", location="SGP", historical=True)]),
    # ---- ko: "오는 21일" (the coming 21st) with a plain present verb is a signing set for that day
    case("ko-oneun-day-is-a-set-day", "ko", DAY,
         "한국과 베트남은 오는 21일 하노이에서 국방협력 양해각서를 체결한다.",
         [ev("agreement", ["KOR", "VNM"], date="2026-09-21", doc_type="memorandum")]),
    case("ko-oneun-day-visit-is-a-set-day", "ko", DAY,
         "안규백 국방부 장관은 오는 21일 베트남을 방문해 베트남 국방장관과 회담한다.",
         [ev("meeting", ["KOR", "VNM"], date="2026-09-21", mode="visit")]),
    # ---- zh: the Six Assurances named as the frame of arms sales are no pledge
    case("zh-liuxiang-baozheng-is-no-pledge", "zh", DAY,
         "國防部今天表示，感謝美方依據「台灣關係法」及「六項保證」支持台灣。",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# ---- ko: a word in the instrumental case before a foreign title ("화상으로 호주 국방장관과", by video
# with the Australian minister) is no name: the state and title after it name the counterpart
INSTRUMENTAL = [
    "안규백 국방부 장관은 14일 화상으로 호주 국방장관과 회담을 했다.",
    "안규백 국방부 장관은 14일 전화로 뉴질랜드 국방장관과 통화했다.",
    # nor a verb joining two clauses ("방문해", "도착해": visiting, having arrived) before the state and title
    "안규백 국방부 장관은 14일 라오스를 방문해 라오스 국방장관과 회담했다.",
    "안규백 국방부 장관은 14일 하노이에 도착해 베트남 국방장관과 회담했다.",
]


@pytest.mark.parametrize("text", INSTRUMENTAL)
def test_ko_instrumental_word_is_no_name(extractor: Any, text: str) -> None:
    from milwatch.model import Article

    extraction = extractor.extract(Article(id="case", text=text, title=None, published=DAY, lang="ko",
                                           lang_hint="ko", source_url=None))
    names = [p.name for e in extraction.events for p in e.persons]
    assert extraction.events and names == ["Ahn Gyu-back"], names
