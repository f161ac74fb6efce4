"""The extract stage on short Arabic, Persian and Hebrew press articles written for these tests (none of these
sentences is in tests/data/heldout/ar_me_press2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of that press: Arabic training still to begin
("ستتولى تدريب", "ستبدأ … تدريب") as a pledge, no training given; a visit under way in the present tense
("الذي يزور مصر حاليا") naming the host; the visit referred back to in order to frame it ("وتأتي الزيارة في
وقت …") as no talks with the states the framing names; Persian "کشورمان" (our country, the Iranian agencies'
word for Iran); thanks for the hosts' hospitality ("از میزبانی … قدردانی کرد") as no meeting of its own; a
forum held with a state as its host ("نشست وزرای دفاع … به میزبانی …") as no talks of the host; the Gulf
princes' style "شاهزاده" as no part of a name; Gulf ranks written with staff and branch ("الفريق الركن
بحري"), Egypt's "وزير الدفاع والإنتاج الحربي" and "رئيس أركان حرب القوات المسلحة" as titles, Crete as
Greece, the state named after "في مكتبه" (in his office: the guest's) as no venue; Hebrew support of a
state's right to defend itself ("תמיכה בזכותה של … להגן על עצמה") and "unwavering support" ("תמיכתה הבלתי
מעורערת"); the next official of a list ("ושר ההגנה הקפריסאי") as no part of the name before it.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Arabic: training still to begin is a pledge, no training given
    case("ar-sattawalla-tadrib-is-intent", "ar", DAY,
         "التقى وزير الدفاع الليبي نظيره الإيطالي في روما أمس. وأعلن الوزير الإيطالي أن بلاده ستتولى تدريب "
         "عناصر من خفر السواحل الليبي.",
         [ev("meeting", ["ITA", "LBY"], date="2026-03-17"), ev("intent", ["ITA", "LBY"])]),
    case("ar-satabda-tadrib-is-intent", "ar", DAY,
         "بحث رئيس أركان الجيش الموريتاني مع نظيره المغربي في الرباط أمس التعاون العسكري. وأكد الجانب "
         "المغربي أن المملكة ستبدأ في سبتمبر المقبل تدريب ضباط موريتانيين في الأكاديمية العسكرية بمكناس.",
         [ev("meeting", ["MAR", "MRT"]), ev("intent", ["MAR", "MRT"])]),
    # ---- Arabic: a visit under way in the present tense names the host
    case("ar-alladhi-yazur-names-the-host", "ar", DAY,
         "استقبل وزير الدفاع العراقي، اليوم الأربعاء، قائد الجيش الباكستاني والوفد المرافق له الذي يزور "
         "العراق حاليا.",
         [ev("meeting", ["IRQ", "PAK"], location="IRQ", mode="visit", date="2026-03-18")]),
    # ---- Arabic: the visit referred back to frames it; the states of the framing hold no talks
    case("ar-tati-alziyara-frames-no-talks", "ar", DAY,
         "استقبل رئيس أركان الجيش التشادي أمس في نجامينا رئيس أركان جيش النيجر. وتأتي الزيارة في وقت تحتدم "
         "فيه المعارك بين الجيش والمتمردين في الشمال، بينما تتهم الحكومة التشادية ليبيا بدعم المتمردين.",
         [ev("meeting", ["NER", "TCD"], date="2026-03-17")]),
    # ---- Arabic: Gulf ranks with staff and branch ("الفريق الركن بحري"), Egyptian titles, Crete
    case("ar-gulf-staff-naval-rank", "ar", DAY,
         "استقبل رئيس الأركان العامة للجيش الكويتي الفريق الركن بحري سالم ناصر الهاجري اليوم قائد القوات "
         "البحرية البريطانية والوفد المرافق له.",
         [ev("meeting", ["GBR", "KWT"], location="KWT", persons=["سالم ناصر الهاجري"])]),
    case("ar-egypt-minister-of-defense-and-military-production", "ar", DAY,
         "التقى وزير الدفاع والإنتاج الحربي محمود فؤاد سالم اليوم وزير الدفاع القبرصي في القاهرة.",
         [ev("meeting", ["CYP", "EGY"], location="EGY", persons=["محمود فؤاد سالم"])]),
    case("ar-egypt-chief-of-staff-of-war", "ar", DAY,
         "استقبل رئيس أركان حرب القوات المسلحة حسام الدين رشاد اليوم في القاهرة قائد الجيش الكيني.",
         [ev("meeting", ["EGY", "KEN"], location="EGY", persons=["حسام الدين رشاد"])]),
    case("ar-crete-is-greek", "ar", DAY,
         "نفذت وحدات من القوات البحرية المصرية واليونانية أمس تدريبا بحريا مشتركا قبالة جزيرة كريت.",
         [ev("exercise", ["EGY", "GRC"], location="GRC", date="2026-03-17")]),
    # ---- Persian: "our country" in the Iranian agencies is Iran
    case("fa-keshvaraman-navy-exercise", "fa", DAY,
         "نیروی دریایی کشورمان و نیروی دریایی پاکستان روز دوشنبه رزمایش مشترکی را در دریای عمان آغاز کردند.",
         [ev("exercise", ["IRN", "PAK"], date="2026-03")]),
    case("fa-keshvaraman-delegation-visit", "fa", DAY,
         "هیئتی از وزارت دفاع کشورمان روز دوشنبه با مقامات نظامی عمان در مسقط دیدار کرد.",
         [ev("meeting", ["IRN", "OMN"], location="OMN", date="2026-03-16")]),
    # ---- Persian: the royal style "شاهزاده" (prince) is no part of the name
    case("fa-shahzadeh-is-a-style", "fa", DAY,
         "شاهزاده فیصل بن سعود وزیر دفاع عربستان روز دوشنبه به تهران سفر کرد و با رئیس ستاد کل نیروهای مسلح "
         "دیدار کرد.",
         [ev("meeting", ["IRN", "SAU"], location="IRN", persons=["فیصل بن سعود"])]),
    # ---- Persian: thanks for the hospitality is no meeting of its own
    case("fa-thanks-for-hospitality-is-no-meeting", "fa", DAY,
         "تهران- وزرای دفاع ایران و ارمنستان امروز در تهران درباره همکاری‌های دفاعی گفت‌وگو کردند.\n\n"
         "آرمن سرکیسیان وزیر دفاع ارمنستان صبح امروز با امیر سرتیپ رضا کریمی وزیر دفاع دیدار کرد.\n\n"
         "در پایان این دیدار، تفاهم‌نامه همکاری نظامی دو کشور به امضای دو وزیر رسید. سرکیسیان نیز از همتای "
         "خود برای سفر به ایروان دعوت کرد.\n\n"
         "وزیر دفاع ارمنستان همچنین از میزبانی گرم طرف ایرانی قدردانی کرد.",
         [ev("meeting", ["ARM", "IRN"], location="IRN", date="2026-03-18"),
          ev("agreement", ["ARM", "IRN"], doc_type="memorandum"), ev("intent", ["ARM", "IRN"])]),
    # ---- Persian: a forum held with a state as its host is no talks of that host
    case("fa-forum-hosted-by-is-no-talks", "fa", DAY,
         "نشست وزرای دفاع کشورهای عضو سازمان پیمان امنیت جمعی روز دوشنبه به میزبانی بلاروس در مینسک "
         "برگزار شد و وزیر دفاع روسیه نیز در آن حضور داشت.",
         []),
    # ---- Hebrew: support of the right to defend itself; "unwavering support"
    case("he-right-to-defend-itself-is-support", "he", DAY,
         "שר ההגנה הבריטי שוחח אתמול בטלפון עם שר ההגנה של אוקראינה. השר הבריטי הביע תמיכה בזכותה של "
         "אוקראינה להגן על עצמה.",
         [ev("meeting", ["GBR", "UKR"], mode="phone"), ev("support", ["GBR", "UKR"])]),
    # ---- Hebrew: the next official of a list ("ושר ההגנה …") is no part of the name before it
    case("he-ve-sar-ends-the-name", "he", DAY,
         "שר ההגנה היווני יאניס פאפאס ושר ההגנה הקפריסאי אנדראס לואיזו נפגשו אתמול בניקוסיה.",
         [ev("meeting", ["CYP", "GRC"], location="CYP", persons=["יאניס פאפאס", "אנדראס לואיזו"])]),
    case("he-unwavering-support-is-support", "he", DAY,
         "שר ההגנה של יוון נפגש אתמול באתונה עם שר ההגנה של קפריסין, והביע את תמיכתה הבלתי מעורערת של יוון "
         "בקפריסין.",
         [ev("meeting", ["CYP", "GRC"]), ev("support", ["CYP", "GRC"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_the_state_after_in_his_office_is_the_guests(extractor: Any) -> None:
    """"التقى … في مكتبه قائد القوات البرية البريطانية": Arabic names the guest after "in his office", so the
    state named after it is no venue of the talks."""
    article = Article(id="case", lang="ar", lang_hint="ar", published=DAY, title=None,
                      text="التقى رئيس أركان الجيش الأردني في مكتبه اليوم قائد القوات البرية البريطانية "
                           "والوفد المرافق له.")
    events = list(extractor.extract(article).events)
    assert [e.type for e in events] == ["meeting"]
    assert events[0].location != "GBR"
