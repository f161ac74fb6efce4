"""The extract stage on short articles in isiZulu, isiXhosa, chiShona, Sesotho, Setswana, Irish and Welsh,
written for these tests (none of these sentences is in tests/data/heldout/new_lingua.jsonl or in any shared
set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin the general wording the session-12 packs of these languages were
written with: noun-class, locative and possessive prefixes written onto a state's name (waseBotswana,
noMzantsi Afrika, reZimbabwe, muHarare) and onto weekdays (ngoMsombuluko, ngoLwesibini, neChipiri); verbs
with their subject and tense prefixes (wamukele, batyikitye, dzasaina) and the Sesotho and Setswana verbs
written apart (o amogetse, di saenne) in both Sesotho spellings (ts'ireletso, tshireletso); Irish initial
mutations (na hEastóine, i mBaile Átha Cliath, an tAire, an bhFrainc) and Welsh ones (yng Nghaerdydd, o Wlad
Pwyl); the Indian Ocean (oLwandlekazi LwaseNdiya) and the Shona Thursday (musi weChina) as no state; thanks
as no event; the Welsh "hyfforddi" without an object (to train, intransitive) as no training given; a
Setswana joint permanent commission (Khomišene, JPCDS) as a bilateral meeting, not a forum.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- isiZulu
    case("zu-received-in-pretoria", "zu", DAY,
         "UNgqongqoshe Wezokuvikela waseNingizimu Afrika wamukele uNgqongqoshe Wezokuvikela "
         "waseBotswana ePitoli ngoMsombuluko.",
         [ev("meeting", ["BWA", "ZAF"], mode="visit", location="ZAF", date="2026-03-16")]),
    case("zu-signed-memorandum", "zu", DAY,
         "INingizimu Afrika neZambia zisayine isivumelwano sokuqondana ngokubambisana kwezokuvikela.",
         [ev("agreement", ["ZAF", "ZMB"], doc_type="memorandum")]),
    case("zu-future-donation-is-intent", "zu", DAY,
         "IShayina izonikela ngemishini yezempi emasosheni aseZimbabwe ngonyaka ozayo.",
         [ev("intent", ["CHN", "ZWE"])]),
    case("zu-indian-ocean-is-no-state", "zu", DAY,
         "Amasosha asolwandle aseNingizimu Afrika naseMozambique enze ukuzivocavoca kwezempi okuhlanganyelwe "
         "oLwandlekazi LwaseNdiya.",
         [ev("exercise", ["MOZ", "ZAF"])]),
    case("zu-phone-call", "zu", DAY,
         "UNgqongqoshe Wezokuvikela waseNingizimu Afrika uxoxe ngocingo noNgqongqoshe Wezokuvikela "
         "waseMozambique izolo.",
         [ev("meeting", ["MOZ", "ZAF"], mode="phone", date="2026-03-17")]),
    # ---- isiXhosa
    case("xh-met-in-windhoek", "xh", DAY,
         "UMphathiswa wezoKhuselo woMzantsi Afrika udibene noMphathiswa wezoKhuselo waseNamibia eWindhoek "
         "ngoLwesibini.",
         [ev("meeting", ["NAM", "ZAF"], location="NAM", date="2026-03-17")]),
    case("xh-signed-agreement", "xh", DAY,
         "UMzantsi Afrika neTanzania batyikitye isivumelwano sentsebenziswano kwezokhuselo.",
         [ev("agreement", ["TZA", "ZAF"], doc_type="agreement")]),
    case("xh-agreed-to-hold-exercise", "xh", DAY,
         "UMzantsi Afrika neBotswana bavumelene ukuqhuba umthambo wezomkhosi odibeneyo kunyaka ozayo.",
         [ev("intent", ["BWA", "ZAF"])]),
    case("xh-remote-past-exercise-held", "xh", DAY,
         "Imikhosi yaseTshayina noMzantsi Afrika yenza umthambo wezomkhosi odibeneyo eKapa.",
         [ev("exercise", ["CHN", "ZAF"], location="ZAF")]),
    case("xh-phone-call", "xh", DAY,
         "UMphathiswa wezoKhuselo woMzantsi Afrika uthethe ngomnxeba noMphathiswa wezoKhuselo waseIndiya "
         "izolo.",
         [ev("meeting", ["IND", "ZAF"], mode="phone", date="2026-03-17")]),
    # ---- chiShona
    case("sn-received-in-harare", "sn", DAY,
         "Gurukota rezveDziviriro reZimbabwe rakagamuchira Gurukota rezveDziviriro reZambia muHarare "
         "neChipiri.",
         [ev("meeting", ["ZMB", "ZWE"], location="ZWE", date="2026-03-17")]),
    case("sn-signed-agreement", "sn", DAY,
         "Zimbabwe neMozambique dzasaina chibvumirano chekushandira pamwe kwezvechiuto.",
         [ev("agreement", ["MOZ", "ZWE"], doc_type="agreement")]),
    case("sn-gave-aircraft", "sn", DAY,
         "Russia yapa Mauto eZimbabwe ndege dzehondo nezuro.",
         [ev("aid", ["RUS", "ZWE"], date="2026-03-17")]),
    case("sn-thursday-is-no-state", "sn", DAY,
         "Mauto eZimbabwe neBotswana akaita maekisesaizi pamwe chete muBulawayo musi weChina.",
         [ev("exercise", ["BWA", "ZWE"], location="ZWE", date="2026-03-12")]),
    case("sn-exercise-began", "sn", DAY,
         "Mauto eZimbabwe neZambia akatanga maekisesaizi pamwe chete muKariba neMuvhuro.",
         [ev("exercise", ["ZMB", "ZWE"], location="ZWE", date="2026-03")]),
    # ---- Sesotho (Lesotho and South African spelling)
    case("st-met-in-pretoria", "st", DAY,
         "Letona la Ts'ireletso la Lesotho le kopane le Letona la Tshireletso la Afrika Borwa Pretoria ka "
         "Labobedi.",
         [ev("meeting", ["LSO", "ZAF"], date="2026-03-17")]),
    case("st-signed-memorandum", "st", DAY,
         "Lesotho le Afrika Boroa li saenne tumellano ea kutloisiso mabapi le ts'ireletso ea meeli.",
         [ev("agreement", ["LSO", "ZAF"], doc_type="memorandum")]),
    case("st-gave-medical-equipment", "st", DAY,
         "Amerika e fane Sesole sa Lesotho ka lisebelisoa tsa bongaka maobane.",
         [ev("aid", ["LSO", "USA"], date="2026-03-17")]),
    case("st-lesotho-spelling-exercise", "st", DAY,
         "Sesole sa Lesotho le sesole sa Afrika Boroa li qadile boikoetliso bo kopanetsoeng Maseru ka "
         "Mantaha.",
         [ev("exercise", ["LSO", "ZAF"], date="2026-03")]),
    # ---- Setswana
    case("tn-received-in-gaborone", "tn", DAY,
         "Tona ya Tshireletso ya Botswana o amogetse Tona ya Tshireletso ya Namibia kwa Gaborone ka "
         "Labobedi.",
         [ev("meeting", ["BWA", "NAM"], mode="visit", location="BWA", date="2026-03-17")]),
    case("tn-signed-memorandum", "tn", DAY,
         "Botswana le Zimbabwe di saenne tumalano ya kutlwisiso mo go tsa tshireletso.",
         [ev("agreement", ["BWA", "ZWE"], doc_type="memorandum")]),
    case("tn-joint-exercise-held", "tn", DAY,
         "Sesole sa Botswana le sesole sa Aforika Borwa di tshwere katiso e e kopanetsweng kwa Francistown.",
         [ev("exercise", ["BWA", "ZAF"], location="BWA")]),
    case("tn-joint-commission-is-bilateral", "tn", DAY,
         "Ditona tsa Tshireletso tsa Botswana le Zambia di tshwere kopano ya Khomišene ya Tshireletso "
         "(JPCDS) kwa Lusaka ka Labobedi.",
         [ev("meeting", ["BWA", "ZMB"], mode="visit", location="ZMB", date="2026-03-17")]),
    case("tn-pledged-training", "tn", DAY,
         "India e solofeditse go katisa masole a Botswana.",
         [ev("intent", ["BWA", "IND"])]),
    case("tn-phone-call", "tn", DAY,
         "Tona ya Tshireletso ya Botswana o buisane ka mogala le Tona ya Tshireletso ya Aforika Borwa "
         "maabane.",
         [ev("meeting", ["BWA", "ZAF"], mode="phone", date="2026-03-17")]),
    # ---- Irish
    case("ga-met-mutated-names", "ga", DAY,
         "Bhuail an tAire Cosanta le hAire Cosanta na hEastóine i mBaile Átha Cliath inné.",
         [ev("meeting", ["EST", "IRL"], location="IRL", date="2026-03-17")]),
    case("ga-signed-memorandum", "ga", DAY,
         "Shínigh Éire agus an Ísiltír meabhrán tuisceana ar chomhoibriú cosanta.",
         [ev("agreement", ["IRL", "NLD"], doc_type="memorandum")]),
    case("ga-agreed-to-hold-exercises", "ga", DAY,
         "D'aontaigh Éire agus an Fhrainc cleachtaí cabhlaigh comhpháirteacha a reáchtáil an bhliain "
         "seo chugainn.",
         [ev("intent", ["FRA", "IRL"])]),
    case("ga-thanks-are-no-event", "ga", DAY,
         "Ghabh an tAire Cosanta buíochas leis an bhFrainc as a tacaíocht d'Óglaigh na hÉireann.",
         []),
    case("ga-phone-genitive", "ga", DAY,
         "Bhí glao gutháin ag an Aire Cosanta le hAire Cosanta na Polainne inné.",
         [ev("meeting", ["IRL", "POL"], mode="phone", date="2026-03-17")]),
    case("ga-visit-to-ireland", "ga", DAY,
         "Thug Aire Cosanta na Fionlainne cuairt oifigiúil ar Éirinn inniu agus bhuail sé leis an "
         "Tánaiste.",
         [ev("meeting", ["FIN", "IRL"], mode="visit", location="IRL", date="2026-03-18")]),
    # ---- Welsh
    case("cy-met-in-cardiff", "cy", DAY,
         "Cyfarfu Ysgrifennydd Amddiffyn y DU â Gweinidog Amddiffyn Norwy yng Nghaerdydd ddydd Mawrth.",
         [ev("meeting", ["GBR", "NOR"], location="GBR", date="2026-03-17")]),
    case("cy-signed-agreement", "cy", DAY,
         "Llofnododd y Deyrnas Unedig a'r Almaen gytundeb amddiffyn newydd.",
         [ev("agreement", ["DEU", "GBR"], doc_type="agreement")]),
    case("cy-joint-exercise-held", "cy", DAY,
         "Mae milwyr o Wlad Pwyl wedi bod yn cymryd rhan mewn ymarfer milwrol ar y cyd gyda'r Fyddin "
         "Brydeinig ym Mannau Brycheiniog.",
         [ev("exercise", ["GBR", "POL"], location="GBR")]),
    case("cy-train-without-object-is-no-aid", "cy", DAY,
         "Mae peilotiaid o Norwy yn dod i hyfforddi gyda'r Awyrlu Brenhinol yn y Fali.",
         []),
    case("cy-visit-to-wales-mutated", "cy", DAY,
         "Ymwelodd Gweinidog Amddiffyn yr Almaen â Chymru ddydd Llun a chyfarfu ag Ysgrifennydd Amddiffyn "
         "y DU.",
         [ev("meeting", ["DEU", "GBR"], mode="visit", location="GBR", date="2026-03-16")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
