"""The extract stage on short articles in Chinese, Japanese, Korean, Hindi, Indonesian, Urdu and Thai, written
for these tests (none of these sentences is in tests/data/heldout/multi.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the
helpers are those of tests/extract/test_events.py. They pin the general wording the multi
set showed missing: Thai mine clearance and detection ("เก็บกู้ / ตรวจค้น … ทุ่นระเบิด")
as demining, no fighting, a training course given "ฝึกอบรม … ให้แก่" (training for) as aid
and no exercise, and a border named after two states ("ชายแดนไทย-กัมพูชา") as a topic and
no place; Chinese "同日", "当天" (the same day, that day) counted from the day named before,
not the publication, and what the parties act against ("针对中国…") as no party; Japanese and
Korean "同日", "이날" (the same day) likewise; Japanese "おととし" (the year before last), the
waters off a state ("インド沖で") as its place, and an MSDF escort ship (護衛艦) as Japan; Hindi
initials ("आर. हरि कुमार") that end no sentence and "उपलब्ध कराएगा / कराया" (will provide,
provided) and a signing refused ("हस्ताक्षर नहीं किए") as none; Indonesian "rencana
latihan gabungan" (a planned exercise, discussed) as no pledge and officers sent as
observers ("mengirimkan perwira sebagai pengamat") as no aid; Urdu "منعقد کریں گی" (will
hold) as a pledge and a position supported with an adjective between ("مؤقف کی مکمل
حمایت").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-12"  # a Thursday

CASES = [
    # ---- Thai
    case("th-demining-is-no-fighting", "th", DAY,
         "เมื่อวันที่ 10 มีนาคม ผู้บัญชาการทหารเรือไทยเป็นประธานในพิธีรับมอบอุปกรณ์เก็บกู้ทุ่นระเบิดใต้น้ำจากรัฐบาลญี่ปุ่น",
         [ev("aid", ["JPN", "THA"], date="2026-03-10")]),
    case("th-training-course-given", "th", DAY,
         "กองทัพนิวซีแลนด์จัดการฝึกอบรมหลักสูตรการแพทย์ทหารให้แก่กำลังพลของกองทัพเรือไทย จำนวน 20 นาย",
         [ev("aid", ["NZL", "THA"])]),
    case("th-border-named-after-states-is-a-topic", "th", DAY,
         "เมื่อวันที่ 5 มีนาคม พลเอก สมชาย ใจดี รัฐมนตรีว่าการกระทรวงกลาโหม เข้าร่วมการประชุม ณ กรุงจาการ์ตา "
         "ประเทศอินโดนีเซีย\nจากนั้น ได้พบหารือกับ พลเอก ฟาน วัน ยาง รัฐมนตรีว่าการกระทรวงกลาโหมเวียดนาม "
         "โดยได้แลกเปลี่ยนความเห็นเกี่ยวกับสถานการณ์ชายแดนไทย-กัมพูชา",
         [ev("meeting", ["THA", "VNM"], date="2026-03-05", location="IDN")]),
    # ---- Chinese
    case("zh-same-day-of-the-day-named", "zh", DAY,
         "美国国防部长5日在东京同日本防卫大臣举行会谈。美国国防部长同日还与韩国国防部长举行会谈。",
         [ev("meeting", ["JPN", "USA"], date="2026-03-05"),
          ev("meeting", ["KOR", "USA"], date="2026-03-05")]),
    case("zh-that-day-of-the-day-named", "zh", DAY,
         "3月10日，第十届国际防务论坛在北京开幕。当天下午，中国国防部长在北京会见了巴基斯坦国防部长。",
         [ev("meeting", ["CHN", "PAK"], date="2026-03-10")]),
    case("zh-target-is-no-party", "zh", DAY,
         "日本防卫大臣3日在新加坡与美国、澳大利亚防长举行三方会谈，三方同意针对中国在南海的活动加强合作。",
         [ev("meeting", ["AUS", "JPN", "USA"], mode="multilateral"), ev("intent", ["AUS", "JPN", "USA"])]),
    # ---- Japanese
    case("ja-same-day-of-the-day-named", "ja", DAY,
         "小泉防衛相は5日、東京でオーストラリアのマールズ国防相と会談した。"
         "日本の小泉防衛相は同日、フィリピンのテオドロ国防相とも会談した。",
         [ev("meeting", ["AUS", "JPN"], date="2026-03-05"),
          ev("meeting", ["JPN", "PHL"], date="2026-03-05")]),
    case("ko-that-day-of-the-day-named", "ko", DAY,
         "안규백 국방부 장관은 5일 서울에서 호주 국방장관과 회담했다. "
         "안 장관은 이날 필리핀 국방장관과도 회담했다.",
         [ev("meeting", ["AUS", "KOR"], date="2026-03-05"),
          ev("meeting", ["KOR", "PHL"], date="2026-03-05")]),
    case("ja-the-year-before-last", "ja", DAY,
         "海上自衛隊とフィリピン海軍は、おととし5月に初めて共同訓練を行った。",
         [ev("exercise", ["JPN", "PHL"], date="2024-05", historical=True)]),
    case("ja-off-a-state-is-its-place", "ja", DAY,
         "海上自衛隊とインド海軍は3日、インド沖で共同訓練を実施した。",
         [ev("exercise", ["IND", "JPN"], date="2026-03-03", location="IND")]),
    case("ja-escort-ship-is-japan", "ja", DAY,
         "護衛艦「きりさめ」は5日、ジャカルタに寄港し、インドネシア海軍と親善訓練を行った。",
         [ev("exercise", ["IDN", "JPN"], date="2026-03-05")]),
    # ---- Hindi
    case("hi-initial-ends-no-sentence", "hi", DAY,
         "नौसेना प्रमुख एडमिरल आर. हरि कुमार ने टोक्यो में जापान मैरीटाइम सेल्फ डिफेंस फोर्स के प्रमुख से मुलाकात की।",
         [ev("meeting", ["IND", "JPN"], mode="visit", location="JPN")]),
    case("hi-will-provide", "hi", DAY,
         "रक्षा मंत्री ने बताया कि भारत अगले महीने मालदीव की सेना को दो हेलीकॉप्टर उपलब्ध कराएगा।",
         [ev("intent", ["IND", "MDV"])]),
    case("hi-provided", "hi", DAY,
         "भारत ने पिछले सप्ताह वियतनाम की नौसेना को एक गश्ती पोत उपलब्ध कराया।",
         [ev("aid", ["IND", "VNM"])]),
    case("hi-signing-refused-is-none", "hi", DAY,
         "रक्षा मंत्री राजनाथ सिंह ने बुधवार को चीनी रक्षा मंत्री से मुलाकात की। "
         "भारत ने बैठक के संयुक्त बयान पर हस्ताक्षर नहीं किए।",
         [ev("meeting", ["CHN", "IND"], date="2026-03-11")]),
    # ---- Indonesian
    case("id-exercise-named-as-a-plan-is-no-pledge", "id", DAY,
         "Latihan militer multinasional resmi dibuka di Jawa Timur, Senin (9/3). Latihan ini diikuti oleh "
         "personel dari Indonesia, Amerika Serikat, Jepang, dan Australia. Panglima TNI menerima kunjungan "
         "kehormatan Komandan Armada Pasifik AS di Surabaya. Keduanya membahas rencana latihan gabungan "
         "bilateral tahun depan.",
         [ev("exercise", ["AUS", "IDN", "JPN", "USA"], date="2026-03"), ev("meeting", ["IDN", "USA"])]),
    case("id-officers-sent-as-observers-are-no-aid", "id", DAY,
         "Latihan gabungan TNI dan Angkatan Darat Australia digelar di Darwin, Senin (9/3). Sebanyak lima "
         "negara lain, antara lain Malaysia dan Brunei, mengirimkan perwira sebagai pengamat.",
         [ev("exercise", ["AUS", "IDN"], date="2026-03-09")]),
    # ---- Urdu
    case("ur-will-hold-an-exercise", "ur", DAY,
         "پاکستان اور سعودی عرب کی افواج اگلے سال مشترکہ مشق منعقد کریں گی۔",
         [ev("intent", ["PAK", "SAU"])]),
    case("ur-position-supported-with-adjective", "ur", DAY,
         "چینی وزیر دفاع نے پاکستان کے وزیر دفاع سے ملاقات میں "
         "مسئلہ کشمیر پر پاکستان کے مؤقف کی مکمل حمایت کی۔",
         [ev("meeting", ["CHN", "PAK"]), ev("support", ["CHN", "PAK"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
