"""The extract stage on short articles in the languages of the Caucasus, Central Asia and Belarus written for
these tests (none of these sentences is in tests/data/heldout/caucasus_ca.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of that press: Kyrgyz "тартуулады" (presented as
a gift) and "жеткирип берген" (delivered, told as background), the session of a joint commission or working
group ("комиссиясынын отуруму өттү") as a meeting, a Kyrgyz "Окуңуз да:" block of other stories' headlines
as no text; Georgian thanks told before the support they thank for ("მადლობა გადაუხადა …
მხარდაჭერისთვის") as no support; a Tajik tactical drill of one army ("машқҳои тактикӣ") as no exercise
with a state named in the next sentence, a joint one ("машқҳои тактикии муштарак") still an exercise; the
Belarusian MoD's "паступілі на ўзбраенне" (entered service) as a delivery; Armenian training named in a
list of fields of the talks ("… վերապատրաստման և … ոլորտներում") as no training given.

Second round: a visit the other side is invited to make, in the infinitive or verbal noun, is no visit (be
"запрасіў … наведаць … з візітам", ka "მიიწვია, რომ … ეწვიოს", ky "сапар менен келүүгө чакырды", tk "sapar
bilen gelmäge çagyrdy"), a visit made still is; a course taken abroad as training given (az "təlim kursu
keçiblər", ka "კურსი გაიარეს"); Tajik demonyms with the possessive and object endings ("ҳамтои қазоқашро")
or in the izofat ("ҳамтои руси худ"); Turkmen capitals in their voiced dative ("Aşgabada", "Daşkende");
a Kyrgyz plan in the present ("өткөрүүнү пландап жатышат") as an intent.

Third round: Moldova's army, "Armata Națională" / "Armatei Naționale" in the Romanian of its press, names
Moldova (Libya's, Afghanistan's and Syria's "national armies" stay theirs); an Azerbaijani delegation that
"was at" the host's ministry or general staff ("Müdafiə Nazirliyində olub") paid a visit.

Fourth round: Armenian instructors running a course for the other side's officers ("հրահանգիչները դասընթաց
են անցկացնում") as training given, cooperation in the future tense ("կհամագործակցեն", "կշարունակեն
համագործակցությունը") as an intent, peacekeeping ("խաղաղապահ*") as military; the Tajik past "омӯзонданд"
(trained) as training given.

Fifth round: Georgian supply contracts ("მიწოდების კონტრაქტი") are signings, no delivery; the body a company
signs with in the comitative ("სამინისტროსთან", "მთავრობასთან") is a state body; "დადო" (concluded);
radars as military.

Sixth round: supply and purchase contracts named by a treaty word and their object (az "tədarükünə dair
müqavilə", ky "жеткирүү боюнча келишим", tg "шартномаи таҳвил…", tk "ibermek barada şertnama") are
contracts, and the Kyrgyz one no delivery; ky "түздү" (concluded).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Kyrgyz: a gift, a delivery told as background, a joint commission's session
    case("ky-tartuulady-is-a-donation", "ky", DAY,
         "Казакстан Кыргыз Республикасынын Коргоо министрлигине 20 бирдик медициналык жабдууну тартуулады.",
         [ev("aid", ["KAZ", "KGZ"])]),
    case("ky-zhetkirip-bergen-background", "ky", DAY,
         "Кыргызстан менен Орусиянын аскерлери Ош облусунда биргелешкен тактикалык окууларды өткөрүштү. Эске "
         "салсак, Орусия 2021-жылы Кыргызстанга Ми-8 тик учактарын жеткирип берген.",
         [ev("exercise", ["KGZ", "RUS"]), ev("aid", ["KGZ", "RUS"], date="2021", historical=True)]),
    case("ky-commission-session-is-a-meeting", "ky", DAY,
         "Бишкекте 16-мартта Кыргызстан менен Казакстандын аскердик кызматташтык боюнча биргелешкен "
         "комиссиясынын отуруму өттү.",
         [ev("meeting", ["KAZ", "KGZ"], date="2026-03-16", location="KGZ")]),
    # ---- Georgian: thanks told before the support thanked for
    case("ka-thanks-before-support-is-no-support", "ka", DAY,
         "საქართველოს თავდაცვის მინისტრმა სომეხ კოლეგას მადლობა გადაუხადა საქართველოს ტერიტორიული "
         "მთლიანობის მხარდაჭერისთვის.",
         []),
    # ---- Tajik: one army's tactical drill; a joint one
    case("tg-tactical-drill-is-domestic", "tg", DAY,
         "Воҳидҳои Вазорати мудофиа дар вилояти Хатлон машқҳои тактикӣ гузарониданд. Онҳо амалҳоро дар "
         "наздикии марзи Афғонистон такмил доданд.",
         []),
    case("tg-joint-tactical-drill-is-an-exercise", "tg", DAY,
         "Низомиёни Тоҷикистон ва Қирғизистон дар вилояти Хатлон машқҳои тактикии муштарак гузарониданд.",
         [ev("exercise", ["KGZ", "TJK"], location="TJK")]),
    # ---- Belarusian: "entered service" of a delivery
    case("be-pastupili-na-uzbraenne-is-a-delivery", "be", DAY,
         "У зенітны ракетны полк Узброеных Сіл Беларусі на мінулым тыдні паступілі на ўзбраенне новыя "
         "расійскія комплексы «Тор-М2».",
         [ev("aid", ["BLR", "RUS"])]),
    case("be-pastupila-novaya-partyya-is-a-delivery", "be", DAY,
         "На аэрадром у Барановічах з Расіі паступіла новая партыя баявых верталётаў Мі-35 для ВПС Беларусі.",
         [ev("aid", ["BLR", "RUS"])]),
    # ---- Armenian: training in a list of the fields of the talks
    case("hy-training-in-a-list-of-fields-is-no-aid", "hy", DAY,
         "Պաշտպանության նախարարը մարտի 17-ին Երևանում ընդունել է Լեհաստանի պաշտպանության նախարարի տեղակալին: "
         "Կողմերը քննարկել են համագործակցությունը ռազմական կրթության, սպաների վերապատրաստման և ռազմաբժշկական "
         "ոլորտներում:",
         [ev("meeting", ["ARM", "POL"], date="2026-03-17", location="ARM")]),
    # ---- second round: a visit the other side is invited to make is no visit (an intent only)
    case("be-zaprasiu-navedac-is-no-visit", "be", DAY,
         "Міністр абароны Беларусі запрасіў казахстанскага калегу наведаць Мінск з працоўным візітам.",
         [ev("intent", ["BLR", "KAZ"])]),
    case("be-navedau-is-a-visit", "be", DAY,
         "Міністр абароны Казахстана 17 сакавіка наведаў Мінск з працоўным візітам.",
         [ev("meeting", ["BLR", "KAZ"], date="2026-03-17", location="BLR", mode="visit")]),
    case("ka-miitsvia-rom-etsvios-is-no-visit", "ka", DAY,
         "საქართველოს თავდაცვის მინისტრმა ლიტველი კოლეგა მიიწვია, რომ ოფიციალური ვიზიტით საქართველოს "
         "ეწვიოს.",
         [ev("intent", ["GEO", "LTU"])]),
    case("ka-etsvia-is-a-visit", "ka", DAY,
         "ლიტვის თავდაცვის მინისტრი 17 მარტს ოფიციალური ვიზიტით საქართველოს ეწვია.",
         [ev("meeting", ["GEO", "LTU"], date="2026-03-17", mode="visit")]),
    case("ky-keluuge-chakyrdy-is-no-visit", "ky", DAY,
         "Кыргызстандын Коргоо министри өзбекстандык кесиптешин Кыргызстанга расмий сапар менен келүүгө "
         "чакырды.",
         [ev("intent", ["KGZ", "UZB"])]),
    case("tk-gelmage-chagyrdy-is-no-visit", "tk", DAY,
         "Türkmenistanyň Goranmak ministri gazak kärdeşini Türkmenistana resmi sapar bilen gelmäge çagyrdy.",
         [ev("intent", ["KAZ", "TKM"])]),
    # ---- a course taken abroad is training given by the host; one taken at home names no other state
    case("az-telim-kursu-kechibler-abroad", "az", DAY,
         "Azərbaycan Ordusunun hərbi qulluqçuları Türkiyədə təlim kursu keçiblər.",
         [ev("aid", ["AZE", "TUR"])]),
    case("az-hazirliq-kursu-at-home-is-no-event", "az", DAY,
         "Azərbaycan Ordusunun zabitləri Bakıda hazırlıq kursunu keçib.",
         []),
    case("ka-kursi-gaiares-abroad", "ka", DAY,
         "ქართველმა ოფიცრებმა ლიტვაში სასწავლო კურსი გაიარეს.",
         [ev("aid", ["GEO", "LTU"])]),
    # ---- Tajik: a counterpart's demonym with the possessive and the object ending, or in the izofat
    case("tg-hamtoi-qazoqashro", "tg", DAY,
         "Вазири мудофиаи Тоҷикистон 17 март дар Душанбе ҳамтои қазоқашро ба ҳузур пазируфт.",
         [ev("meeting", ["KAZ", "TJK"], date="2026-03-17", location="TJK")]),
    case("tg-hamtoi-rusi-khudro", "tg", DAY,
         "Вазири мудофиаи Тоҷикистон 17 март дар Душанбе ҳамтои руси худро ба ҳузур пазируфт.",
         [ev("meeting", ["RUS", "TJK"], date="2026-03-17", location="TJK")]),
    # ---- Turkmen: a capital's voiced dative ("Aşgabada", "Daşkende") is the place
    case("tk-asgabada-is-the-place", "tk", DAY,
         "Gazagystanyň Goranmak ministri 17-nji martda Aşgabada resmi sapar bilen geldi.",
         [ev("meeting", ["KAZ", "TKM"], date="2026-03-17", location="TKM", mode="visit")]),
    case("tk-daskende-is-the-place", "tk", DAY,
         "Türkmenistanyň Goranmak ministri 17-nji martda Daşkende iş sapary bilen bardy.",
         [ev("meeting", ["TKM", "UZB"], date="2026-03-17", location="UZB", mode="visit")]),
    # ---- Kyrgyz: a plan of both sides in the present
    case("ky-plandap-zhatyshat-is-an-intent", "ky", DAY,
         "Кыргызстан менен Орусия 2027-жылы биргелешкен аскердик окууларды өткөрүүнү пландап жатышат.",
         [ev("intent", ["KGZ", "RUS"])]),
    # ---- third round: Moldova's "Armata Națională" is Moldova; other national armies stay theirs
    case("ro-armatei-nationale-is-moldova", "ro", DAY,
         "Statele Unite au donat Armatei Naționale echipamente de deminare în valoare de 2 milioane de "
         "dolari.",
         [ev("aid", ["MDA", "USA"])]),
    case("ro-armata-nationala-exercise", "ro", DAY,
         "Militari ai Armatei Nationale si militari americani au participat la un exercitiu comun.",
         [ev("exercise", ["MDA", "USA"])]),
    case("ro-armata-nationala-libiana-is-libya", "ro", DAY,
         "Rusia a livrat arme Armatei Naționale Libiene a generalului Haftar.",
         [ev("aid", ["LBY", "RUS"])]),
    # ---- Azerbaijani: a delegation "was at" the host's ministry or general staff
    case("az-nazirliyinde-olub-is-a-visit", "az", DAY,
         "Türkiyə Silahlı Qüvvələrinin nümayəndə heyəti martın 17-də Azərbaycan Müdafiə Nazirliyində olub.",
         [ev("meeting", ["AZE", "TUR"], date="2026-03-17", mode="visit")]),
    case("az-qerargahinda-olublar-is-a-visit", "az", DAY,
         "Qazaxıstan Müdafiə Nazirliyinin nümayəndələri martın 16-da Azərbaycan Ordusunun Baş Qərargahında "
         "olublar.",
         [ev("meeting", ["AZE", "KAZ"], date="2026-03-16", mode="visit")]),
    # ---- fourth round: instructors running a course for the other side; cooperation in the future tense
    case("hy-hrahangichner-dasyntac-is-training-given", "hy", DAY,
         "Մարտի 16-ից 20-ը Հայաստանում գտնվող Ֆրանսիայի ռազմական հրահանգիչները դասընթաց են անցկացնում հայ "
         "սպաների համար:",
         [ev("aid", ["ARM", "FRA"], location="ARM")]),
    case("hy-khamagortsaktsen-is-an-intent", "hy", DAY,
         "Հայաստանը և Կիպրոսը կհամագործակցեն ռազմական կրթության ոլորտում:",
         [ev("intent", ["ARM", "CYP"])]),
    case("hy-peacekeeping-is-military", "hy", DAY,
         "Հայաստանը և Հունաստանը կշարունակեն համագործակցությունը խաղաղապահության ոլորտում:",
         [ev("intent", ["ARM", "GRC"])]),
    case("tg-omuzondand-is-training-given", "tg", DAY,
         "Мутахассисони ҳарбии Русия 20 афсари тоҷикро омӯзонданд.",
         [ev("aid", ["RUS", "TJK"])]),
    # ---- fifth round: a company's supply contract with a ministry: a signing of the two states, no delivery
    case("ka-company-contract-with-the-ministry", "ka", DAY,
         "თურქულმა კომპანიამ საქართველოს თავდაცვის სამინისტროსთან ჯავშანტექნიკის მიწოდების კონტრაქტი "
         "გააფორმა.",
         [ev("agreement", ["GEO", "TUR"], doc_type="contract")]),
    case("ka-dado-radars-contract", "ka", DAY,
         "ფრანგულმა კომპანიამ საქართველოს მთავრობასთან რადარების მიწოდების ხელშეკრულება დადო.",
         [ev("agreement", ["FRA", "GEO"], doc_type="contract")]),
    case("ka-company-with-a-private-firm-is-no-event", "ka", DAY,
         "თურქულმა კომპანიამ ქართულ კერძო ფირმასთან კონტრაქტი გააფორმა.",
         []),
    # ---- sixth round: a company's supply contract with a ministry, named as a contract
    case("az-tedarukune-dair-muqavile-is-a-contract", "az", DAY,
         "İsrailin Elbit Systems şirkəti Azərbaycan Müdafiə Sənayesi Nazirliyi ilə pilotsuz uçuş "
         "aparatlarının tədarükünə dair müqavilə imzalayıb.",
         [ev("agreement", ["AZE", "ISR"], doc_type="contract")]),
    case("ky-zhetkiruu-boyuncha-kelishim-tuzdu", "ky", DAY,
         "Түркиянын Baykar компаниясы Кыргызстандын Коргоо министрлиги менен учкучсуз учуучу аппараттарды "
         "жеткирүү боюнча келишим түздү.",
         [ev("agreement", ["KGZ", "TUR"], doc_type="contract")]),
    case("ky-kelishim-tuzdu-is-a-signing", "ky", DAY,
         "Кыргызстан менен Казакстандын коргоо министрликтери аскердик кызматташтык жөнүндө келишим түздү.",
         [ev("agreement", ["KAZ", "KGZ"])]),
    case("tg-shartnomai-tahvil-is-a-contract", "tg", DAY,
         "Ширкати чинӣ бо Вазорати мудофиаи Тоҷикистон шартномаи таҳвили дронҳоро имзо кард.",
         [ev("agreement", ["CHN", "TJK"], doc_type="contract")]),
    case("tk-ibermek-barada-sertnama-is-a-contract", "tk", DAY,
         "Türkiýäniň kompaniýasy Türkmenistanyň Goranmak ministrligi bilen pilotsyz uçarlary ibermek barada "
         "şertnama baglaşdy.",
         [ev("agreement", ["TKM", "TUR"], doc_type="contract")]),
]

# cases read after boilerplate cleaning, as the pipeline reads a page
CLEANED = [
    case("ky-okunuz-da-block-is-no-text", "ky", DAY,
         "Бишкек, 18-март. /Кабар/. Кыргызстандын Коргоо министри Бишкекте Казакстандын коргоо министри "
         "менен жолугушту.\n\nОкуңуз да:\nОш шаарында аскер кызматчыларына 40 батир тапшырылды\n"
         "Нарында жаңы аскер шаарчасы курулат\n\nОкуңуз да: Талас облусунда аскер бөлүгүнө жаңы техника "
         "тапшырылды\n\nТараптар "
         "аскердик кызматташтыкты талкуулашты.",
         [ev("meeting", ["KAZ", "KGZ"], location="KGZ")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize(CASE_FIELDS, CLEANED)
def test_event_case_after_cleaning(registry: PackRegistry, extractor: Any, lang: str, published: str | None,
                                   title: str | None, text: str, expected: list[dict[str, Any]]) -> None:
    cleaned = clean_article(Article(id="case", text=text, title=title, published=published, lang=lang),
                            registry.get(lang)).clean_text or ""
    check_case(extractor, lang, published, title, cleaned, expected)
