"""The extract stage on short articles in Chinese, Japanese, Korean, Thai, Lao, Khmer and Burmese
(invented officials).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the
helpers are those of tests/extract/test_events.py.  These packs match phrases without word
boundaries (zh, ja, th) or with a boundary only before them (ko), read one-character state
abbreviations in runs (中俄, 日米, 한미) and find names next to their titles with a regex.
Dates are numbers with unit signs ("17日", "22일"), read with the pack's dates.toml units.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- Chinese (simplified and traditional) ---------------------------------------------------
    case("zh-meeting-visit", "zh", "2024-04-18",
         "老挝国防部长宋蓬·本玛应邀访华。中国国防部长王建华在北京会见了宋蓬·本玛，双方就两军关系交换了意见。",
         [ev("meeting", ["CHN", "LAO"], mode="visit", location="CHN", persons=["王建华"])]),
    case("zh-signing-memorandum", "zh", "2024-06-05",
         "越南国防部副部长阮文平与柬埔寨国防部副部长索肯举行会谈，并签署了两国军事医学合作谅解备忘录。",
         [ev("meeting", ["KHM", "VNM"]), ev("agreement", ["KHM", "VNM"], doc_type="memorandum")]),
    case("zh-hant-exercise", "zh", "2024-09-10",
         "中俄「北部聯合-2024」聯合演習在日本海相關海空域正式展開，兩國海軍艦艇和飛機參加演習。",
         [ev("exercise", ["CHN", "RUS"])]),
    case("zh-aid-donation", "zh", "2024-02-20",
         "中国军队向老挝人民军捐赠一批医疗设备和工程机械，交接仪式在万象举行。",
         [ev("aid", ["CHN", "LAO"], location="LAO")]),
    case("zh-date-day", "zh", "2024-04-18",
         "中国国防部长王建华17日在北京会见了老挝国防部长宋蓬。",
         [ev("meeting", ["CHN", "LAO"], date="2024-04-17")]),
    case("zh-visit-word-names-state", "zh", "2024-05-15",
         "泰国皇家海军司令颂猜上将率团来华访问，中国海军司令员王海军上将在青岛会见了颂猜。",
         [ev("meeting", ["CHN", "THA"], location="CHN", mode="visit")]),
    case("zh-visit-to-after", "zh", "2024-05-15",
         "越南国防部长潘文山14日抵京，对中国进行为期三天的正式访问。",
         [ev("meeting", ["CHN", "VNM"], date="2024-05-14", location="CHN", mode="visit",
             persons=["潘文山"])]),
    case("zh-hant-arms-sale-to-taiwan", "zh", "2024-05-15",
         "美國國務院批准一項對台軍售案，總額約五億美元。",
         [ev("aid", ["TWN", "USA"])]),
    case("zh-video-meeting", "zh", "2024-05-15",
         "中国国防部长王建华与新加坡国防部长陈志明14日举行视频会晤。",
         [ev("meeting", ["CHN", "SGP"], date="2024-05-14", mode="phone", persons=["王建华", "陈志明"])]),
    case("zh-cooperation-documents", "zh", "2024-05-15",
         "会谈后，中老两国国防部签署了多项合作文件。",
         [ev("meeting", ["CHN", "LAO"]), ev("agreement", ["CHN", "LAO"], doc_type="other")]),
    case("zh-warship-is-defense-context", "zh", "2024-05-15",
         "中国向巴基斯坦交付了两艘护卫舰。",
         [ev("aid", ["CHN", "PAK"])]),
    case("zh-protocol-is-no-pledge", "zh", "2024-05-15",
         "新加坡与美国14日签署了防务合作协议的修订议定书。",
         [ev("agreement", ["SGP", "USA"], date="2024-05-14", doc_type="protocol")]),
    case("zh-honour-guard-welcome", "zh", "2024-05-15",
         "柬埔寨国防大臣迪沙哈14日抵达北京，中国国防部长王建华在八一大楼为其举行欢迎仪式，"
         "两人共同检阅了中国人民解放军三军仪仗队。",
         [ev("meeting", ["CHN", "KHM"], date="2024-05-14", location="CHN", mode="visit")]),
    case("zh-year-after-han", "zh", "2024-05-15",
         "中越两军曾于2016年在广西举行联合演习。",
         [ev("exercise", ["CHN", "VNM"], date="2016", historical=True)]),
    case("zh-title-eats-state-run", "zh", "2024-05-15",
         "中美两国防长14日举行视频通话。",
         [ev("meeting", ["CHN", "USA"], date="2024-05-14", mode="phone")]),
    # --- Japanese --------------------------------------------------------------------------------
    case("ja-meeting-third-party", "ja", "2024-06-02",
         "山田一郎防衛相は、シンガポールでオーストラリアのクラーク国防相と会談し、防衛協力を強化していくことで一致した。",
         [ev("meeting", ["AUS", "JPN"], location="SGP", persons=["山田一郎", "クラーク"]),
          ev("intent", ["AUS", "JPN"])]),
    # a name read backwards from its title never starts inside the state's name before it
    case("zh-name-not-into-state", "zh", "2024-05-15",
         "巴基斯坦三军联合参谋长委员会主席卡里姆会见了中国国防部长王明。",
         [ev("meeting", ["CHN", "PAK"], persons=["卡里姆", "王明"])]),
    # a meeting "before that" on the same forum trip takes the forum's place and day
    case("ja-follow-on-meeting-same-forum", "ja", "2024-06-10",
         "山田一郎防衛相は9日、シンガポールで開かれたアジア安全保障会議に合わせてオーストラリアのクラーク国防相と会談した。"
         "山田氏はこれに先立ち、韓国の金民洙国防相とも会談した。",
         [ev("meeting", ["AUS", "JPN"], date="2024-06-09", location="SGP"),
          ev("meeting", ["JPN", "KOR"], date="2024-06-09", location="SGP")]),
    case("zh-meeting-third-state-venue", "zh", "2024-05-15",
         "中国国防部长王明在马来西亚与美国国防部长史密斯举行会谈。",
         [ev("meeting", ["CHN", "USA"], location="MYS")]),
    case("ja-meeting-minister", "ja", "2024-06-02",
         "山田一郎防衛相は、オーストラリアのクラーク国防相と会談し、防衛協力を強化していくことで一致した。",
         [ev("meeting", ["AUS", "JPN"], persons=["山田一郎", "クラーク"]), ev("intent", ["AUS", "JPN"])]),
    case("ja-signing-agreement", "ja", "2024-07-09",
         "日本とフィリピンは、防衛装備品・技術移転協定に署名した。署名式はマニラで行われた。",
         [ev("agreement", ["JPN", "PHL"], doc_type="agreement")]),
    case("ja-exercise-abbreviation", "ja", "2024-10-25",
         "海上自衛隊と米海軍は、沖縄周辺の海域で日米共同訓練を実施したと発表した。",
         [ev("exercise", ["JPN", "USA"])]),
    case("ja-phone-call", "ja", "2024-03-12",
         "佐藤二郎防衛相は、インドのシン国防相と電話会談を行い、日印の防衛協力について意見交換した。",
         [ev("meeting", ["IND", "JPN"], mode="phone", persons=["佐藤二郎"])]),
    case("ja-visit-in-progress", "ja", "2024-05-10",
         "佐々木一郎防衛相は9日、防衛省で来日中のタイのソムチャイ国防相と会談した。",
         [ev("meeting", ["JPN", "THA"], date="2024-05-09", location="JPN",
             persons=["佐々木一郎", "ソムチャイ"])]),
    case("ja-visit-word-names-state", "ja", "2024-05-10",
         "防衛省によると、訪韓中の森田防衛副大臣は9日、韓国国防次官と会談した。",
         [ev("meeting", ["JPN", "KOR"], date="2024-05-09")]),
    case("ja-morning-is-no-state", "ja", "2024-05-10",
         "陸上自衛隊と豪陸軍は9日朝、北海道の演習場で共同訓練を実施した。",
         [ev("exercise", ["AUS", "JPN"], date="2024-05-09")]),
    case("ja-deputy-minister-and-chief", "ja", "2024-05-10",
         "森田三郎副大臣は8日、来日したドイツ連邦軍のシュミット陸軍総監と会談した。",
         [ev("meeting", ["DEU", "JPN"], persons=["森田三郎", "シュミット"])]),
    case("ja-exercise-ongoing", "ja", "2024-05-10",
         "航空自衛隊とインド空軍は8日から、茨城県の基地で戦闘機の共同訓練を行っている。",
         [ev("exercise", ["IND", "JPN"], date="2024-05")]),
    case("ja-exercise-purpose-is-no-exercise", "ja", "2024-05-10",
         "日本とフィリピンの防衛相は、相手国内で自衛隊と比軍が共同訓練を実施するための協定を早期に締結することで一致した。",
         [ev("intent", ["JPN", "PHL"])]),
    case("ja-ministry-as-source-is-no-venue", "ja", "2024-05-10",
         "防衛省によると、中国海軍とロシア海軍は9日、東シナ海で合同演習を開始した。",
         [ev("exercise", ["CHN", "RUS"], location=None)]),
    case("ja-exchange-of-notes", "ja", "2024-05-10",
         "日本とマレーシアは9日、防衛装備品の無償供与に関する交換公文に署名した。",
         [ev("agreement", ["JPN", "MYS"], doc_type="agreement", date="2024-05-09")]),
    case("ja-importance-confirmed-is-no-pledge", "ja", "2024-05-10",
         "山本四郎防衛相は9日、来日したベトナムのグエン国防相と会談し、両国間の対話の重要性を確認した。",
         [ev("meeting", ["JPN", "VNM"], date="2024-05-09")]),
    case("ja-first-since-is-background", "ja", "2024-05-10",
         "海上自衛隊とインド海軍は9日、相模湾で共同訓練を実施した。日印による共同訓練は昨年11月以来となる。",
         [ev("exercise", ["IND", "JPN"], date="2024-05-09"),
          ev("exercise", ["IND", "JPN"], historical=True)]),
    case("ja-surveillance-confirmed-is-no-agreement", "ja", "2024-05-10",
         "統合幕僚監部によると、ロシア海軍の艦艇が対馬海峡を北東に航行したのを海上自衛隊の哨戒機が確認した。",
         []),
    case("ja-working-dinner", "ja", "2024-05-10",
         "川村五郎防衛相は9日夜、来日したマレーシアのアジズ国防相と都内で会食した。",
         [ev("meeting", ["JPN", "MYS"], date="2024-05-09")]),
    case("ja-months-ago-is-background", "ja", "2024-05-10",
         "航空自衛隊とドイツ空軍は8日、戦闘機の共同訓練を行った。独空軍機との共同訓練は数カ月前にも実施した。",
         [ev("exercise", ["DEU", "JPN"], date="2024-05-08"),
          ev("exercise", ["DEU", "JPN"], historical=True)]),
    case("ja-weapon-system-is-defense-context", "ja", "2024-05-10",
         "日本とイタリアの両政府は9日、戦闘機の共同開発に関する取り決めに署名した。",
         [ev("agreement", ["ITA", "JPN"], date="2024-05-09")]),
    case("ja-joint-drill-is-military-context", "ja", "2024-05-10",
         "日本とスウェーデンは、来年、共同訓練を実施する予定だ。",
         [ev("intent", ["JPN", "SWE"])]),
    case("ja-wished-visit-is-intent", "ja", "2024-05-10",
         "大野六郎防衛相は、年内にもブラジルを訪問する意向を示した。",
         [ev("intent", ["BRA", "JPN"])]),
    case("ja-agreed-to-conclude-is-intent", "ja", "2024-05-10",
         "日本とカナダの防衛相は9日、物品役務相互提供協定の締結で合意した。",
         [ev("intent", ["CAN", "JPN"], date="2024-05-09")]),
    case("ja-instruction-is-training-aid", "ja", "2024-05-10",
         "陸上自衛隊の教官らは9日、ラオスで不発弾処理の技術を指導した。",
         [ev("aid", ["JPN", "LAO"], date="2024-05-09")]),
    case("ja-opening-negotiations-is-intent", "ja", "2024-05-10",
         "日本とチリの防衛当局は9日、情報保護協定の交渉開始で合意した。",
         [ev("intent", ["CHL", "JPN"], date="2024-05-09")]),
    case("ja-had-signed-is-background", "ja", "2024-05-10",
         "日本とニュージーランドの防衛当局は、情報保護協定に署名していた。",
         [ev("agreement", ["JPN", "NZL"], historical=True)]),
    # --- Korean ----------------------------------------------------------------------------------
    case("ko-meeting-visit", "ko", "2024-05-21",
         "김철수 국방부 장관은 20일 서울 용산 국방부 청사에서 방한한 "
         "리처드 모건 호주 국방장관과 회담을 가졌다. "
         "양 장관은 방산 협력을 확대하기로 했다.",
         [ev("meeting", ["AUS", "KOR"], location="KOR", persons=["김철수"]),
          ev("intent", ["AUS", "KOR"])]),
    case("ko-exercise-abbreviation", "ko", "2024-08-23",
         "한미 해군은 22일 동해에서 연합 해상훈련을 실시했다고 해군이 밝혔다.",
         [ev("exercise", ["KOR", "USA"], date="2024-08-22")]),
    case("ko-exercise-names", "ko", "2024-08-23",
         "한국과 미국, 일본 해군은 제주 남방 공해상에서 다자간 연합훈련을 실시했다.",
         [ev("exercise", ["JPN", "KOR", "USA"])]),
    case("ko-aid-donation", "ko", "2024-11-04",
         "한국 정부는 퇴역한 초계함 1척을 베트남 해군에 무상 기증했다고 국방부가 밝혔다.",
         [ev("aid", ["KOR", "VNM"])]),
    case("ko-visiting-is-no-name", "ko", "2024-05-10",
         "박영수 국방부 장관은 9일 국방부 청사에서 방한 중인 태국 국방장관과 회담을 가졌다.",
         [ev("meeting", ["KOR", "THA"], date="2024-05-09", location="KOR", persons=["박영수"])]),
    case("ko-time-of-day-is-no-name", "ko", "2024-05-10",
         "최민호 합참의장은 이날 오후 방한한 호주 국방군 사령관과 회담했다.",
         [ev("meeting", ["AUS", "KOR"], date="2024-05-10", persons=["최민호"])]),
    case("ko-dateline-is-no-venue", "ko", "2024-05-10",
         "[서울=연합뉴스] 박영수 국방부 장관은 9일(현지시간) 싱가포르에서 열린 아시아안보회의를 계기로 "
         "필리핀 국방장관과 양자회담을 가졌다.",
         [ev("meeting", ["KOR", "PHL"], date="2024-05-09", location="SGP", mode="multilateral")]),
    case("ko-threat-is-no-party", "ko", "2024-05-10",
         "박영수 국방부 장관과 캐나다 국방장관은 9일 서울에서 회담을 갖고 "
         "북한의 핵 위협에 공동 대응하기로 했다.",
         [ev("meeting", ["CAN", "KOR"], date="2024-05-09"), ev("intent", ["CAN", "KOR"])]),
    case("ko-joint-staff-context", "ko", "2024-05-10",
         "합동참모본부는 한미 연합연습을 9일 시작했다고 밝혔다.",
         [ev("exercise", ["KOR", "USA"])]),
    # --- Thai ------------------------------------------------------------------------------------
    case("th-meeting-host", "th", "2024-03-15",
         "พลเอก สมชาย ใจดี ผู้บัญชาการทหารบก ให้การต้อนรับ พลโท จอห์น สมิธ ผู้บัญชาการกองทัพบกออสเตรเลีย "
         "เพื่อหารือความร่วมมือทางทหารระหว่างกัน",
         [ev("meeting", ["AUS", "THA"], persons=["สมชาย ใจดี"])]),
    case("th-signing-memorandum", "th", "2024-07-02",
         "กระทรวงกลาโหมไทยและกระทรวงกลาโหมเวียดนามร่วมลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการทหาร",
         [ev("agreement", ["THA", "VNM"], doc_type="memorandum")]),
    case("th-aid-handover", "th", "2024-09-19",
         "กองทัพเรือญี่ปุ่นส่งมอบเรือตรวจการณ์ 2 ลำ ให้กองทัพเรือไทย ในพิธีที่ท่าเรือสัตหีบ",
         [ev("aid", ["JPN", "THA"], location="THA")]),
    case("th-vtc-meeting", "th", "2024-05-15",
         "รัฐมนตรีกลาโหมไทยประชุมผ่านระบบ VTC กับรัฐมนตรีกลาโหมสิงคโปร์",
         [ev("meeting", ["SGP", "THA"], mode="phone")]),
    case("th-patrol-held", "th", "2024-05-15",
         "กองทัพเรือไทยและกองทัพเรืออินเดียทำการลาดตระเวนร่วมในทะเลอันดามัน",
         [ev("exercise", ["IND", "THA"])]),
    # --- Lao, Khmer, Burmese ----------------------------------------------------------------------
    case("lo-meeting-signing", "lo", "2024-03-13",
         "ພົນເອກ ສົມພອນ ແກ້ວມະນີ ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ໄດ້ໃຫ້ການຕ້ອນຮັບ ພົນເອກ ຫງວຽນ ຫາຍ "
         "ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ສສ ຫວຽດນາມ ທີ່ນະຄອນຫຼວງວຽງຈັນ. "
         "ທັງສອງຝ່າຍໄດ້ລົງນາມບົດບັນທຶກຄວາມເຂົ້າໃຈກ່ຽວກັບການຮ່ວມມືດ້ານການທະຫານ.",
         [ev("meeting", ["LAO", "VNM"], mode="visit", location="LAO", persons=["ສົມພອນ ແກ້ວມະນີ"]),
          ev("agreement", ["LAO", "VNM"], doc_type="memorandum")]),
    case("km-meeting-signing", "km", "2024-03-13",
         "ឯកឧត្តម ឧត្តមសេនីយ៍ឯក សុខ វណ្ណា រដ្ឋមន្ត្រីក្រសួងការពារជាតិ បានទទួលជួប ឯកឧត្តម លី ហួ "
         "រដ្ឋមន្ត្រីការពារជាតិចិន នៅរាជធានីភ្នំពេញ។ "
         "ភាគីទាំងពីរបានចុះហត្ថលេខាលើអនុស្សរណៈនៃការយោគយល់គ្នាស្តីពីសហប្រតិបត្តិការយោធា។",
         [ev("meeting", ["CHN", "KHM"], location="KHM", persons=["សុខ វណ្ណា"]),
          ev("agreement", ["CHN", "KHM"], doc_type="memorandum")]),
    case("my-meeting-signing", "my", "2024-03-13",
         "ကာကွယ်ရေးဝန်ကြီး ဗိုလ်ချုပ်ကြီး ကျော်ဇင်ထွန်းသည် ရုရှားဖက်ဒရေးရှင်း "
         "ကာကွယ်ရေးဝန်ကြီး ပက်ထရော့ဗ်နှင့် "
         "မော်စကိုတွင် တွေ့ဆုံဆွေးနွေးခဲ့သည်။ "
         "နှစ်နိုင်ငံ ကာကွယ်ရေးဝန်ကြီးဌာနများအကြား နားလည်မှုစာချွန်လွှာ လက်မှတ်ရေးထိုးခဲ့သည်။",
         [ev("meeting", ["MMR", "RUS"], location="RUS", persons=["ကျော်ဇင်ထွန်း"]),
          ev("agreement", ["MMR", "RUS"], doc_type="memorandum")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)



def test_state_abbreviations_combine_only_in_runs(extractor: Extractor) -> None:
    """中俄 names two states; 中 alone names none (the finder needs a run of two)."""
    finder = extractor.resources("zh").countries
    assert [m.code for m in finder.find("中俄联合演习")] == ["CHN", "RUS"]
    assert [m.code for m in finder.find("会议中心")] == []
    ko = extractor.resources("ko").countries
    assert [m.code for m in ko.find("한·미·일 공조")] == ["KOR", "USA", "JPN"]
    assert [m.code for m in ko.find("북한과 러시아")] == ["PRK", "RUS"]
    ja = extractor.resources("ja").countries
    assert [m.code for m in ja.find("来日中の国防相")] == ["JPN"]  # 中 is "during", not China
    assert [m.code for m in ja.find("訪米中の防衛相")] == ["USA"]
    assert [m.code for m in ja.find("9日朝、")] == []  # 朝 is the morning, not North Korea
