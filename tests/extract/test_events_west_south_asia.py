"""Events in Persian, Urdu, Hebrew, Hindi, Bengali, Armenian, Georgian and Mongolian on short articles written for these tests.

Scripts without capital letters: officials are found by the pack's `titles.name_regex` next to
their titles; Hebrew writes prefixes onto words (pack.toml `clitics`).  Every official and
article here is invented.  A case passes when every expected event is found (same type and
country set) with the fields the case states, and no other event is predicted (the helpers
are those of tests/extract/test_events.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- Persian ------------------------------------------------------------------------------
    case("fa-meeting-visit", "fa", "2024-10-16",
         "وزیر دفاع ایران امیر سرتیپ علی رضایی روز سه‌شنبه در تهران با وزیر دفاع عراق ثامر الجبوری دیدار و "
         "گفتگو کرد. دو طرف درباره همکاری‌های دفاعی و امنیت مرزها تبادل نظر کردند.",
         [ev("meeting", ["IRN", "IRQ"], date="2024-10-15", location="IRN",
             persons=["علی رضایی", "ثامر الجبوری"])]),
    case("fa-signing", "fa", "2024-10-16",
         "ایران و بلاروس روز دوشنبه ۱۴ اکتبر در مینسک یک تفاهم‌نامه همکاری نظامی امضا کردند.",
         [ev("agreement", ["BLR", "IRN"], date="2024-10-14", doc_type="memorandum")]),
    case("fa-exercise", "fa", "2024-07-20",
         "نیروی دریایی ایران و روسیه روز گذشته رزمایش مشترک دریایی را در دریای خزر برگزار کردند.",
         [ev("exercise", ["IRN", "RUS"], date="2024-07")]),
    case("fa-aid", "fa", "2024-02-03",
         "ژاپن دو فروند قایق گشتی را به گارد ساحلی فیلیپین اهدا کرد.",
         [ev("aid", ["JPN", "PHL"])]),
    case("fa-phone", "fa", "2024-03-20",
         "وزیر دفاع ایران در تماس تلفنی با وزیر دفاع ترکیه یاشار گولر درباره همکاری نظامی گفتگو کرد.",
         [ev("meeting", ["IRN", "TUR"], location=None, mode="phone", persons=["یاشار گولر"])]),
    case("fa-solar-hijri-date", "fa", "2024-03-20",
         "وزیر دفاع ایران روز ۲۴ اسفند ۱۳۹۸ با همتای روس خود در مسکو دیدار کرده بود.",
         [ev("meeting", ["IRN", "RUS"], date="2020-03-14", location="RUS", historical=True)]),
    case("fa-month-with-mah", "fa", "2023-07-10",
         "ایران و عراق در ۱۲ تیرماه ۱۴۰۲ در بغداد یک تفاهم‌نامه همکاری‌های دفاعی امضا کردند.",
         [ev("agreement", ["IRN", "IRQ"], date="2023-07-03", doc_type="memorandum")]),
    case("fa-common-first-name", "fa", "2023-10-30",
         "فرمانده نیروی زمینی ارتش پاکستان عصر دیروز در تهران با سرلشکر عباس موسوی فرمانده کل ارتش دیدار کرد.",
         [ev("meeting", ["IRN", "PAK"], date="2023-10-29", location="IRN", persons=["عباس موسوی"])]),
    case("fa-alongside-not-forum", "fa", "2023-10-30",
         "وزیر دفاع ارمنستان در سفر رسمی به تهران امروز با وزیر دفاع ایران دیدار و گفتگو کرد و در کنار این "
         "دیدار از نمایشگاه صنایع دفاعی بازدید کرد.",
         [ev("meeting", ["ARM", "IRN"], date="2023-10-30", location="IRN", mode="visit")]),
    # --- Urdu ---------------------------------------------------------------------------------
    case("ur-meeting", "ur", "2024-05-09",
         "پاکستان کے وزیر دفاع خالد محمود نے منگل کو راولپنڈی میں ترکی کے وزیر دفاع احمد یلماز سے ملاقات کی۔ "
         "دونوں رہنماؤں نے دفاعی تعاون اور مشترکہ تربیت پر تبادلہ خیال کیا۔",
         [ev("meeting", ["PAK", "TUR"], date="2024-05-07", location="PAK",
             persons=["خالد محمود", "احمد یلماز"])]),
    case("ur-signing", "ur", "2024-05-09",
         "پاکستان اور سعودی عرب نے بدھ کو دفاعی تعاون کے ایک معاہدے پر دستخط کیے۔",
         [ev("agreement", ["PAK", "SAU"], date="2024-05-08", doc_type="agreement")]),
    case("ur-exercise", "ur", "2024-05-09",
         "پاکستان اور چین کی بحریہ کی مشترکہ مشقیں بحیرہ عرب میں منعقد ہوئیں۔",
         [ev("exercise", ["CHN", "PAK"])]),
    case("ur-native-digits", "ur", None,
         "پاکستان اور ترکیہ نے ۱۲ مارچ ۲۰۲۳ کو دفاعی تعاون کے معاہدے پر دستخط کیے۔",
         [ev("agreement", ["PAK", "TUR"], date="2023-03-12", doc_type="agreement")]),
    case("ur-during-visit-not-forum", "ur", "2024-06-12",
         "پاکستان کے آرمی چیف جنرل طارق محمود نے منگل کو تہران کے سرکاری دورے کے دوران ایران کے چیف آف جنرل "
         "اسٹاف میجر جنرل رضا حیدری سے ملاقات کی۔",
         [ev("meeting", ["IRN", "PAK"], date="2024-06-11", location="IRN", mode="visit",
             persons=["طارق محمود", "رضا حیدری"])]),
    # --- Hebrew -------------------------------------------------------------------------------
    case("he-meeting", "he", "2024-06-12",
         "שר הביטחון יואב לוי נפגש אתמול בירושלים עם שר ההגנה של יוון ניקוס דימאס. השרים דנו בשיתוף הפעולה "
         "הביטחוני בין המדינות.",
         [ev("meeting", ["GRC", "ISR"], date="2024-06-11", location="ISR", persons=["יואב לוי"])]),
    case("he-signing", "he", "2024-06-12",
         "ישראל וגרמניה חתמו היום על הסכם לרכש מערכות הגנה אווירית.",
         [ev("agreement", ["DEU", "ISR"], date="2024-06-12", doc_type="agreement")]),
    case("he-exercise", "he", "2024-06-12",
         "חיל הים הישראלי וצי ארה\"ב ערכו השבוע תרגיל משותף בים האדום.",
         [ev("exercise", ["ISR", "USA"])]),
    case("he-phone", "he", "2024-06-12",
         "שר הביטחון יואב לוי שוחח הערב בטלפון עם שר ההגנה של בריטניה בשיחה על שיתוף הפעולה הצבאי.",
         [ev("meeting", ["GBR", "ISR"], date="2024-06-12", location=None, mode="phone", persons=["יואב לוי"])]),
    case("he-title-state-name", "he", "2024-06-12",
         "שר הביטחון יואב לוי נפגש אתמול בירושלים עם שר ההגנה הבריטי ג'ון סמית'.",
         [ev("meeting", ["GBR", "ISR"], date="2024-06-11", persons=["יואב לוי", "ג'ון סמית'"])]),
    case("he-apposition", "he", "2024-06-12",
         "שר הביטחון, יואב לוי, נפגש אתמול בירושלים עם שר ההגנה היווני.",
         [ev("meeting", ["GRC", "ISR"], date="2024-06-11", persons=["יואב לוי"])]),
    case("he-of-state-not-venue", "he", "2024-06-12",
         "שר הביטחון יואב לוי שוחח אמש בשיחת טלפון עם מזכיר ההגנה של ארה\"ב ואמר כי המדינות ימשיכו לפעול יחד "
         "נגד האיום מאיראן.",
         [ev("meeting", ["ISR", "USA"], mode="phone", persons=["יואב לוי"]), ev("intent", ["ISR", "USA"])]),
    case("he-between-and", "he", "2024-06-12",
         "שר הביטחון נפגש היום עם שר ההגנה היווני ואמר כי היחסים בין ישראל ליוון הדוקים מתמיד.",
         [ev("meeting", ["GRC", "ISR"], date="2024-06-12", location=None)]),
    case("he-prefixed-place-not-name", "he", "2024-06-12",
         "שר הביטחון יואב לוי נפגש היום עם שר ההגנה של איטליה ברומא וסיכמו להרחיב את שיתוף הפעולה.",
         [ev("meeting", ["ISR", "ITA"], date="2024-06-12", location="ITA", persons=["יואב לוי"]),
          ev("intent", ["ISR", "ITA"])]),
    # --- Armenian -----------------------------------------------------------------------------
    case("hy-meeting", "hy", "2024-08-21",
         "ՀՀ պաշտպանության նախարար Արամ Սարգսյանը երեքշաբթի օրը Երևանում հանդիպել է Հունաստանի պաշտպանության "
         "նախարար Նիկոս Պապասի հետ։ Կողմերը քննարկել են պաշտպանական համագործակցության հարցեր։",
         [ev("meeting", ["ARM", "GRC"], date="2024-08-20", location="ARM",
             persons=["Արամ Սարգսյանը", "Նիկոս Պապասի"])]),
    case("hy-signing", "hy", "2024-08-21",
         "Հայաստանը և Հնդկաստանը երեկ ստորագրել են պաշտպանական համագործակցության մասին համաձայնագիր։",
         [ev("agreement", ["ARM", "IND"], date="2024-08-20", doc_type="agreement")]),
    case("hy-exercise", "hy", "2024-08-21",
         "Հայաստանի և ԱՄՆ զինված ուժերը Երևանում անցկացրել են համատեղ զորավարժություններ։",
         [ev("exercise", ["ARM", "USA"])]),
    # --- Georgian -----------------------------------------------------------------------------
    case("ka-meeting", "ka", "2024-08-21",
         "საქართველოს თავდაცვის მინისტრი გიორგი ბერიძე სამშაბათს ლიტვის თავდაცვის მინისტრს იონას პეტრაიტისს შეხვდა. "
         "მხარეებმა ორმხრივი თანამშრომლობის საკითხები განიხილეს.",
         [ev("meeting", ["GEO", "LTU"], date="2024-08-20", persons=["გიორგი ბერიძე"])]),
    case("ka-signing", "ka", "2024-08-21",
         "საქართველოსა და პოლონეთს შორის თავდაცვის სფეროში თანამშრომლობის შესახებ მემორანდუმს ხელი მოეწერა.",
         [ev("agreement", ["GEO", "POL"], doc_type="memorandum")]),
    case("ka-aid", "ka", "2024-08-21",
         "ესტონეთმა საქართველოს თავდაცვის ძალებს სამედიცინო აღჭურვილობა გადასცა.",
         [ev("aid", ["EST", "GEO"])]),
    case("ka-location", "ka", "2024-08-21",
         "საქართველოს თავდაცვის მინისტრი გიორგი ბერიძე სამშაბათს თბილისში ლიტვის თავდაცვის მინისტრს შეხვდა.",
         [ev("meeting", ["GEO", "LTU"], date="2024-08-20", location="GEO")]),
    # --- Mongolian ----------------------------------------------------------------------------
    case("mn-meeting", "mn", "2024-08-21",
         "Батлан хамгаалах сайд Б.Тэмүүлэн өчигдөр Улаанбаатар хотод Бүгд Найрамдах Солонгос Улсын Батлан хамгаалах "
         "сайдыг хүлээн авч уулзлаа. Талууд хоёр орны батлан хамгаалах салбарын хамтын ажиллагааг хэлэлцэв.",
         [ev("meeting", ["KOR", "MNG"], date="2024-08-20", location="MNG")]),
    case("mn-signing", "mn", "2024-08-21",
         "Монгол Улс, Казахстан Улсын батлан хамгаалах яамд цэргийн боловсролын салбарт хамтран ажиллах санамж "
         "бичигт гарын үсэг зурлаа.",
         [ev("agreement", ["KAZ", "MNG"], doc_type="memorandum")]),
    case("mn-exercise", "mn", "2024-08-21",
         "Монгол Улс болон АНУ-ын зэвсэгт хүчний хамтарсан олон улсын сургуулилт өнөөдөр эхэллээ.",
         [ev("exercise", ["MNG", "USA"], date="2024-08")]),
    # --- Bengali ------------------------------------------------------------------------------
    case("bn-meeting", "bn", "2024-08-21",
         "সেনাপ্রধান জেনারেল রফিকুল করিম মঙ্গলবার ঢাকা সেনানিবাসে নেপালের সেনাপ্রধান জেনারেল অর্জুন থাপার সঙ্গে "
         "সাক্ষাৎ করেন। এ সময় দুই দেশের সেনাবাহিনীর মধ্যে প্রশিক্ষণ সহযোগিতা নিয়ে আলোচনা হয়।",
         [ev("meeting", ["BGD", "NPL"], date="2024-08-20", location="BGD", persons=["রফিকুল করিম"])]),
    case("bn-signing", "bn", "2024-08-21",
         "বাংলাদেশ ও তুরস্কের মধ্যে প্রতিরক্ষা সহযোগিতা বিষয়ক একটি সমঝোতা স্মারক স্বাক্ষরিত হয়েছে।",
         [ev("agreement", ["BGD", "TUR"], doc_type="memorandum")]),
    case("bn-aid", "bn", "2024-08-21",
         "জাপান বাংলাদেশ নৌবাহিনীকে দুটি টহল নৌযান হস্তান্তর করেছে।",
         [ev("aid", ["BGD", "JPN"])]),
    # --- Hindi --------------------------------------------------------------------------------
    case("hi-meeting", "hi", "2024-07-11",
         "रक्षा मंत्री अजय कुमार ने मंगलवार को नई दिल्ली में जापान के रक्षा मंत्री केंजी सातो से मुलाकात की। दोनों "
         "मंत्रियों ने रक्षा सहयोग पर चर्चा की।",
         [ev("meeting", ["IND", "JPN"], date="2024-07-09", location="IND", persons=["अजय कुमार", "केंजी सातो"])]),
    case("hi-signing", "hi", "2024-07-11",
         "भारत और फ्रांस ने बुधवार को रक्षा औद्योगिक सहयोग पर एक समझौता ज्ञापन पर हस्ताक्षर किए।",
         [ev("agreement", ["FRA", "IND"], date="2024-07-10", doc_type="memorandum")]),
    case("hi-visit-location", "hi", "2024-07-11",
         "थल सेना प्रमुख जनरल अजय कुमार ने नेपाल की चार दिवसीय यात्रा के दौरान नेपाली सेना प्रमुख से मुलाकात की।",
         [ev("meeting", ["IND", "NPL"], location="NPL", mode="visit", persons=["अजय कुमार"])],
         xfail="visit_to_after reaches a case particle (नेपाल की यात्रा), not words between the state and the "
               "visit word (नेपाल की चार दिवसीय यात्रा)"),
    case("hi-aid", "hi", "2024-07-11",
         "भारत ने श्रीलंका की नौसेना को एक गश्ती पोत सौंपा।",
         [ev("aid", ["IND", "LKA"])]),
    case("hi-demonym-ai", "hi", "2024-07-11",
         "भारतीय सेना और मंगोलियाई सेना का संयुक्त सैन्य अभ्यास सोमवार को उलानबटोर में शुरू हुआ।",
         [ev("exercise", ["IND", "MNG"], date="2024-07")]),
    case("hi-demonym-i", "hi", "2024-07-11",
         "रक्षा मंत्री अजय कुमार ने नई दिल्ली में जापानी रक्षा मंत्री केंजी सातो से मुलाकात की।",
         [ev("meeting", ["IND", "JPN"], location="IND", persons=["अजय कुमार", "केंजी सातो"])]),
    case("hi-contract-rifles", "hi", "2024-07-11",
         "भारत और रूस ने राइफलों के उत्पादन के लिए अनुबंध पर हस्ताक्षर किए।",
         [ev("agreement", ["IND", "RUS"], doc_type="contract")]),
    case("hi-exercise-held-verb", "hi", "2024-07-11",
         "रूसी नौसेना और भारतीय नौसेना ने बंगाल की खाड़ी में संयुक्त अभ्यास किया, जिसमें चार युद्धपोत शामिल थे।",
         [ev("exercise", ["IND", "RUS"])]),
    case("hi-verb-before-danda", "hi", "2024-07-11",
         "रूसी नौसेना और भारतीय नौसेना ने बंगाल की खाड़ी में संयुक्त अभ्यास किया।",
         [ev("exercise", ["IND", "RUS"])],
         xfail="the danda (।) counts as a letter for word boundaries (packs/loader.py WORD), so a phrase without `*` "
               "that ends the sentence (अभ्यास किया।, देगा।) does not match"),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
