"""The extract stage on short articles in Italian, Korean, Turkish, Polish, Ukrainian, Persian, Hebrew and
Indonesian, written for these tests (none of these sentences is in tests/data/heldout/multi3.jsonl or in any
shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py.  They pin general wording of articles that report several events: the US
"Secretary of War" in Hebrew as a title, no fighting word (שר המלחמה); Italian "bilaterali con X, Y e Z" as
one meeting with each state; the Turkish passive welcome ("… tarafından resmî törenle karşılandı") as a
meeting; a second commitment told in its own sentence after talks (tr "Ayrıca … karar verildi", uk "Крім
того, сторони погодилися …") as a second pledge; Polish funding pledges ("sfinansuje", "przeznaczy") and
ammunition and drones as military words;
capitals in their cases as the place of a visit (uk "до Варшави", pl "do Aten"); the Ramstein group as no
place; uk "оголосило про виділення", it "continuerà a fornire" as pledges; id foreign-made craft arriving
("buatan … tiba di") as a delivery; a Turkish "ortak tatbikat kararı" as a pledge, no exercise held;
Italian "dal"/"dalla" as the agent ("donati dal governo") as no background marker (only before a year or a
date); the Polish "czeska inicjatywa" (the ammunition initiative) as no party; Hebrew places abroad and
Israeli training areas (במינכן, בנגב); "the next day" of a tour told day by day (fa "روز بعد", he
"למחרת"); Italian spellings of capitals (Praga, Copenaghen); company words in uk and fa (which had none)
and the Polish instrumental ("z norweską firmą"), so a deal between companies is no event; "besides" and
the plural subjects opening a second commitment of the same talks (he כמו כן, it inoltre, pl ponadto, id
selain itu, ko 또한, fa همچنین) as one more pledge; a Ukrainian "пройшли курс підготовки у …" as training
given.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- the US Secretary of War (2025) is a title
    case("he-secretary-of-war-call", "he", DAY,
         "שר ההגנה של אוסטרליה שוחח אתמול בטלפון עם שר המלחמה של ארצות הברית.",
         [ev("meeting", ["AUS", "USA"], mode="phone", date="2026-03-17")]),
    # ---- Italian "bilaterali con X, Y e Z": one meeting with each
    case("it-bilaterali-con-three-states", "it", DAY,
         "La ministra della Difesa spagnola ha avuto ieri a Bruxelles bilaterali con Grecia, Romania e "
         "Canada.",
         [ev("meeting", ["ESP", "GRC"], date="2026-03-17", location="BEL"),
          ev("meeting", ["ESP", "ROU"], date="2026-03-17", location="BEL"),
          ev("meeting", ["CAN", "ESP"], date="2026-03-17", location="BEL")]),
    # ---- Turkish: the visitor welcomed in the passive
    case("tr-welcomed-passive", "tr", DAY,
         "Azerbaycan Savunma Bakanı, dün Bişkek'te Kırgızistan Savunma Bakanı tarafından askerî törenle "
         "karşılandı.",
         [ev("meeting", ["AZE", "KGZ"], mode="visit", date="2026-03-17")]),
    # ---- a second commitment of the same talks in a sentence of its own
    case("tr-besides-it-was-decided", "tr", DAY,
         "Gürcistan ve Azerbaycan genelkurmay başkanları dün Tiflis'te görüştü.\n"
         "Taraflar, gelecek yıl ortak bir dağ tatbikatı düzenlenmesi konusunda mutabık kaldı.\n"
         "Ayrıca askerî tıp alanında bir uzman grubu oluşturulmasına karar verildi.",
         [ev("meeting", ["AZE", "GEO"], date="2026-03-17"), ev("intent", ["AZE", "GEO"], date="2026-03-17"),
          ev("intent", ["AZE", "GEO"], date="2026-03-17")]),
    case("uk-besides-the-sides-agreed", "uk", DAY,
         "Міністри оборони Молдови та Румунії вчора провели зустріч у Кишиневі.\n"
         "Міністри домовилися розширити спільну підготовку військових медиків.\n"
         "Крім того, сторони погодилися провести навчання з розмінування.",
         [ev("meeting", ["MDA", "ROU"], date="2026-03-17"), ev("intent", ["MDA", "ROU"], date="2026-03-17"),
          ev("intent", ["MDA", "ROU"], date="2026-03-17")]),
    # ---- Polish: will pay for / will allocate; ammunition and drones are military words
    case("pl-will-finance-ammunition", "pl", DAY,
         "Szwecja zapowiedziała, że sfinansuje zakup amunicji artyleryjskiej dla Łotwy.",
         [ev("intent", ["LVA", "SWE"])]),
    case("pl-will-allocate-drones", "pl", DAY,
         "Dania przeznaczy 100 mln euro na drony dla Litwy.",
         [ev("intent", ["DNK", "LTU"])]),
    # ---- capitals in their cases are the place of a visit (uk "до Варшави", pl "do Aten")
    case("uk-capital-genitive-place", "uk", DAY,
         "У середу міністр оборони Молдови прибув до Варшави, де провів переговори з міністром оборони "
         "Польщі.",
         [ev("meeting", ["MDA", "POL"], location="POL", mode="visit")]),
    case("pl-capital-genitive-place", "pl", DAY,
         "Minister obrony Litwy przyleciał wczoraj do Aten, gdzie spotkał się z ministrem obrony Grecji.",
         [ev("meeting", ["GRC", "LTU"], location="GRC", date="2026-03-17")]),
    # ---- the Ramstein group is a forum, not a place in Germany
    case("pl-ramstein-group-no-place", "pl", DAY,
         "Na marginesie posiedzenia Grupy Ramstein w Brukseli minister obrony Szwecji rozmawiał wczoraj z "
         "ministrem obrony Ukrainy.",
         [ev("meeting", ["SWE", "UKR"], location="BEL", mode="multilateral", date="2026-03-17")]),
    # ---- announced funding, going on training or supplying, foreign-made craft arriving
    case("uk-announced-allocation", "uk", DAY,
         "Міністерство оборони Норвегії оголосило про виділення 500 млн крон на закупівлю зброї для України.",
         [ev("intent", ["NOR", "UKR"])]),
    case("it-will-go-on-supplying", "it", DAY,
         "La Spagna continuerà a fornire munizioni all'esercito ucraino.",
         [ev("intent", ["ESP", "UKR"])]),
    case("id-foreign-made-ships-arrived", "id", DAY,
         "Dua kapal perang buatan Korea Selatan tiba di Surabaya, Senin (16/3/2026).",
         [ev("aid", ["IDN", "KOR"], date="2026-03-16", location="IDN")]),
    # ---- Turkish: a decision to hold a joint exercise is a pledge, no exercise held
    case("tr-exercise-decision", "tr", DAY,
         "Türk ve Gürcü askerler için ortak tatbikat kararı açıklandı.",
         [ev("intent", ["GEO", "TUR"])]),
    # ---- Italian "dal"/"dalla" as the agent ("donati dal governo") tells no background
    case("it-dal-agent-no-background", "it", DAY,
         "Nel corso della visita, il ministro della Difesa tedesco ha consegnato all'esercito lituano dieci "
         "blindati donati dal governo federale.",
         [ev("meeting", ["DEU", "LTU"]), ev("aid", ["DEU", "LTU"], historical=False)]),
    # ---- the Czech ammunition initiative is a programme, not the Czech Republic as a party
    case("pl-czech-initiative-no-party", "pl", DAY,
         "Szwecja sfinansuje dostawy amunicji dla Ukrainy w ramach czeskiej inicjatywy.",
         [ev("intent", ["SWE", "UKR"])]),
    # ---- Hebrew places: capitals and cities abroad, Israeli training areas
    case("he-munich-sidelines-place", "he", DAY,
         "שר ההגנה של הולנד נפגש אתמול בשולי הכנס במינכן עם שר ההגנה של פולין.",
         [ev("meeting", ["NLD", "POL"], location="DEU", date="2026-03-17")]),
    case("he-negev-exercise-place", "he", DAY,
         "צבא יוון וצבא קפריסין קיימו בשבוע שעבר תרגיל משותף בנגב.",
         [ev("exercise", ["CYP", "GRC"], location="ISR")]),
    # ---- a tour told day by day: "the next day" counted from the day named before (fa, he)
    case("fa-next-day-of-a-tour", "fa", DAY,
         "وزیر دفاع ایران روز دوشنبه در مسکو با وزیر دفاع روسیه دیدار کرد.\n"
         "وزیر دفاع ایران روز بعد در مینسک با وزیر دفاع بلاروس دیدار کرد.",
         [ev("meeting", ["IRN", "RUS"], date="2026-03-16", location="RUS"),
          ev("meeting", ["BLR", "IRN"], date="2026-03-17", location="BLR")]),
    case("he-next-day-of-a-tour", "he", DAY,
         "שר הביטחון נפגש ביום שני באתונה עם שר ההגנה של יוון.\n"
         "למחרת נפגש שר הביטחון בניקוסיה עם שר ההגנה של קפריסין.",
         [ev("meeting", ["GRC", "ISR"], date="2026-03-16", location="GRC"),
          ev("meeting", ["CYP", "ISR"], date="2026-03-17", location="CYP")]),
    # ---- Italian spellings of capitals
    case("it-praga-place", "it", DAY,
         "Ieri il ministro della Difesa italiano ha incontrato a Praga il ministro della Difesa ceco.",
         [ev("meeting", ["CZE", "ITA"], date="2026-03-17", location="CZE")]),
    # ---- a deal between companies is no event; a ministry signing with a company is (uk and fa had no
    # company words)
    case("uk-company-deal-no-event", "uk", DAY,
         "Український виробник дронів уклав угоду з литовською компанією про спільне виробництво.",
         []),
    case("uk-ministry-contract-with-company", "uk", DAY,
         "Міністерство оборони Естонії уклало контракт з українською компанією на постачання дронів.",
         [ev("agreement", ["EST", "UKR"], doc_type="contract")]),
    case("fa-company-deal-no-event", "fa", DAY,
         "یک شرکت ایرانی با شرکت بلاروسی قراردادی برای تولید مشترک پهپاد امضا کرد.",
         []),
    case("pl-company-deal-instrumental", "pl", DAY,
         "Polska stocznia podpisała umowę z norweską firmą na dostawę systemów rakietowych.",
         []),
    # ---- two commitments of the same talks in two sentences are two pledges ("besides" opening the second)
    case("he-besides-it-was-agreed", "he", DAY,
         "שר הביטחון נפגש אתמול עם שר ההגנה של יוון.\n"
         "השרים הסכימו להרחיב את התרגילים המשותפים.\n"
         "כמו כן סוכם להקים ועדה משותפת לתעשיות ביטחוניות.",
         [ev("meeting", ["GRC", "ISR"]), ev("intent", ["GRC", "ISR"]), ev("intent", ["GRC", "ISR"])]),
    case("it-besides-it-was-decided", "it", DAY,
         "Il ministro della Difesa italiano ha incontrato ieri il ministro della Difesa greco.\n"
         "I due ministri hanno concordato di ampliare le esercitazioni congiunte.\n"
         "Inoltre è stato deciso di istituire un comitato congiunto per l'industria della difesa.",
         [ev("meeting", ["GRC", "ITA"]), ev("intent", ["GRC", "ITA"]), ev("intent", ["GRC", "ITA"])]),
    case("pl-besides-it-was-decided", "pl", DAY,
         "Minister obrony Polski spotkał się wczoraj z ministrem obrony Grecji.\n"
         "Ministrowie uzgodnili rozszerzenie wspólnych ćwiczeń.\n"
         "Ponadto postanowiono powołać wspólny komitet ds. przemysłu obronnego.",
         [ev("meeting", ["GRC", "POL"]), ev("intent", ["GRC", "POL"]), ev("intent", ["GRC", "POL"])]),
    case("id-besides-it-was-agreed", "id", DAY,
         "Menhan Indonesia bertemu Menhan Vietnam kemarin.\n"
         "Kedua menteri sepakat memperluas latihan bersama.\n"
         "Selain itu, disepakati pembentukan komite bersama industri pertahanan.",
         [ev("meeting", ["IDN", "VNM"]), ev("intent", ["IDN", "VNM"]), ev("intent", ["IDN", "VNM"])]),
    case("ko-besides-they-decided", "ko", DAY,
         "한국과 베트남 국방장관은 어제 회담을 가졌다.\n"
         "양 장관은 연합훈련을 확대하기로 합의했다.\n"
         "또한 방산 분야 공동위원회를 설치하기로 했다.",
         [ev("meeting", ["KOR", "VNM"]), ev("intent", ["KOR", "VNM"]), ev("intent", ["KOR", "VNM"])]),
    case("fa-besides-it-was-decided", "fa", DAY,
         "وزیر دفاع ایران دیروز با وزیر دفاع عراق دیدار کرد.\n"
         "دو طرف توافق کردند رزمایش‌های مشترک را گسترش دهند.\n"
         "همچنین مقرر شد کمیته مشترک صنایع دفاعی تشکیل شود.",
         [ev("meeting", ["IRN", "IRQ"]), ev("intent", ["IRN", "IRQ"]), ev("intent", ["IRN", "IRQ"])]),
    # ---- Ukrainian: a course of training passed abroad is training given by the host
    case("uk-course-passed-abroad", "uk", DAY,
         "Українські військові пройшли курс підготовки у Великій Британії.",
         [ev("aid", ["GBR", "UKR"], location="GBR")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
