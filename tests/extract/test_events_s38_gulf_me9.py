"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/gulf_me9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Gulf, Levant, Israeli, Iranian and
Turkish defense news, the subject of the gulf_me9 set:
- he interceptors named as hardware ("טילי יירוט", "סוללות יירוט", "מערכת יירוט") are no interception
  (combat): a delivery of them is a delivery;
- he the relative "שנועדה" (that is meant) is no meeting, and a budget transferred ("העביר את תוספת התקציב")
  is no delivery;
- he the Lebanon wars ("מלחמת לבנון השנייה") named as history name no party of the news;
- tr the 1974 Cyprus operation named as history ("Kıbrıs Barış Harekâtı") names no party of the news;
- ar the Iraqi invasion of Kuwait named as history ("الغزو العراقي") names no party of the news;
- fa support of a state's right ("از حق ایران برای … حمایت می‌کند") is a support statement;
- fa a drone, missile or nationwide drill of the army ("رزمایش پهپادی", "رزمایش موشکی", "رزمایش سراسری")
  is a drill of its own forces, not joined to the state of the sentence before;
- tr hardware of domestic production handed to the own forces ("yerli üretim … teslim edildi") is no
  delivery to another state.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-09"  # a Wednesday

CASES = [
    # ---- he: interceptors as hardware are no combat
    case("he-tilei-yiruut-delivered-is-aid", "he", DAY,
         "ביום שני סיפקה גרמניה לאוקראינה טילי יירוט למערכת פטריוט.",
         [ev("aid", ["DEU", "UKR"], date="2026-12-07")]),
    case("he-solelot-yiruut-delivered-is-aid", "he", DAY,
         "ארה\"ב העבירה אתמול לסעודיה שתי סוללות יירוט חדשות.",
         [ev("aid", ["SAU", "USA"], date="2026-12-08")]),
    case("he-real-interception-stays-combat", "he", DAY,
         "מערכת כיפת ברזל ביצעה אתמול יירוט של רקטה ששוגרה מלבנון.",
         []),
    # ---- he: "that is meant" and a budget transferred, no meeting and no delivery (once the bare
    # interception noun was no combat word, these read as talks and as a delivery)
    case("he-shenoada-budget-no-meeting", "he", DAY,
         "הכנסת אישרה הלילה (שלישי) את תוספת התקציב לצה\"ל בהיקף של 9 מיליארד שקל, שנועדה בין היתר לממן "
         "הצטיידות במערכות יירוט ובתחמושת. לפי ההצעה, חלק מהרכש ימומן מכספי הסיוע הביטחוני האמריקני.",
         []),
    case("he-budget-transferred-no-aid", "he", DAY,
         "משרד האוצר העביר אתמול את תוספת התקציב למערכת הביטחון, שנועדה לממן רכש תחמושת ממפעלים בארה\"ב.",
         []),
    # ---- he: the Lebanon wars named as history
    case("he-milchemet-levanon-no-party", "he", DAY,
         "משרד הביטחון חתם אתמול על חוזה עם התעשייה האווירית לרכש מל\"טים, כעשרים שנה אחרי מלחמת לבנון "
         "השנייה.",
         []),
    # ---- tr: the Cyprus operation of 1974 named as history
    case("tr-kibris-baris-harekati-no-party", "tr", DAY,
         "Savunma Sanayii Başkanlığı, dün Ankara'da ASELSAN ile 400 milyon dolarlık bir radar sözleşmesi "
         "imzaladı. Yetkililer, 1974 Kıbrıs Barış Harekâtı'ndan sonraki ambargonun yerli üretimi "
         "hızlandırdığını hatırlattı.",
         []),
    # ---- ar: the Iraqi invasion of Kuwait named as history
    case("ar-al-ghazw-al-iraqi-no-party", "ar", DAY,
         "نفذت وحدات الجيش الكويتي اليوم تمرين \"الصمود\" بالذخيرة الحية، في ذكرى تحرير البلاد من الغزو "
         "العراقي عام 1991.",
         []),
    # ---- fa: support of a state's right to its defense
    case("fa-az-haqq-hemayat-is-support", "fa", DAY,
         "وزیر دفاع ارمنستان در دیدار با همتای ایرانی خود گفت: ایروان از حق ایران برای دفاع از خود حمایت "
         "می‌کند.",
         [ev("meeting", ["ARM", "IRN"]), ev("support", ["ARM", "IRN"])]),
    # ---- fa: the army's own drone, missile or nationwide drill
    case("fa-razmayesh-pahpadi-own-drill", "fa", DAY,
         "فرمانده نیروی زمینی ارتش امروز با وابسته نظامی عراق دیدار کرد و دو طرف درباره آموزش گفت‌وگو "
         "کردند. رزمایش پهپادی نیروی زمینی ارتش نیز امروز در اصفهان آغاز شد.",
         [ev("meeting", ["IRN", "IRQ"], date="2026-12-09")]),
    case("fa-razmayesh-sarasari-own-drill", "fa", DAY,
         "سفیر روسیه امروز با رئیس ستاد کل نیروهای مسلح دیدار کرد و دو طرف گفت‌وگو کردند. رزمایش سراسری "
         "پدافند هوایی ارتش نیز از صبح امروز آغاز شد.",
         [ev("meeting", ["IRN", "RUS"], date="2026-12-09")]),
    case("fa-joint-drone-drill-stays-joint", "fa", DAY,
         "رزمایش مشترک پهپادی ایران و بلاروس امروز در نزدیکی مینسک آغاز شد.",
         [ev("exercise", ["BLR", "IRN"])]),
    # ---- tr: domestically produced hardware delivered to the own forces
    case("tr-yerli-uretim-teslim-no-aid", "tr", DAY,
         "Bakanlık, Pakistan Deniz Kuvvetleri ile ortak tatbikat yapıldığını açıkladı. Ayrıca Hava "
         "Kuvvetlerine yerli üretim 12 insansız hava aracının teslim edildiği bildirildi.",
         [ev("exercise", ["PAK", "TUR"])]),
    case("tr-yerli-uretim-export-stays-aid", "tr", DAY,
         "Türkiye, yerli üretim 20 zırhlı aracı dün Kenya Kara Kuvvetlerine teslim etti.",
         [ev("aid", ["KEN", "TUR"], date="2026-12-08")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
