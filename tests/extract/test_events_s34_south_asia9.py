"""The extract stage on short articles in South Asian languages written for these tests (none of these
sentences is in tests/data/heldout/south_asia9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the South Asian defence press, the subject
of the south_asia9 set:
- ur the simple past of an exercise with its partner ("… کے ساتھ مشترکہ مشق کی۔", "… کے ساتھ پاسیکس مشق کی
  جس میں …"): only the perfect ("مشق کی تھی") was read, "کی" alone being also "of";
- ur "دونوں قائدین" / "دونوں عسکری قائدین" (the two leaders, the two military leaders) open the pledge of a
  paragraph of its own as "دونوں رہنماؤں" does;
- te the joint vision statement ("ఉమ్మడి దార్శనిక ప్రకటన", "దార్శనిక పత్రం") is a declaration signed;
- te Delhi as Eenadu spells it ("దిల్లీలో") is a place of India;
- ta "to begin" as the Tamil Nadu press spells it ("துவங்கியது" beside "தொடங்கியது") starts an exercise;
- ne help given to the other side's forces in the past ("नेपाली सेनालाई … सहयोग गरेको थियो") is aid, as
  "हस्तान्तरण गरेको थियो" was;
- ml "will increase / expand / double" glued to എന്ന് in reported speech ("വർധിപ്പിക്കുമെന്ന് … അറിയിച്ചു") is
  a pledge, as "വർധിപ്പിക്കും" was;
- en the bases and exercise towns of Sri Lanka, Bangladesh and Nepal (Katunayake, Bandarban, Saljhandi …) are
  places of their state;
- bn the hill districts and cantonment towns of Bangladesh ("বান্দরবানে", "রাঙামাটিতে") are places of Bangladesh;
- hi "मौजूद" / "उपस्थित" (present) after an attendee ("कर्नल … मौजूद रहे") end the name.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-15"  # a Thursday

CASES = [
    # ---- ur: the simple past of an exercise with its partner
    case("ur-ke-sath-mashq-ki-is-an-exercise", "ur", DAY,
         "کراچی: پاک بحریہ کے جہاز پی این ایس سیف نے بدھ کو ملائیشیا کی بحریہ کے جہاز کے ساتھ بحیرہ عرب میں "
         "مشترکہ مشق کی۔",
         [ev("exercise", ["MYS", "PAK"], date="2026-10-14")]),
    case("ur-passex-mashq-ki-is-an-exercise", "ur", DAY,
         "کراچی: پاک بحریہ کے جہاز نے منگل کو عمان کی بحریہ کے ساتھ پاسیکس مشق کی جس میں مواصلاتی مشقیں شامل "
         "تھیں۔",
         [ev("exercise", ["OMN", "PAK"], date="2026-10-13")]),
    # ---- ur: "the two leaders" open a pledge in a paragraph of its own
    case("ur-donon-qaideen-agree-is-an-intent", "ur", DAY,
         "ترکیہ کے بری فوج کے کمانڈر جنرل سلجوق بایرکتار اوغلو نے منگل کو راولپنڈی میں آرمی چیف سے "
         "ملاقات کی۔\n\n"
         "ملاقات میں دفاعی تعاون پر تبادلہ خیال کیا گیا۔\n\n"
         "دونوں قائدین نے تربیتی تبادلوں میں اضافے پر اتفاق کیا۔",
         [ev("meeting", ["PAK", "TUR"], date="2026-10-13", location="PAK", mode="visit"),
          ev("intent", ["PAK", "TUR"], date="2026-10-13")]),
    # ---- te: the joint vision statement is a declaration
    case("te-darshanika-prakatana-is-a-declaration", "te", DAY,
         "2024 ఆగస్టులో జపాన్‌, భారత్‌ మధ్య రక్షణ సహకారంపై దార్శనిక పత్రంపై సంతకాలు జరిగాయి.",
         [ev("agreement", ["IND", "JPN"], date="2024-08", doc_type="declaration", historical=True)]),
    # ---- te: Delhi as Eenadu writes it
    case("te-dilli-is-india", "te", DAY,
         "మాల్దీవుల రక్షణ మంత్రి బుధవారం దిల్లీలో భారత రక్షణ మంత్రితో సమావేశమయ్యారు.",
         [ev("meeting", ["IND", "MDV"], date="2026-10-14", location="IND")]),
    # ---- ta: "to begin" spelled துவங்கு-
    case("ta-tuvangiyathu-begins-an-exercise", "ta", DAY,
         "புதுடில்லி: இந்தியா - பிரான்ஸ் ராணுவங்களின் கூட்டுப் பயிற்சி ராஜஸ்தானில் செவ்வாய்க்கிழமை துவங்கியது.",
         [ev("exercise", ["FRA", "IND"], date="2026-10", location="IND")]),
    # ---- ne: help given to the other side's army, in the past
    case("ne-senalai-sahayog-gareko-is-aid", "ne", DAY,
         "चीनले गत वर्ष नेपाली सेनालाई बाढी उद्धारका लागि सहयोग गरेको थियो।",
         [ev("aid", ["CHN", "NPL"], date="2025", historical=True)]),
    # ---- ml: a future increase in reported speech
    case("ml-vardhippikkumennu-is-an-intent", "ml", DAY,
         "മാലദ്വീപ് സേനയ്ക്കുള്ള പരിശീലന സീറ്റുകൾ അടുത്ത വർഷം മുതൽ വർധിപ്പിക്കുമെന്ന് ഇന്ത്യൻ നാവികസേന അറിയിച്ചു.",
         [ev("intent", ["IND", "MDV"])]),
    # ---- en: a Sri Lankan air base is a place of Sri Lanka
    case("en-katunayake-is-sri-lanka", "en", DAY,
         "The United States handed over two C-130 transport aircraft to the Sri Lanka Air Force at SLAF Base "
         "Katunayake on Tuesday.",
         [ev("aid", ["LKA", "USA"], date="2026-10-13", location="LKA")]),
    # ---- bn: a hill district where joint exercises are held is a place of Bangladesh
    case("bn-rangamatite-is-bangladesh", "bn", DAY,
         "উল্লেখ্য, গত বছর বাংলাদেশ ও ভারতের সেনাবাহিনীর যৌথ মহড়া রাঙামাটিতে অনুষ্ঠিত হয়েছিল।",
         [ev("exercise", ["BGD", "IND"], date="2025", location="BGD", historical=True)]),
    # ---- hi: "present" after an attendee's name is no part of it
    case("hi-mauzud-ends-the-name", "hi", DAY,
         "समापन समारोह में भारतीय सेना के मेजर जनरल राकेश मेहता और थाई सेना के कर्नल सोमचाई वोंग मौजूद रहे। "
         "भारत और थाईलैंड की सेनाओं के बीच संयुक्त सैन्य अभ्यास 'मैत्री' बुधवार को उमरोई में संपन्न हुआ।",
         [ev("exercise", ["IND", "THA"], date="2026-10", location="IND",
             persons=["सोमचाई वोंग", "राकेश मेहता"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
