"""The extract stage on short West and Central Asian press articles written for these tests (none of these
sentences is in tests/data/heldout/westasia3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the Pashto, Kurdish, Mongolian, Kyrgyz,
Turkmen and Tajik press: a numbered round of talks and the perfect "هوکړه کړې" (have agreed) in Pashto, the
Taliban government named as such ("د طالبانو حکومت") as Afghanistan; "according to a statement" (Sorani
"بەپێی بەیاننامەیەکی", Kurmanji "li gorî daxuyaniya") as a source, no agreement basis, and the Kurmanji
training course ("xuleke perwerdehiyê") as training given; Mongolian peacekeepers as military words,
"зохион байгуулж" (organising) as no conclusion of a document, the Indo-Pacific as no India, and Russia's
regions by Mongolia (Буриад) as places; the Kyrgyz future participle "жардам бере турганын" (that it will
help) as a pledge and "кадрларды даярдоо" (training of cadres) as a field of talks; the Turkmen "dowam
etdirjekdigini" (that it will go on) as a pledge; the Tajik present "ширкат доранд" (take part) and "идома
меёбанд" (go on) as an exercise under way.

Second round: the Persian counterpart "of the time" (همتای ایرانی وقت) as no name and "پیش‌تر" (earlier) with
its ZWNJ as background, the opening ceremony ("در مراسم آغاز") as no start and a state that will host ("به
میزبانی") as no talks; the Hebrew plural "בפגישות" as the talks told; the Tajik "мавриди баррасӣ қарор
доданд" (discussed) as no decision; the Pashto year before its month ("د ۲۰۲۴ کال په اګست کې").

Third round: Persian hardware plurals written with a ZWNJ as military words (and a delivery or sale talked
about, "درباره تحویل", as none), the Mongolian causative
"эхлүүллээ" (they started it) and Nomadic Elephant by its Mongolian name, Tajik state adjectives with the
possessive -аш ("ҳамтои русаш", "ҳамтои хитоиаш").

Fourth round: the place of a visit, Tajik "Маскав" (Moscow) and Kurmanji "serdana X kir" (paid a visit to X);
Turkmen "Duşenbe güni" (on Monday) opening a sentence as no Dushanbe.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Pashto: a numbered round of talks; the perfect of agreeing; the Taliban government
    case("ps-numbered-round-of-talks", "ps", DAY,
         "د ایران او پاکستان د دفاع وزیران د سه شنبې په ورځ په تهران کې د خبرو دوهم پړاو ته کېناستل.",
         [ev("meeting", ["IRN", "PAK"], date="2026-03-17")]),
    case("ps-hokra-kari-perfect-is-a-pledge", "ps", DAY,
         "د ازبکستان او افغانستان د دفاع وزیرانو هوکړه کړې ده چې د پولې امنیت به پیاوړی کړي.",
         [ev("intent", ["AFG", "UZB"])]),
    case("ps-taliban-government-in-a-list-is-afghanistan", "ps", DAY,
         "د روسیې، چین او د طالبانو د حکومت د دفاع وزارتونو استازو د سه شنبې په ورځ په مسکو کې درې اړخیزه "
         "غونډه وکړه.",
         [ev("meeting", ["AFG", "CHN", "RUS"], mode="multilateral")]),
    # ---- Kurdish: "according to a statement" names a source; a training course in Kurmanji
    case("ku-sorani-bepeyi-beyannameyek-is-a-source", "ku", DAY,
         "بەپێی بەیاننامەیەکی وەزارەتی بەرگریی ئوردن، وەزیرانی بەرگریی ئوردن و عێراق "
         "یاداشتنامەیەکی هاوکارییان واژۆ کرد.",
         [ev("agreement", ["IRQ", "JOR"], doc_type="memorandum")]),
    case("ku-kurmanji-li-gori-daxuyaniya-is-a-source", "ku", DAY,
         "Li gorî daxuyaniya wezaretê, wezîrên parastinê yên Îranê û Iraqê peymaneke hevkariyê îmze kirin.",
         [ev("agreement", ["IRN", "IRQ"])]),
    case("ku-kurmanji-training-course-is-training-given", "ku", DAY,
         "Artêşa Fransayê roja Duşemê li Silêmaniyê xuleke perwerdehiyê ya du hefteyî ji bo 80 "
         "Pêşmergeyan bi dawî kir.",
         [ev("aid", ["FRA", "IRQ"])]),
    # ---- Mongolian: peacekeepers are military; organising is no signing; the Indo-Pacific; Buryatia
    case("mn-peacekeepers-pledge-in-its-own-paragraph", "mn", DAY,
         "Монгол, Канадын Батлан хамгаалахын сайд нар өчигдөр Оттавад уулзлаа.\n\n"
         "Хоёр сайд санамж бичигт гарын үсэг зурлаа.\n\n"
         "Канадын тал Монголын энхийг сахиулагчдын бэлтгэлд туслахаа амлав.",
         [ev("meeting", ["CAN", "MNG"], date="2026-03-17"),
          ev("agreement", ["CAN", "MNG"], doc_type="memorandum"), ev("intent", ["CAN", "MNG"])]),
    case("mn-zokhion-baiguulj-is-no-signing", "mn", DAY,
         "Олон улсын “Хаан квест” сургуулилт өнөөдөр Таван толгойд эхэллээ. Монгол Улсын Зэвсэгт хүчин "
         "зохион байгуулж буй энэ удаагийн сургуульд Япон, Франц, Герман, Энэтхэг зэрэг орны цэргүүд оролцож "
         "байна.",
         [ev("exercise", ["DEU", "FRA", "IND", "JPN", "MNG"], location="MNG")]),
    case("mn-indo-pacific-is-no-india", "mn", DAY,
         "Нээлтийн дараа Батлан хамгаалахын сайд АНУ-ын Энэтхэг-Номхон далайн командлалын дэд командлагчийг "
         "хүлээн авч уулзлаа.",
         [ev("meeting", ["MNG", "USA"])]),
    case("mn-buryatia-is-russia", "mn", DAY,
         "Монгол, Оросын цэргүүдийн хамтарсан сургуулилт өнөөдөр Буриадад эхэллээ.",
         [ev("exercise", ["MNG", "RUS"], location="RUS")]),
    # ---- Kyrgyz: the future participle of helping; training of cadres discussed
    case("ky-zhardam-bere-turganyn-is-a-pledge", "ky", DAY,
         "Казакстандын Коргоо министри Казакстан Кыргызстандын чек ара кызматына жардам бере турганын "
         "билдирди.",
         [ev("intent", ["KAZ", "KGZ"])]),
    case("ky-kadrlardy-dayardoo-is-a-field-of-talks", "ky", DAY,
         "Бишкекте Кыргызстан менен Казакстандын коргоо министрлери жолугушуп, аскердик кадрларды даярдоо "
         "жана чек ара коопсуздугу тууралуу пикир алмашышты.",
         [ev("meeting", ["KAZ", "KGZ"])]),
    # ---- Turkmen: "will go on training"
    case("tk-dowam-etdirjekdigini-is-a-pledge", "tk", DAY,
         "Gazagystanyň Goranmak ministri türkmen ofiserlerini Gazagystanyň harby institutlarynda okatmagy "
         "dowam etdirjekdigini aýtdy.",
         [ev("intent", ["KAZ", "TKM"])]),
    # ---- Tajik: taking part and going on, in the present
    case("tg-participants-shirkat-dorand", "tg", DAY,
         "Машқҳои муштараки низомии Тоҷикистон ва Ӯзбекистон рӯзи душанбе оғоз шуданд.\n\n"
         "Дар машқҳо, ки то ҷумъа идома меёбанд, хизматчиёни ҳарбии Тоҷикистон, Ӯзбекистон, Қазоқистон ва "
         "Қирғизистон ширкат доранд.",
         [ev("exercise", ["KAZ", "KGZ", "TJK", "UZB"], date="2026-03")]),
    case("tg-ishtirok-mekunand-under-way", "tg", DAY,
         "Сарбозони Тоҷикистон ва Чин дар машқҳои муштарак дар Помир иштирок мекунанд.",
         [ev("exercise", ["CHN", "TJK"])]),
    # ---- second round. Persian: the counterpart "of the time" (وقت) is no name, so the background visit
    # stays apart; "پیش‌تر" with its ZWNJ; the opening ceremony names an exercise, a state hosting what is
    # to come holds no talks; "this trip" refers back
    case("fa-counterpart-of-the-time-background-visit", "fa", DAY,
         "وزیر دفاع ایران روز دوشنبه در تهران با وزیر دفاع ارمنستان دیدار کرد.\n\n"
         "وزیر دفاع ارمنستان پیش‌تر در مهر ۱۴۰۲ نیز به تهران سفر کرده و با همتای ایرانی وقت خود دیدار کرده "
         "بود.",
         [ev("meeting", ["ARM", "IRN"], date="2026-03-16"),
          ev("meeting", ["ARM", "IRN"], date="2023", historical=True)]),
    case("fa-opening-ceremony-and-future-host", "fa", DAY,
         "فرمانده نیروی دریایی ایران در مراسم آغاز رزمایش اعلام کرد که دوره بعدی رزمایش ایران و پاکستان سال "
         "آینده به میزبانی پاکستان برگزار خواهد شد.",
         [ev("intent", ["IRN", "PAK"])]),
    # ---- Hebrew: talks told as several meetings ("בפגישות") and what they discussed
    case("he-plural-meetings-discussed-threat", "he", DAY,
         "הרמטכ\"ל נפגש אתמול בוושינגטון עם מפקד צבא ארה\"ב.\n\nבפגישות דנו השניים באיום האיראני.",
         [ev("meeting", ["ISR", "USA"], date="2026-03-17")]),
    # ---- Tajik: "мавриди баррасӣ қарор доданд" (discussed) is no decision
    case("tg-mavridi-barrasi-qaror-is-no-decision", "tg", DAY,
         "Вазири мудофиаи Тоҷикистон рӯзи душанбе ҳайати низомии Эронро қабул кард. Дар мулоқот ҷонибҳо "
         "масъалаҳои ҳамкории низомиро мавриди баррасӣ қарор доданд.",
         [ev("meeting", ["IRN", "TJK"], date="2026-03-16")]),
    # ---- Pashto: a year before its month ("د ۲۰۲۴ کال په اګست کې")
    case("ps-year-kal-pa-month", "ps", DAY,
         "د افغانستان او ازبکستان د دفاع وزیرانو د ۲۰۲۴ کال په اګست کې په ترمذ کې د پولې د ساتنې د همکارۍ یو "
         "تړون لاسلیک کړی و.",
         [ev("agreement", ["AFG", "UZB"], date="2024-08", historical=True)]),
    # ---- third round. Persian hardware plurals with a ZWNJ ("جنگنده‌های", "پهپاد‌های") as military words
    case("fa-zwnj-plural-hardware-delivered", "fa", DAY,
         "روسیه روز دوشنبه نخستین محموله جنگنده‌های سوخو-۳۵ را به ایران تحویل داد.",
         [ev("aid", ["IRN", "RUS"], date="2026-03-16")]),
    case("fa-zwnj-plural-drones-delivered", "fa", DAY,
         "چین روز دوشنبه دو فروند پهپاد‌های شناسایی را به پاکستان تحویل داد.",
         [ev("aid", ["CHN", "PAK"], date="2026-03-16")]),
    # ... and a delivery talked about ("گمانه‌زنی‌ها درباره تحویل …", speculation about delivering) is none
    case("fa-speculation-about-delivery-is-none", "fa", DAY,
         "گمانه‌زنی‌ها درباره تحویل جنگنده سوخو-۳۵ روسیه به ایران بالا گرفته است.", []),
    case("fa-reports-about-sale-is-none", "fa", DAY,
         "گزارش‌هایی درباره فروش سامانه پدافند هوایی روسیه به ایران منتشر شده است.", []),
    # ---- Mongolian "эхлүүллээ" (they started it) and Nomadic Elephant by its Mongolian name
    case("mn-ekhluullee-started-it", "mn", DAY,
         "Монгол, Японы цэргүүд даваа гарагт Улаанбаатарт хамтарсан сургуулилт эхлүүллээ.",
         [ev("exercise", ["JPN", "MNG"], date="2026-03")]),
    case("mn-nomadic-elephant-by-name", "mn", DAY,
         "Монгол, Энэтхэгийн цэргүүд даваа гарагт “Номадик элефант” хамтарсан сургуулилт эхлүүллээ.",
         [ev("exercise", ["IND", "MNG"])]),
    # ---- Tajik adjectives with the possessive -аш ("бо ҳамтои русаш": with his Russian counterpart)
    case("tg-hamtoi-rusash", "tg", DAY,
         "Вазири мудофиаи Тоҷикистон рӯзи душанбе бо сафари расмӣ ба Маскав рафт ва бо ҳамтои русаш вохӯрд.",
         [ev("meeting", ["RUS", "TJK"], date="2026-03-16", mode="visit")]),
    # ---- fourth round: the visit's place. Tajik "Маскав" (Moscow); Kurmanji "serdana X kir" (visited X)
    case("tg-maskav-is-moscow", "tg", DAY,
         "Вазири мудофиаи Тоҷикистон рӯзи душанбе бо сафари корӣ ба Маскав рафт ва бо вазири мудофиаи "
         "Русия мулоқот кард.",
         [ev("meeting", ["RUS", "TJK"], date="2026-03-16", location="RUS", mode="visit")]),
    # Turkmen "Duşenbe güni" opening a sentence is Monday, no Dushanbe
    case("tk-dusenbe-guni-is-monday-no-dushanbe", "tk", DAY,
         "Duşenbe güni türkmen we gazak harby gullukçylary Hazar deňzinde bilelikdäki türgenleşik "
         "geçirdiler.",
         [ev("exercise", ["KAZ", "TKM"], date="2026-03-16", location=None)]),
    case("ku-kurmanji-serdana-x-kir-is-the-place", "ku", DAY,
         "Wezîrê Parastinê yê Iraqê roja Duşemê serdana Tirkiyeyê kir û bi hevpîşeyê xwe re civiya.",
         [ev("meeting", ["IRQ", "TUR"], date="2026-03-16", location="TUR", mode="visit")]),
    case("tg-hamtoi-khitoiash", "tg", DAY,
         "Вазири мудофиаи Тоҷикистон рӯзи душанбе дар Душанбе бо ҳамтои хитоиаш мулоқот кард.",
         [ev("meeting", ["CHN", "TJK"], date="2026-03-16")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
