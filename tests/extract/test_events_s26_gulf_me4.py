"""The extract stage on short articles in Gulf and Middle East languages written for these tests (none of
these sentences is in tests/data/heldout/gulf_me4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of the gulf_me4 genres: joint exercises named
as a field of cooperation discussed at talks (ar "في مجالات التدريب والتمارين المشتركة"), the boarding drill
"حق الزيارة والتفتيش" (right of visit and search) that is no visit (ar), "כך מסר דובר" that reports and hands
nothing over (he), warships "با استقبال رسمی وارد بندر … شدند" on a port call, no meeting (fa), Oman's "Royal
Navy / Air Force of Oman" that are no British services (en), the singular passive "סופקה" of a delivery (he)
and "אמיר" as a first name, not the emir (he).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ar: joint exercises as a field of cooperation discussed at the talks
    case("ar-majalat-al-tadrib-wal-tamarin-is-a-field", "ar", DAY,
         "استقبل رئيس أركان القوات المسلحة الأردنية اليوم الأربعاء في عمّان قائد الجيش الإيطالي. وقد جرى "
         "خلال اللقاء بحث آفاق التعاون بين البلدين في مجالات التدريب والتمارين المشتركة.",
         [ev("meeting", ["ITA", "JOR"], date="2026-09-16")]),
    # ---- ar: the boarding drill "right of visit and search" is no visit
    case("ar-haqq-al-ziyara-wal-taftish-is-a-drill", "ar", DAY,
         "نفذت القوات البحرية الكويتية والباكستانية تدريباً بحرياً مشتركاً في الخليج العربي. وأجرت الوحدات "
         "المشاركة من البلدين تمارين على حق الزيارة والتفتيش ورماية بالمدفعية.",
         [ev("exercise", ["KWT", "PAK"])]),
    # ---- he: "כך מסר דובר" reports a statement, no handing over
    case("he-kach-masar-dover-is-a-statement", "he", DAY,
         "כוחות צה\"ל פשטו הלילה על כפר בדרום לבנון ועצרו שני חשודים. מסוק קרב של צה\"ל השמיד משגר "
         "רקטות סמוך לגבול, כך מסר דובר צה\"ל.",
         []),
    # ---- fa: warships that "entered the port with an official welcome" make a port call, no meeting
    case("fa-ba-esteghbal-vared-bandar-is-a-port-call", "fa", DAY,
         "رزمایش مشترک دریایی ایران و پاکستان امروز در دریای عمان آغاز شد. ناوچه‌های نیروی دریایی پاکستان "
         "دیروز با استقبال رسمی وارد بندر عباس شدند.",
         [ev("exercise", ["IRN", "PAK"])]),
    # ---- en: Oman's services carry the British names with "of Oman" after them
    case("en-royal-navy-of-oman-is-oman", "en", DAY,
         "Ships of the Royal Navy of Oman and the Pakistan Navy concluded a joint exercise in the Arabian "
         "Sea on Monday. Aircraft of the Royal Air Force of Oman also took part, the Omani Ministry of "
         "Defence said.",
         [ev("exercise", ["OMN", "PAK"], date="2026-09-14")]),
    # ---- he: the singular passive "סופקה" (was supplied) tells a delivery as the plural "סופקו" does
    case("he-supka-is-a-delivery", "he", DAY,
         "הסוללה הראשונה של מערכת \"כיפת ברזל\" שרכשה רומניה מישראל סופקה לצבא הרומני בחודש שעבר.",
         [ev("aid", ["ISR", "ROU"], date="2026-08")]),
    # ---- he: "אמיר" is also a first name, not the emir, when no state or article goes with it
    case("he-amir-is-a-first-name", "he", DAY,
         "משרד הביטחון חתם אתמול ביוון על הסכם לאספקת מערכות הגנה אווירית. על ההסכם חתם מנכ\"ל משרד "
         "הביטחון, אמיר לוי.",
         [ev("agreement", ["GRC", "ISR"], date="2026-09-15", persons=["אמיר לוי"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
