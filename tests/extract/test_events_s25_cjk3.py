"""The extract stage on short articles in Chinese, Japanese and Korean written for these tests (none of these
sentences is in tests/data/heldout/cjk3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin general press wording of the cjk3 set's genres: a programme
("整備計画に関し") that is no plan for the future (ja), an earlier joint flight the ministry "also
observed" under a headline of the new one (ja), a separate bilateral meeting on the margin of a trilateral
one ("個別に会談し", ja), a distance "にわたり" that is no multi-day span (ja), a port stop for supplies that
is no joint activity (zh), joint training named among fields of cooperation (zh), Taiwan's own readiness
drills (zh), talks counted "since" a year ("自2019年以来", zh), and the allies' military committee meetings
of their chiefs of staff (ko).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ja: a programme named "…計画" is no future plan: the memorandum is signed
    case("ja-seibi-keikaku-is-no-future", "ja", DAY,
         "両大臣は、インド海軍の艦艇整備計画に関し、日印の防衛装備品の移転に関する覚書に署名しました。",
         [ev("agreement", ["IND", "JPN"], date="2026-09-16")]),
    # ---- ja: a joint flight the ministry also observed before ("…にも確認されている") was held then
    case("ja-nimo-kakunin-sarete-iru-is-an-earlier-flight", "ja", DAY,
         "統合幕僚監部は15日、中露両軍の哨戒機2機が同日、東シナ海の上空を共同飛行したと発表した。中露両軍による"
         "同様の共同飛行は今年2月にも確認されている。",
         [ev("exercise", ["CHN", "RUS"], date="2026-09-15"),
          ev("exercise", ["CHN", "RUS"], date="2026-02", historical=True)],
         title="中露哨戒機が東シナ海で共同飛行"),
    # ---- ja: a separate bilateral meeting on the margin of a trilateral one
    case("ja-kobetsu-ni-kaidan-is-a-second-meeting", "ja", DAY,
         "日本の防衛相は15日、キャンベラで米国の国防長官、オーストラリアの国防相と会談し、3か国の共同訓練を拡充する"
         "ことで一致した。防衛相は同日、オーストラリアの国防相と個別に会談し、装備協力について意見を交わした。",
         [ev("meeting", ["AUS", "JPN", "USA"], date="2026-09-15", mode="multilateral"),
          ev("intent", ["AUS", "JPN", "USA"]),
          ev("meeting", ["AUS", "JPN"], date="2026-09-15", mode="multilateral")]),
    # ---- ja: "広範囲にわたり" is a distance, no span of days
    case("ja-kohani-niwatari-is-no-span", "ja", DAY,
         "統合幕僚監部によると、中国海軍とロシア海軍の艦艇計6隻が15日、日本海の広範囲にわたり共同航行した。",
         [ev("exercise", ["CHN", "RUS"], date="2026-09-15")]),
    # ---- zh: a stop in port for supplies on the way is no exercise with the host
    case("zh-tingkao-buji-is-no-exercise", "zh", DAY,
         "中国海军第48批护航编队日前完成任务返航，途中停靠斯里兰卡科伦坡港进行为期三天的补给休整。",
         []),
    # ---- zh: joint training named among fields of cooperation at talks is no exercise held
    case("zh-lianhe-xunlian-deng-lingyu-is-a-field", "zh", DAY,
         "印尼海军参谋长15日在北京与中国海军领导举行会谈，双方就两国海军在联合训练和人员交流等领域的合作交换意见。",
         [ev("meeting", ["CHN", "IDN"], date="2026-09-15")]),
    # ---- zh: Taiwan's own readiness drill, told after a pledge of another state, takes no partner
    case("zh-zhanbei-caoyan-is-domestic", "zh", DAY,
         "美國國防部官員表示，美方將持續協助台灣強化防衛能力。國軍年終戰備操演今天在北部登場，陸軍第六軍團實施反登陸"
         "作戰演練。",
         [ev("intent", ["TWN", "USA"])]),
    # ---- zh: "自2019年以来的第八次会晤" counts the talks just told from a year: no meeting of 2019
    case("zh-zi-nian-yilai-counts-from-a-year", "zh", DAY,
         "越南国防部长潘文江15日在河内会见到访的老挝国防部长。这是两国防长自2019年以来的第八次会晤。",
         [ev("meeting", ["LAO", "VNM"], date="2026-09-15")]),
    # ---- ko: the allies' military committee meeting of the chiefs of staff ("군사위원회의가 … 열렸다")
    case("ko-gunsa-wiwonhoeui-is-a-meeting", "ko", DAY,
         "양국 합참의장이 참석한 한-필리핀 군사위원회의가 지난 5일 마닐라에서 열렸다.",
         [ev("meeting", ["KOR", "PHL"], date="2026-09-05", location="PHL")]),
    case("ko-gunsa-wiwonhoeui-opens-the-sentence", "ko", DAY,
         "한·호주 군사위원회의가 5일 캔버라에서 열려 양국 합참의장이 참석했다.",
         [ev("meeting", ["AUS", "KOR"], date="2026-09-05", location="AUS")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
