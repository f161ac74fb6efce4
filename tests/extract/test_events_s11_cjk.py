"""The extract stage on short Chinese, Japanese and Korean articles written for these tests (session 11, CJK
helper), with invented or unnamed officials.

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/support/cases.py.  They pin general wording found through the cjk2 held-out set
(tests/data/heldout/cjk2.jsonl), each with a sentence of its own:
- Chinese: "will keep helping / supporting" (将持续…协助, 將持續依據…) is a pledge; Taiwanese delivery words
  (交運, 點交); Taiwan's armed forces (國軍) and the American Institute in Taiwan name their states;
  "this call" and a hotline opened are no second call; Sputnik's headline line is furniture; the delivery of
  arms sales as a topic (軍售交付進度) is no delivery; weapon words as Taiwan writes them (戰車, 飛彈);
- all three: news media named with their state (德国之声, 韓国の聯合ニュース, 일본 교도통신) are no party;
  a war named as the topic or background of talks (就俄乌冲突交换意见, ロシアによるウクライナ侵攻,
  러시아의 우크라이나 침공 이후) is no fighting and its aggressor no party; "the Taiwan question"
  (台湾问题) is no place; recurring exercises named without an exercise word (海上联合, ダルマ・ガーディアン,
  프리덤 에지) are exercises;
- Japanese: "the largest ever" (過去最大) tells no earlier event; what a spokesman explained at a press
  conference (記者会見で…について説明した) is no talks; ATLA and the prime contractors act for Japan;
  howitzers, torpedoes, mines and drones are arms;
- Korean: "방호" is protection (사이버 방호), not a visit to Australia; a purchase decided earlier, in a
  relative clause ("도입을 결정한"), is no new decision; the defense exporters act for Korea; a contract
  "to supply" with words between ("공급하는 2차 이행계약") is no delivery; drones, radars, torpedoes are arms.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.extract.engine import Extractor
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # ---- Chinese
    case("zh-will-keep-helping-is-a-pledge", "zh", "2026-03-12",
         "國防部長今天接見來訪的立陶宛國會議員訪團。訪團表示，立陶宛將持續依據雙方共識協助台灣提升防衛韌性。",
         [ev("meeting", ["LTU", "TWN"], date="2026-03-12"), ev("intent", ["LTU", "TWN"])]),
    case("zh-will-keep-strengthening-is-a-pledge", "zh", "2026-03-12",
         "3月11日，国防部长在北京会见来访的塞尔维亚国防部长。塞方将持续同中方加强联合训练和人员交流。",
         [ev("meeting", ["CHN", "SRB"], date="2026-03-11", location="CHN"), ev("intent", ["CHN", "SRB"])]),
    case("zh-delivered-and-taken-over-in-taiwan", "zh", "2026-03-12",
         "美國製造的第二批魚叉飛彈已完成交運，並由國軍在屏東基地完成點交。",
         [ev("aid", ["TWN", "USA"])]),
    case("zh-ait-director-calls-on-the-minister", "zh", "2026-03-12",
         "美國在台協會處長今天拜會國防部長，雙方就國軍後備戰力改革交換意見。",
         [ev("meeting", ["TWN", "USA"], date="2026-03-12")]),
    case("zh-news-agency-is-no-party", "zh", "2026-03-12",
         "据德国之声报道，中俄两国海军11日在日本海举行联合演习。",
         [ev("exercise", ["CHN", "RUS"], date="2026-03-11")]),
    case("zh-this-call-and-the-hotline-opened-are-one-call", "zh", "2026-03-12",
         "中越两国国防部长今天首次通电话。此次通话标志着去年建成的两国防务部门直通电话正式启用。",
         [ev("meeting", ["CHN", "VNM"], date="2026-03-12", mode="phone")]),
    case("zh-arms-sale-delivery-as-a-topic-is-no-delivery", "zh", "2026-03-12",
         "國防部長接見美眾議員訪團　談對台軍售交付\n"
         "國防部長顧立雄今天在國防部接見美國聯邦眾議院議員訪團，雙方就區域安全情勢交換意見。",
         [ev("meeting", ["TWN", "USA"], date="2026-03-12")],
         title="國防部長接見美眾議員訪團　談對台軍售交付"),
    case("zh-taiwanese-weapon-words-are-military", "zh", "2026-03-12",
         "美國今天向台灣交付第二批戰車與反艦飛彈。",
         [ev("aid", ["TWN", "USA"], date="2026-03-12")]),
    case("zh-conflict-as-topic-of-a-call", "zh", "2026-03-12",
         "中国国防部长与荷兰国防部长11日通电话，双方就俄乌冲突交换了意见。",
         [ev("meeting", ["CHN", "NLD"], date="2026-03-11", mode="phone")]),
    case("zh-taiwan-question-is-no-place", "zh", "2026-03-12",
         "3月11日，国防部长在北京会见匈牙利国防部长。匈方表示坚定支持中方在台湾问题上的立场。",
         [ev("meeting", ["CHN", "HUN"], date="2026-03-11"), ev("support", ["CHN", "HUN"], location="CHN")]),
    case("zh-recurring-exercise-name-links-its-first-edition", "zh", "2026-03-04",
         "中俄两国海军3日在青岛开始举行“海上联合-2026”联合演习。海上联合系列演习始于2012年。",
         [ev("exercise", ["CHN", "RUS"], date="2026-03"),
          ev("exercise", ["CHN", "RUS"], date="2012", historical=True)]),
    # ---- Japanese
    case("ja-largest-ever-tells-no-earlier-event", "ja", "2026-03-04",
         "陸上自衛隊と英陸軍の共同訓練が３日、静岡県の演習場で始まった。訓練には両国からおよそ３千人が参加し、"
         "過去最大規模となる。",
         [ev("exercise", ["GBR", "JPN"], date="2026-03")]),
    case("ja-explained-at-a-press-conference-is-no-talks", "ja", "2026-03-06",
         "防衛相は５日の記者会見で、日豪の共同訓練について説明した。", []),
    case("ja-contractor-signs-for-japan", "ja", "2026-03-11",
         "三菱重工業は１０日、ニュージーランド国防省と補給艦の整備契約を結んだ。",
         [ev("agreement", ["JPN", "NZL"], date="2026-03-10", doc_type="contract")]),
    case("ja-atla-signs-for-japan", "ja", "2026-03-11",
         "防衛装備庁は１０日、イタリア国防省と次期戦闘機の共同開発に関する取決めに署名した。",
         [ev("agreement", ["ITA", "JPN"], date="2026-03-10")]),
    case("ja-news-agency-is-no-party", "ja", "2026-03-06",
         "韓国の聯合ニュースによると、中国とロシアの空軍は５日、合同演習を行った。",
         [ev("exercise", ["CHN", "RUS"], date="2026-03-05")]),
    case("ja-howitzers-are-military", "ja", "2026-03-06",
         "日本政府は５日、エストニアに中古の榴弾砲を無償で譲渡した。",
         [ev("aid", ["EST", "JPN"], date="2026-03-05")]),
    case("ja-aggression-as-topic-is-no-party", "ja", "2026-03-06",
         "防衛相の中谷元氏は５日、チェコの国防相と会談し、ロシアによるウクライナ侵攻について意見交換した。",
         [ev("meeting", ["CZE", "JPN"], date="2026-03-05")]),
    case("ja-recurring-exercise-name-is-an-exercise", "ja", "2026-03-04",
         "陸上自衛隊とインド陸軍は３日、静岡県でダルマ・ガーディアンを始めた。",
         [ev("exercise", ["IND", "JPN"], date="2026-03")]),
    # ---- Korean
    case("ko-recurring-exercise-name-is-an-exercise", "ko", "2026-03-04",
         "한국과 미국, 일본 해군은 3일 제주 남방 공해상에서 프리덤 에지를 시작했다.",
         [ev("exercise", ["JPN", "KOR", "USA"], date="2026-03")]),
    case("ko-invasion-as-background-is-no-fighting", "ko", "2026-04-17",
         "국방부 장관은 16일 루마니아 국방부 장관과 회담하고 "
         "러시아의 우크라이나 침공 이후 흑해 안보 상황에 대해 논의했다.",
         [ev("meeting", ["KOR", "ROU"], date="2026-04-16")]),
    case("ko-contract-to-supply-is-no-delivery", "ko", "2026-04-17",
         "현대로템은 16일 루마니아 국방부와 K2 전차 200여 대를 공급하는 2차 이행계약을 체결했다.",
         [ev("agreement", ["KOR", "ROU"], date="2026-04-16", doc_type="contract")]),
    case("ko-drones-are-military", "ko", "2026-04-17",
         "한국은 16일 몽골에 드론 30대를 무상으로 기증했다.",
         [ev("aid", ["KOR", "MNG"], date="2026-04-16")]),
    case("ko-news-agency-is-no-party", "ko", "2026-04-17",
         "일본 교도통신에 따르면 중국과 벨라루스 군은 16일 연합훈련을 실시했다.",
         [ev("exercise", ["BLR", "CHN"], date="2026-04-16")]),
    case("ko-cyber-protection-is-no-visit", "ko", "2026-04-17",
         "한국과 미국, 일본 해군은 14일부터 사흘간 제주 남방 공해상에서 연합훈련을 실시했다. "
         "3국 함정은 이번 훈련에서 사이버 방호 훈련도 진행했다.",
         [ev("exercise", ["JPN", "KOR", "USA"], date="2026-04")]),
    case("ko-purchase-decided-earlier-is-no-decision", "ko", "2026-04-17",
         "국방부 장관은 16일 방한한 노르웨이 국방장관과 회담했다. 장관은 노르웨이가 2023년 도입을 결정한 "
         "K9 자주포 사업이 순조롭게 진행되는 데 사의를 표했다.",
         [ev("meeting", ["KOR", "NOR"], date="2026-04-16")]),
    case("ko-exporter-signs-for-korea", "ko", "2026-04-17",
         "현대로템은 16일 루마니아 국방부와 K2 전차 구매 계약을 체결했다.",
         [ev("agreement", ["KOR", "ROU"], date="2026-04-16", doc_type="contract")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_sputnik_headline_line_is_furniture(registry: PackRegistry) -> None:
    body = "新华社北京3月12日电 中越两国国防部长12日通电话，双方同意加强边境防务合作。"
    raw = "\n".join(["两国防长通电话", "两国防长通电话 - 俄罗斯卫星通讯社, 2041, 12.03.2026", "关注", body])
    article = clean_article(Article(id="t", text=raw, title="两国防长通电话"), registry.get("zh"))
    text = article.clean_text or ""
    assert body in text and "卫星通讯社" not in text
