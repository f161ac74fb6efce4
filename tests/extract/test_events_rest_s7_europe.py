"""The extract stage on short articles in Baltic, East Slavic, Balkan, Hungarian and Central Asian
languages (et, lv, lt, be, bg, hu, sq, ky, tg), written for these tests with invented or unnamed
officials (session 7, Europe/Central Asia helper).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers
are those of tests/extract/test_events.py.  They pin general wording of each language: Estonian
"Balti" (Baltic) that is no Moldovan city, support told with a noun ("toetust ...
terviklikkusele"), Latvian exercise verbs in the present ("noslēdzas", "piedalās") with "units"
as the troops, Belarusian impersonal passives ("дамоўлена", "было вырашана"), "вайскоўцы" as
troops, the one-China principle as a position supported, studies at military schools that are
no exercise, Albanian future pledges with a helper verb ("do të vijojë të mbështesë", "do të
trajnojë"), Kyrgyz plural evidential past ("өткөрүшкөн") and background openers, Tajik months
"of the current year" ("октябри соли ҷорӣ") and training ranges as places, Lithuanian places
of the Suwałki gap, Hungarian separable training verbs ("képezték ki"), Latvian "pieņēma" (received)
and Baltic capitals in the locative after a title, which are no personal names.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # ---- Estonian
    case("et-balti-no-moldova", "et", "2025-03-10",
         "Eesti, Läti ja Leedu kaitseministrid allkirjastasid eile Balti kaitsekoostöö kokkuleppe.",
         [ev("agreement", ["EST", "LTU", "LVA"], location=None, doc_type="agreement", date="2025-03-09")]),
    case("et-invite-baltic-meeting", "et", "2025-03-10",
         "Eesti kaitseminister kutsus Rootsi kolleegi mais Tallinnasse Balti riikide kaitseministrite "
         "kohtumisele.",
         [ev("intent", ["EST", "SWE"])],
         xfail="an invitation to a meeting is read as a meeting too (engine: invite + meeting noun)"),
    case("et-support-noun", "et", "2025-03-10",
         "Läti kaitseminister väljendas toetust Gruusia suveräänsusele ja territoriaalsele terviklikkusele.",
         [ev("support", ["GEO", "LVA"])]),
    case("et-support-both-sides", "et", "2025-03-10",
         "Eesti ja Soome kaitseministrid kohtusid teisipäeval Tallinnas. Ministrid kinnitasid oma riikide "
         "toetust Moldova territoriaalsele terviklikkusele.",
         [ev("meeting", ["EST", "FIN"], location="EST", date="2025-03-04"),
          ev("support", ["EST", "FIN", "MDA"])]),
    case("et-will-hand-over", "et", "2025-03-10",
         "Ameerika Ühendriigid annavad Eestile üle kuus raketiheitjat järgmisel aastal, teatas "
         "kaitseministeerium.",
         [ev("intent", ["EST", "USA"])]),
    case("et-aid-handed", "et", "2025-03-10",
         "Eesti andis Ukrainale üle järjekordse laskemoona saadetise.",
         [ev("aid", ["EST", "UKR"])]),
    case("et-phone", "et", "2025-03-10",
         "Eesti kaitseminister rääkis telefoni teel oma Poola kolleegiga.",
         [ev("meeting", ["EST", "POL"], mode="phone")]),
    # ---- Latvian
    case("lv-exercise-ends-present", "lv", "2025-03-10",
         "Šonedēļ poligonā noslēdzas starptautiskās mācības, kurās kopā ar Latvijas karavīriem piedalās arī "
         "Zviedrijas, Kanādas un Polijas vienības.",
         [ev("exercise", ["CAN", "LVA", "POL", "SWE"], date="2025-03")]),
    case("lv-exercise-took-part", "lv", "2025-03-10",
         "Vakar Lietuvā noslēdzās starptautiskās mācības, kurās piedalījās arī Latvijas un Igaunijas "
         "karavīri.",
         [ev("exercise", ["EST", "LVA"], location="LTU", date="2025-03-09")]),
    case("lv-exercise-began", "lv", "2025-03-10",
         "Pirmdien Latvijā sākās starptautiskās militārās mācības, kurās piedalās ASV un Polijas karavīri.",
         [ev("exercise", ["POL", "USA"], location="LVA")]),
    case("lv-will-hand-over", "lv", "2025-03-10",
         "Dānija nākamnedēļ nodos Latvijai divus patruļkuģus.",
         [ev("intent", ["DNK", "LVA"])]),
    case("lv-pledge-past-year", "lv", "2025-09-08",
         "Vācija jau 2023. gadā apņēmās izvietot Lietuvā pastāvīgu brigādi.",
         [ev("intent", ["DEU", "LTU"], date="2023", historical=True)]),
    case("lv-memorandum", "lv", "2025-03-10",
         "Latvijas un Polijas aizsardzības ministri trešdien parakstīja saprašanās memorandu par sadarbību "
         "aizsardzības jomā.",
         [ev("agreement", ["LVA", "POL"], doc_type="memorandum", date="2025-03-05")]),
    # ---- Lithuanian
    case("lt-suwalki", "lt", "2025-03-10",
         "Pernai rudenį Lietuvos ir Lenkijos kariai surengė bendras pratybas netoli Suvalkų.",
         [ev("exercise", ["LTU", "POL"], location="POL", historical=True)]),
    case("lt-meeting-berlin", "lt", "2025-03-10",
         "Krašto apsaugos ministrė trečiadienį Berlyne susitiko su Vokietijos gynybos ministru.",
         [ev("meeting", ["DEU", "LTU"], location="DEU", date="2025-03-05")]),
    case("lt-pledge", "lt", "2025-03-10",
         "Lietuva ir toliau rems Ukrainą, pabrėžė krašto apsaugos ministras.",
         [ev("intent", ["LTU", "UKR"])]),
    # ---- Belarusian
    case("be-agreed-impersonal", "be", "2025-03-10",
         "Па выніках перамоваў міністраў абароны Беларусі і Кітая дамоўлена пашырыць супрацоўніцтва ў галіне "
         "ваеннай адукацыі.",
         [ev("meeting", ["BLR", "CHN"]), ev("intent", ["BLR", "CHN"])]),
    case("be-decided-impersonal", "be", "2025-03-10",
         "Было вырашана правесці сумеснае вучэнне ўзброеных сіл Беларусі і Сербіі ў 2026 годзе.",
         [ev("intent", ["BLR", "SRB"])]),
    case("be-agreed-exercise-troops", "be", "2025-03-10",
         "Бакі дамовіліся правесці ў наступным годзе сумеснае вучэнне беларускіх і казахстанскіх вайскоўцаў.",
         [ev("intent", ["BLR", "KAZ"])]),
    case("be-one-china", "be", "2025-03-10",
         "Міністр абароны Беларусі пацвердзіў падтрымку прынцыпу «аднаго Кітая».",
         [ev("support", ["BLR", "CHN"])]),
    case("be-studies-no-exercise", "be", "2025-03-10",
         "Міністр абароны Беларусі сустрэўся ў Мінску з міністрам абароны Расіі. Па выніках сустрэчы "
         "дамоўлена павялічыць колькасць расійскіх афіцэраў, якія праходзяць навучанне ў ваенных установах "
         "Беларусі.",
         [ev("meeting", ["BLR", "RUS"], location="BLR"), ev("intent", ["BLR", "RUS"])]),
    case("be-exercise-held-troops", "be", "2025-03-10",
         "Беларускія і расійскія вайскоўцы правялі сумеснае вучэнне на палігоне.",
         [ev("exercise", ["BLR", "RUS"])]),
    case("be-plan-next-year", "be", "2025-03-10",
         "Міністры абароны Беларусі і Расіі падпісалі план ваеннага супрацоўніцтва на наступны год.",
         [ev("agreement", ["BLR", "RUS"], doc_type="plan")]),
    case("be-hand-over-air-defense", "be", "2025-03-10",
         "Расія перадала Беларусі партыю зенітных ракетных комплексаў.",
         [ev("aid", ["BLR", "RUS"])]),
    case("be-ready-vietnam", "be", "2025-03-10",
         "Беларусь гатова пашыраць ваеннае супрацоўніцтва з В'етнамам, заявіў міністр абароны.",
         [ev("intent", ["BLR", "VNM"])]),
    # ---- Bulgarian
    case("bg-exercise-began-will-last", "bg", "2025-03-10",
         "Учението на българските и румънските военни започна вчера и ще продължи една седмица.",
         [ev("exercise", ["BGR", "ROU"], date="2025-03")]),
    case("bg-exercise-held", "bg", "2025-03-10",
         "Българските и американските военни проведоха съвместно учение на полигона Ново село.",
         [ev("exercise", ["BGR", "USA"], location="BGR")]),
    # ---- Hungarian
    case("hu-counterpart-apposition", "hu", "2025-03-10",
         "A honvédelmi miniszter kedden Budapesten fogadta szlovák kollégáját, Jan Novák védelmi minisztert.",
         [ev("meeting", ["HUN", "SVK"], persons=["Jan Novak"])]),
    case("hu-train-separable", "hu", "2025-03-10",
         "Magyar kiképzők képezték ki a bosnyák fegyveres erők katonáit.",
         [ev("aid", ["BIH", "HUN"])]),
    # ---- Albanian
    case("sq-will-continue-to-support", "sq", "2025-03-10",
         "Ministri italian konfirmoi se Italia do të vijojë të mbështesë Forcat e Armatosura Shqiptare me "
         "trajnime dhe pajisje.",
         [ev("intent", ["ALB", "ITA"])]),
    case("sq-will-train", "sq", "2025-03-10",
         "Greqia do të trajnojë pilotët e Forcave Ajrore të Shqipërisë, tha ministri i Mbrojtjes.",
         [ev("intent", ["ALB", "GRC"])]),
    case("sq-donated-patrol-boats", "sq", "2025-03-10",
         "Italia i dhuroi Shqipërisë dy anije patrullimi.",
         [ev("aid", ["ALB", "ITA"])]),
    case("sq-exercise-these-days", "sq", "2025-03-10",
         "Forcat speciale shqiptare dhe amerikane po zhvillojnë këto ditë një stërvitje të përbashkët në "
         "Shqipëri.",
         [ev("exercise", ["ALB", "USA"], location="ALB")]),
    # ---- Kyrgyz
    case("ky-evidential-past-background", "ky", "2025-03-10",
         "Кыргызстан менен Өзбекстандын коргоо министрлери Бишкекте жолугушту. Эскерте кетсек, "
         "2024-жылдын ноябрь айында эки өлкөнүн аскер кызматчылары биргелешкен тактикалык окуу өткөрүшкөн.",
         [ev("meeting", ["KGZ", "UZB"], location="KGZ"),
          ev("exercise", ["KGZ", "UZB"], date="2024-11", historical=True)]),
    case("ky-exercise-goes-on", "ky", "2025-10-21",
         "Учурда Канттагы авиабазада кыргыз жана орус аскерлеринин биргелешкен машыгуусу уланууда.",
         [ev("exercise", ["KGZ", "RUS"], date="2025-10")]),
    case("ky-accusative-name", "ky", "2025-03-10",
         "Коргоо министри Казакстандын коргоо министри Ерлан Сапаровду кабыл алды.",
         [ev("meeting", ["KAZ", "KGZ"], persons=["Erlan Saparov"])],
         xfail="Kyrgyz case endings on personal names are kept (engine: cased names are not stemmed)"),
    # ---- Tajik
    case("tg-month-current-year-range", "tg", "2025-10-08",
         "Аз 1 то 7 октябри соли ҷорӣ дар майдони тирпарронии «Ляхш» машқҳои муштараки воҳидҳои Қувваҳои "
         "Мусаллаҳи Тоҷикистон ва Русия гузаронида шуданд.",
         [ev("exercise", ["RUS", "TJK"], date="2025-10", location="TJK")]),
    case("tg-day-current-year", "tg", "2025-10-08",
         "Вазири мудофиаи Тоҷикистон 12 марти соли ҷорӣ дар Душанбе бо вазири мудофиаи Ӯзбекистон мулоқот "
         "кард.",
         [ev("meeting", ["TJK", "UZB"], date="2025-03-12", historical=True)]),
    case("tg-plan-signed-object-suffix", "tg", "2025-03-10",
         "Тоҷикистон ва Русия нақшаи ҳамкориҳои ҳарбиро имзо карданд.",
         [ev("agreement", ["RUS", "TJK"], doc_type="plan")]),
    case("tg-invited-for-visit", "tg", "2025-03-10",
         "Вазири мудофиаи Тоҷикистон ҳамтои эронии худро барои сафари расмӣ ба Душанбе даъват намуд.",
         [ev("intent", ["IRN", "TJK"])]),
    # ---- second round: passives, pledges, helper verbs
    case("lv-agreement-reached-passive", "lv", "2025-03-10",
         "Tikšanās laikā tika panākta vienošanās paplašināt Latvijas un Lietuvas militāro sadarbību.",
         [ev("meeting", ["LTU", "LVA"]), ev("intent", ["LTU", "LVA"])]),
    case("lv-pledged-perfect", "lv", "2025-03-10",
         "Kanāda apņēmusies palielināt savu kontingentu Latvijā.",
         [ev("intent", ["CAN", "LVA"])]),
    case("be-border-agreement", "be", "2025-03-10",
         "Беларусь і Расія падпісалі пагадненне аб сумеснай ахове знешняй мяжы.",
         [ev("agreement", ["BLR", "RUS"], doc_type="agreement")]),
    case("be-took-part-calque", "be", "2025-03-10",
         "Беларускія вайскоўцы разам з расійскімі калегамі прынялі ўдзел у сумесных вучэннях.",
         [ev("exercise", ["BLR", "RUS"])]),
    case("be-agreed-joint-exercises", "be", "2025-03-10",
         "Беларусь і Казахстан дамовіліся аб правядзенні сумесных вучэнняў у наступным годзе.",
         [ev("intent", ["BLR", "KAZ"])]),
    case("bg-agreed-impersonal", "bg", "2025-03-10",
         "Министрите на отбраната на България и Сърбия се срещнаха в София. Договорено е двете армии да "
         "проведат съвместно учение през есента.",
         [ev("meeting", ["BGR", "SRB"], location="BGR"), ev("intent", ["BGR", "SRB"])]),
    case("sq-will-donate-clitic", "sq", "2025-03-10",
         "Gjermania do t'i dhurojë Shqipërisë pajisje ushtarake.",
         [ev("intent", ["ALB", "DEU"])]),
    case("ky-will-continue-deliveries", "ky", "2025-03-10",
         "Орусия Кыргызстанга аскердик техника жеткирүүнү улантат, деди коргоо министри.",
         [ev("intent", ["KGZ", "RUS"])]),
    case("tg-exercise-held-active", "tg", "2025-03-10",
         "Низомиёни Тоҷикистон ва Ӯзбекистон машқҳои муштарак гузарониданд.",
         [ev("exercise", ["TJK", "UZB"])]),
    # ---- receptions: "pieņēma" (received), a capital in the locative after a title is no name
    case("lv-received-ambassador", "lv", "2025-03-10",
         "Latvijas aizsardzības ministrs pieņēma Vācijas vēstnieku.",
         [ev("meeting", ["DEU", "LVA"], location="LVA")]),
    case("lv-adopted-declaration-no-meeting", "lv", "2025-03-10",
         "Latvijas valdība pieņēma lēmumu nosūtīt Ukrainai papildu munīciju.",
         []),
    case("lv-capital-after-title", "lv", "2025-03-10",
         "Latvijas aizsardzības ministrs otrdien pieņēma Lietuvas aizsardzības ministru Rīgā.",
         [ev("meeting", ["LTU", "LVA"], location="LVA", date="2025-03-04")]),
    case("lt-capital-after-title", "lt", "2025-03-10",
         "Krašto apsaugos ministras antradienį priėmė Lenkijos gynybos ministrą Vilniuje.",
         [ev("meeting", ["LTU", "POL"], location="LTU", date="2025-03-04")]),
    case("et-capital-after-title", "et", "2025-03-10",
         "Kaitseminister kohtus teisipäeval Läti kaitseministriga Tallinnas.",
         [ev("meeting", ["EST", "LVA"], location="EST", date="2025-03-04")]),
    # ---- positions supported: the one-China principle, a candidate's membership bid
    case("ky-one-china", "ky", "2025-07-01",
         'Кыргызстан Кытайдын "бир Кытай" саясатын колдойт, деп билдирди коргоо министри.',
         [ev("support", ["CHN", "KGZ"])]),
    case("tg-one-china", "tg", "2025-07-01",
         'Тоҷикистон сиёсати "Чини ягона"-ро дастгирӣ мекунад, гуфт вазири мудофиа.',
         [ev("support", ["CHN", "TJK"])]),
    case("bg-one-china", "bg", "2025-07-01",
         "Министърът на отбраната потвърди подкрепата на България за политиката за един Китай.",
         [ev("support", ["BGR", "CHN"])]),
    case("sq-one-china-indefinite", "sq", "2025-07-01",
         "Ministri i Mbrojtjes i Shqipërisë riafirmoi mbështetjen për politikën e një Kine.",
         [ev("support", ["ALB", "CHN"])]),
    case("lv-supports-bid", "lv", "2025-07-01",
         "Latvija atbalsta Ukrainas centienus pievienoties NATO, uzsvēra aizsardzības ministrs.",
         [ev("support", ["LVA", "UKR"])]),
    case("lt-supports-bid", "lt", "2025-07-01",
         "Lietuva remia Ukrainos siekį tapti NATO nare, pabrėžė krašto apsaugos ministras.",
         [ev("support", ["LTU", "UKR"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
