"""The extract stage on short sideline-meeting articles in Arabic, Turkish, Thai, Italian, Portuguese, Polish,
Russian and Chinese written for these tests (none of these sentences is in
tests/data/heldout/sidelines2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general press wording of talks on the sidelines of a forum:
the Arabic agencies' "each on his own" written with its tanween and shadda ("كلاً على حدة", "كلٌّ على
حدة") after a list of guests received; the Turkish "toplantı yaptı" (held a meeting, the noun bare before
its verb) and "üç ülke" (the three countries) as the subject of a pledge; Turkish companies with their
possessive suffixes ("firmalarımız") as signatories acting for no state; the Thai "agreed to" with its verb
written straight after it ("ตกลงจัดการฝึกร่วม", "ตกลงขยายความร่วมมือ") and an agreement to buy ("ข้อตกลงจัดซื้อ")
as no pledge; the Thai border committees (GBC) as military; Russian decisions adopted by a session ("принят
ряд решений") as no signing; an Italian decree extending "l'autorizzazione alla cessione" as no delivery; a
Portuguese meeting that "termina na sexta-feira" (ends on Friday) as a weekday ahead.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-04-15"  # a Wednesday

CASES = [
    # ---- Arabic: guests received one by one, "each on his own" with its tanween / shadda
    case("ar-kullan-ala-hida-tanween", "ar", DAY,
         "استقبل وزير الدفاع الأردني في عمّان اليوم كلاً من وزير الدفاع الفرنسي ووزير الدفاع الإسباني، كلٌّ على "
         "حدة، وبحث معهما سبل تعزيز التعاون العسكري.",
         [ev("meeting", ["FRA", "JOR"], date=DAY, location="JOR"),
          ev("meeting", ["ESP", "JOR"], date=DAY, location="JOR")]),
    case("ar-kullan-ala-hida-accusative", "ar", DAY,
         "التقى وزير الدفاع الكويتي على هامش المعرض اليوم كلاً من وزير الدفاع الألماني ووزير الدفاع الهولندي، "
         "كلاً على حدة.",
         [ev("meeting", ["DEU", "KWT"], date=DAY, mode="multilateral"),
          ev("meeting", ["KWT", "NLD"], date=DAY, mode="multilateral")]),
    # ---- Turkish: a meeting held ("toplantı yaptı"), three countries as the subject of a pledge
    case("tr-uclu-toplanti-yapti", "tr", DAY,
         "Türkiye, Azerbaycan ve Gürcistan genelkurmay başkanları Salı günü Tiflis'te üçlü toplantı yaptı.",
         [ev("meeting", ["AZE", "GEO", "TUR"], date="2026-04-14", mode="multilateral")]),
    case("tr-uc-ulke-karar-aldi", "tr", DAY,
         "Türkiye, Azerbaycan ve Gürcistan savunma bakanları Salı günü Bakü'de üçlü toplantı yaptı. "
         "Toplantıda üç ülke, ortak tatbikatları gelecek yıl da sürdürme kararı aldı.",
         [ev("meeting", ["AZE", "GEO", "TUR"], date="2026-04-14", mode="multilateral"),
          ev("intent", ["AZE", "GEO", "TUR"])]),
    # ---- Turkish: our companies' contracts at a fair are no agreement between states
    case("tr-firmalarimiz-no-state-signing", "tr", DAY,
         "Millî Savunma Bakanı, fuar kapsamında Katar Savunma Bakanı ile bugün görüştü. Fuarda savunma "
         "sanayii firmalarımız 800 milyon dolarlık ihracat sözleşmesi imzaladı.",
         [ev("meeting", ["QAT", "TUR"], date=DAY)]),
    # ---- Thai: "agreed to" with the verb straight after it (ตกลงจัด…, ตกลงขยาย…), no ที่จะ
    case("th-toklong-chat-is-a-pledge", "th", DAY,
         "เมื่อวันที่ 14 เม.ย.2569 ผบ.ทบ.ไทย หารือกับ ผบ.ทบ.ลาว ทั้งสองฝ่ายตกลงจัดการฝึกร่วมทางบกบริเวณชายแดน "
         "ในช่วงปลายปี 2570",
         [ev("meeting", ["LAO", "THA"], date="2026-04-14"), ev("intent", ["LAO", "THA"])]),
    case("th-toklong-khayai-is-a-pledge", "th", DAY,
         "เมื่อวันที่ 14 เม.ย.2569 ผบ.ทร.ไทย หารือกับ ผบ.ทร.อินเดีย ทั้งสองฝ่ายตกลงขยายความร่วมมือด้านการฝึกศึกษา",
         [ev("meeting", ["IND", "THA"], date="2026-04-14"), ev("intent", ["IND", "THA"])]),
    # ---- Thai: an agreement to buy (ข้อตกลงจัดซื้อ) is a document, no pledge
    case("th-khotoklong-chatsue-no-pledge", "th", DAY,
         "เมื่อวันที่ 14 เม.ย.2569 รมว.กลาโหมไทย พบหารือกับ รมว.กลาโหมเกาหลีใต้ ที่กรุงโซล "
         "โดยได้หารือถึงข้อตกลงจัดซื้อเรือฟริเกต",
         [ev("meeting", ["KOR", "THA"], date="2026-04-14", location="KOR")]),
    # ---- Thai: the border committees (GBC) meet as military bodies
    case("th-gbc-is-military", "th", DAY,
         "เมื่อวันที่ 3 เม.ย.2569 GBC ไทย-ลาว ประชุมสมัยวิสามัญที่กรุงเวียงจันทน์ ประเทศลาว",
         [ev("meeting", ["LAO", "THA"], date="2026-04-03", location="LAO")]),
    # ---- Russian: decisions adopted by a body's session are no signing between states
    case("ru-prinyat-ryad-resheniy-no-signing", "ru", DAY,
         "Министры обороны Казахстана и Киргизии провели встречу на полях заседания. По итогам заседания "
         "совета принят ряд решений, в том числе о плане совместной подготовки войск на 2027 год.",
         [ev("meeting", ["KAZ", "KGZ"], date=DAY, mode="multilateral")]),
    # ---- Italian: a parliament's decree extending the authority to supply is no delivery
    case("it-autorizzazione-alla-cessione-no-aid", "it", DAY,
         "Il ministro della Difesa italiano ha ricevuto oggi a Roma il collega spagnolo. Il Senato ha "
         "approvato con 101 voti favorevoli il decreto che proroga per tutto il 2027 l'autorizzazione alla "
         "cessione di mezzi, materiali ed equipaggiamenti militari in favore dell'Ucraina.",
         [ev("meeting", ["ESP", "ITA"], date=DAY, location="ITA")]),
    # ---- Portuguese: a meeting that "termina na sexta-feira" (ends on Friday, in the present) ends ahead
    case("pt-termina-na-weekday-lies-ahead", "pt", "2026-04-16",
         "À margem da reunião, o ministro português reuniu-se ainda com o ministro da Defesa de Angola. "
         "A reunião, que junta os ministros da Defesa dos nove países, termina na sexta-feira.",
         [ev("meeting", ["AGO", "PRT"], date="2026-04-16", mode="multilateral")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
