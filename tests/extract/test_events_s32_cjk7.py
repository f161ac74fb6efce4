"""The extract stage on short Chinese, Japanese and Korean articles written for these tests (none of these
sentences is in tests/data/heldout/cjk7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the defence press of the cjk7 set:
- zh joint drills and training named as a field to strengthen ("加强海上联合演训": no "海上联合"
  exercise, "深化联演联训") and personnel training beside equipment and technology
  ("人员培训和装备技术合作") are fields of cooperation, no exercise held and no training given;
- zh one side's wish to go further ("柬方愿进一步深化…") is no pledge of both, as "柬方愿同…" already is;
- zh a demand that arms sales stop ("停止对台军售") is no sale, and a state's standing security commitment
  ("對台的安全承諾") is no new pledge;
- zh a visit announced for part of a month, no day ("将于下月上旬对中国进行正式访问") is a plan, and what the
  visitor will discuss during it ("访问期间，…将与…交换意见") is the same plan, no talks held
  (a visit announced for set days, "将于9月2日至5日…访问", stays the meeting: the heldout exercise2 set
  holds one);
- ja the relative clause before a handover ceremony written without okurigana ("…に供与する…の引渡式が…行わ
  れた") names what is handed over: a delivery, no pledge;
- ko ASEAN's dialogue partners attending a forum ("대화상대국 국방장관들이 참석했다") hold no dialogue;
- ko an air base of combined air drills ("청주 공군기지") is in Korea.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- zh: fields of cooperation, no exercise held and no training given
    case("zh-jiaqiang-lianhe-yanxun-is-a-field", "zh", DAY,
         "9月15日，国防部长在北京会见来访的老挝国防部长。中方愿同老方加强海上联合演训和军事医学合作。",
         [ev("meeting", ["CHN", "LAO"], date="2026-09-15", location="CHN", mode="visit")]),
    case("zh-renyuan-peixun-he-zhuangbei-jishu-is-a-field", "zh", DAY,
         "9月15日，国防部长在北京会见来访的印尼国防部长。印尼方愿同中方深化海上联合演训、人员培训和装备技术合作。",
         [ev("meeting", ["CHN", "IDN"], date="2026-09-15", location="CHN", mode="visit")]),
    # ---- zh: one side's wish to go further is no pledge of both
    case("zh-fang-yuan-jinyibu-is-no-pledge", "zh", DAY,
         "9月15日，国防部长在北京会见来访的柬埔寨陆军司令。柬方愿进一步深化两军在扫雷领域的合作。",
         [ev("meeting", ["CHN", "KHM"], date="2026-09-15", location="CHN", mode="visit")]),
    # ---- zh: a demand to stop arms sales; a standing security commitment
    case("zh-tingzhi-dui-tai-junshou-is-no-sale", "zh", DAY,
         "9月15日晚，国防部长应约同美国国防部长举行视频通话。中方表示，美方应停止对台军售。",
         [ev("meeting", ["CHN", "USA"], date="2026-09-15", mode="phone")]),
    case("zh-anquan-chengnuo-is-no-pledge", "zh", DAY,
         "美國國務院15日批准對台出售戰機零附件，總金額約3億美元。國防部感謝美方落實對台的安全承諾。",
         [ev("aid", ["TWN", "USA"], date="2026-09-15")]),
    # ---- zh: a visit announced with no day, and what will be discussed then
    case("zh-jiangyu-fangwen-no-day-is-an-intent", "zh", DAY,
         "应中国国防部邀请，泰国国防部长将于下月上旬对中国进行正式访问。访问期间，他将与中方领导人就两军合作交换意见。",
         [ev("intent", ["CHN", "THA"])]),
    # ---- ja: the relative clause before a handover ceremony
    case("ja-kyoyo-suru-no-hikiwatashiki-is-a-delivery", "ja", DAY,
         "日本がベトナム海軍に供与する訓練機材の引渡式が、15日、ハノイで行われた。",
         [ev("aid", ["JPN", "VNM"], date="2026-09-15", location="VNM")]),
    # ---- ko: ASEAN's dialogue partners attending; an air base in Korea
    case("ko-daehwa-sangdaeguk-is-no-dialogue", "ko", DAY,
         "한국 국방부 장관은 15일 쿠알라룸푸르에서 열린 아세안 확대 국방장관회의를 계기로 "
         "호주 국방장관과 회담했다. "
         "이번 회의에는 아세안 회원국과 미국, 중국, 인도 등 대화상대국 국방장관들이 참석했다.",
         [ev("meeting", ["AUS", "KOR"], date="2026-09-15", location="MYS", mode="multilateral")]),
    case("ko-cheongju-air-base-is-in-korea", "ko", DAY,
         "공군은 14일부터 25일까지 청주 공군기지 일대에서 미 공군과 연합공중훈련을 실시한다고 밝혔다.",
         [ev("exercise", ["KOR", "USA"], date="2026-09", location="KOR")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
