"""The extract stage on short articles in Arabic, Russian, Korean, Chinese and Japanese (session 7:
general patterns of these presses after the first measurement of tests/data/heldout/regional.jsonl;
invented wording and officials).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers
are those of tests/extract/test_events.py.  The cases pin: the Arabic feminine dual of signing,
meeting and exercise verbs ("وقعتا", "التقتا", "أجرتا"), a held verb at the head of a long VSO
subject, "أمس الأول" as the day before yesterday, الشيخ as an honorific before the name; Russian
batches that arrived or were supplied ("прибыла партия ...") as deliveries, not visits; the Korean
pledge ending -겠다고 on verbs of support and cooperation (not on "respond firmly"), 가졌다 and
port calls as held, 그저께; Chinese future markers between 将 and the verb and
activities announced "将于 … 举行" with a quoted name; Japanese prefectures and training areas as
places, and the related-articles block cut off by boilerplate.toml.
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
    # --- Arabic ----------------------------------------------------------------------------------
    case("ar-feminine-dual-signed", "ar", "2026-03-10",
         "وقعت مصر والأردن أمس مذكرة تفاهم للتعاون العسكري. "
         "ويذكر أن المملكة العربية السعودية وجمهورية باكستان الإسلامية وقعتا في عام 2018 مذكرة تفاهم "
         "للتعاون الدفاعي.",
         [ev("agreement", ["EGY", "JOR"], date="2026-03-09", doc_type="memorandum"),
          ev("agreement", ["PAK", "SAU"], date="2018", doc_type="memorandum", historical=True)]),
    case("ar-feminine-dual-signed-present", "ar", "2026-03-10",
         "وقعت وزارتا الدفاع في تونس والجزائر اليوم اتفاقية للتعاون العسكري. "
         "وكانت الإمارات وفرنسا قد وقعتا عام 2019 اتفاقية مماثلة للتعاون الدفاعي.",
         [ev("agreement", ["DZA", "TUN"], date="2026-03-10", doc_type="agreement"),
          ev("agreement", ["ARE", "FRA"], date="2019", historical=True)]),
    case("ar-held-verb-before-a-long-subject", "ar", "2026-07-07",
         "اختتمت القوات البحرية السعودية والبحرية الملكية البريطانية أمس تمريناً بحرياً مشتركاً "
         "في مياه الخليج.",
         [ev("exercise", ["GBR", "SAU"], date="2026-07-06")]),
    case("ar-royal-air-force-adjective", "ar", "2026-07-07",
         "نفذت القوات الجوية الملكية البريطانية والقوات الجوية الأردنية تمرينا جويا مشتركا استمر ثلاثة أيام.",
         [ev("exercise", ["GBR", "JOR"], date="2026-07")]),
    case("ar-day-before-yesterday", "ar", "2026-07-07",
         "التقى وزير الدفاع الأردني أمس الأول نظيره العراقي في عمّان، وبحثا سبل تعزيز التعاون العسكري.",
         [ev("meeting", ["IRQ", "JOR"], date="2026-07-05", location="JOR")]),
    case("ar-first-of-yesterday", "ar", "2026-07-07",
         "أجرت البحرية المصرية والبحرية الفرنسية أول من أمس تدريبا بحريا عابرا في البحر المتوسط.",
         [ev("exercise", ["EGY", "FRA"], date="2026-07-05")]),
    case("ar-sheikh-is-no-part-of-the-name", "ar", "2026-06-10",
         "استقبل وزير الدولة لشؤون الدفاع سعادة الشيخ سعود بن عبدالرحمن آل ثاني اليوم وزيرة الدفاع "
         "الفرنسية في الدوحة.",
         [ev("meeting", ["FRA", "QAT"], date="2026-06-10", location="QAT",
             persons=["Saoud bin Abdulrahman Al Thani"])]),
    case("ar-deputy-prime-minister-for-defense", "ar", "2026-09-22",
         "استقبل صاحب السمو السيد شهاب بن طارق آل سعيد نائب رئيس الوزراء لشؤون الدفاع اليوم في مسقط "
         "رئيس أركان الجيش الباكستاني.",
         [ev("meeting", ["OMN", "PAK"], date="2026-09-22", location="OMN",
             persons=["Shihab bin Tarik Al Said"])]),
    case("ar-will-continue-to-support-is-a-pledge", "ar", "2026-07-07",
         "استقبل وزير الدفاع الأردني نظيره العراقي. "
         "وأكد الوزير أن الأردن سيواصل دعم القوات المسلحة العراقية في مجال التدريب.",
         [ev("meeting", ["IRQ", "JOR"]), ev("intent", ["IRQ", "JOR"])]),
    case("ar-batch-arrived-in", "ar", "2026-07-07",
         "وصلت إلى تونس أمس دفعة جديدة من المعدات العسكرية المقدمة من إيطاليا.",
         [ev("aid", ["ITA", "TUN"], date="2026-07-06")]),
    case("ar-state-style-before-the-name", "ar", "2026-01-10",
         "استقبل وزير الدفاع السعودي الأمير خالد بن سلمان في الرياض اليوم وزير الدفاع بجمهورية باكستان "
         "الإسلامية خواجة محمد آصف.",
         [ev("meeting", ["PAK", "SAU"], date="2026-01-10", location="SAU",
             persons=["Khawaja Muhammad Asif"])]),
    # --- Russian ---------------------------------------------------------------------------------
    case("ru-batch-arrived-is-a-delivery", "ru", "2026-02-26",
         "Вчера в Армению прибыла очередная партия бронетехники, поставленной Францией в рамках "
         "межгосударственного контракта.",
         [ev("aid", ["ARM", "FRA"], date="2026-02-25")]),
    case("ru-batch-bought-from", "ru", "2026-02-26",
         "В Сербию прибыла первая партия истребителей, закупленных у Франции.",
         [ev("aid", ["FRA", "SRB"])]),
    case("ru-supplied-a-batch", "ru", "2026-02-26",
         "Россия поставила Белоруссии партию зенитных ракетных комплексов.",
         [ev("aid", ["BLR", "RUS"])]),
    case("ru-set-a-task-is-no-delivery", "ru", "2026-02-26",
         "Министр обороны поставил перед партией военных задачу подготовиться к учениям, заявили в России "
         "и Китае.",
         []),
    case("ru-will-hold-exercises-is-a-plan", "ru", "2026-07-08",
         "Министр обороны России провел переговоры с египетским коллегой. "
         "Министр также заявил, что в 2027 году Россия и Египет проведут очередное совместное учение "
         "на территории Египта.",
         [ev("meeting", ["EGY", "RUS"]), ev("intent", ["EGY", "RUS"])]),
    case("ru-day-before-yesterday", "ru", "2026-07-08",
         "Министр обороны России позавчера провел переговоры с министром обороны Казахстана в Москве.",
         [ev("meeting", ["KAZ", "RUS"], date="2026-07-06", location="RUS")]),
    case("ru-will-continue-aid-is-a-pledge", "ru", "2026-07-07",
         "Министр обороны России провел переговоры с коллегой из Лаоса. "
         "Россия продолжит оказывать Лаосу военно-техническую помощь.",
         [ev("meeting", ["LAO", "RUS"]), ev("intent", ["LAO", "RUS"])]),
    case("ru-joint-air-patrol-over-a-sea", "ru", "2026-07-07",
         "Военные самолеты России и Китая вчера провели совместное воздушное патрулирование над "
         "Японским морем.",
         [ev("exercise", ["CHN", "RUS"], date="2026-07-06")]),
    # --- Korean ----------------------------------------------------------------------------------
    case("ko-will-continue-training-support", "ko", "2026-09-08",
         "안규백 국방부 장관은 7일 베트남 국방장관과 회담했다. "
         "한국은 베트남군의 역량 강화를 위해 교육훈련 지원을 계속하겠다고 말했다.",
         [ev("meeting", ["KOR", "VNM"], date="2026-09-07"), ev("intent", ["KOR", "VNM"])]),
    case("ko-will-support-is-a-pledge-not-aid", "ko", "2026-09-08",
         "한국 국방부 장관은 필리핀 국방장관과 회담했다. "
         "한국은 필리핀 해군에 함정을 추가로 지원하겠다고 밝혔다.",
         [ev("meeting", ["KOR", "PHL"]), ev("intent", ["KOR", "PHL"])]),
    case("ko-will-expand-exercises-stressed", "ko", "2026-09-08",
         "국방부 장관은 태국 국방장관과 회담했다. 장관은 태국과 연합훈련을 확대하겠다고 강조했다.",
         [ev("meeting", ["KOR", "THA"]), ev("intent", ["KOR", "THA"])]),
    case("ko-day-before-yesterday-place-is-no-name", "ko", "2026-09-05",
         "국방부 장관은 그저께 서울에서 미국 국방장관과 회담했다.",
         [ev("meeting", ["KOR", "USA"], date="2026-09-03", location="KOR")]),
    case("ko-luzon", "ko", "2026-09-05",
         "한국 해병대와 필리핀 해병대는 어제 루손섬에서 연합상륙훈련을 실시했다.",
         [ev("exercise", ["KOR", "PHL"], date="2026-09-04", location="PHL")]),
    case("ko-held-exercise-gajeotda", "ko", "2026-09-05",
         "한국 해군과 미국 해군은 어제 동해상에서 연합훈련을 가졌다.",
         [ev("exercise", ["KOR", "USA"], date="2026-09-04", location="KOR")]),
    case("ko-port-call-made", "ko", "2026-09-05",
         "한국 해군 순항훈련전단이 어제 베트남 다낭항에 입항해 베트남 해군과 친선 교류 활동을 했다.",
         [ev("exercise", ["KOR", "VNM"], date="2026-09-04")]),
    case("ko-resolve-against-provocation-is-no-pledge", "ko", "2026-09-05",
         "함장은 한미동맹을 기반으로 북한의 도발에 단호히 대응해 나가겠다고 말했다.",
         []),
    case("ko-surname-and-title-refers-back", "ko", "2026-09-05",
         "안규백 국방부 장관은 지난 3일 하노이에서 베트남 국방부 장관과 회담을 했다.\n\n"
         "안 장관은 베트남군의 역량 강화를 위해 교육훈련 지원을 계속하겠다고 말했다.",
         [ev("meeting", ["KOR", "VNM"], date="2026-09-03", location="VNM"),
          ev("intent", ["KOR", "VNM"], date="2026-09-03")]),
    case("ko-both-ministers-is-no-surname", "ko", "2026-09-05",
         "안규백 국방부 장관은 지난 3일 하노이에서 베트남 국방부 장관과 회담을 했다.\n\n"
         "양 장관은 교육훈련 협력을 확대하기로 했다.",
         [ev("meeting", ["KOR", "VNM"], date="2026-09-03"), ev("intent", ["KOR", "VNM"])]),
    # --- Chinese ---------------------------------------------------------------------------------
    case("zh-will-around-topic-carry-out-training", "zh", "2026-04-30",
         "中国和柬埔寨两军将围绕反恐和人道主义救援开展联合训练，参演兵力约2000人。",
         [ev("intent", ["CHN", "KHM"])]),
    case("zh-will-be-about-to-hold", "zh", "2026-04-30",
         "中俄两军将要举行联合海上演习。",
         [ev("intent", ["CHN", "RUS"])]),
    case("zh-announced-with-quoted-name-both-sides", "zh", "2026-04-30",
         "中国国防部长昨天在北京会见泰国国防部长。两国海军将于下月举行“蓝色突击-2026”联合演习。",
         [ev("meeting", ["CHN", "THA"], date="2026-04-29", location="CHN"), ev("intent", ["CHN", "THA"])]),
    case("zh-held-day-before-yesterday", "zh", "2026-04-30",
         "中国和埃及两国空军前天在埃及举行联合训练。",
         [ev("exercise", ["CHN", "EGY"], date="2026-04-28", location="EGY")]),
    case("zh-plans-to-hold-is-a-plan", "zh", "2026-04-30",
         "中国和老挝两军正在筹备举行联合演习。",
         [ev("intent", ["CHN", "LAO"])]),
    case("zh-cooperation-plan-signed-and-exercise-held", "zh", "2026-04-30",
         "中国和泰国签署了两军2026年合作计划，并举行了联合演习。",
         [ev("agreement", ["CHN", "THA"], doc_type="plan"), ev("exercise", ["CHN", "THA"])]),
    # --- Japanese --------------------------------------------------------------------------------
    case("ja-prefecture-training-area", "ja", "2026-02-17",
         "陸上自衛隊とインド陸軍による共同訓練が16日、静岡県の東富士演習場で始まった。",
         [ev("exercise", ["IND", "JPN"], date="2026-02", location="JPN")]),
    case("ja-day-before-yesterday", "ja", "2026-02-17",
         "陸上自衛隊と米海兵隊は一昨日、北海道の演習場で共同訓練を実施した。",
         [ev("exercise", ["JPN", "USA"], date="2026-02-15", location="JPN")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


RELATED = {
    "ja": ("陸上自衛隊と豪陸軍の共同訓練が10日、北海道の演習場で始まった。双方約50人ずつが参加する。",
           "【時事通信社】\n\n関連記事\n\n陸自、新型輸送機を米国から調達へ"),
    "zh": ("中国和泰国两国海军10日在青岛举行联合演习，双方舰艇和飞机参加演习。",
           "相关新闻\n\n中国空军新型运输机交付部队"),
    "ko": ("한국 해군과 호주 해군은 10일 동해상에서 연합훈련을 실시했다. 양국 함정 6척이 참가했다.",
           "관련 기사\n\n국방부, 미국산 수송기 도입 결정"),
    "ru": ("Российские и монгольские военные 10 июля начали совместное учение в Бурятии.",
           "Новости по теме:\n\nМинобороны получило новые вертолеты из Китая"),
    "ar": ("نفذت القوات البحرية المصرية والفرنسية تمرينا بحريا مشتركا في البحر المتوسط.",
           "أخبار ذات صلة\n\nالجيش يتسلم دفعة من الطائرات الأمريكية"),
}


@pytest.mark.parametrize("lang", sorted(RELATED))
def test_related_articles_block_is_cut(registry: PackRegistry, lang: str) -> None:
    body, related = RELATED[lang]
    article = clean_article(Article(id="t", text=f"{body}\n\n{related}"), registry.get(lang))
    text = article.clean_text or ""
    assert body in text
    assert related.split("\n")[-1] not in text
