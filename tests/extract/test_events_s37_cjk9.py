"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/cjk9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Chinese, Japanese and Korean defense
diplomacy news, the subject of the cjk9 set:
- ko a joint patrol named with its domain or kind inside ("연합 공중전략순찰", "연합해상순찰") is a
  joint patrol (exercise), as "연합순찰" was;
- ko a meeting of the chiefs of defence ("합참의장회의", also with its acronym after it in brackets) is
  a meeting, and "한미일 …회의" names a three-party format (not pairs with the venue's state);
- ko the object of a transfer named by the document just signed ("양도 대상은 … 초계함 2척이다") is no
  delivery;
- ja the procedures an agreement sets for joint drills ("共同訓練などを行う際の手続き") are no drill
  held;
- ja the SDF's own joint-services exercise ("自衛隊統合演習", "陸海空自衛隊による") is a domestic drill,
  not an exercise with the article's other state;
- zh a drill "joint" (联合演训) of one state's services around another ("在台湾岛周边进行联合演训") is
  one state's drill, the other state is where it is held next to;
- zh a demand that the other side abide by the one-China principle ("美方应恪守一个中国原则") is no
  support;
- zh the PLA's own combined-services words (联合封控, 联合打击, 联合作战) make no drill joint with
  another state;
- zh "at X's invitation" with titles joined by 、 ("应国务委员、国防部长董军邀请") is no invitation
  extended: the visit it introduces, on its day, is a meeting;
- zh joint training named as a field of a document ("关于海上联合训练合作的谅解备忘录") is no exercise
  held;
- zh what an exercise or visit "will further" bring ("此次演习将进一步增进两军互信") is its effect, no
  pledge;
- zh the talks to be held during the visit just told ("访问期间，两国防长将举行会谈") are part of it, no
  pledge;
- zh a warship named after an admiral ("“维诺格拉多夫海军上将”号驱逐舰") names no official: its arrival
  and the welcome on the pier are the port call, no meeting;
- ko what the other side's support "will contribute to" ("한국 정부의 지원이 … 기여할 것") is thanks and
  hope, no delivery.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-25"  # a Wednesday

CASES = [
    # ---- ko: joint patrols named with a domain or kind inside
    case("ko-joint-air-strategic-patrol", "ko", DAY,
         "중국과 러시아 공군은 24일 동해 상공에서 연합 공중전략순찰을 실시했다고 밝혔다.",
         [ev("exercise", ["CHN", "RUS"], date="2026-11-24")]),
    case("ko-joint-sea-patrol-compound", "ko", DAY,
         "중국 해군과 러시아 해군은 24일 동중국해에서 연합해상순찰을 벌였다.",
         [ev("exercise", ["CHN", "RUS"], date="2026-11-24")]),
    # ---- ko: a meeting of the chiefs of defence, three-party
    case("ko-tri-chod-acronym", "ko", DAY,
         "김 합참의장은 24일 미국 워싱턴에서 미국 합참의장, 일본 통합막료장과 "
         "한미일 합참의장회의(Tri-CHOD)를 열었다.",
         [ev("meeting", ["JPN", "KOR", "USA"], date="2026-11-24", location="USA", mode="multilateral")]),
    case("ko-trilateral-named-before-meeting-word", "ko", DAY,
         "오 합참의장은 24일 미국 하와이 인도·태평양사령부에서 댄 케인 미국 합참의장, "
         "요시다 히로시 일본 통합막료장과 한미일 합참의장회의를 가졌다.",
         [ev("meeting", ["JPN", "KOR", "USA"], date="2026-11-24", location="USA", mode="multilateral")]),
    # ---- ko: the object of a transfer named by its document
    case("ko-transfer-object-is-no-delivery", "ko", DAY,
         "국방부 장관은 24일 서울에서 방한한 인도네시아 국방장관과 회담했다. 양 장관은 회담 직후 퇴역 함정 "
         "무상양도에 관한 양해각서에 서명했다. 양도 대상은 해군이 지난해 퇴역시킨 초계함 2척이다.",
         [ev("meeting", ["IDN", "KOR"], date="2026-11-24", location="KOR"),
          ev("agreement", ["IDN", "KOR"], date="2026-11-24", doc_type="memorandum")]),
    # ---- ja: the SDF's own joint-services exercise
    case("ja-sdf-joint-services-exercise-is-domestic", "ja", DAY,
         "防衛省は24日、陸海空自衛隊による自衛隊統合演習を九州で始めたと発表した。例年は米軍との共同演習と交互に"
         "行われ、今回は米軍は参加しない。",
         []),
    case("ja-joint-with-us-stays-joint", "ja", DAY,
         "防衛省は24日、日米共同統合演習を九州で始めたと発表した。米軍からは約1万人が参加する。",
         [ev("exercise", ["JPN", "USA"])]),
    # ---- zh: one state's "joint" drill around another
    case("zh-drill-around-taiwan-joint-word", "zh", DAY,
         "中国人民解放军东部战区24日组织海空兵力在台湾岛周边进行联合演训，检验部队联合作战能力。",
         []),
    case("zh-hant-drill-around-taiwan-joint-word", "zh", DAY,
         "中共東部戰區24日在台灣島周邊展開「聯合演訓」，國防部派遣兵力嚴密監控。",
         []),
    case("zh-joint-drill-near-third-state-stays", "zh", DAY,
         "中俄两国海军24日在日本周边海域进行联合演习。",
         [ev("exercise", ["CHN", "RUS"])]),
    # ---- zh: a demand to abide by the one-China principle
    case("zh-demand-one-china-is-no-support", "zh", DAY,
         "董军24日与美国国防部长视频通话。董军表示，美方应恪守一个中国原则，停止售台武器。",
         [ev("meeting", ["CHN", "USA"], date="2026-11-24", mode="phone")]),
    case("zh-hant-demand-one-china-is-no-support", "zh", DAY,
         "董軍24日與美國國防部長視像通話。董軍表示，美方必須恪守一個中國原則。",
         [ev("meeting", ["CHN", "USA"], date="2026-11-24", mode="phone")]),
    # ---- zh: the PLA's own combined-services words (联合封控, 联合作战) make no drill joint with
    # another state
    case("zh-joint-blockade-drill-is-one-states", "zh", DAY,
         "中国人民解放军东部战区24日组织兵力在台湾岛周边进行演训，重点演练联合封控、联合打击等科目。",
         []),
    case("zh-hant-joint-operations-drill-is-one-states", "zh", DAY,
         "中共東部戰區24日在台灣周邊實施演習，檢驗部隊聯合作戰能力。國防部嚴密監控。",
         []),
    case("zh-bilateral-joint-ops-stays-joint", "zh", DAY,
         "中国和泰国两军24日在泰国华欣举行联合演习，提升两军联合作战能力。",
         [ev("exercise", ["CHN", "THA"], date="2026-11-24")]),
    # ---- zh: "at X's invitation" with titles joined by 、 before the name is no invitation extended
    case("zh-at-invitation-titles-joined", "zh", DAY,
         "应国务委员、国防部长董军邀请，越南国防部长潘文江将于12月2日对中国进行正式访问。",
         [ev("meeting", ["CHN", "VNM"], date="2026-12-02", location="CHN", mode="visit")]),
    case("zh-hant-at-invitation-titles-joined", "zh", DAY,
         "應國務委員、國防部長董軍之邀，泰國國防部長將於12月2日訪問中國。",
         [ev("meeting", ["CHN", "THA"], date="2026-12-02", mode="visit")]),
    # ---- zh: joint training named as a field of a document ("关于联合训练合作的谅解备忘录") is no
    # exercise held
    case("zh-training-cooperation-memorandum", "zh", DAY,
         "中国海军司令员24日在北京与孟加拉国海军参谋长举行会谈，双方签署了关于海上联合训练合作的谅解备忘录。",
         [ev("meeting", ["BGD", "CHN"], date="2026-11-24"),
          ev("agreement", ["BGD", "CHN"], date="2026-11-24", doc_type="memorandum")]),
    # ---- zh: what an exercise "will further" bring is its effect, no pledge
    case("zh-exercise-will-further-is-no-pledge", "zh", DAY,
         "中国和印尼两国海军24日在雅加达附近海域举行联合演习。印尼方导演表示，此次演习将进一步增进两军互信。",
         [ev("exercise", ["CHN", "IDN"], date="2026-11-24")]),
    # ---- ja: the procedures of an agreement for joint drills ("共同訓練などを行う際の手続き") are no
    # drill held
    case("ja-agreement-for-drills-is-no-drill", "ja", DAY,
         "日本とニュージーランドは24日、自衛隊と同国軍が共同訓練などを行う際の手続きを定めた円滑化協定に署名した。",
         [ev("agreement", ["JPN", "NZL"], date="2026-11-24", doc_type="agreement")]),
    # ---- zh: the talks to be held during the visit just told are part of it, no pledge
    case("zh-talks-during-visit-are-the-visit", "zh", DAY,
         "蒙古国国防部长将于12月2日至5日对中国进行正式访问。访问期间，两国防长将举行会谈，就两军关系深入交换意见。",
         [ev("meeting", ["CHN", "MNG"], date="2026-12", mode="visit")]),
    # ---- zh: a warship named after an admiral names no official: its arrival is no meeting
    case("zh-ship-named-after-admiral-is-no-official", "zh", DAY,
         "中俄海军联合演习24日在青岛开幕，演习为期5天。俄方参演的“维诺格拉多夫海军上将”号驱逐舰等舰艇20日抵达青岛某军港，"
         "中方在码头举行了欢迎仪式。",
         [ev("exercise", ["CHN", "RUS"], date="2026-11")]),
    # ---- ko: what the other side's support "will contribute to" is thanks and hope, no delivery
    case("ko-support-will-contribute-is-no-aid", "ko", DAY,
         "국방부 장관은 24일 방한 중인 베트남 국방부 장관과 회담을 개최했다. "
         "베트남 장관은 \"한국 정부의 지원이 베트남 해군의 역량 강화에 크게 기여할 것\"이라며 "
         "사의를 표했다.",
         [ev("meeting", ["KOR", "VNM"], date="2026-11-24", location="KOR")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
