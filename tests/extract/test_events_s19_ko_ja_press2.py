"""The extract stage on short Korean and Japanese press sentences written for these tests (none of these
sentences is in tests/data/heldout/ko_ja_press2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py.  They pin general Korean and Japanese press wording: a joint flight
of two states' bombers ("연합비행을 했다", "共同飛行した") as a joint patrol held; an aircraft named by its
role ("폭격기", "爆撃機", "攻撃機") is no attack; a unit's own drill ("자체 훈련") is no joint exercise;
a denial ("논의한 바 없다") reports no talks; a hotline set up or run ("직통전화를 … 가동하기로") is no
call; thanks for support given ("支援に感謝") is no aid; a protest "重大な懸念を伝えた" is no talks; a
treaty still to be concluded ("締結を目指す") is no signing; a deployment at home ("駐屯地に配備") is no
delivery; photo captions with their credits ("… 있다. 육군 제공", "[… 제공. 재판매 및 DB 금지]",
"（写真）…") are furniture.

Second round: the state visited for a forum ("회의 참석차 말레이시아를 방문 중인 장관은") is the venue of a
three-party meeting, no fourth party; opposing a third side's acts together ("現状変更の試みに反対することで
一致した") is no pledge; seas, peninsulas and air bases of Japan (房総半島, 百里基地) and Indian states where
the armies train (メガラヤ州) are places.

Third round: the ministry as the source of a report ("防衛省によりますと", NHK's polite form) and the
Joint Staff Office announcing what it watched ("防衛省統合幕僚監部は…と発表した") are no venue.

Fourth round: a foreign surname of five syllables in Hangul before its state and title ("바르바로사 칠레
국방장관", "벨로우소프 러시아 국방장관") is a name.

Fifth round: multinational exercises the Korean and Japanese forces join abroad, named without a "held"
verb ("카카두 연습에서 … 점검했다", "訓練「カカドゥ」で … 確かめた").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- a joint flight of two states' bombers; a bomber is no bombing
    case("ko-yeonhap-bihaeng-is-a-joint-patrol", "ko", DAY,
         "합참은 중국과 러시아 폭격기 4대가 17일 동해 상공에서 연합비행을 했다고 밝혔다.",
         [ev("exercise", ["CHN", "RUS"], date="2026-03-17")]),
    case("ko-pokgyeokgi-is-no-attack", "ko", DAY,
         "미국 공격기와 한국 전투기가 17일 서해 상공에서 연합 공중훈련을 실시했다.",
         [ev("exercise", ["KOR", "USA"], date="2026-03-17")]),
    case("ja-kyodo-hiko-is-a-joint-patrol", "ja", DAY,
         "防衛省は17日、中国とロシアの爆撃機計4機が日本海上空で共同飛行したと発表した。",
         [ev("exercise", ["CHN", "RUS"], date="2026-03-17")]),
    case("ja-kogekiki-is-no-attack", "ja", DAY,
         "インド空軍とフランス空軍の攻撃機が17日、インド西部で共同訓練を行った。",
         [ev("exercise", ["FRA", "IND"], date="2026-03-17")]),
    # ---- a unit's own drill is no joint exercise
    case("ko-jache-hullyeon-is-no-joint-exercise", "ko", DAY,
         "한국 육군과 몽골군이 17일 울란바토르에서 연합 평화유지훈련을 시작했다. "
         "앞서 부대는 지난달 경기 이천에서 자체 사전훈련을 마쳤다.",
         [ev("exercise", ["KOR", "MNG"], date="2026-03", location="MNG")]),
    # ---- a denial reports no talks
    case("ko-nonuihan-ba-eopda-is-no-talks", "ko", DAY,
         "국방부는 18일 주한미군 순환배치 축소 보도에 대해 \"한미 간 논의한 바 없다\"고 밝혔다.",
         []),
    # ---- a hotline to be run is no call
    case("ko-jiktongjeonhwa-gadong-is-no-call", "ko", DAY,
         "이두희 국방부 차관은 17일 서울에서 베트남 국방부 차관과 회담했다. "
         "양측은 국방부 간 직통전화를 안정적으로 가동하기로 합의했다.",
         [ev("meeting", ["KOR", "VNM"], location="KOR", date="2026-03-17"),
          ev("intent", ["KOR", "VNM"])]),
    # ---- thanks for support given; a protest conveyed
    case("ja-shien-ni-kansha-is-no-aid", "ja", DAY,
         "リトアニアの国防相は17日の記者会見で、ウクライナに対する日本のこれまでの支援に感謝を示した。",
         []),
    case("ja-juudai-na-kenen-is-no-talks", "ja", DAY,
         "中国海軍とロシア海軍の艦艇が17日、対馬海峡を通過した。防衛省は外交ルートを通じ、中露両国に重大な懸念を伝えた。",
         []),
    # ---- a treaty still to be concluded is no signing
    case("ja-ketsu-wo-mezasu-is-no-signing", "ja", DAY,
         "小泉防衛相は17日、来日中のフィンランドの国防相と防衛省で会談し、情報保護協定の締結を目指すことで一致した。",
         [ev("meeting", ["FIN", "JPN"], date="2026-03-17", location="JPN"), ev("intent", ["FIN", "JPN"])]),
    # ---- the state visited for a forum is the venue of a three-party meeting
    case("ko-bangmun-jungin-forum-venue", "ko", DAY,
         "아세안 확대 국방장관회의 참석차 말레이시아를 방문 중인 안규백 국방부 장관은 "
         "17일 미국, 일본 국방장관과 한미일 국방장관회의를 열었다.",
         [ev("meeting", ["JPN", "KOR", "USA"], mode="multilateral", location="MYS", date="2026-03-17")]),
    # ---- opposing a third side's acts together is no pledge
    case("ja-hantai-de-icchi-is-no-pledge", "ja", DAY,
         "小泉防衛相は17日、来日中のオランダの国防相と会談した。両氏は、力による一方的な現状変更の試みに反対する"
         "ことで一致した。",
         [ev("meeting", ["JPN", "NLD"], date="2026-03-17", location="JPN")]),
    # ---- places of Japan and India where drills are held
    case("ja-boso-hanto-is-japan", "ja", DAY,
         "海上自衛隊は17日、房総半島沖でカナダ海軍と共同訓練を行った。",
         [ev("exercise", ["CAN", "JPN"], date="2026-03-17", location="JPN")]),
    case("ja-hyakuri-kichi-is-japan", "ja", DAY,
         "航空自衛隊は17日、百里基地でオーストラリア空軍と共同訓練を行った。",
         [ev("exercise", ["AUS", "JPN"], date="2026-03-17", location="JPN")]),
    case("ja-meghalaya-is-india", "ja", DAY,
         "陸上自衛隊とインド陸軍は17日、メガラヤ州で共同訓練を行った。",
         [ev("exercise", ["IND", "JPN"], date="2026-03-17", location="IND")]),
    # ---- the ministry as a source is no venue
    case("ja-boueishou-niyorimasuto-is-no-venue", "ja", DAY,
         "防衛省によりますと、日本は17日、フィリピン海軍に警備艇2隻を引き渡しました。",
         [ev("aid", ["JPN", "PHL"], date="2026-03-17", location=None)]),
    case("ja-tougou-bakuryou-kanbu-is-no-venue", "ja", DAY,
         "防衛省統合幕僚監部は17日、中国海軍とロシア海軍の艦艇が日本海で共同訓練を行ったと発表した。",
         [ev("exercise", ["CHN", "RUS"], date="2026-03-17", location=None)]),
    # ---- a foreign surname of five syllables in Hangul
    case("ko-five-syllable-foreign-surname", "ko", DAY,
         "안규백 국방부 장관은 17일 서울에서 에르네스토 바르바로사 칠레 국방장관과 회담했다.",
         [ev("meeting", ["CHL", "KOR"], date="2026-03-17", location="KOR",
             persons=["에르네스토 바르바로사"])]),
    # ---- a multinational exercise named without a "held" verb
    case("ko-kakadu-exercise-name", "ko", DAY,
         "한국 해군과 호주 해군은 올해 카카두 연습에서 대잠전 절차를 점검했다.",
         [ev("exercise", ["AUS", "KOR"])]),
    case("ja-kakadu-exercise-name", "ja", DAY,
         "海上自衛隊とオーストラリア海軍は今月、多国間訓練「カカドゥ」で対潜戦の連携を確かめた。",
         [ev("exercise", ["AUS", "JPN"], date="2026-03")]),
    # ---- a deployment at home is no delivery
    case("ja-haibi-is-no-delivery", "ja", DAY,
         "防衛省は17日、中国の軍備増強を受け、長射程ミサイルを熊本の駐屯地に配備した。",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


CAPTIONS = [
    ("ko", "해군은 17일 동해에서 미국 해군과 연합 해상훈련을 했다고 18일 밝혔다.",
     "해군 장병들이 17일 동해에서 열린 연합 해상훈련에서 함정을 지휘하고 있다. 해군 제공",
     "훈련에는 호위함과 구축함 등 함정 6척이 참가했다."),
    ("ko", "육군은 17일 필리핀 육군과 연합 공병훈련을 마쳤다고 18일 밝혔다.",
     "17일 경기 여주에서 열린 연합 공병훈련 [육군 제공. 재판매 및 DB 금지]",
     "양국 장병 80여 명이 도하 장비를 설치했다."),
    ("ja", "海上自衛隊は17日、米海軍と四国沖で共同訓練を行った。",
     "（写真）四国沖で並んで航行する護衛艦と米駆逐艦（３月17日、海自提供）",
     "訓練には護衛艦と駆逐艦の計4隻が参加した。"),
]


@pytest.mark.parametrize(("lang", "first", "caption", "last"), CAPTIONS)
def test_photo_caption_is_furniture(registry: PackRegistry, lang: str, first: str, caption: str,
                                    last: str) -> None:
    raw = "\n".join([first, caption, last])
    text = clean_article(Article(id="t", text=raw), registry.get(lang)).clean_text or ""
    assert first in text and last in text
    assert caption not in text
