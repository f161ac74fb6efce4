"""The extract stage on short articles in three languages written for these tests (none of these sentences is
in tests/data/heldout/cjk5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the cjk5 set: the foreign and defence ministers'
"2+2" format as a defence meeting by its name when an earlier round is told (zh "上一次日澳“2+2”会议于…举行",
ja "「2プラス2」が開かれるのは…以来"), "…次" (a round) before "日" (Japan) read as no "次日" (the next day)
(zh "上一次日菲防长会谈"), the last meeting of a series opening a sentence (ko "지난 회의는 … 열렸다"),
a delivery told by a relative clause (ko "… 해군에 인도한 호위함"), titles that carry a state or stand
alone after the agency (ja "…英国国防大臣", "…豪国防次官"; ko "방위사업청은 김도현 청장이"),
and the fighter programme's name as no combat (ja "グローバル戦闘航空プログラム").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- zh: the earlier round of a "2+2" told with the format's name only
    case("zh-earlier-2plus2-meeting-is-historical", "zh", DAY,
         "澳大利亚外长和防长15日在东京与日本外相、防卫大臣举行会谈。"
         "上一次日澳“2+2”会议于2024年9月在澳大利亚举行。",
         [ev("meeting", ["AUS", "JPN"], date="2026-09-15", location="JPN"),
          ev("meeting", ["AUS", "JPN"], date="2024-09", location="AUS", historical=True)]),
    # ---- zh: "…次" (a round) before "日" (Japan) is no "次日" (the next day)
    case("zh-ci-ri-round-before-japan-is-no-next-day", "zh", DAY,
         "菲律宾国防部长10日在东京同日本防卫大臣举行会谈。"
         "上一次日菲防长会谈于2024年7月在马尼拉举行。",
         [ev("meeting", ["JPN", "PHL"], date="2026-09-10", location="JPN"),
          ev("meeting", ["JPN", "PHL"], date="2024-07", location="PHL", historical=True)]),
    # ---- ja: the same in Japanese ("2プラス2が開かれるのは…以来")
    case("ja-2purasu2-since-is-historical", "ja", DAY,
         "日本とオーストラリアの防衛相が15日、キャンベラで会談しました。"
         "日豪の「2プラス2」が開かれるのは、去年9月に東京で開かれて以来です。",
         [ev("meeting", ["AUS", "JPN"], date="2026-09-15", location="AUS"),
          ev("meeting", ["AUS", "JPN"], date="2025-09", location="JPN", historical=True)]),
    # ---- ko: "지난 회의는 … 열렸다" (the last meeting was held …) with no parties in its sentence
    case("ko-jinan-hoeui-is-the-earlier-edition", "ko", DAY,
         "한국과 필리핀 국방당국은 15일 마닐라에서 국방정책실무회의를 열었다. "
         "지난 회의는 지난 3월 서울에서 열렸다.",
         [ev("meeting", ["KOR", "PHL"], date="2026-09-15", location="PHL"),
          ev("meeting", ["KOR", "PHL"], date="2026-03", location="KOR", historical=True)]),
    # ---- ko: a delivery told by a relative clause ("… 해군에 인도한 호위함")
    case("ko-indohan-relative-clause-is-aid", "ko", DAY,
         "'라자 술라이만함'은 한국 조선소가 건조해 2024년 필리핀 해군에 인도한 초계함이다.",
         [ev("aid", ["KOR", "PHL"], date="2024", historical=True)]),
    # ---- ja: the United Kingdom written onto the title ("…英国国防大臣") after a foreign name
    case("ja-eikoku-kokubo-daijin-is-a-title", "ja", DAY,
         "小泉防衛大臣は15日、マリア・イーグル英国国防大臣との間で日英防衛相テレビ会談を実施しました。",
         [ev("meeting", ["GBR", "JPN"], date="2026-09-15", mode="phone", persons=["マリア・イーグル"])]),
    # ---- ja: a foreign defence secretary, the state written onto the title ("…豪国防次官")
    case("ja-go-kokubo-jikan-is-a-title", "ja", DAY,
         "増田防衛事務次官は15日、来日中のデビッド・スミス豪国防次官と防衛省で日豪防衛次官協議を行いました。",
         [ev("meeting", ["AUS", "JPN"], date="2026-09-15", location="JPN", persons=["デビッド・スミス"])]),
    # ---- ko: the agency head named by "청장" alone after the agency
    case("ko-cheongjang-after-the-agency-is-a-title", "ko", DAY,
         "방위사업청은 김도현 청장이 15일 바르샤바에서 폴란드 군비청장과 만나 방산협력 양해각서를 체결했다고 "
         "16일 밝혔다.",
         [ev("meeting", ["KOR", "POL"], date="2026-09-15", location="POL", persons=["김도현"]),
          ev("agreement", ["KOR", "POL"], date="2026-09-15", doc_type="memorandum")]),
    # ---- ja: the fighter programme's name holds a combat word ("グローバル戦闘航空プログラム"): no combat
    case("ja-sento-koku-programme-is-no-combat", "ja", DAY,
         "小泉防衛大臣は15日、防衛省でイタリアのクロセット国防大臣と会談しました。"
         "両大臣は、グローバル戦闘航空プログラム（GCAP）の共同開発で緊密に連携していくことで一致しました。",
         [ev("meeting", ["ITA", "JPN"], date="2026-09-15", location="JPN"),
          ev("intent", ["ITA", "JPN"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
