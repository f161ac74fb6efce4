"""The extract stage on short Japanese and Korean articles (invented officials): the general
news wording the ja and ko packs cover — online and phone talks, courtesy calls, letters of
intent and exchanges of letters, agreements in principle, exercises ended or held, deliveries
sent, support for a state, visits to Japan or Korea as the venue, forums held in one city,
and trilateral cooperation or a threat pair talked about by two ministers, which names no party.

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the
helpers are those of tests/extract/test_events.py (tests/support/cases.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

P = "2024-05-10"

CASES = [
    # --- Japanese --------------------------------------------------------------------------------
    case("ja-online-talks", "ja", P,
         "青木一郎防衛相は9日、マレーシアのハリム国防相とオンラインで会談した。",
         [ev("meeting", ["JPN", "MYS"], date="2024-05-09", mode="phone")]),
    case("ja-logistics-agreement-is-no-aid", "ja", P,
         "日本とフランスは9日、物品役務相互提供協定に署名した。",
         [ev("agreement", ["FRA", "JPN"], date="2024-05-09", doc_type="agreement")]),
    case("ja-exercise-ended", "ja", P,
         "陸上自衛隊は9日、インド陸軍との共同訓練を終えた。",
         [ev("exercise", ["IND", "JPN"], date="2024-05-09")]),
    case("ja-day-before", "ja", P,
         "青木防衛相は前日、来日したマレーシアのハリム国防相と会談した。",
         [ev("meeting", ["JPN", "MYS"], date="2024-05-09", location="JPN")]),
    case("ja-two-days", "ja", "2024-05-14",
         "海上自衛隊と豪海軍は12、13両日、四国沖で共同訓練を行った。",
         [ev("exercise", ["AUS", "JPN"], date="2024-05")]),
    case("ja-trilateral-cooperation-is-a-topic", "ja", P,
         "青木防衛相は9日、韓国の崔国防相と会談した。両氏は日米韓協力を推進していくことで一致した。",
         [ev("meeting", ["JPN", "KOR"], date="2024-05-09"), ev("intent", ["JPN", "KOR"])]),
    case("ja-threat-pair-is-no-party", "ja", P,
         "青木防衛相は9日、オーストラリアのグレイ国防相と会談した。両氏はロシアと北朝鮮の軍事協力に対し、"
         "緊密に連携していくことで一致した。",
         [ev("meeting", ["AUS", "JPN"], date="2024-05-09"), ev("intent", ["AUS", "JPN"])]),
    case("ja-support-for-a-state", "ja", P,
         "青木防衛相はウクライナのボイコ国防相と電話で会談し、ウクライナへの支持を改めて表明した。",
         [ev("meeting", ["JPN", "UKR"], mode="phone"), ev("support", ["JPN", "UKR"])]),
    case("ja-intention-conveyed", "ja", P,
         "青木防衛相は9日、インドネシアのサトリオ国防相と会談し、同国の海洋安全保障能力の向上に協力する考えを伝えた。",
         [ev("meeting", ["IDN", "JPN"], date="2024-05-09"), ev("intent", ["IDN", "JPN"])]),
    case("ja-visit-to-japan-is-the-venue", "ja", P,
         "青木防衛相は9日、来日したカナダのモロー国防相と会談した。",
         [ev("meeting", ["CAN", "JPN"], date="2024-05-09", location="JPN", mode="visit")]),
    case("ja-visit-at-invitation-is-no-intent", "ja", P,
         "ベトナムのタイン国防相は青木防衛相の招待で来日し、9日に防衛省で会談した。",
         [ev("meeting", ["JPN", "VNM"], date="2024-05-09", location="JPN")]),
    case("ja-exchange-of-letters-is-other", "ja", P,
         "日本とフィリピンの両政府は9日、防衛装備品の供与に関する書簡に署名した。",
         [ev("agreement", ["JPN", "PHL"], date="2024-05-09", doc_type="other")]),
    case("ja-forum-names-its-city", "ja", P,
         "青木防衛相は、シャングリラ会合に合わせてフィリピンのサントス国防相と会談した。",
         [ev("meeting", ["JPN", "PHL"], location="SGP", mode="multilateral")]),
    case("ja-multinational-exercise-is-no-forum", "ja", P,
         "青木防衛相は9日、来日したニュージーランドのハリス国防相と会談し、多国間訓練に参加することで一致した。",
         [ev("meeting", ["JPN", "NZL"], date="2024-05-09", mode="visit"), ev("intent", ["JPN", "NZL"])]),
    case("ja-supplies-sent", "ja", P,
         "日本政府は9日、ウクライナに防弾チョッキを送った。",
         [ev("aid", ["JPN", "UKR"], date="2024-05-09")]),
    case("ja-courtesy-call-received", "ja", P,
         "青木防衛相は9日、防衛省でラオスのソムサイ国防相の表敬を受けた。",
         [ev("meeting", ["JPN", "LAO"], date="2024-05-09", location="JPN")]),
    # --- Korean ----------------------------------------------------------------------------------
    case("ko-video-talks", "ko", P,
         "한동수 국방부 장관은 9일 인도 국방장관과 화상으로 회담했다.",
         [ev("meeting", ["IND", "KOR"], date="2024-05-09", mode="phone")]),
    case("ko-talks-by-phone", "ko", P,
         "한동수 국방부 장관은 9일 프랑스 국방장관과 전화로 양국 국방협력 방안을 논의했다.",
         [ev("meeting", ["FRA", "KOR"], date="2024-05-09", mode="phone")]),
    case("ko-video-conference", "ko", P,
         "한동수 국방부 장관은 9일 말레이시아 국방장관과 영상회의를 열었다.",
         [ev("meeting", ["KOR", "MYS"], date="2024-05-09", mode="phone")]),
    case("ko-export-contract-is-no-delivery", "ko", P,
         "방위사업청은 9일 폴란드 국방부와 전차 수출 계약을 체결했다.",
         [ev("agreement", ["KOR", "POL"], date="2024-05-09", doc_type="contract")]),
    case("ko-letter-of-intent-is-no-readiness", "ko", P,
         "한국과 호주는 9일 국방 분야 협력에 관한 의향서에 서명했다.",
         [ev("agreement", ["AUS", "KOR"], date="2024-05-09", doc_type="letter_of_intent")]),
    case("ko-views-gathered", "ko", P,
         "한동수 국방부 장관은 9일 영국 국방장관과 회담했다. "
         "두 장관은 방산 협력을 확대해 나가자는 데 뜻을 모았다.",
         [ev("meeting", ["GBR", "KOR"], date="2024-05-09"), ev("intent", ["GBR", "KOR"])]),
    case("ko-exercise-closed", "ko", P,
         "한국 육군과 호주 육군의 연합훈련이 9일 막을 내렸다.",
         [ev("exercise", ["AUS", "KOR"], date="2024-05-09")]),
    case("ko-exercise-done", "ko", P,
         "한미 공군은 9일 서해 상공에서 연합공중훈련을 했다.",
         [ev("exercise", ["KOR", "USA"], date="2024-05-09")]),
    case("ko-naval-drill-is-military-context", "ko", P,
         "한미일 3국은 9일 제주 남방 공해에서 해상훈련을 펼쳤다.",
         [ev("exercise", ["JPN", "KOR", "USA"], date="2024-05-09")]),
    case("ko-waters-off-korea", "ko", P,
         "한미 해군은 9일 동해상에서 연합훈련을 실시했다.",
         [ev("exercise", ["KOR", "USA"], date="2024-05-09", location="KOR")]),
    case("ko-supplies-sent", "ko", P,
         "한국 정부는 9일 우크라이나에 방탄조끼와 헬멧을 보냈다.",
         [ev("aid", ["KOR", "UKR"], date="2024-05-09")]),
    case("ko-donated-boat-arrived", "ko", P,
         "한국이 무상 양도한 고속정이 9일 필리핀에 도착했다.",
         [ev("aid", ["KOR", "PHL"])]),
    case("ko-trilateral-cooperation-is-a-topic", "ko", P,
         "한동수 국방부 장관은 9일 일본 방위상과 회담했다. 양 장관은 한미일 안보협력을 지속해 나가기로 했다.",
         [ev("meeting", ["JPN", "KOR"], date="2024-05-09"), ev("intent", ["JPN", "KOR"])]),
    case("ko-visit-to-korea-is-the-venue", "ko", P,
         "한동수 국방부 장관은 10일 오전 방한 중인 태국 국방장관과 회담했다.",
         [ev("meeting", ["KOR", "THA"], date="2024-05-10", location="KOR")]),
    case("ko-invited-to-talks-is-no-intent", "ko", P,
         "한동수 국방부 장관은 9일 뉴질랜드 국방장관을 국방부 청사로 초청해 회담했다.",
         [ev("meeting", ["KOR", "NZL"], date="2024-05-09", location="KOR")]),
    case("ko-support-for-a-state", "ko", P,
         "한동수 국방부 장관은 우크라이나 국방장관과 회담하고 우크라이나에 대한 지지 의사를 밝혔다.",
         [ev("meeting", ["KOR", "UKR"]), ev("support", ["KOR", "UKR"])]),
    case("ko-forum-names-its-city", "ko", P,
         "한동수 국방부 장관은 9일 아시아안보회의를 계기로 호주 국방장관과 양자회담을 가졌다.",
         [ev("meeting", ["AUS", "KOR"], date="2024-05-09", location="SGP", mode="multilateral")]),
    case("ko-training-given", "ko", P,
         "한국군은 9일 몽골군 장교들을 대상으로 유엔 평화유지활동 교육을 실시했다.",
         [ev("aid", ["KOR", "MNG"], date="2024-05-09")]),
    case("ko-courtesy-call-received", "ko", P,
         "한동수 국방부 장관은 9일 국방부 청사에서 라오스 국방장관의 예방을 받았다.",
         [ev("meeting", ["KOR", "LAO"], date="2024-05-09", location="KOR")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
