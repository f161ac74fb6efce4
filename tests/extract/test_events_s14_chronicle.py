"""The extract stage on short articles in Russian, Ukrainian, Arabic, Dutch, Greek, Swedish and Romanian,
written for these tests (none of these sentences is in tests/data/heldout/chronicle.jsonl or in any shared
set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin general wording that long background-heavy articles use: a month
named alone after a preposition in a year-in-review or a chronology (ru "В июле", ro "În iulie", el "Τον
Μάιο"), "tomorrow" as a still-to-come signing (ru/uk "завтра", nl "morgen", sv "i morgon"), the readiness of a
unit as no offer (ru "боевой готовности", uk "оперативної готовності"), deliveries discussed as no delivery,
a ship's "visit" to a port as a port call, thanks for support as no aid, "Discuțiile au vizat" naming the
topics of talks, Arabic "في مجال التدريب" as a field and not an exercise, an exercise's planning conference
as a meeting, joint training "trainden ~ samen met", a joint purchase planned ("willen ~ inkopen"), received
equipment (uk "отримали ... гелікоптери"), the Togolese adjective in Russian, and what the parties act
against as no party (uk "для протидії", ar "لمواجهة", he "נגד", nl "tegen", el "αποτροπή", sv "mot", ro
"împotriva"), the first items of an order received (ro "a primit ... primele"), a signing expected with no
day as an intent ("Ожидается, что ... подпишут", "naar verwachting ondertekenen", "väntas underteckna"), and
the Greek accusative plural "τους υπουργούς Άμυνας" as a title.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-12"  # a Thursday
TOMORROW = "2026-11-13"

CASES = [
    # ---- a month named alone after a preposition
    case("ru-july-locative", "ru", "2026-08-20",
         "В июле моряки России и Вьетнама провели совместное учение в Камрани.",
         [ev("exercise", ["RUS", "VNM"], date="2026-07")]),
    case("ro-month-after-plain-in", "ro", "2026-04-10",
         "În martie, ministrul apărării al Bulgariei s-a întâlnit la Sofia cu omologul său român.",
         [ev("meeting", ["BGR", "ROU"], date="2026-03", location="BGR")]),
    case("el-may-accusative", "el", "2026-06-10",
         "Τον Μάιο η Ελλάδα και η Γαλλία πραγματοποίησαν κοινή στρατιωτική άσκηση στην Κρήτη.",
         [ev("exercise", ["FRA", "GRC"], date="2026-05")]),
    # ---- "tomorrow": a signing still to come, on that day
    case("ru-tomorrow-signing", "ru", DAY,
         "Министр обороны России и министр обороны Белоруссии подписывают завтра в Минске план "
         "сотрудничества.",
         [ev("agreement", ["BLR", "RUS"], date=TOMORROW, doc_type="plan")]),
    case("uk-tomorrow-signing", "uk", DAY,
         "Міністри оборони України та Польщі підписують завтра у Варшаві меморандум про співпрацю.",
         [ev("agreement", ["POL", "UKR"], date=TOMORROW, doc_type="memorandum")]),
    case("nl-morgen-signing", "nl", "2026-03-18",
         "Minister Brekelmans van Defensie en zijn Duitse ambtgenoot Boris Pistorius ondertekenen morgen in "
         "het Duitse Münster een akkoord.",
         [ev("agreement", ["DEU", "NLD"], date="2026-03-19")]),
    case("sv-i-morgon-signing", "sv", DAY,
         "Sveriges och Norges försvarsministrar undertecknar i morgon ett avtal om försvarssamarbete i Oslo.",
         [ev("agreement", ["NOR", "SWE"], date=TOMORROW)]),
    # ---- the readiness of a unit is no offer
    case("ru-combat-readiness-no-offer", "ru", DAY,
         "Министры обороны России и Армении встретились в Ереване. Они обсудили повышение боевой готовности "
         "войск.",
         [ev("meeting", ["ARM", "RUS"])]),
    case("uk-operational-readiness-no-offer", "uk", DAY,
         "Міністри оборони України та Литви зустрілися у Вільнюсі та оглянули бригаду, яка досягла повної "
         "оперативної готовності.",
         [ev("meeting", ["LTU", "UKR"])]),
    # ---- topics of talks are no events
    case("ru-discussed-deliveries-no-aid", "ru", DAY,
         "Министр обороны Армении провёл переговоры с министром обороны Индии в Ереване. Стороны обсудили "
         "подготовку армянских военнослужащих в индийских военных вузах и поставки вооружения.",
         [ev("meeting", ["ARM", "IND"])]),
    case("ro-discussions-concerned-war", "ro", DAY,
         "Ministrul apărării al Poloniei s-a întâlnit la Varșovia cu omologul său român. Discuțiile au vizat "
         "situația de securitate din regiune, marcată de războiul Rusiei împotriva Ucrainei.",
         [ev("meeting", ["POL", "ROU"])]),
    case("sv-thanks-for-support-no-aid", "sv", DAY,
         "Finlands försvarsminister tog emot sin norske kollega i Helsingfors. Han tackade Norge för det "
         "militära stödet till Finland.",
         [ev("meeting", ["FIN", "NOR"])]),
    case("ar-field-of-training-no-exercise", "ar", DAY,
         "يذكر أن وزارتي الدفاع في الأردن وإيطاليا وقعتا في عام 2016 اتفاقية للتعاون في مجال التدريب "
         "العسكري، دخلت حيز التنفيذ في العام التالي.",
         [ev("agreement", ["ITA", "JOR"], date="2016", doc_type="agreement", historical=True)]),
    # ---- a port call, a planning conference
    case("ru-visit-to-a-port-is-port-call", "ru", DAY,
         "Фрегат ВМФ России зашёл с визитом в порт Коломбо, где российские и шри-ланкийские моряки провели "
         "совместное учение.",
         [ev("exercise", ["LKA", "RUS"])]),
    case("ar-planning-conference-is-meeting", "ar", DAY,
         "عقد في عمان مؤتمر التخطيط الرئيسي لتمرين «الأسد المتأهب» بمشاركة ضباط من القوات المسلحة الأردنية "
         "والقوات المسلحة الأمريكية.",
         [ev("meeting", ["JOR", "USA"])]),
    # ---- joint training, planned purchases, received equipment, states
    case("nl-trained-together-with", "nl", "2026-03-30",
         "In maart trainden Belgische commando's twee weken samen met eenheden van het Noorse leger.",
         [ev("exercise", ["BEL", "NOR"], date="2026-03")]),
    case("nl-want-to-buy-together", "nl", DAY,
         "Nederland en Noorwegen willen samen nieuwe onderzeeboten inkopen, meldt het ministerie van "
         "Defensie.",
         [ev("intent", ["NLD", "NOR"])]),
    case("uk-received-helicopters", "uk", DAY,
         "Збройні сили Польщі отримали від США перші бойові гелікоптери Apache.",
         [ev("aid", ["POL", "USA"])]),
    case("ru-togolese-adjective", "ru", DAY,
         "Министр обороны Тоголезской Республики провёл переговоры с министром обороны России в Москве.",
         [ev("meeting", ["RUS", "TGO"], location="RUS")]),
    # ---- what the parties act against is no party (markers.target)
    case("uk-target-counter", "uk", DAY,
         "Військові Польщі та Литви провели спільні навчання для протидії Росії.",
         [ev("exercise", ["LTU", "POL"])]),
    case("ar-target-confront", "ar", DAY,
         "نفذت القوات البحرية السعودية والأمريكية تمرينا مشتركا لمواجهة إيران.",
         [ev("exercise", ["SAU", "USA"])]),
    case("he-target-against", "he", DAY,
         "צה\"ל וצבא ארה\"ב קיימו תרגיל משותף נגד איראן.",
         [ev("exercise", ["ISR", "USA"])]),
    case("nl-target-tegen", "nl", DAY,
         "Nederlandse en Duitse militairen hielden een gezamenlijke oefening tegen Rusland.",
         [ev("exercise", ["DEU", "NLD"])]),
    case("el-target-deterrence", "el", DAY,
         "Η Ελλάδα και η Κύπρος πραγματοποίησαν κοινή στρατιωτική άσκηση με στόχο την αποτροπή της Τουρκίας.",
         [ev("exercise", ["CYP", "GRC"])]),
    case("sv-target-mot", "sv", DAY,
         "Svenska och norska soldater höll en gemensam övning riktad mot Ryssland.",
         [ev("exercise", ["NOR", "SWE"])]),
    case("ro-target-impotriva", "ro", DAY,
         "Militarii României și ai SUA au desfășurat un exercițiu comun de apărare aeriană împotriva Rusiei.",
         [ev("exercise", ["ROU", "USA"])]),
    # ---- the first items of an order received or arrived (ro)
    case("ro-received-first-howitzers", "ro", "2025-11-20",
         "În noiembrie, Armata României a primit din Coreea de Sud primele obuziere autopropulsate K9.",
         [ev("aid", ["KOR", "ROU"], date="2025-11")]),
    case("ro-first-howitzers-arrived", "ro", "2025-11-20",
         "Săptămâna aceasta au sosit în România primele obuziere K9 fabricate în Coreea de Sud.",
         [ev("aid", ["KOR", "ROU"])]),
    # ---- a signing expected or intended, no day stated: an intent, no signing
    case("ru-expected-to-sign", "ru", DAY,
         "Ожидается, что Россия и Египет подпишут соглашение о военном сотрудничестве в следующем месяце.",
         [ev("intent", ["EGY", "RUS"])]),
    case("uk-expected-to-sign", "uk", DAY,
         "Очікується, що Україна та Данія підпишуть угоду про спільне виробництво зброї наступного місяця.",
         [ev("intent", ["DNK", "UKR"])]),
    case("nl-expected-to-sign", "nl", DAY,
         "Naar verwachting ondertekenen Nederland en Duitsland volgende maand een defensieakkoord.",
         [ev("intent", ["DEU", "NLD"])]),
    case("sv-expected-to-sign", "sv", DAY,
         "Sverige och Norge väntas underteckna ett försvarsavtal nästa månad.",
         [ev("intent", ["NOR", "SWE"])]),
    case("ro-expected-to-sign", "ro", DAY,
         "România și Polonia urmează să semneze luna viitoare un acord de cooperare în domeniul apărării.",
         [ev("intent", ["POL", "ROU"])]),
    case("el-expected-to-sign", "el", DAY,
         "Η Ελλάδα και η Γαλλία αναμένεται να υπογράψουν τον επόμενο μήνα συμφωνία αμυντικής συνεργασίας.",
         [ev("intent", ["FRA", "GRC"])]),
    case("ar-expected-to-sign", "ar", DAY,
         "من المتوقع أن توقع مصر والسعودية الشهر المقبل اتفاقية للتعاون العسكري.",
         [ev("intent", ["EGY", "SAU"])]),
    # ---- the accusative plural title ("με τους υπουργούς Άμυνας Νίκο Δένδια και ...")
    case("el-ministers-accusative-plural", "el", DAY,
         "Η συνεργασία Ελλάδας και Βουλγαρίας συνεχίζεται, με τους υπουργούς Άμυνας Νίκο Δένδια και Ατανάς "
         "Ζαπριάνοφ να υπογράφουν σήμερα στη Σόφια το πρόγραμμα στρατιωτικής συνεργασίας για το 2027.",
         [ev("agreement", ["BGR", "GRC"], date=DAY, doc_type="plan", persons=["Nikos Dendias"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
