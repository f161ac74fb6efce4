"""The extract stage on short articles in Chinese, Japanese, Korean, Arabic, Persian (Dari),
Hebrew, Hindi, Urdu, Indonesian, Malay, Thai and Turkish, written for these tests with invented or unnamed
officials (session 10, Asia/Middle East helper).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the
helpers are those of tests/support/cases.py.  They pin general wording found through the
asia_me held-out set (tests/data/heldout/asia_me.jsonl), each with a sentence of its own:
- Chinese: "South China Sea" as Singaporean and Malaysian papers write it (南中国海) and the
  Ukrainian battlefield are no parties; the supply chain (供應鏈) is no supply;
- Japanese: "checked the procedures" in a drill is no pledge;
- Korean: "주한" (resident in Korea) is a place; an export implementing contract is no delivery;
- Arabic: exercise nouns after the preposition-article "لل"; the mutual-defense clause of a
  pact ("an attack on one is an attack on both") is no attack (also in Urdu);
- Urdu: the federal minister (وفاقی وزیر) is Pakistan's;
- Arabic: "تباحث" (held talks, the Maghreb agencies' word); Morocco's minister delegate for the
  national defense administration, the Royal Armed Forces and Algeria's ANP name their states;
  search and rescue (البحث والإنقاذ) is no talks; "his country's support for the territorial
  unity / sovereignty of" (دعم بلاده للوحدة الترابية) is support;
- Dari: the Islamic Emirate is Afghanistan;
- Hebrew: "expected to sign" without a day is a pledge;
- Hindi: implementing arrangements, joint surveillance, training held for another army; the
  states and firing ranges of exercises and partner capitals as places;
- Malay: states and garrison towns as places; TNI is Indonesia;
- Indonesian: the spelling "Perancis", and ordered aircraft landing at a Lanud;
- Thai: abbreviated titles with dots (รมว.กห.) do not end a sentence; "ร่วมฝึก" (trained
  together) is an exercise held;
- Turkish: "our" commander and ministry (Komutanımız, Bakanlığımız) of official releases;
  vehicles with the softened stem (insansız hava aracı) as military words.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # ---- Chinese
    case("zh-south-china-sea-is-no-state", "zh", "2026-05-05",
         "新加坡和澳大利亚海军昨天在南中国海结束为期五天的联合演习。",
         [ev("exercise", ["AUS", "SGP"])]),
    case("zh-ukrainian-battlefield-is-a-topic", "zh", "2026-05-05",
         "國防部長今天接見立陶宛國會代表團。代表團團長表示，立陶宛願與台灣分享烏克蘭戰場的經驗，"
         "雙方同意明年互派軍事專家交流。",
         [ev("meeting", ["LTU", "TWN"], date="2026-05-05"), ev("intent", ["LTU", "TWN"])]),
    case("zh-supply-chain-is-no-supply", "zh", "2026-02-10",
         "台灣國防部長今天接見立陶宛國防部副部長，並盼雙方在無人機供應鏈方面擴大合作。",
         [ev("meeting", ["LTU", "TWN"], date="2026-02-10", location="TWN")]),
    # ---- Japanese
    case("ja-checking-procedures-is-no-pledge", "ja", "2026-05-05",
         "陸上自衛隊と米海兵隊は４日、沖縄で共同訓練を行い、負傷者を搬送する手順を確認した。",
         [ev("exercise", ["JPN", "USA"], date="2026-05-04")]),
    # ---- Korean
    case("ko-resident-in-korea-is-a-place", "ko", "2026-06-12",
         "육군참모총장은 11일 집무실에서 예방한 주한 튀르키예 국방무관과 방산 협력을 논의했다.",
         [ev("meeting", ["KOR", "TUR"], date="2026-06-11", location="KOR")]),
    case("ko-export-contract-is-no-delivery", "ko", "2026-05-05",
         "한국은 4일 루마니아와 K9 자주포 수출 이행계약을 체결했다.",
         [ev("agreement", ["KOR", "ROU"], date="2026-05-04", doc_type="contract")]),
    # ---- Arabic
    case("ar-exercise-after-lil", "ar", "2026-05-05",
         "واختتمت أمس المرحلة الرئيسية للتدريب البحري المشترك الذي نفذته القوات المسلحة "
         "السعودية والباكستانية.",
         [ev("exercise", ["PAK", "SAU"])]),
    case("ar-mutual-defense-clause-is-no-attack", "ar", "2026-05-05",
         "ووقعت قطر وتركيا في الدوحة اتفاقية دفاع مشترك تنص على أن أي اعتداء على أي منهما "
         "هو اعتداء على كليهما.",
         [ev("agreement", ["QAT", "TUR"], location="QAT", doc_type="agreement")]),
    case("ar-tabahatha-is-talks", "ar", "2026-03-05",
         "تباحث وزير الدفاع التونسي أمس في تونس مع نظيره الإيطالي حول التعاون العسكري.",
         [ev("meeting", ["ITA", "TUN"], date="2026-03-04")]),
    case("ar-moroccan-minister-delegate", "ar", "2026-03-05",
         "بحث الوزير المنتدب لدى رئيس الحكومة المكلف بإدارة الدفاع الوطني أمس في لشبونة مع نظيره "
         "البرتغالي التعاون العسكري.",
         [ev("meeting", ["MAR", "PRT"], date="2026-03-04")]),
    case("ar-far-and-anp-name-their-states", "ar", "2026-03-05",
         "نفذت وحدات من القوات المسلحة الملكية والجيش الوطني الشعبي تمرينا مشتركا للبحث والإنقاذ.",
         [ev("exercise", ["DZA", "MAR"])]),
    case("ar-support-of-his-country-for-sovereignty", "ar", "2026-03-05",
         "وجدد رئيس أركان الجيش الموريتاني دعم بلاده للوحدة الترابية للسنغال خلال لقائه نظيره السنغالي "
         "في نواكشوط.",
         [ev("meeting", ["MRT", "SEN"], date="2026-03-05"), ev("support", ["MRT", "SEN"])]),
    # ---- Persian (Dari)
    case("fa-dari-islamic-emirate", "fa", "2026-05-05",
         "وزیر دفاع ملی امارت اسلامی امروز با سفیر قزاقستان در کابل دیدار کرد.",
         [ev("meeting", ["AFG", "KAZ"], date="2026-05-05", location="AFG")]),
    # ---- Hindi
    case("hi-implementing-arrangement", "hi", "2026-05-05",
         "भारत और जापान ने रक्षा उपकरणों के सह-विकास पर एक कार्यान्वयन व्यवस्था पर हस्ताक्षर किए।",
         [ev("agreement", ["IND", "JPN"], doc_type="other")]),
    case("hi-joint-surveillance", "hi", "2026-05-05",
         "भारतीय नौसेना और मालदीव तटरक्षक बल ने मालदीव के विशेष आर्थिक क्षेत्र की संयुक्त निगरानी की।",
         [ev("exercise", ["IND", "MDV"])]),
    case("hi-training-held-for-others", "hi", "2026-05-05",
         "भारतीय सेना के दल ने श्रीलंकाई सैनिकों के लिए प्रशिक्षण शिविर आयोजित किया।",
         [ev("aid", ["IND", "LKA"])]),
    case("hi-exercise-states-and-ranges-are-places", "hi", "2026-05-05",
         "भारत और ओमान की सेनाओं का संयुक्त सैन्य अभ्यास सोमवार को राजस्थान के जैसलमेर में शुरू हुआ।",
         [ev("exercise", ["IND", "OMN"], date="2026-05", location="IND")]),
    case("hi-partner-capital-is-a-place", "hi", "2026-05-05",
         "भारतीय नौसेना ने आज पोर्ट लुई में मॉरीशस तटरक्षक बल को एक गश्ती नौका सौंपी।",
         [ev("aid", ["IND", "MUS"], date="2026-05-05", location="MUS")]),
    # ---- Malay
    case("ms-state-and-garrison-town-are-places", "ms", "2026-05-05",
         "Latihan bersama Tentera Darat Malaysia dan Tentera Darat Thailand bermula semalam "
         "di Kuantan, Pahang.",
         [ev("exercise", ["MYS", "THA"], date="2026-05", location="MYS")]),
    case("ms-tni-is-indonesia", "ms", "2026-05-05",
         "Angkatan Tentera Malaysia dan TNI bersetuju untuk mengadakan latihan bersama tahunan di Sarawak.",
         [ev("intent", ["IDN", "MYS"])]),
    # ---- Hebrew
    case("he-expected-to-sign-is-a-pledge", "he", "2026-05-05",
         "ישראל וקפריסין צפויות לחתום על הסכם לשיתוף פעולה בהגנה האווירית.",
         [ev("intent", ["CYP", "ISR"])]),
    # ---- Thai
    case("th-abbreviated-minister-title", "th", "2026-03-05",
         "รมว.กห.ไทย หารือกับ รมว.กห.ลาว ที่นครหลวงเวียงจันทน์ เมื่อวันที่ 4 มี.ค. 2569",
         [ev("meeting", ["LAO", "THA"], date="2026-03-04")]),
    case("th-ruam-fuek-is-held", "th", "2026-03-05",
         "กองทัพเรือไทยและกองทัพเรืออินเดียร่วมฝึกผสมในทะเลอันดามันเมื่อวันที่ 3 มี.ค.",
         [ev("exercise", ["IND", "THA"])]),
    # ---- Urdu
    case("ur-mutual-defense-clause-is-no-attack", "ur", "2026-05-05",
         "یاد رہے کہ پاکستان اور قطر نے 3 مارچ 2025 کو دوحہ میں دفاعی معاہدے پر دستخط کیے تھے "
         "جس کے تحت کسی ایک ملک پر حملہ دونوں پر حملہ تصور ہوگا۔",
         [ev("agreement", ["PAK", "QAT"], date="2025-03-03", location="QAT", historical=True)]),
    case("ur-federal-minister-is-pakistan", "ur", "2026-05-05",
         "بحرین کے سفیر نے وفاقی وزیر دفاع سے ان کے دفتر میں ملاقات کی اور دفاعی تعاون پر بات چیت کی۔",
         [ev("meeting", ["BHR", "PAK"], date="2026-05-05")]),
    # ---- Indonesian
    case("id-perancis", "id", "2026-05-05",
         "Kemhan dan galangan kapal Perancis menandatangani kontrak pengadaan dua kapal selam di Jakarta.",
         [ev("agreement", ["FRA", "IDN"], doc_type="contract", location="IDN")]),
    case("id-ordered-aircraft-arrive", "id", "2026-05-05",
         "Dua helikopter H225M pesanan TNI AU dari Perancis mendarat di Lanud Atang Sendjaja, "
         "Bogor, Senin (4/5).",
         [ev("aid", ["FRA", "IDN"], date="2026-05-04", location="IDN")]),
    # ---- Turkish
    case("tr-our-commander-is-turkiye", "tr", "2026-05-05",
         "Hava Kuvvetleri Komutanımız, dün Katar'da mevkidaşı ile görüştü.",
         [ev("meeting", ["QAT", "TUR"], date="2026-05-04", location="QAT")]),
    case("tr-our-ministry-is-turkiye", "tr", "2026-05-05",
         "Bakanlığımız ile Macaristan Savunma Bakanlığı arasında askerî eğitim iş birliği "
         "anlaşması imzalandı.",
         [ev("agreement", ["HUN", "TUR"])]),
    case("tr-softened-vehicle-is-military", "tr", "2026-05-05",
         "Türkiye, Kenya'ya iki insansız hava aracını teslim etti.",
         [ev("aid", ["KEN", "TUR"], date="2026-05-05")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
