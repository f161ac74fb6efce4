"""The extract stage on short articles in the native-language press of South and Southeast Asia (Malay,
Filipino, Thai, Bengali, Urdu, Tamil, Telugu, Marathi), written for these tests (none of these sentences is in
tests/data/heldout/s_se_asia.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of that press: an earlier edition of an exercise told
in a sentence of its own ("Edisi lalu diadakan di …", "Ang nakaraang edisyon ay ginanap …", "ครั้งก่อนจัดขึ้น
ที่…", "এর আগের আসরটি … অনুষ্ঠিত হয়", "گزشتہ ایڈیشن … منعقد ہوا تھا", "முந்தைய பதிப்பு … நடைபெற்றது", "గత విడత
… జరిగింది", "मागील आवृत्ती … पार पडली"); a Bengali exercise or its edition that "took place" ("এই মহড়ার
পঞ্চম পর্ব হয়েছিল"); a Thai warfare field trained or studied ("สงครามไซเบอร์", "สงครามอิเล็กทรอนิกส์") as no
fighting.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- a warfare field as the subject of training is no combat (th)
    case("th-warfare-field-is-no-combat", "th", DAY,
         "ผู้บัญชาการทหารสูงสุดของไทยเดินทางเยือนญี่ปุ่นอย่างเป็นทางการเมื่อวันที่ 16 มี.ค. 2569\n\n"
         "ทั้งสองฝ่ายเห็นพ้องที่จะร่วมกันฝึกด้านสงครามอิเล็กทรอนิกส์และสงครามไซเบอร์ในปีหน้า",
         [ev("meeting", ["JPN", "THA"], date="2026-03-16", mode="visit"), ev("intent", ["JPN", "THA"])]),
    # ---- an earlier edition of the exercise, told in a sentence of its own
    case("ms-edisi-lalu-diadakan", "ms", DAY,
         "Latihan bersama Kris Strike antara Tentera Darat Malaysia dan Tentera Darat Amerika Syarikat "
         "bermula di Pahang semalam. Edisi lalu diadakan di Sabah pada Ogos tahun lalu.",
         [ev("exercise", ["MYS", "USA"], date="2026-03"),
          ev("exercise", ["MYS", "USA"], date="2025-08", historical=True)]),
    case("tl-nakaraang-edisyon-ginanap", "tl", DAY,
         "Sinimulan noong Lunes ang Exercise Kasangga ng Philippine Army at Malaysian Army sa Tarlac. Ang "
         "nakaraang edisyon ay ginanap sa Sabah noong Hunyo 2025.",
         [ev("exercise", ["MYS", "PHL"], date="2026-03"),
          ev("exercise", ["MYS", "PHL"], date="2025-06", historical=True)]),
    case("th-khrang-kon-jat-khuen", "th", DAY,
         "กองทัพเรือไทยและกองทัพเรือสิงคโปร์เริ่มการฝึกผสม Singsiam เมื่อวันที่ 16 มี.ค. 2569 ที่อ่าวไทย\n\n"
         "ครั้งก่อนจัดขึ้นที่สิงคโปร์ เมื่อเดือนสิงหาคม 2567",
         [ev("exercise", ["SGP", "THA"], date="2026-03"),
          ev("exercise", ["SGP", "THA"], date="2024-08", location="SGP", historical=True)]),
    case("bn-ager-asor-onushthito", "bn", DAY,
         "বাংলাদেশ ও ভারতের নৌবাহিনীর যৌথ মহড়া ‘বঙ্গোসাগর’ মঙ্গলবার বঙ্গোপসাগরে শুরু হয়েছে। এর আগের আসরটি "
         "২০২৩ সালের মে মাসে বিশাখাপত্তনমে অনুষ্ঠিত হয়।",
         [ev("exercise", ["BGD", "IND"], date="2026-03"),
          ev("exercise", ["BGD", "IND"], date="2023-05", historical=True)]),
    case("bn-mohra-porbo-hoyechhilo", "bn", DAY,
         "বাংলাদেশ ও ভারতের নৌবাহিনীর যৌথ মহড়া ‘বঙ্গোসাগর’ মঙ্গলবার বঙ্গোপসাগরে শুরু হয়েছে। ২০২৩ সালের মে "
         "মাসে বিশাখাপত্তনমে এই মহড়ার পঞ্চম পর্ব হয়েছিল।",
         [ev("exercise", ["BGD", "IND"], date="2026-03"),
          ev("exercise", ["BGD", "IND"], date="2023-05", historical=True)]),
    case("ur-guzishta-edition-munaqid", "ur", DAY,
         "پاکستان اور ترکیہ کی بحری افواج کی مشترکہ مشق پیر کو کراچی میں شروع ہوگئی۔ گزشتہ ایڈیشن اگست 2024 "
         "میں استنبول میں منعقد ہوا تھا۔",
         [ev("exercise", ["PAK", "TUR"], date="2026-03"),
          ev("exercise", ["PAK", "TUR"], date="2024-08", location="TUR", historical=True)]),
    case("ta-munthaiya-pathippu-nadaiperrathu", "ta", DAY,
         "இந்திய, இலங்கை ராணுவங்களின் கூட்டுப் பயிற்சி 'மித்ர சக்தி' திங்கள்கிழமை புணேயில் தொடங்கியது. முந்தைய "
         "பதிப்பு 2024 ஆகஸ்டில் இலங்கையில் நடைபெற்றது.",
         [ev("exercise", ["IND", "LKA"], date="2026-03"),
          ev("exercise", ["IND", "LKA"], date="2024-08", historical=True)]),
    case("te-gata-vidata-jarigindi", "te", DAY,
         "భారత్‌-ఫ్రాన్స్‌ సైన్యాల సంయుక్త విన్యాసాలు 'శక్తి' సోమవారం మేఘాలయలో ప్రారంభమయ్యాయి. గత విడత 2024 "
         "మేలో ఫ్రాన్స్‌లో జరిగింది.",
         [ev("exercise", ["FRA", "IND"], date="2026-03"),
          ev("exercise", ["FRA", "IND"], date="2024-05", location="FRA", historical=True)]),
    case("mr-magil-avrutti-par-padli", "mr", DAY,
         "भारत आणि फ्रान्सच्या लष्करांचा 'शक्ती' हा संयुक्त सराव सोमवारी मेघालयात सुरू झाला. मागील आवृत्ती मे "
         "२०२४ मध्ये फ्रान्समध्ये पार पडली होती.",
         [ev("exercise", ["FRA", "IND"], date="2026-03"),
          ev("exercise", ["FRA", "IND"], date="2024", location="FRA", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
