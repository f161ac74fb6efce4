"""The extract stage on short articles in languages of Asia, the Caucasus and Africa (session 5 pack work;
invented officials, sentences written for these tests).

Each case checks one pack change: Georgian object-after-verb signing and inflected place stems, Armenian
and Mongolian places with case endings, Mongolian сургуулилалт, Swahili infinitive "to exchange views"
(no meeting), observers in Persian, Turkish, Arabic and Indonesian, the Saudi royal title as a state,
Bengali pledges to continue support, Uzbek "shu kuni" (that day, not today) and background lead-ins,
Armenian supply contracts (no delivery) and month case forms.  The helpers are those of
tests/extract/test_events.py; the Indonesian boilerplate case runs the cleaning stage.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_text, rules_for
from milwatch.extract.engine import Extractor
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- Georgian: the verb may stand before its object; place names take case endings -----------------
    case("ka-sign-verb-first", "ka", "2025-05-14",
         "სომხეთისა და საქართველოს თავდაცვის მინისტრები თბილისში შეხვდნენ. "
         "შეხვედრის შემდეგ მინისტრებმა ურთიერთგაგების მემორანდუმს მოაწერეს ხელი.",
         [ev("meeting", ["ARM", "GEO"], location="GEO"),
          ev("agreement", ["ARM", "GEO"], doc_type="memorandum")]),
    case("ka-place-stem-locative", "ka", "2025-05-14",
         "საქართველოს თავდაცვის მინისტრი ოფიციალური ვიზიტით ერევანში იმყოფება, სადაც სომხეთის თავდაცვის "
         "მინისტრს შეხვდა.",
         [ev("meeting", ["ARM", "GEO"], location="ARM", mode="visit")]),
    # --- Armenian: a place in the locative; a supply contract is no delivery; month case forms -----------
    case("hy-place-locative", "hy", "2025-03-20",
         "Մարտի 19-ին Աթենքում ՀՀ պաշտպանության նախարարը հանդիպում է ունեցել Հունաստանի պաշտպանության "
         "նախարարի հետ:",
         [ev("meeting", ["ARM", "GRC"], date="2025-03-19", location="GRC")]),
    case("hy-supply-contract-no-aid", "hy", "2025-03-20",
         "Հնդկաստանը և Հայաստանը պայմանագիր են կնքել հակաօդային համակարգերի մատակարարման վերաբերյալ:",
         [ev("agreement", ["ARM", "IND"], doc_type="contract")]),
    # --- Mongolian: сургуулилалт; a capital with a case ending ---------------------------------------------
    case("mn-exercise-surguulilalt", "mn", "2025-08-12",
         "Монгол Улс, Казахстаны зэвсэгт хүчний хамтарсан тактикийн сургуулилалт өнөөдөр эхэллээ.",
         [ev("exercise", ["KAZ", "MNG"])]),
    case("mn-capital-dative", "mn", "2025-08-12",
         "Монгол Улсын Батлан хамгаалахын сайд Бээжинд Хятадын Батлан хамгаалахын сайдтай уулзлаа.",
         [ev("meeting", ["CHN", "MNG"], location="CHN")]),
    # --- Swahili: an infinitive of purpose is no meeting ---------------------------------------------------
    case("sw-infinitive-exchange-no-meeting", "sw", "2025-03-06",
         "Kenya na Uganda zimesaini makubaliano ya ushirikiano wa kijeshi yanayolenga kubadilishana mawazo "
         "na uzoefu katika ulinzi wa mipaka.",
         [ev("agreement", ["KEN", "UGA"])]),
    # --- observers are no parties ------------------------------------------------------------------------
    case("fa-observers-same-sentence", "fa", "2025-04-20",
         "رزمایش مشترک دریایی ایران و روسیه با حضور ناظرانی از عمان و قطر در دریای خزر برگزار شد.",
         [ev("exercise", ["IRN", "RUS"])]),
    case("tr-observers", "tr", "2025-04-20",
         "Türkiye ve Azerbaycan silahlı kuvvetlerinin ortak tatbikatı dün Kars'ta yapıldı; "
         "Gürcistan ve Pakistan "
         "tatbikatı gözlemci olarak izledi.",
         [ev("exercise", ["AZE", "TUR"])]),
    case("ar-observers", "ar", "2025-04-20",
         "اختتمت القوات المسلحة الأردنية والإماراتية تمرينا عسكريا مشتركا بمشاركة مراقبين من البحرين "
         "والكويت.",
         [ev("exercise", ["ARE", "JOR"])]),
    # --- Arabic: the Saudi royal title names the state -----------------------------------------------------
    case("ar-custodian-title-is-saudi", "ar", "2025-04-20",
         "استقبل وزير الدفاع الإيطالي اليوم في روما سفير خادم الحرمين الشريفين، وبحثا سبل تعزيز التعاون "
         "العسكري.",
         [ev("meeting", ["ITA", "SAU"], location="ITA")]),
    # --- Bengali: a pledge to continue support ------------------------------------------------------------
    case("bn-pledge-continue", "bn", "2025-02-02",
         "জাপানের রাষ্ট্রদূত বলেন, সমুদ্র নিরাপত্তা জোরদারে জাপান বাংলাদেশকে সহযোগিতা অব্যাহত রাখবে।",
         [ev("intent", ["BGD", "JPN"])]),
    # --- Uzbek: "shu kuni" is the day just told; background lead-ins --------------------------------------
    case("uz-shu-kuni-that-day", "uz", "2025-04-11",
         "9 aprel kuni O‘zbekiston Mudofaa vaziri Qozog‘iston Mudofaa vaziri bilan uchrashdi. "
         "Shu kuni Qozog‘iston tomoni O‘zbekiston Qurolli Kuchlariga harbiy texnika topshirdi.",
         [ev("meeting", ["KAZ", "UZB"], date="2025-04-09"), ev("aid", ["KAZ", "UZB"], date="2025-04-09")]),
    case("uz-background-lead-in", "uz", "2025-04-11",
         "Eslatib o‘tamiz, avvalgi qo‘shma mashqlar Tojikistonda bo‘lib o‘tgan edi, unda O‘zbekiston va "
         "Tojikiston harbiylari ishtirok etgan.",
         [ev("exercise", ["TJK", "UZB"], historical=True)]),
    # --- names: an envoy "of China in Kenya"; three-word and two-word foreign names in Lao and Burmese ----
    case("sw-envoy-accredited-in", "sw", "2025-03-06",
         "Makubaliano ya ushirikiano wa kijeshi yalisainiwa jana jijini Nairobi na "
         "Waziri wa Ulinzi wa Kenya, "
         "Bw. Otieno Kamau, na Balozi wa Japan nchini Kenya, Hiroshi Tanaka.",
         [ev("agreement", ["JPN", "KEN"], persons=["Otieno Kamau", "Hiroshi Tanaka"])]),
    case("lo-three-word-name", "lo", "2025-06-03",
         "ວັນທີ 2 ມິຖຸນາ 2025, ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ລາວ ໄດ້ໃຫ້ການຕ້ອນຮັບ ພົນເອກ ເລ ວັນ ທັນ "
         "ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ຫວຽດນາມ.",
         [ev("meeting", ["LAO", "VNM"], date="2025-06-02", persons=["ເລ ວັນ ທັນ"])]),
    case("my-two-word-foreign-name", "my", "2025-06-03",
         "တပ်မတော်ကာကွယ်ရေးဦးစီးချုပ်သည် ဇွန် ၂ ရက်တွင် နေပြည်တော်၌ ရုရှား ကာကွယ်ရေးဝန်ကြီး "
         "ဆာဂေး ကိုဇလော့ဗ်နှင့် တွေ့ဆုံဆွေးနွေးခဲ့သည်။",
         [ev("meeting", ["MMR", "RUS"], date="2025-06-02", persons=["ဆာဂေး ကိုဇလော့ဗ်"])]),
    # --- more state and context words ---------------------------------------------------------------------
    case("ka-genitive-of-a-name-in-a", "ka", "2025-05-14",
         "საქართველოს თავდაცვის მინისტრი მოლდოვის თავდაცვის მინისტრს სატელეფონო საუბრისას ესაუბრა.",
         [ev("meeting", ["GEO", "MDA"], mode="phone")]),
    case("km-royal-armed-forces-name-cambodia", "km", "2025-05-14",
         "ឥណ្ឌាបានប្រគល់រថយន្តយោធាចំនួន ២០ គ្រឿងជូនកងយោធពលខេមរភូមិន្ទ។",
         [ev("aid", ["IND", "KHM"])]),
    case("he-munitions-are-military", "he", "2025-05-14",
         "גרמניה העבירה לפולין משלוח של פגזים ורקטות.",
         [ev("aid", ["DEU", "POL"])]),
    case("ar-territorial-integrity-suffixed", "ar", "2025-05-14",
         "أكد وزير الدفاع الأردني دعم بلاده لوحدة سوريا وسلامة أراضيها.",
         [ev("support", ["JOR", "SYR"])]),
    case("ar-passing-exercise", "ar", "2025-05-14",
         "نفذت القوات البحرية المغربية والإسبانية تدريبا بحريا عابرا في مضيق جبل طارق.",
         [ev("exercise", ["ESP", "MAR"])]),
    case("mn-invited-past", "mn", "2025-05-14",
         "Монгол Улсын Батлан хамгаалахын сайд Вьетнамын Батлан хамгаалахын сайдыг Монгол "
         "Улсад айлчлахыг урилаа.",
         [ev("intent", ["MNG", "VNM"])]),
    # --- a joint exercise announced for later is a pledge; "take part" in the aorist is no pledge ----------
    case("hi-exercise-will-be-held", "hi", "2025-05-14",
         "भारत और वियतनाम की सेनाओं का संयुक्त अभ्यास अगले महीने होगा।",
         [ev("intent", ["IND", "VNM"])]),
    case("kk-takes-part-is-no-pledge", "kk", "2025-05-14",
         "Қазақстан мен Қырғызстан Қарулы Күштерінің бірлескен оқу-жаттығуы басталды. "
         "Жаттығуға екі елдің 500-ге жуық әскери қызметшісі қатысады.",
         [ev("exercise", ["KAZ", "KGZ"])]),
    # --- dates: Mongolian numbered months, Bengali and Hindi "May" -----------------------------------------
    case("mn-numbered-month", "mn", "2025-05-20",
         "Монгол Улсын Батлан хамгаалахын сайд 2025 оны 5 дугаар сарын 12-нд Бээжинд "
         "Хятадын Батлан хамгаалахын "
         "сайдтай уулзлаа.",
         [ev("meeting", ["CHN", "MNG"], date="2025-05-12", location="CHN")]),
    case("bn-may", "bn", "2025-05-20",
         "৫ মে ঢাকায় বাংলাদেশের সেনাপ্রধানের সঙ্গে ভারতের সেনাপ্রধান সাক্ষাৎ করেন।",
         [ev("meeting", ["BGD", "IND"], date="2025-05-05")]),
    case("hi-may", "hi", "2025-05-20",
         "रक्षा मंत्री ने 5 मई को नई दिल्ली में जापान के रक्षा मंत्री के साथ द्विपक्षीय बैठक की।",
         [ev("meeting", ["IND", "JPN"], date="2025-05-05", location="IND")]),
    # --- Turkish spellings of foreign capitals, the case suffix after an apostrophe ------------------------
    case("tr-turkish-capital-spelling", "tr", "2025-05-20",
         "Türkiye, Somali Silahlı Kuvvetleri'ne Mogadişu'da düzenlenen törenle askeri araç teslim etti.",
         [ev("aid", ["SOM", "TUR"], location="SOM")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_indonesian_read_also_and_credits_are_dropped() -> None:
    raw = ("Menhan RI bertemu Menhan Jepang di Jakarta\n"
           "Menteri Pertahanan RI menerima kunjungan Menteri Pertahanan Jepang di Jakarta, Selasa (4/3).\n"
           "Baca juga: TNI dan JSDF gelar latihan bersama di Natuna\n"
           "Pewarta: Siti Rahma\n"
           "Editor: Agus Salim\n")
    cleaned, _ = clean_text(raw, rules_for(PackRegistry().get("id")))
    assert "Menteri Pertahanan RI menerima" in cleaned
    assert "Baca juga" not in cleaned and "latihan bersama" not in cleaned
    assert "Pewarta" not in cleaned and "Editor:" not in cleaned


@pytest.mark.parametrize(("lang", "word", "code"), [
    ("kk", "Өзбекстанда", "UZB"), ("kk", "Әзірбайжанда", "AZE"), ("kk", "Моңғолияда", "MNG"),
    ("uz", "O‘zbekistonda", "UZB"), ("uz", "Tojikistonda", "TJK"), ("az", "Gürcüstanda", "GEO"),
    ("az", "Ermənistanda", "ARM"), ("mn", "Хятадад", "CHN"), ("hy", "Փարիզում", "FRA"),
    ("tr", "Özbekistan'da", "UZB"),
    ("tr", "Ermenistan'ın", "ARM"), ("ar", "روسيا", "RUS"), ("ar", "إندونيسيا", "IDN"),
    ("ar", "كينيا", "KEN"), ("tl", "Pilipinas", "PHL"),
])
def test_inflected_country_names_are_names(extractor: Extractor, lang: str, word: str, code: str) -> None:
    """A country name with a case ending is the state's name (a venue or a visit's target), not a demonym
    stem that happens to begin it ("өзбек*" once swallowed "Өзбекстанда")."""
    found = [(m.code, m.kind) for m in extractor.resources(lang).countries.find(f"Министр {word} болды.")]
    assert (code, "name") in found or (code, "place") in found, found
