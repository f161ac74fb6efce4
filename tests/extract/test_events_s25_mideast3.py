"""The extract stage on short articles in Arabic, Persian, Hebrew and Turkish written for these tests (none of
these sentences is in tests/data/heldout/mideast3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of the Middle East and North Africa, the
genre of the mideast3 set: the Moroccan month names of MAP and the Moroccan press ("شتنبر", "نونبر",
"دجنبر", "غشت", "يوليوز", ar), the French general ranks as MAP writes them and "the emir of the country"
(ar), "in this meeting" telling on talks already told (fa), a session of a joint ("mixed", Maghreb) military
committee as a meeting (ar), soldiers who "trained" ("התאמנו") in a joint exercise (he), trainees who "began
training" ("eğitime başladı") in the other state (tr), and companies signing with companies at a fair, which
no state signs (tr).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ar: the Moroccan month names ("دجنبر" December, "شتنبر" September)
    case("ar-dujanbir-is-december", "ar", DAY,
         "وكان وزيرا الدفاع المغربي والبرتغالي قد التقيا بلشبونة في دجنبر 2024.",
         [ev("meeting", ["MAR", "PRT"], date="2024-12", historical=True)]),
    case("ar-shutanbir-is-september", "ar", DAY,
         "وأجرت البحريتان المغربية والفرنسية تمرينا مشتركا قبالة طنجة في شتنبر 2024.",
         [ev("exercise", ["FRA", "MAR"], date="2024-09", historical=True)]),
    # ---- ar: a session of the joint ("mixed") military committee is a meeting of the two states
    case("ar-joint-military-committee-is-a-meeting", "ar", DAY,
         "وكانت الدورة الماضية للجنة العسكرية المختلطة الموريتانية الإسبانية "
         "قد انعقدت بنواكشوط في مارس 2025.",
         [ev("meeting", ["ESP", "MRT"], date="2025-03", historical=True)]),
    # ---- ar: the French general ranks as MAP writes them are a rank, no name ("الجنرال دو كور دارمي")
    case("ar-general-de-corps-d-armee-is-a-rank", "ar", DAY,
         "استقبل الجنرال دو كور دارمي عبد الرحيم الصالحي، يوم الثلاثاء بالرباط، قائد القوات البرية الفرنسية.",
         [ev("meeting", ["FRA", "MAR"], persons=["عبد الرحيم الصالحي"])]),
    # ---- ar: "the emir of the country" of the Qatari and Kuwaiti agencies is a head of state's title
    case("ar-amir-al-bilad-is-a-head-of-state", "ar", DAY,
         "استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى بالديوان الأميري اليوم وزير "
         "الدفاع الإيطالي غيدو كروسيتو، وبحث معه التعاون العسكري بين قطر وإيطاليا.",
         [ev("meeting", ["ITA", "QAT"], persons=["تميم بن حمد آل ثاني"])]),
    # ---- fa: "in this meeting" tells on the talks already told (here foreign ministers' talks), no meeting
    case("fa-dar-in-didar-is-no-new-meeting", "fa", DAY,
         "سید عباس عراقچی وزیر امور خارجه کشورمان امروز در تهران با محمد بن عبدالرحمن آل ثانی وزیر امور "
         "خارجه قطر دیدار کرد. عراقچی در این دیدار از نقش سازنده دوحه قدردانی کرد و روابط دو کشور را "
         "دوستانه خواند. در خبری دیگر، فرمانده نیروی دریایی ارتش از آمادگی رزمی ناوگان جنوب بازدید کرد.",
         []),
    # ---- he: soldiers who trained in a joint exercise with the other army
    case("he-hitamnu-is-an-exercise-held", "he", DAY,
         "באוגוסט 2024 התאמנו חיילי צה\"ל ביוון במסגרת תרגיל משותף עם הצבא היווני.",
         [ev("exercise", ["GRC", "ISR"], date="2024-08", historical=True)]),
    # ---- tr: the trainees beginning their course in the other state
    case("tr-egitime-basladi-is-training-given", "tr", DAY,
         "Pakistan Deniz Kuvvetlerine mensup 40 subay, salı günü Gölcük'teki Türk deniz üssünde "
         "eğitime başladı.",
         [ev("aid", ["PAK", "TUR"])]),
    # ---- tr: companies signing with companies at a fair, told by an official: no state signs
    case("tr-firms-sign-with-companies-is-no-agreement", "tr", DAY,
         "Savunma Sanayii Başkanı Haluk Görgün, İstanbul'daki fuarda Türk firmalarının Alman ve İtalyan "
         "şirketlerle toplam 900 milyon euroluk sözleşmeler imzaladığını söyledi.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
