"""The extract stage on short Dutch, Swedish, Danish and Norwegian articles written for these tests
(invented officials; the North Germanic group of language packs: nl, sv, da, no).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports, checked
by tests/support/cases.py (what a case asserts is explained there).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, describe, ev

CASES = [
    # --- Dutch ----------------------------------------------------------------------------------
    case("nl-meeting-visit", "nl", "2024-03-14",
         "De Nederlandse minister van Defensie Pieter van der Linden heeft dinsdag in Den Haag zijn Noorse "
         "ambtgenoot Lars Haugland ontvangen. De twee ministers bespraken de samenwerking op het gebied van "
         "maritieme veiligheid en opleiding.",
         [ev("meeting", ["NLD", "NOR"], date="2024-03-12", location="NLD", mode="visit", actor=["NOR"],
             recipient=["NLD"], persons=["Pieter van der Linden", "Lars Haugland"])]),
    case("nl-meeting-phone-own-country", "nl", "2025-01-17",
         "Defensieminister Pieter van der Linden had woensdag een telefoongesprek met zijn "
         "Britse collega Oliver "
         "Grant. Ze spraken over de luchtverdediging.",
         [ev("meeting", ["GBR", "NLD"], date="2025-01-15", mode="phone", persons=["Oliver Grant"])]),
    case("nl-agreement-memorandum", "nl", "2024-06-12",
         "Nederland en Polen hebben maandag in Warschau een memorandum van overeenstemming "
         "over samenwerking in de "
         "defensie-industrie ondertekend.",
         [ev("agreement", ["NLD", "POL"], date="2024-06-10", location="POL", doc_type="memorandum")]),
    case("nl-agreement-letter-of-intent-and-background", "nl", "2024-09-06",
         "De ministers van Defensie van België en Luxemburg hebben donderdag in Brussel "
         "een intentieverklaring "
         "getekend over de gezamenlijke aankoop van militaire voertuigen. Eerder hadden "
         "beide landen in 2018 een "
         "defensieovereenkomst gesloten.",
         [ev("agreement", ["BEL", "LUX"], date="2024-09-05", location="BEL", doc_type="letter_of_intent"),
          ev("agreement", ["BEL", "LUX"], date="2018", doc_type="agreement", historical=True)]),
    case("nl-exercise", "nl", "2025-02-27",
         "Nederlandse en Duitse mariniers hielden vorige week een gezamenlijke oefening. "
         "Aan de oefening namen "
         "ruim 800 militairen deel.",
         [ev("exercise", ["DEU", "NLD"], date="2025-02")]),
    case("nl-aid-and-pledge", "nl", "2024-11-15",
         "Nederland heeft donderdag vier patrouilleboten overgedragen aan de Oekraïense marine. Minister van "
         "Defensie Pieter van der Linden zegde bovendien toe dat Nederland volgend jaar "
         "Oekraïense militairen zal "
         "opleiden.",
         [ev("aid", ["NLD", "UKR"], date="2024-11-14"), ev("intent", ["NLD", "UKR"])]),
    case("nl-combat-not-relevant", "nl", "2024-05-03",
         "Rusland heeft in de nacht van donderdag op vrijdag opnieuw een grote luchtaanval "
         "op Oekraïne uitgevoerd. "
         "Volgens het Oekraïense leger werden twaalf mensen gedood.", []),
    # --- Swedish --------------------------------------------------------------------------------
    case("sv-meeting-visit-split-verb", "sv", "2024-03-14",
         "Försvarsminister Anna Berglund tog i tisdags emot sin estniska kollega Margus Tamm i Stockholm. "
         "Ministrarna diskuterade säkerhetsläget i Östersjöregionen och samarbetet inom luftförsvar.",
         [ev("meeting", ["EST", "SWE"], date="2024-03-12", location="SWE", mode="visit", actor=["EST"],
             recipient=["SWE"], persons=["Anna Berglund", "Margus Tamm"])]),
    case("sv-meeting-multilateral", "sv", "2024-10-18",
         "I marginalen av Natos försvarsministermöte i Bryssel träffade försvarsminister Anna Berglund på "
         "torsdagen sin turkiske kollega Mehmet Kaya. De två ministrarna diskuterade "
         "försvarsindustriellt samarbete.",
         [ev("meeting", ["SWE", "TUR"], date="2024-10-17", location="BEL", mode="multilateral",
             persons=["Anna Berglund", "Mehmet Kaya"])]),
    case("sv-meeting-phone", "sv", "2025-01-17",
         "Försvarsminister Anna Berglund hade i onsdags ett telefonsamtal med sin brittiske "
         "kollega Oliver Grant.",
         [ev("meeting", ["GBR", "SWE"], date="2025-01-15", mode="phone", persons=["Oliver Grant"])]),
    case("sv-agreement-definite-compound", "sv", "2024-06-12",
         "Sverige och Norge undertecknade på måndagen ett nytt samarbetsavtal om "
         "gemensam materielanskaffning. "
         "Avtalet skrevs under i Oslo av de båda ländernas försvarsministrar.",
         [ev("agreement", ["NOR", "SWE"], date="2024-06-10", location="NOR", doc_type="agreement")]),
    case("sv-agreement-memorandum-split-verb", "sv", "2024-06-12",
         "Sveriges och Polens försvarsministrar skrev den 10 juni under ett "
         "samförståndsavtal om samarbete inom "
         "försvarsindustrin.",
         [ev("agreement", ["POL", "SWE"], date="2024-06-10", doc_type="memorandum")]),
    case("sv-meeting-and-background-agreement", "sv", "2024-10-18",
         "Danmarks försvarsminister Lars Holm besökte i går Stockholm, där han träffade "
         "försvarsminister Anna "
         "Berglund. Länderna undertecknade redan 2019 ett försvarsavtal.",
         [ev("meeting", ["DNK", "SWE"], date="2024-10-17", location="SWE", mode="visit", actor=["DNK"]),
          ev("agreement", ["DNK", "SWE"], date="2019", historical=True)]),
    case("sv-exercise", "sv", "2025-02-27",
         "Svenska och finska förband genomförde förra veckan en gemensam vinterövning. "
         "Omkring 2 000 soldater "
         "deltog i övningen.",
         [ev("exercise", ["FIN", "SWE"], date="2025-02")]),
    case("sv-aid-handover", "sv", "2024-11-15",
         "Sverige har överlämnat två stridsbåtar till den ukrainska marinen, meddelade "
         "Försvarsmakten på torsdagen.",
         [ev("aid", ["SWE", "UKR"], date="2024-11-14")]),
    case("sv-combat-not-relevant", "sv", "2024-05-03",
         "Ryssland genomförde under natten en omfattande robotattack mot Ukraina. Enligt "
         "det ukrainska flygvapnet "
         "dödades tolv personer.", []),
    # --- Danish ---------------------------------------------------------------------------------
    case("da-meeting-visit-split-verb", "da", "2024-03-14",
         "Forsvarsminister Jens Madsen tog tirsdag imod sin litauiske kollega Darius Petraitis i København. "
         "Ministrene drøftede den sikkerhedspolitiske situation i Østersøregionen.",
         [ev("meeting", ["DNK", "LTU"], date="2024-03-12", location="DNK", mode="visit", actor=["LTU"],
             recipient=["DNK"], persons=["Jens Madsen", "Darius Petraitis"])]),
    case("da-meeting-phone", "da", "2025-01-17",
         "Forsvarsminister Jens Madsen havde onsdag en telefonsamtale med sin britiske kollega Oliver Grant.",
         [ev("meeting", ["DNK", "GBR"], date="2025-01-15", mode="phone", persons=["Oliver Grant"])]),
    case("da-agreement-letter-of-intent-ordinal-date", "da", "2024-06-12",
         "Danmarks og Hollands forsvarsministre skrev den 10. juni under på en "
         "hensigtserklæring om samarbejde i "
         "forsvarsindustrien.",
         [ev("agreement", ["DNK", "NLD"], date="2024-06-10", doc_type="letter_of_intent")]),
    case("da-agreement-compound", "da", "2024-06-12",
         "Danmark og Sverige underskrev mandag en ny samarbejdsaftale om fælles indkøb af "
         "ammunition. Aftalen blev "
         "underskrevet i Stockholm af de to landes forsvarsministre.",
         [ev("agreement", ["DNK", "SWE"], date="2024-06-10", location="SWE", doc_type="agreement")]),
    case("da-meeting-and-background-agreement", "da", "2024-10-18",
         "Den polske forsvarsminister Piotr Nowak var i går på officielt besøg i Danmark. "
         "Landene indgik allerede i "
         "2019 en forsvarsaftale.",
         [ev("meeting", ["DNK", "POL"], date="2024-10-17", location="DNK", mode="visit", actor=["POL"]),
          ev("agreement", ["DNK", "POL"], date="2019", historical=True)]),
    case("da-exercise", "da", "2025-02-27",
         "Danske og tyske soldater gennemførte i sidste uge en fælles øvelse. Omkring "
         "1.500 soldater deltog i "
         "øvelsen.",
         [ev("exercise", ["DEU", "DNK"], date="2025-02")]),
    case("da-aid-handover", "da", "2024-11-15",
         "Danmark har torsdag overdraget seks F-16-fly til det ukrainske flyvevåben.",
         [ev("aid", ["DNK", "UKR"], date="2024-11-14")]),
    case("da-combat-not-relevant", "da", "2024-05-03",
         "Rusland gennemførte natten til fredag et omfattende missilangreb mod Ukraine. Ifølge det ukrainske "
         "flyvevåben blev tolv mennesker dræbt.", []),
    # --- Norwegian (Bokmål) ----------------------------------------------------------------------
    case("no-meeting-visit-split-verb", "no", "2024-03-14",
         "Forsvarsminister Kari Lund tok tirsdag imot sin finske kollega Mikko Laine i "
         "Oslo. Ministrene drøftet "
         "sikkerhetssituasjonen i nordområdene.",
         [ev("meeting", ["FIN", "NOR"], date="2024-03-12", location="NOR", mode="visit", actor=["FIN"],
             recipient=["NOR"], persons=["Kari Lund", "Mikko Laine"])]),
    case("no-meeting-multilateral", "no", "2024-10-18",
         "I forbindelse med Natos forsvarsministermøte i Brussel møtte forsvarsminister "
         "Kari Lund torsdag sin "
         "tyrkiske kollega Mehmet Kaya.",
         [ev("meeting", ["NOR", "TUR"], date="2024-10-17", location="BEL", mode="multilateral",
             persons=["Kari Lund", "Mehmet Kaya"])]),
    case("no-meeting-phone", "no", "2025-01-17",
         "Forsvarsminister Kari Lund hadde onsdag en telefonsamtale med sin britiske kollega Oliver Grant.",
         [ev("meeting", ["GBR", "NOR"], date="2025-01-15", mode="phone", persons=["Oliver Grant"])]),
    case("no-agreement-letter-of-intent-ordinal-date", "no", "2024-06-12",
         "Norges og Polens forsvarsministre skrev 10. juni under en intensjonsavtale om samarbeid i "
         "forsvarsindustrien.",
         [ev("agreement", ["NOR", "POL"], date="2024-06-10", doc_type="letter_of_intent")]),
    case("no-meeting-and-background-agreement", "no", "2024-10-18",
         "Den danske forsvarsministeren Jens Madsen var i går på offisielt besøk i Norge. "
         "Landene inngikk allerede "
         "i 2019 en forsvarsavtale.",
         [ev("meeting", ["DNK", "NOR"], date="2024-10-17", location="NOR", mode="visit", actor=["DNK"]),
          ev("agreement", ["DNK", "NOR"], date="2019", historical=True)]),
    case("no-exercise", "no", "2025-02-27",
         "Norske og amerikanske soldater gjennomførte forrige uke en felles vinterøvelse i Troms. Rundt 3000 "
         "soldater deltok i øvelsen.",
         [ev("exercise", ["NOR", "USA"], date="2025-02", location="NOR")]),
    case("no-aid-handover", "no", "2024-11-15",
         "Norge har torsdag overlevert to luftvernsystemer til de ukrainske væpnede styrkene.",
         [ev("aid", ["NOR", "UKR"], date="2024-11-14")]),
    case("no-combat-not-relevant", "no", "2024-05-03",
         "Russland gjennomførte natt til fredag et omfattende missilangrep mot Ukraina. Ifølge det ukrainske "
         "luftforsvaret ble tolv mennesker drept.", []),
    # --- present and perfect tenses ------------------------------------------------------------
    case("nl-exercise-present", "nl", "2024-09-20",
         "Nederlandse en Duitse militairen oefenen deze week samen in Litouwen.",
         [ev("exercise", ["DEU", "NLD"], date="2024-09")]),
    case("da-exercise-present", "da", "2024-09-20",
         "Danske og svenske soldater øver i denne uge sammen i Finland.",
         [ev("exercise", ["DNK", "SWE"], date="2024-09")]),
    case("sv-meeting-perfect", "sv", "2024-09-20",
         "Försvarsminister Anna Berglund har träffat sin danske kollega Jens Madsen i Köpenhamn.",
         [ev("meeting", ["DNK", "SWE"], location="DNK", mode="visit", actor=["SWE"], recipient=["DNK"],
             persons=["Anna Berglund", "Jens Madsen"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)



@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Oekraïne heeft dinsdag de eerste F-16-gevechtsvliegtuigen uit Nederland ontvangen."),
    ("sv", "Ukraina tog i tisdags emot de första stridsflygplanen från Sverige."),
    ("da", "Ukraine modtog tirsdag de første F-16-fly fra Danmark."),
    ("no", "Ukraina mottok tirsdag de første F-16-flyene fra Norge."),
])
def test_receiving_material_is_not_a_meeting(extractor: Extractor, lang: str, text: str) -> None:
    """Receiving verbs (ontvangen, tog emot, modtog, mottok) make a meeting only with an official named."""
    article = Article(id="case", text=text, published="2025-03-13", lang=lang, lang_hint=lang)
    events = list(extractor.extract(article).events)
    assert not [e for e in events if e.type == "meeting"], describe(events)
