"""The extract stage on short articles in Hebrew, Thai, Malay, Romanian, Dutch, Swedish, Greek and Hungarian,
written for these tests (none of these sentences is in tests/data/heldout/traps_more.jsonl or in any shared
set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin general wording of each language that the traps_more set showed
the packs lacking, most of it on the precision side: a war named as the frame or topic of talks or aid
("de oorlog in Oekraïne", "kriget i Ukraina", "războiul din Ucraina", "ukrajnai háború") makes no party; a
running total of aid ("in totaal … gegeven", "har sedan 2022 skickat … stöd", "2022 óta összesen",
"έχει δώσει συνολικά", "a oferit în total") and a technology transfer are no
delivery; an earlier pledge in a relative clause ("die België had toegezegd") is no new pledge; thanks for a
commitment or for support (Hebrew "הודה … על המחויבות", Greek "ευχαρίστησε … για τη στήριξή της") are no
pledge and no support; a quoted wish of one side ("– Vi vill fördjupa") is no pledge of both; incursions of
drones are hostile acts; a Thai capital written with its country ("ที่กรุงพนมเปญ ประเทศกัมพูชา") is a venue,
not a party.  On the recall side: the Hebrew masculine plural adjective ("כוחות בריטיים"), Thai "ที่ประชุม"
(the meeting) opening a sentence of what the parties agreed, Thai provinces as places, Malay forum names
("ASEAN Plus") that are no person, Romanian pluperfect signings ("semnase"), the letter of offer and
acceptance (LOA) as a contract and Romania's "Ministerul Apărării Naționale", Dutch "samen geoefend".
A news agency named with its state ("den ryska nyhetsbyrån", "agenției ruse", "סוכנות הידיעות הרוסית") is no
party either.
The terms of a signed agreement ("Acordul prevede livrarea", "voorziet in de levering", "Avtalet innebär att …
levererar", "memperuntukkan … membekalkan", "ההסכם קובע כי … תספק", "กำหนดให้…") are no delivery or pledge.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Hebrew
    case("he-plural-adjective", "he", DAY,
         "צה\"ל וכוחות בריטיים קיימו השבוע תרגיל משותף בנגב.",
         [ev("exercise", ["GBR", "ISR"])]),
    case("he-thanks-for-commitment", "he", DAY,
         "שר הביטחון הודה לשגריר צרפת על המחויבות של צרפת לביטחון ישראל.",
         []),
    # ---- Thai
    case("th-the-meeting-agreed", "th", DAY,
         "รัฐมนตรีว่าการกระทรวงกลาโหมไทยพบกับรัฐมนตรีว่าการกระทรวงกลาโหมลาว ที่กรุงเวียงจันทน์ เมื่อวันที่ "
         "16 มี.ค. 2569\n"
         "ที่ประชุมได้ตกลงร่วมกันที่จะจัดการฝึกร่วมตามแนวชายแดนในปีหน้า",
         [ev("meeting", ["LAO", "THA"], location="LAO"), ev("intent", ["LAO", "THA"])]),
    case("th-capital-with-country-is-a-venue", "th", DAY,
         "รัฐมนตรีว่าการกระทรวงกลาโหมไทยหารือกับรัฐมนตรีว่าการกระทรวงกลาโหมเวียดนาม ที่กรุงพนมเปญ "
         "ประเทศกัมพูชา "
         "เมื่อวันที่ 16 มี.ค. 2569",
         [ev("meeting", ["THA", "VNM"], location="KHM")]),
    case("th-province-is-a-place", "th", DAY,
         "กองทัพเรือไทยและกองทัพเรืออินเดียเปิดการฝึกร่วมที่ จ.ชลบุรี เมื่อวันที่ 16 มี.ค. 2569",
         [ev("exercise", ["IND", "THA"], location="THA")]),
    # ---- Malay: a forum's name is no person
    case("ms-forum-name-no-person", "ms", DAY,
         "Menteri Pertahanan Malaysia mengadakan pertemuan dengan Setiausaha Pertahanan Amerika Syarikat, "
         "John Carter, "
         "di luar Mesyuarat Menteri-Menteri Pertahanan ASEAN Plus di ibu negara, semalam.\n"
         "Pada hari yang sama, Carter dan Menteri Pertahanan India, Ravi Kumar menandatangani perjanjian "
         "rangka kerja "
         "pertahanan antara kedua-dua negara.",
         [ev("meeting", ["MYS", "USA"], mode="multilateral"), ev("agreement", ["IND", "USA"])]),
    # ---- Romanian
    case("ro-pluperfect-signing", "ro", DAY,
         "În martie 2023, România semnase cu Franța un contract pentru două submarine.",
         [ev("agreement", ["FRA", "ROU"], date="2023-03", historical=True, doc_type="contract")]),
    case("ro-letter-of-offer-and-acceptance", "ro", DAY,
         "Ministerul Apărării Naționale a semnat luni cu Guvernul SUA scrisoarea de ofertă și acceptare "
         "pentru "
         "sisteme HIMARS suplimentare.",
         [ev("agreement", ["ROU", "USA"], date="2026-03-16", doc_type="contract")]),
    case("ro-war-as-topic", "ro", DAY,
         "Miniștrii apărării din România și Bulgaria au discutat luni, la Sofia, despre războiul din "
         "Ucraina.",
         [ev("meeting", ["BGR", "ROU"], location="BGR")]),
    case("ro-drone-incursions", "ro", DAY,
         "Ministerul Apărării a anunțat că incursiunile dronelor rusești în spațiul aerian al Republicii "
         "Moldova "
         "vor fi discutate de aliați.",
         []),
    # ---- Dutch
    case("nl-earlier-pledge-in-relative-clause", "nl", DAY,
         "Vorige week werden de tanks die België had toegezegd aan Oekraïne overgedragen.",
         [ev("aid", ["BEL", "UKR"])]),
    case("nl-running-total", "nl", DAY,
         "Duitsland heeft sinds 2022 in totaal ruim 40 miljard euro aan militaire steun aan Oekraïne "
         "gegeven.",
         []),
    case("nl-war-as-topic", "nl", DAY,
         "De ministers van Defensie van Nederland en Polen bespraken maandag in Warschau de oorlog in "
         "Oekraïne.",
         [ev("meeting", ["NLD", "POL"])]),
    case("nl-technology-transfer", "nl", DAY,
         "Volgens het ministerie van Defensie gaat de aankoop van Zuid-Koreaanse houwitsers gepaard met "
         "overdracht "
         "van technologie naar de Belgische industrie.",
         []),
    case("nl-trained-together", "nl", DAY,
         "Duitse en Nederlandse mariniers hebben vorige maand samen geoefend in Noorwegen.",
         [ev("exercise", ["DEU", "NLD"], location="NOR")]),
    # ---- Swedish
    case("sv-running-total", "sv", DAY,
         "Norge har sedan 2022 skickat militärt stöd till Ukraina för över 60 miljarder kronor.",
         []),
    case("sv-war-as-topic", "sv", DAY,
         "Sveriges och Finlands försvarsministrar diskuterade kriget i Ukraina vid ett möte i Helsingfors i "
         "måndags.",
         [ev("meeting", ["FIN", "SWE"])]),
    case("sv-quoted-wish", "sv", DAY,
         "– Vi vill fördjupa samarbetet med Estlands försvarsmakt, sa överbefälhavaren.",
         []),
    # ---- Greek, Hungarian, Malay: thanks for support; a war or crisis as the topic
    case("el-thanks-for-support", "el", DAY,
         "Ο υπουργός Εθνικής Άμυνας ευχαρίστησε την Κύπρο για τη στήριξή της.",
         []),
    case("hu-war-as-topic", "hu", DAY,
         "Magyarország és Szlovákia honvédelmi miniszterei hétfőn Pozsonyban tárgyaltak az ukrajnai "
         "háborúról.",
         [ev("meeting", ["HUN", "SVK"])]),
    case("ms-conflict-as-topic", "ms", DAY,
         "Menteri Pertahanan Malaysia dan Menteri Pertahanan Indonesia membincangkan konflik Rusia-Ukraine "
         "di Jakarta semalam.",
         [ev("meeting", ["IDN", "MYS"])]),
    # ---- running totals of aid since the war began are no delivery (el, hu, ro)
    case("el-running-total", "el", DAY,
         "Η Γερμανία έχει δώσει συνολικά στρατιωτική βοήθεια ύψους 40 δισ. ευρώ στην Ουκρανία από το 2022.",
         []),
    case("el-delivery-still-read", "el", DAY,
         "Η Ελλάδα παρέδωσε στην Κύπρο στρατιωτικά οχήματα.",
         [ev("aid", ["CYP", "GRC"])]),
    case("hu-running-total", "hu", DAY,
         "Németország 2022 óta összesen 40 milliárd euró katonai segítséget nyújtott Ukrajnának.",
         []),
    case("hu-delivery-still-read", "hu", DAY,
         "Magyarország katonai segítséget nyújtott Bosznia-Hercegovinának a múlt héten.",
         [ev("aid", ["BIH", "HUN"])]),
    case("ro-running-total", "ro", DAY,
         "Germania a oferit în total Ucrainei ajutor militar de peste 40 de miliarde de euro din 2022.",
         []),
    case("ro-donation-still-read", "ro", DAY,
         "România a donat Republicii Moldova ajutor militar în valoare de 5 milioane de euro.",
         [ev("aid", ["MDA", "ROU"])]),
    # ---- a news agency named with its state reports the news; its state is no party
    case("sv-news-agency-state", "sv", DAY,
         "Enligt den ryska nyhetsbyrån Tass träffade Sveriges försvarsminister sin finska kollega i "
         "Helsingfors.",
         [ev("meeting", ["FIN", "SWE"])]),
    case("nl-news-agency-state", "nl", DAY,
         "Volgens het Chinese persbureau Xinhua ontmoette de Nederlandse minister van Defensie zijn Poolse "
         "collega in Warschau.",
         [ev("meeting", ["NLD", "POL"])]),
    case("ro-news-agency-state", "ro", DAY,
         "Potrivit agenției ruse TASS, ministrul apărării din România s-a întâlnit cu ministrul apărării din "
         "Bulgaria la Sofia.",
         [ev("meeting", ["BGR", "ROU"])]),
    case("hu-news-agency-state", "hu", DAY,
         "Az orosz TASZSZ hírügynökség szerint a magyar honvédelmi miniszter Belgrádban tárgyalt szerb "
         "kollégájával.",
         [ev("meeting", ["HUN", "SRB"])]),
    case("el-news-agency-state", "el", DAY,
         "Σύμφωνα με το τουρκικό πρακτορείο Anadolu, ο Έλληνας υπουργός Άμυνας συναντήθηκε με τον Κύπριο "
         "ομόλογό του στη Λευκωσία.",
         [ev("meeting", ["CYP", "GRC"])]),
    case("ms-news-agency-state", "ms", DAY,
         "Menurut agensi berita China Xinhua, Menteri Pertahanan Malaysia bertemu Menteri Pertahanan "
         "Indonesia di Jakarta.",
         [ev("meeting", ["IDN", "MYS"])]),
    case("he-news-agency-state", "he", DAY,
         "לפי סוכנות הידיעות הרוסית, שר הביטחון נפגש עם שר ההגנה היווני באתונה.",
         [ev("meeting", ["GRC", "ISR"])]),
    # ---- Thai: a hope of one side is no pledge; an agreement still is
    case("th-hope-no-pledge", "th", DAY,
         "รัฐมนตรีว่าการกระทรวงกลาโหมไทยกล่าวว่า หวังว่าญี่ปุ่นจะสนับสนุนความร่วมมือด้านกลาโหมกับไทยต่อไป",
         []),
    case("th-agreement-then-hope", "th", DAY,
         "รัฐมนตรีว่าการกระทรวงกลาโหมไทยและญี่ปุ่นตกลงที่จะขยายความร่วมมือด้านกลาโหม เมื่อวันที่ 16 มี.ค. 2569 "
         "และหวังว่าจะได้พบกันอีก",
         [ev("intent", ["JPN", "THA"])]),
    # ---- the terms of a signed agreement are no delivery or pledge of their own; a delivery still is one
    case("ro-terms-of-agreement", "ro", DAY,
         "Acordul prevede livrarea a 20 de vehicule blindate din Germania către România până în 2028.",
         []),
    case("ro-delivery-still-read", "ro", DAY,
         "Germania a livrat României 20 de vehicule blindate.",
         [ev("aid", ["DEU", "ROU"])]),
    case("nl-terms-of-agreement", "nl", DAY,
         "De overeenkomst voorziet in de levering van 20 pantservoertuigen door Duitsland aan Nederland.",
         []),
    case("sv-terms-of-agreement", "sv", DAY,
         "Avtalet innebär att Tyskland levererar 20 pansarfordon till Sverige.",
         []),
    case("sv-delivery-still-read", "sv", DAY,
         "Tyskland levererade i måndags 20 pansarfordon till Sverige.",
         [ev("aid", ["DEU", "SWE"], date="2026-03-16")]),
    case("ms-terms-of-agreement", "ms", DAY,
         "Perjanjian itu memperuntukkan Jepun membekalkan 20 kenderaan perisai kepada Malaysia.",
         []),
    case("he-terms-of-agreement", "he", DAY,
         "ההסכם קובע כי גרמניה תספק לישראל 20 כלי רכב משוריינים.",
         []),
    case("th-terms-of-agreement", "th", DAY,
         "ข้อตกลงดังกล่าวกำหนดให้เยอรมนีส่งมอบยานเกราะ 20 คันให้แก่ไทย",
         []),
    case("th-delivery-still-read", "th", DAY,
         "เยอรมนีส่งมอบยานเกราะ 20 คันให้แก่กองทัพบกไทย เมื่อวันที่ 16 มี.ค. 2569",
         [ev("aid", ["DEU", "THA"], date="2026-03-16")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
