"""The extract stage on short articles in Arabic, Malay and Indonesian (invented officials).

Arabic writes no capitals: officials are found by the Arabic pack's `titles.name_regex` next to
their titles, ranks and counterpart words, also before a title when the name is a royal's or one
linked by بن; Egyptian spelling writes a final ي as ى (المصرى، الليبى).  A forum named by its meeting
("على هامش اجتماع وزراء دفاع الآسيان", "di sela Mesyuarat Menteri-Menteri Pertahanan ASEAN") is no
meeting of its own, and a signing told as a topic with unnamed partners ("مع الدول الصديقة",
"dengan negara-negara rakan") or between companies ("antara syarikat") is no signing between states.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # a name set off by Arabic commas after the counterpart word
    case("ar-name-between-arabic-commas", "ar", "2024-05-10",
         "التقى وزير الدفاع التركي أحمد يلماز نظيره الألباني، نيكو بالا، في أنقرة.",
         [ev("meeting", ["ALB", "TUR"], persons=["أحمد يلماز", "نيكو بالا"])]),
    # --- Arabic ------------------------------------------------------------------------------------
    case("ar-names-after-titles-and-counterpart", "ar", "2024-05-10",
         "استقبل وزير الدفاع التونسي كريم الهادي بمقر وزارة الدفاع في تونس اليوم نظيره الجزائري نبيل سعداوي، "
         "وبحث الجانبان سبل تعزيز التعاون العسكري بين البلدين.",
         [ev("meeting", ["DZA", "TUN"], date="2024-05-10", location="TUN", mode="visit",
             persons=["كريم الهادي", "نبيل سعداوي"])]),
    case("ar-names-after-ranks-with-clitic", "ar", "2024-05-10",
         "وقع اللواء الركن سالم المنصوري من القوات البرية الإماراتية والعميد الركن حمد "
         "الكواري من القوات المسلحة "
         "القطرية مذكرة تفاهم للتعاون العسكري بين الإمارات وقطر اليوم.",
         [ev("agreement", ["ARE", "QAT"], date="2024-05-10", doc_type="memorandum",
             persons=["سالم المنصوري", "حمد الكواري"])]),
    # the royal الأمير is a title before the name, as الشيخ is (session 10)
    case("ar-royal-name-before-title", "ar", "2024-05-10",
         "التقى الأمير فيصل بن سعود وزير الدفاع السعودي في الرياض اليوم وزير الدفاع البحريني الفريق الركن "
         "خالد الزياني، وبحثا التعاون الدفاعي بين البلدين.",
         [ev("meeting", ["BHR", "SAU"], location="SAU", persons=["فيصل بن سعود", "خالد الزياني"])]),
    case("ar-forum-meeting-is-no-meeting", "ar", "2024-03-14",
         "وقعت وزارة الدفاع الماليزية مذكرة تفاهم للتعاون الدفاعي مع وزارة الدفاع اليابانية على هامش اجتماع "
         "وزراء دفاع الآسيان في 12 مارس 2024.",
         [ev("agreement", ["JPN", "MYS"], date="2024-03-12", doc_type="memorandum")]),
    case("ar-signing-with-unnamed-partners-is-a-topic", "ar", "2024-05-10",
         "التقى وزير الدفاع الأردني مازن العلي اليوم نظيره العراقي سعد الجبوري وبحثا التعاون العسكري.\n"
         "وقال الوزير إن توقيع مذكرات التفاهم مع الدول الصديقة أداة مهمة من أدوات الدبلوماسية الدفاعية.",
         [ev("meeting", ["IRQ", "JOR"], date="2024-05-10", persons=["مازن العلي", "سعد الجبوري"])]),
    case("ar-egyptian-spelling-of-adjectives", "ar", "2024-05-10",
         "استقبل رئيس الأركان المصرى الفريق أحمد فتحي في القاهرة اليوم نظيره الليبى الفريق علي الورفلي لبحث "
         "التعاون العسكري.",
         [ev("meeting", ["EGY", "LBY"], location="EGY", persons=["أحمد فتحي", "علي الورفلي"])]),
    case("ar-signed-with-object-pronoun", "ar", "2024-05-10",
         "وأوضح البيان أن المذكرة التي وقعتها وزارتا الدفاع العراقية والأردنية أمس في بغداد "
         "تشمل التدريب العسكري.",
         [ev("agreement", ["IRQ", "JOR"], date="2024-05-09", location="IRQ", doc_type="memorandum")]),
    # --- Malay -------------------------------------------------------------------------------------
    case("ms-forum-meeting-is-no-meeting", "ms", "2024-03-13",
         "Malaysia dan Jepun menandatangani memorandum persefahaman kerjasama pertahanan di sela Mesyuarat "
         "Menteri-Menteri Pertahanan ASEAN di Kuala Lumpur semalam.",
         [ev("agreement", ["JPN", "MYS"], date="2024-03-12", doc_type="memorandum")]),
    case("ms-company-mou-is-no-state-signing", "ms", "2024-05-10",
         "Menteri Pertahanan Malaysia Datuk Seri Ahmad Zaki Hassan mengadakan lawatan "
         "rasmi ke Turki hari ini.\n"
         "Lawatan itu turut menyaksikan pemeteraian MoU antara syarikat Malaysia dengan sebuah syarikat "
         "pertahanan Turki.",
         [ev("meeting", ["MYS", "TUR"], date="2024-05-10", location="TUR", mode="visit")]),
    case("ms-signing-with-partner-countries-is-a-topic", "ms", "2024-05-10",
         "Menteri Pertahanan Malaysia Datuk Seri Ahmad Zaki Hassan bertemu rakan sejawatnya dari Filipina, "
         "Roberto Santos, di Putrajaya hari ini.\n"
         "Pemeteraian MoU kerjasama pertahanan dengan negara-negara rakan adalah sebahagian daripada "
         "diplomasi pertahanan negara, katanya.",
         [ev("meeting", ["MYS", "PHL"], date="2024-05-10", location="MYS")]),
    case("ms-sheikh-before-name", "ms", "2024-05-10",
         "Menteri Pertahanan Malaysia Datuk Seri Ahmad Zaki Hassan bertemu Menteri Pertahanan Qatar Sheikh "
         "Hamad bin Khalid Al Thani hari ini di Doha.",
         [ev("meeting", ["MYS", "QAT"], location="QAT",
             persons=["Ahmad Zaki Hassan", "Hamad bin Khalid Al Thani"])]),
    # --- Indonesian --------------------------------------------------------------------------------
    case("id-syekh-before-name", "id", "2024-05-10",
         "Menteri Pertahanan Indonesia Budi Santoso bertemu Menteri Pertahanan Qatar Syekh "
         "Hamad bin Khalid Al Thani "
         "hari ini di Jakarta.",
         [ev("meeting", ["IDN", "QAT"], location="IDN",
             persons=["Budi Santoso", "Hamad bin Khalid Al Thani"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_arabic_names_stop_at_function_words_and_verbs(extractor: Extractor) -> None:
    """A name after a title ends before a time word, a verb or another title; a verb before a title is no
    name."""
    from milwatch.extract.persons import find_persons

    res = extractor.resources("ar")

    def names(text: str) -> list[str]:
        spans = [(c.start, c.end, c.code) for c in res.countries.find(text)]
        return [m.surface for m in find_persons(text, res.pack, spans)]

    assert names("التقى وزير الدفاع التركي مراد يلماز اليوم في أنقرة") == ["مراد يلماز"]
    assert names("وقع العميد حسن كريمي واللواء ماجد الساعدي في بغداد") == ["حسن كريمي", "ماجد الساعدي"]
    assert names("وتابع وزير الدفاع السعودي أن التعاون مهم") == []
    assert names("وفور وصول وزير الدفاع أجريت له مراسم استقبال") == []
    assert names("عقد وزير الدفاع اجتماعًا موسعًا") == []
