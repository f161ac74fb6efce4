"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/mideast11.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Middle Eastern and North African defense
news, the subject of the mideast11 set:
- ar a training course "for the benefit of" the other side's personnel, as the Maghreb press writes it
  ("دورة تكوينية لفائدة ضباط من الجيش التونسي", also "تدريبية"), is training given (aid);
- ku (Kurmanji) "will continue" a training, support, aid or cooperation with the object between ("Almanya dê
  perwerdekirina … berdewam bike") is an intent, as "dê ~~ bidomîne" was; an exercise that "will last until"
  (dê heta … berdewam bike) stays no intent;
- fa security "ensured" with a long subject between ("امنیت خلیج فارس و … توسط کشورهای منطقه تأمین می‌شود")
  is no delivery, as with a short subject;
- he a supply discussed ("דנו בהמשך אספקת התחמושת", "שוחחו על אספקת") is a subject of the talks, no delivery.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- ar: a course for the benefit of the other side's personnel (Maghreb تكوين)
    case("ar-course-lifaidat-officers", "ar", DAY,
         "الرباط - افتتحت القوات المسلحة الملكية، يوم الاثنين بمركز التكوين بالمهدية، دورة تكوينية "
         "لفائدة ضباط "
         "من الجيش السنغالي في مجال الإسعافات الأولية الميدانية.",
         [ev("aid", ["MAR", "SEN"], date="2026-11-16")]),
    case("ar-courses-lifaidat-plural-training", "ar", DAY,
         "تونس - نظم الجيش الوطني التونسي هذا الأسبوع دورات تدريبية لفائدة عناصر من الجيش الليبي في مجال "
         "مكافحة الإرهاب بثكنة بوشوشة.",
         [ev("aid", ["LBY", "TUN"], date="2026-11")]),
    # ---- ku: "will continue" the training, support, aid, cooperation (Kurmanji)
    case("ku-kmr-will-continue-training", "ku", DAY,
         "Wezareta Berevaniyê ya Almanyayê ragihand ku Almanya dê sala bê jî perwerdekirina hêzên Pêşmerge "
         "berdewam bike.",
         [ev("intent", ["DEU", "IRQ"])]),
    case("ku-kmr-will-continue-support", "ku", DAY,
         "Balyozê Hollandayê li Hewlêrê got ku welatê wî dê piştgiriya leşkerî ya ji bo Pêşmerge "
         "berdewam bike.",
         [ev("intent", ["IRQ", "NLD"])]),
    case("ku-kmr-exercise-will-last-no-intent", "ku", DAY,
         "Rahênana hevbeş a artêşên Tirkiye û Azerbaycanê îro li Qersê dest pê kir û dê heta roja "
         "Înê berdewam bike.",
         [ev("exercise", ["AZE", "TUR"], date="2026-11")]),
    # ---- fa: security ensured, a long subject between, is no delivery
    case("fa-security-ensured-long-subject-no-aid", "fa", DAY,
         "فرمانده نیروی دریایی سپاه در دیدار با فرمانده نیروی دریایی قطر در تهران گفت: امنیت خلیج "
         "فارس و تنگه "
         "هرمز و دریای عمان تنها با همکاری و هم‌افزایی کشورهای ساحلی منطقه تأمین می‌شود.",
         [ev("meeting", ["IRN", "QAT"], date="2026-11-18")]),
    # ---- he: a supply discussed is no delivery
    case("he-discussed-supply-no-aid", "he", DAY,
         "שר הביטחון נפגש אתמול בברלין עם שר ההגנה הגרמני. השניים דנו במצב בעזה ובהמשך אספקת מנועי "
         "הטנקים לצה\"ל.",
         [ev("meeting", ["DEU", "ISR"], date="2026-11-17")]),
    case("he-talked-about-supply-no-aid", "he", DAY,
         "הרמטכ\"ל שוחח היום בטלפון עם מפקד צבא יוון, והשניים שוחחו על אספקת חלקי חילוף למסוקים.",
         [ev("meeting", ["GRC", "ISR"], date="2026-11-18")]),
    case("he-delivered-still-aid", "he", DAY,
         "ישראל סיפקה אתמול לצבא הפיליפינים משלוח של כלי רכב משוריינים.",
         [ev("aid", ["ISR", "PHL"], date="2026-11-17")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
