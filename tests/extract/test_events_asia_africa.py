"""The extract stage on short invented articles in Malay, Filipino, Swahili, Azerbaijani, Uzbek and Kazakh.

Each case is one article (invented officials, own sentences) and the events ../shared/eval/GUIDELINES.md
says it reports; relative dates resolve against `published`.  A case passes when every expected event is
found (same type and country set) with the fields the case states, and no other event is predicted.
Helpers and the test function follow tests/extract/test_events.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- Malay ---------------------------------------------------------------------------------
    case("ms-meeting-courtesy-call", "ms", "2025-03-14",
         "Menteri Pertahanan Malaysia, Datuk Seri Ahmad Rizal, menerima kunjungan hormat Menteri Pertahanan "
         "Vietnam, Jeneral Tran Van Minh, di Kuala Lumpur pada Selasa. Kedua-dua menteri "
         "membincangkan kerjasama "
         "latihan dan keselamatan maritim.",
         [ev("meeting", ["MYS", "VNM"], date="2025-03-11", location="MYS",
             persons=["Ahmad Rizal", "Tran Van Minh"])]),
    case("ms-agreement-memorandum", "ms", "2025-05-21",
         "Malaysia dan Jepun menandatangani memorandum persefahaman mengenai kerjasama "
         "pertahanan di Tokyo semalam.",
         [ev("agreement", ["JPN", "MYS"], date="2025-05-20", location="JPN", doc_type="memorandum")]),
    case("ms-exercise-began", "ms", "2025-06-05",
         "Latihan bersama tentera Malaysia dan Indonesia bermula di Sabah pada 3 Jun dan "
         "melibatkan 600 anggota.",
         [ev("exercise", ["IDN", "MYS"], date="2025-06", location="MYS")]),
    case("ms-aid-received-donation", "ms", "2025-03-20",
         "Tentera Darat Malaysia menerima sumbangan peralatan perubatan ketenteraan daripada Jepun semalam.",
         [ev("aid", ["JPN", "MYS"], date="2025-03-19")]),
    case("ms-irrelevant-civil-diplomacy", "ms", "2025-04-02",
         "Menteri Luar Negeri Malaysia bertemu rakan sejawatnya dari Thailand semalam untuk membincangkan "
         "perdagangan dan pelancongan.", []),
    case("ms-courtesy-call-ambassador-wire", "ms", "2025-03-12",
         "KUALA LUMPUR, 12 Mac (Bernama) -- Menteri Pertahanan Datuk Seri Ahmad Rizal hari "
         "ini menerima kunjungan "
         "hormat Duta Besar Jepun ke Malaysia, Sato Kenji, di Wisma Pertahanan.",
         [ev("meeting", ["JPN", "MYS"], date="2025-03-12", location="MYS", mode=None,
             persons=["Ahmad Rizal", "Sato Kenji"])]),
    case("ms-phone-counterpart-from-state", "ms", "2025-06-01",
         "Menteri Pertahanan Malaysia, Dato’ Seri Ahmad Rizal, mengadakan perbualan telefon dengan rakan "
         "sejawatnya dari China, Dong Wei, pada Jumaat.",
         [ev("meeting", ["CHN", "MYS"], date="2025-05-30", mode="phone",
             persons=["Ahmad Rizal", "Dong Wei"])]),
    case("ms-exercise-launched-bilateral", "ms", "2025-06-05",
         "Angkatan Tentera Malaysia dan Tentera Darat Thailand melancarkan eksesais "
         "bilateral di Kedah pada 3 Jun.",
         [ev("exercise", ["MYS", "THA"], date="2025-06")]),
    case("ms-attending-forum-is-no-meeting", "ms", "2025-06-05",
         "Menteri Pertahanan Malaysia menghadiri Mesyuarat Menteri-Menteri Pertahanan "
         "ASEAN di Vientiane, Laos "
         "semalam.", []),
    case("ms-units-received-aid-not-meeting", "ms", "2025-06-05",
         "Tentera Laut Diraja Malaysia menerima dua unit kapal peronda dari Jepun semalam.",
         [ev("aid", ["JPN", "MYS"], date="2025-06-04")]),
    case("ms-visit-referred-back-keeps-its-day", "ms", "2024-07-09",
         "BANDAR SERI BEGAWAN, Selasa, 9 Julai. - Menteri Pertahanan II Brunei, Pehin Abdul Halim, pagi tadi "
         "menerima lawatan rasmi Menteri Pertahanan Malaysia, Yang Berhormat Dato' Seri "
         "Ahmad Rizal. Lawatan rasmi "
         "Dato' Seri Ahmad Rizal itu merupakan lawatan pertama sejak beliau dilantik pada Disember 2023.",
         [ev("meeting", ["BRN", "MYS"], date="2024-07-09", location="BRN", mode="visit",
             persons=["Ahmad Rizal"])]),
    case("ms-invitation-to-visit-is-intent", "ms", "2025-06-05",
         "Menteri Pertahanan Jepun menjemput rakan sejawatnya dari Malaysia untuk melawat Tokyo tahun depan.",
         [ev("intent", ["JPN", "MYS"])]),
    case("ms-minggu-is-a-week", "ms", "2025-06-20",
         "Latihan bersama tentera Malaysia dan Brunei diadakan selama dua minggu di Miri mulai 7 Jun.",
         [ev("exercise", ["BRN", "MYS"], date="2025-06")]),
    case("ms-royal-audience", "ms", "2025-06-05",
         "BANDAR SERI BEGAWAN, Khamis, 5 Jun. - Sultan Brunei berkenan menerima mengadap Menteri Pertahanan "
         "Malaysia, Dato' Seri Ahmad Rizal, petang tadi.",
         [ev("meeting", ["BRN", "MYS"], date="2025-06-05", location="BRN", persons=["Ahmad Rizal"])]),
    # --- Filipino ------------------------------------------------------------------------------
    case("tl-meeting-visit", "tl", "2025-03-14",
         "Nakipagpulong si Defense Secretary Juan Dela Cruz kay Japanese Defense Minister Kenji Sato sa Camp "
         "Aguinaldo noong Martes. Tinalakay ng dalawang opisyal ang kooperasyong pandepensa "
         "at seguridad sa dagat.",
         [ev("meeting", ["JPN", "PHL"], date="2025-03-11", location="PHL",
             persons=["Juan Dela Cruz", "Kenji Sato"])]),
    case("tl-agreement", "tl", "2025-08-07",
         "Lumagda kahapon ang Pilipinas at Australia sa isang kasunduang pandepensa sa Maynila.",
         [ev("agreement", ["AUS", "PHL"], date="2025-08-06", location="PHL", doc_type="agreement")]),
    case("tl-exercise", "tl", "2025-04-22",
         "Nagsimula kahapon ang Balikatan joint military exercise ng mga sundalong Pilipino at "
         "Amerikano sa Zambales.",
         [ev("exercise", ["PHL", "USA"], date="2025-04", location="PHL")]),
    case("tl-intent-future-exercise", "tl", "2025-03-20",
         "Magsasagawa ang Pilipinas at Japan ng joint military exercise sa susunod na buwan.",
         [ev("intent", ["JPN", "PHL"])]),
    case("tl-aid-handover", "tl", "2025-02-07",
         "Ipinagkaloob ng Japan sa Philippine Navy ang dalawang patrol boat sa isang seremonya "
         "sa Subic noong Huwebes.",
         [ev("aid", ["JPN", "PHL"], date="2025-02-06", location="PHL")]),
    # --- Swahili -------------------------------------------------------------------------------
    case("sw-meeting-visit", "sw", "2025-03-14",
         "Waziri wa Ulinzi wa Tanzania amempokea Waziri wa Ulinzi wa Kenya jijini Dodoma "
         "siku ya Jumanne. Katika "
         "mazungumzo hayo, mawaziri hao walijadili ushirikiano wa kijeshi katika mafunzo "
         "na usalama wa mipaka.",
         [ev("meeting", ["KEN", "TZA"], date="2025-03-11", location="TZA", actor=["KEN"],
             recipient=["TZA"])]),
    case("sw-meeting-dotted-honorific", "sw", "2025-03-14",
         "Waziri wa Ulinzi wa Tanzania, Dkt. Amina Salum, amempokea Waziri wa Ulinzi wa "
         "Kenya, Bw. Peter Otieno, "
         "jijini Dodoma siku ya Jumanne.",
         [ev("meeting", ["KEN", "TZA"], date="2025-03-11", location="TZA",
             persons=["Amina Salum", "Peter Otieno"])]),
    case("sw-agreement-memorandum", "sw", "2025-09-12",
         "Tanzania na Uturuki zimesaini hati ya makubaliano ya ushirikiano wa kiulinzi jijini Ankara jana.",
         [ev("agreement", ["TUR", "TZA"], date="2025-09-11", location="TUR", doc_type="memorandum")]),
    case("sw-aid-handover", "sw", "2025-02-07",
         "China imekabidhi magari 20 ya kijeshi kwa Jeshi la Wananchi wa Tanzania katika hafla iliyofanyika "
         "jijini Dar es Salaam Alhamisi.",
         [ev("aid", ["CHN", "TZA"], date="2025-02-06", location="TZA")]),
    case("sw-exercise-long-subject", "sw", "2025-06-20",
         "Mazoezi ya pamoja ya kijeshi kati ya Jeshi la Wananchi wa Tanzania na Jeshi la "
         "Msumbiji yalianza jana "
         "mkoani Mtwara.",
         [ev("exercise", ["MOZ", "TZA"], date="2025-06", location="TZA")]),  # the verb after a long subject
    # --- Azerbaijani ---------------------------------------------------------------------------
    case("az-meeting-visit", "az", "2025-03-12",
         "Azərbaycanın müdafiə naziri general-polkovnik Elçin Məmmədov martın 11-də "
         "Bakıda rəsmi səfərdə olan "
         "Qazaxıstanın müdafiə naziri general-leytenant Ruslan Cumabəyov ilə görüşüb. Görüşdə tərəflər hərbi "
         "təhsil və müdafiə sənayesi sahəsində əməkdaşlığı müzakirə ediblər.",
         [ev("meeting", ["AZE", "KAZ"], date="2025-03-11", location="AZE", actor=["KAZ"], recipient=["AZE"],
             persons=["Elcin Memmedov", "Ruslan Cumabeyov"])]),
    case("az-meeting-visitor-in-our-country", "az", "2025-04-16",
         "Azərbaycanın müdafiə naziri Kamil Rəhimov aprelin 15-də rəsmi səfərlə ölkəmizdə "
         "olan Macarıstan Silahlı "
         "Qüvvələrinin Baş Qərargah rəisi Gabor Nagy ilə görüşüb.",
         [ev("meeting", ["AZE", "HUN"], date="2025-04-15", location="AZE", actor=["HUN"],
             recipient=["AZE"])]),
    case("az-agreement-plan", "az", "2025-03-12",
         "Azərbaycan ilə Gürcüstan arasında 2025-ci il üçün ikitərəfli hərbi əməkdaşlıq "
         "planı dünən Tbilisidə "
         "imzalanıb.",
         [ev("agreement", ["AZE", "GEO"], date="2025-03-11", location="GEO", doc_type="plan")]),
    case("az-exercise", "az", "2025-05-16",
         "Azərbaycan və Türkiyə ordularının birgə taktiki təlimi dünən Naxçıvanda keçirilib.",
         [ev("exercise", ["AZE", "TUR"], date="2025-05-15", location="AZE")]),
    case("az-intent-will-hold-exercise", "az", "2025-03-20",
         "Azərbaycan və Türkiyə orduları gələn ay Naxçıvanda birgə təlim keçirəcək.",
         [ev("intent", ["AZE", "TUR"])]),
    case("az-irrelevant-combat", "az", "2025-05-16",
         "Dünən sərhəddə atəş açılıb, iki hərbçi yaralanıb.", []),
    # --- Uzbek ---------------------------------------------------------------------------------
    case("uz-meeting-visit", "uz", "2025-04-10",
         "Oʻzbekiston Respublikasi mudofaa vaziri general-mayor Sherzod Rahimov kecha rasmiy tashrif bilan "
         "Toshkentda boʻlib turgan Qozogʻiston mudofaa vaziri general-leytenant Nurlan Bekov bilan "
         "uchrashdi.",
         [ev("meeting", ["KAZ", "UZB"], date="2025-04-09", location="UZB", actor=["KAZ"], recipient=["UZB"],
             persons=["Sherzod Rahimov", "Nurlan Bekov"])]),
    case("uz-agreement-plan-apostrophe", "uz", "2025-04-10",
         "Oʻzbekiston va Turkiya oʻrtasida 2025-yil uchun ikki tomonlama harbiy "
         "hamkorlik rejasi 9-aprel kuni "
         "Anqarada imzolandi.",
         [ev("agreement", ["TUR", "UZB"], date="2025-04-09", location="TUR", doc_type="plan")]),
    case("uz-exercise", "uz", "2025-05-16",
         "Oʻzbekiston va Hindiston qurolli kuchlarining qoʻshma taktik mashqlari kecha Termizda boshlandi.",
         [ev("exercise", ["IND", "UZB"], date="2025-05", location="UZB")]),
    case("uz-aid", "uz", "2025-02-05",
         "Turkiya Oʻzbekiston Qurolli Kuchlariga ikkita patrul katerini topshirdi.",
         [ev("aid", ["TUR", "UZB"])]),
    # --- Kazakh --------------------------------------------------------------------------------
    case("kk-meeting-visit", "kk", "2025-03-20",
         "Қазақстан Республикасының Қорғаныс министрі генерал-лейтенант Ерлан Сапаров 18 "
         "наурызда Астанада ресми "
         "сапармен жүрген Өзбекстанның қорғаныс министрі генерал-майор Бахтияр Қодиров пен кездесті.",
         [ev("meeting", ["KAZ", "UZB"], date="2025-03-18", location="KAZ", actor=["UZB"], recipient=["KAZ"],
             persons=["Ерлан Сапаров", "Бахтияр Қодиров"])]),
    case("kk-meeting-visitor-after-visit-phrase", "kk", "2025-04-16",
         "Қазақстан Қорғаныс министрі генерал-лейтенант Данияр Оспанов кеше Астанада ресми "
         "сапармен жүрген Венгрия "
         "Қарулы күштері Бас штабының бастығы генерал-лейтенант Габор Надь мырзамен кездесті.",
         [ev("meeting", ["HUN", "KAZ"], date="2025-04-15", location="KAZ", actor=["HUN"],
             recipient=["KAZ"])]),
    case("kk-agreement-plan", "kk", "2025-03-20",
         "Қазақстан мен Қырғызстан арасындағы 2025 жылға арналған әскери "
         "ынтымақтастық жоспарына кеше Бішкекте қол қойылды.",
         [ev("agreement", ["KAZ", "KGZ"], date="2025-03-19", location="KGZ", doc_type="plan")]),
    case("kk-exercise", "kk", "2025-05-16",
         "Қазақстан мен Қырғызстан әскерилерінің бірлескен тактикалық жаттығуы кеше Алматыда басталды.",
         [ev("exercise", ["KAZ", "KGZ"], date="2025-05", location="KAZ")]),
    case("kk-intent-will-hold-exercise", "kk", "2025-03-20",
         "Қазақстан мен Қырғызстан келесі айда бірлескен жаттығу өткізеді.",
         [ev("intent", ["KAZ", "KGZ"])]),
    case("kk-aid", "kk", "2025-02-05",
         "Түркия Қазақстан Қарулы күштеріне екі патрульдік катерді тапсырды.",
         [ev("aid", ["KAZ", "TUR"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
