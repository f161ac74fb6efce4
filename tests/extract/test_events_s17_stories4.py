"""The extract stage on short articles and pages in Korean, Arabic, Japanese, Turkish and English,
written for these tests (none of these sentences is in tests/data/heldout/stories4.jsonl or in any
shared set).

They pin the general wording found with the stories4 set, where three reports of one event in three
languages must agree on its place, date and kind to be linked into one story:
- a Yonhap foreign bureau's dateline ("(도쿄=연합뉴스)") is where the report was filed, no venue;
- Arabic "في العاصمة القرغيزية بشكيك" (the capital named by its adjective) is a place, not a
  party, and Bishkek, Dushanbe and Ashgabat are places;
- Arabic support in its verb forms ("تدعم موقف", "يؤيد موقف");
- Taiwan as the topic of a stance or of talks ("بشأن تايوان", "قضية تايوان") is no party;
- a Japanese sentence with no subject opening with "また、" goes on telling the talks just reported;
- Turkish "açıklarında" (off the coast of) makes the state before it the place;
- Russian "ход выполнения договоренностей, достигнутых …" (agreements reached before) is no new pledge;
- German "angesichts der Spannungen mit China": the state the parties have tensions with is no party;
- English thanks "for its continued support for …" is no support statement;
- the labels over other stories' headlines: ar "اقرأ المزيد:", tag lines between pipes,
  ja "この記事の関連ニュース", tr "İlgili Haberler", en "RELATED STORY:".
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-04-16"  # a Thursday

# (id, lang, raw page, body lines that must stay, furniture that must go)
PAGES = [
    ("ar-read-more-line", "ar",
     "التقى وزير الدفاع الأردني نظيره العراقي في عمّان يوم الخميس لبحث التعاون العسكري.\n\n"
     "اقرأ المزيد: مصر والسودان تختتمان تدريبا جويا مشتركا\n\n"
     "واتفق الجانبان على تبادل الخبرات في مجال التدريب.\n",
     ["التقى وزير الدفاع الأردني", "واتفق الجانبان"], ["تختتمان تدريبا"]),
    ("ar-pipe-tag-line", "ar",
     "العالم العربي | الأردن\n\n"
     "التقى وزير الدفاع الأردني نظيره العراقي في عمّان يوم الخميس لبحث التعاون العسكري.\n",
     ["التقى وزير الدفاع الأردني"], ["العالم العربي"]),
    ("ja-nhk-related-label", "ja",
     "防衛省の幹部は16日、東京でインドネシア国防省の幹部と協議しました。\n\n"
     "この記事の関連ニュース\n韓国とオーストラリア 防衛産業で協力文書に署名（2026年4月15日）\n",
     ["インドネシア国防省の幹部と協議"], ["協力文書に署名"]),
    ("tr-bare-related-label", "tr",
     "Milli Savunma Bakanı, Ankara'da Gürcistan Savunma Bakanı ile görüştü.\n\n"
     "İlgili Haberler\nBakan, Katar Savunma Bakanı ile telefonda görüştü\n",
     ["Gürcistan Savunma Bakanı ile görüştü"], ["Katar Savunma Bakanı"]),
    ("en-related-story-line", "en",
     "Defense Secretary met his Australian counterpart in Manila on Thursday.\n\n"
     "RELATED STORY: Navy chiefs of Japan and India hold talks in Tokyo\n\n"
     "They agreed to expand joint maritime patrols.\n",
     ["Australian counterpart", "They agreed"], ["Navy chiefs of Japan"]),
]


test_page_furniture_is_dropped = cleaning_test(PAGES)


CASES = [
    # ---- ko: a foreign bureau's dateline is where the report was filed
    case("ko-bureau-dateline-no-venue", "ko", DAY,
         "(도쿄=연합뉴스) 박상민 특파원 = 일본과 필리핀 국방장관이 16일 마닐라에서 회담하고 "
         "방산협력 확대에 합의했다.",
         [ev("meeting", ["JPN", "PHL"], location="PHL"), ev("intent", ["JPN", "PHL"], location="PHL")]),
    # ---- ar: the capital named by its state's adjective is a place; Central Asian capitals
    case("ar-capital-by-adjective", "ar", DAY,
         "التقى وزير الدفاع الكازاخستاني نظيره الهندي، الخميس، على هامش اجتماع وزراء دفاع "
         "منظمة شنغهاي للتعاون في العاصمة الطاجيكية دوشنبه.",
         [ev("meeting", ["IND", "KAZ"], location="TJK", mode="multilateral", date="2026-04-16")]),
    # ---- ar: support in its verb forms, and Taiwan as the topic of a stance
    case("ar-supports-position-verb", "ar", DAY,
         "استقبل وزير الدفاع البيلاروسي في مينسك اليوم الخميس نظيره الصيني، وأكد خلال اللقاء "
         "أن بيلاروسيا تدعم موقف الصين بشأن تايوان.",
         [ev("meeting", ["BLR", "CHN"], location="BLR"),
          ev("support", ["BLR", "CHN"], location="BLR")]),
    case("ar-taiwan-issue-topic", "ar", DAY,
         "بحث وزير الدفاع الصيني مع نظيره الباكستاني في بكين اليوم الخميس التعاون العسكري وقضية تايوان.",
         [ev("meeting", ["CHN", "PAK"], location="CHN")]),
    # ---- ja: a subjectless sentence opening with "また、" goes on telling the talks
    case("ja-mata-continues-talks", "ja", DAY,
         "防衛大臣は16日、東京でインドネシアの国防相と会談しました。\n\n"
         "会談のあと、両氏は防衛装備品の協力に関する覚書に署名しました。\n\n"
         "また、海洋安全保障の分野でも協力を強化していくことで一致しました。",
         [ev("meeting", ["IDN", "JPN"], location="JPN"),
          ev("agreement", ["IDN", "JPN"], doc_type="memorandum"), ev("intent", ["IDN", "JPN"])]),
    # ---- ru: the carrying out of agreements reached earlier is no new pledge
    case("ru-agreements-reached-no-pledge", "ru", DAY,
         "Министр обороны Казахстана в четверг провел в Астане переговоры с министром обороны Армении. "
         "Стороны обсудили ход выполнения договоренностей, достигнутых во время прошлогоднего визита.",
         [ev("meeting", ["ARM", "KAZ"], location="KAZ")]),
    # ---- de: the state the parties have tensions with is no party
    case("de-tensions-with-no-party", "de", DAY,
         "Australien und Indonesien wollen angesichts der Spannungen mit China ihre militärische "
         "Zusammenarbeit ausbauen, vereinbarten die Verteidigungsminister am Donnerstag in Jakarta.",
         [ev("intent", ["AUS", "IDN"], location="IDN")]),
    # ---- en: thanks for support that runs on to what it was for is no support statement
    case("en-thanks-for-continued-support-for", "en", DAY,
         "The Thai defence minister met his Australian counterpart in Bangkok on Thursday.\n\n"
         "He thanked Australia for its continued support for the training of Thai peacekeepers.",
         [ev("meeting", ["AUS", "THA"], location="THA")]),
    # ---- tr: "açıklarında" (off the coast of) gives the place of a naval exercise
    case("tr-off-the-coast-place", "tr", DAY,
         "Türk ve Pakistan deniz kuvvetleri, 13-17 Nisan tarihleri arasında Pakistan açıklarında "
         "ortak tatbikat icra etti.",
         [ev("exercise", ["PAK", "TUR"], location="PAK", date="2026-04")]),
    case("tr-off-a-port-place", "tr", DAY,
         "Türk ve Mısır deniz kuvvetleri arasındaki ortak tatbikat bu hafta İskenderiye açıklarında "
         "icra edildi.",
         [ev("exercise", ["EGY", "TUR"], location="EGY")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
