"""The extract stage on short articles in the five languages that got their first pack in session 9
(new-west helper): Catalan, Galician, Basque, Icelandic and Afrikaans, written for these tests with
unnamed officials (none of these sentences is in tests/data/heldout/new_west.jsonl).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  Without the packs every case fails (the fallback pack finds the states but
no trigger).  They pin the general wording of each language: Catalan periphrastic and perfect pasts ("s'ha
reunit", "han signat", "han fet unes maniobres conjuntes", "ha lliurat") and "conversa telefònica"; Galician
preterites with enclitics ("reuniuse", "comprometéronse", "asinaron", "doou") and "exercicio naval
conxunto"; Basque case endings on states and places (Portugalgo, Frantziak, Ukrainari, Lisboan, Atenasen)
with participle + auxiliary verbs ("bildu ziren", "sinatu zuten", "egin dute", "entregatu dio") and
"telefonoz"; Icelandic inflected states and adjectives (Danmerkur, Íslands, Bretlands, Noregi, norskir,
úkraínska), "átti fund", "undirrituðu samkomulag", "tóku þátt í sameiginlegri æfingu", "afhentu", "ræddu
saman í síma"; Afrikaans "het ... ontmoet", "het ... onderteken", "gesamentlike oefening ... gehou",
"oorhandig", "sal ... lewer" (a pledge, also with a long bracket: "sal ... deelneem"), the SANW for South
Africa and capitalised adjectives (Botswaanse, Duitse, Keniaanse); a verb or connector opening a paragraph
stands for the dropped subject ("Acordaron ademais", "Gainera, ... adostu zuten").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2025-10-15"  # a Wednesday

CASES = [
    # ---- Catalan
    case("ca-meeting-perfect-reflexive", "ca", DAY,
         "El ministre de Defensa de Portugal s'ha reunit aquest dimarts a Lisboa amb el seu homòleg de Xile "
         "per parlar de cooperació naval.",
         [ev("meeting", ["CHL", "PRT"], date="2025-10-14", location="PRT")]),
    case("ca-memorandum-signed", "ca", DAY,
         "Itàlia i Grècia han signat avui un memoràndum d'entesa sobre cooperació en defensa.",
         [ev("agreement", ["GRC", "ITA"], doc_type="memorandum", date=DAY)]),
    case("ca-joint-manoeuvres-held", "ca", DAY,
         "Militars polonesos i lituans han fet aquesta setmana unes maniobres conjuntes prop de la frontera.",
         [ev("exercise", ["LTU", "POL"], date="2025-10")]),
    case("ca-delivered", "ca", DAY,
         "Alemanya ha lliurat a Moldàvia una vintena de vehicles blindats per a les forces armades.",
         [ev("aid", ["DEU", "MDA"])]),
    case("ca-phone-call", "ca", DAY,
         "La ministra de Defensa espanyola ha mantingut una conversa telefònica amb el ministre de Defensa "
         "del Japó.",
         [ev("meeting", ["ESP", "JPN"], mode="phone")]),
    # ---- Galician
    case("gl-met-yesterday-enclitic", "gl", DAY,
         "O ministro de Defensa de Francia reuniuse onte en París co seu homólogo arxentino.",
         [ev("meeting", ["ARG", "FRA"], date="2025-10-14", location="FRA")]),
    case("gl-agreement-signed", "gl", DAY,
         "Brasil e Portugal asinaron un acordo de cooperación en materia de defensa.",
         [ev("agreement", ["BRA", "PRT"], doc_type="agreement")]),
    case("gl-naval-exercise", "gl", DAY,
         "Mariñeiros italianos e gregos participaron nun exercicio naval conxunto no mar Exeo.",
         [ev("exercise", ["GRC", "ITA"])]),
    case("gl-pledged-enclitic", "gl", DAY,
         "Os ministros de Defensa de España e Marrocos comprometéronse a reforzar a cooperación na loita "
         "contra o terrorismo.",
         [ev("intent", ["ESP", "MAR"])]),
    case("gl-donated", "gl", DAY,
         "Noruega doou a Ucraína equipos de desminado para o exército ucraíno.",
         [ev("aid", ["NOR", "UKR"])]),
    # ---- Basque
    case("eu-met-case-endings", "eu", DAY,
         "Portugalgo eta Italiako defentsa ministroak Lisboan bildu ziren atzo.",
         [ev("meeting", ["ITA", "PRT"], date="2025-10-14", location="PRT")]),
    case("eu-agreement-ergative", "eu", DAY,
         "Frantziak eta Greziak defentsa-akordio bat sinatu zuten astelehenean Atenasen.",
         [ev("agreement", ["FRA", "GRC"], doc_type="agreement", date="2025-10-13", location="GRC")]),
    case("eu-exercise-verb-final", "eu", DAY,
         "Poloniako eta Lituaniako soldaduek ariketa militar bateratua egin dute aste honetan.",
         [ev("exercise", ["LTU", "POL"], date="2025-10")]),
    case("eu-delivered-dative", "eu", DAY,
         "Alemaniak hogei tanke entregatu dizkio Ukrainari.",
         [ev("aid", ["DEU", "UKR"])]),
    case("eu-phone", "eu", DAY,
         "Espainiako eta Japoniako defentsa ministroek telefonoz hitz egin zuten gaur.",
         [ev("meeting", ["ESP", "JPN"], mode="phone", date=DAY)]),
    # ---- Icelandic
    case("is-meeting-genitive", "is", DAY,
         "Varnarmálaráðherra Danmerkur átti fund með utanríkisráðherra Íslands í Kaupmannahöfn í gær.",
         [ev("meeting", ["DNK", "ISL"], date="2025-10-14", location="DNK")]),
    case("is-agreement-weekday-accusative", "is", DAY,
         "Finnland og Eistland undirrituðu samkomulag um varnarsamstarf á mánudag.",
         [ev("agreement", ["EST", "FIN"], doc_type="agreement", date="2025-10-13")]),
    case("is-exercise-adjectives", "is", DAY,
         "Bandarískir og norskir hermenn tóku þátt í sameiginlegri æfingu í Norður-Noregi í síðustu viku.",
         [ev("exercise", ["NOR", "USA"], date="2025-10")]),
    case("is-handed-over", "is", DAY,
         "Svíar afhentu úkraínska hernum loftvarnarkerfi í september.",
         [ev("aid", ["SWE", "UKR"], date="2025-09")]),
    case("is-phone", "is", DAY,
         "Utanríkisráðherra Íslands og varnarmálaráðherra Bretlands ræddu saman í síma í dag.",
         [ev("meeting", ["GBR", "ISL"], mode="phone", date=DAY)]),
    # ---- Afrikaans
    case("af-met-own-minister", "af", DAY,
         "Die Minister van Verdediging het Dinsdag haar Botswaanse eweknie in Kaapstad ontmoet.",
         [ev("meeting", ["BWA", "ZAF"], date="2025-10-14", location="ZAF")]),
    case("af-agreement-signed", "af", DAY,
         "Namibië en Angola het gister 'n verdedigingsooreenkoms in Windhoek onderteken.",
         [ev("agreement", ["AGO", "NAM"], doc_type="agreement", date="2025-10-14", location="NAM")]),
    case("af-joint-exercise-held", "af", DAY,
         "Soldate van Zimbabwe en Zambië het vandeesweek 'n gesamentlike oefening naby die grens gehou.",
         [ev("exercise", ["ZMB", "ZWE"], date="2025-10")]),
    case("af-handed-over", "af", DAY,
         "Die Duitse weermag het verlede maand radartoerusting aan die Keniaanse vloot oorhandig.",
         [ev("aid", ["DEU", "KEN"], date="2025-09")]),
    case("af-will-deliver", "af", DAY,
         "Brasilië sal volgende jaar twee patrolliebote aan Mosambiek lewer.",
         [ev("intent", ["BRA", "MOZ"])]),
    # ---- pro-drop openers, a long future bracket, forces named for their state, Icelandic money pledged
    case("ca-manoeuvres-begun", "ca", DAY,
         "Les forces armades de Bèlgica i els Països Baixos han iniciat avui unes maniobres conjuntes.",
         [ev("exercise", ["BEL", "NLD"])]),
    case("gl-acordaron-opens-paragraph", "gl", DAY,
         "O ministro de Defensa de Polonia reuniuse onte en Varsovia co seu homólogo belga.\n"
         "Acordaron ademais intensificar a cooperación na industria de defensa.",
         [ev("meeting", ["BEL", "POL"], date="2025-10-14", location="POL"),
          ev("intent", ["BEL", "POL"])]),
    case("eu-gainera-opens-paragraph", "eu", DAY,
         "Greziako Defentsa ministroa Atenasen bildu zen atzo Kroaziako bere homologoarekin.\n"
         "Gainera, datorren urtean ariketa militar bateratu bat egitea adostu zuten.",
         [ev("meeting", ["GRC", "HRV"], date="2025-10-14", location="GRC"),
          ev("intent", ["GRC", "HRV"])]),
    case("is-money-contributed", "is", DAY,
         "Íslendingar lögðu fram fé til kaupa á skotfærum fyrir úkraínska herinn.",
         [ev("aid", ["ISL", "UKR"])]),
    case("af-sandf-long-future-bracket", "af", DAY,
         "Die SANW sal volgende maand saam met die Britse weermag aan 'n groot oefening in die Noord-Kaap "
         "deelneem.",
         [ev("intent", ["GBR", "ZAF"])]),
    case("eu-begun-transitive-sea-masked", "eu", DAY,
         "Txinako eta Errusiako itsas armadek ariketa bateratuak hasi dituzte Japoniako itsasoan.",
         [ev("exercise", ["CHN", "RUS"])]),
    case("gl-sea-masked", "gl", DAY,
         "As mariñas de China e Rusia iniciaron onte unhas manobras conxuntas no mar do Xapón.",
         [ev("exercise", ["CHN", "RUS"], date="2025-10-14")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str, title: Any, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
