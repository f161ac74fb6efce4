"""The extract stage on short Dutch, Swedish, Norwegian, Danish, Finnish and German press articles written for
these tests (none of these sentences is in tests/data/heldout/nordic2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general press wording of these languages: what the talks
were about ("Samtalene handlet om situasjonen i Ukraina", "Het gesprek ging over …", "Das Gespräch drehte sich
um …") names subjects, no further party; a plural subject opening a sentence ("De to ble enige om …") refers
back to the parties of the talks; standing firm by a side ("står fast ved sin støtte til", "står last og
brast med", "staat pal achter", "seisoo … rinnalla") is verbal support; joint training in the perfect
("har … trænet sammen med", "har … tränat tillsammans med") is an exercise; a course with the other side's
instructors ("kursus hos danske instruktører") at a military base (Flyvestation, flygflottilj, flystasjon)
is training given; a foreign service chief ("Den franske luftvåbenchef") keeps his state; a company's
agreement with a foreign company and an invitation to companies to invest are no event of states;
Ukrainian cities in Dutch spelling (Charkiv) are places and no part of a name; the Dutch present plural
"leiden … militairen op" (training given) and "trainen … samen (met)" (an exercise); Finnish protocol
compounds ("yhteistyöpöytäkirja"); the other side receiving the first items ("har tirsdag mottatt de første",
"sai tiistaina … ensimmäiset"); and the page furniture
of these presses (share rows, paywall and subscription lines, cookie notices, "Weiterlesen:", "PASSEND ZUM
ARTIKEL").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- what the talks were about names subjects; "the two" opening a sentence are the parties
    case("no-samtalene-handlet-om-de-to", "no", DAY,
         "Forsvarssjef Eirik Kristoffersen tok tirsdag imot sin litauiske kollega på Akershus festning. "
         "Samtalene handlet om situasjonen i Ukraina og luftvern. De to ble enige om å styrke samarbeidet om "
         "kystforsvar.",
         [ev("meeting", ["LTU", "NOR"], mode="visit", date="2026-03-17"),
          ev("intent", ["LTU", "NOR"])]),
    case("da-samtalerne-handlede-om", "da", DAY,
         "Forsvarschefen Michael Hyldgaard tog tirsdag imod sin litauiske kollega på Kastellet. Samtalerne "
         "handlede om situationen i Ukraine og luftforsvar.",
         [ev("meeting", ["DNK", "LTU"], mode="visit", date="2026-03-17")]),
    case("nl-het-gesprek-ging-over", "nl", DAY,
         "De Nederlandse commandant der strijdkrachten ontving dinsdag zijn Litouwse collega in Den Haag. "
         "Het gesprek ging over de situatie in Oekraïne en luchtverdediging.",
         [ev("meeting", ["LTU", "NLD"], mode="visit", date="2026-03-17")]),
    case("de-gespraech-drehte-sich-um", "de", DAY,
         "Der österreichische Generalstabschef empfing am Dienstag seinen slowenischen Amtskollegen in Wien. "
         "Das Gespräch drehte sich um die Lage in der Ukraine und die Luftabwehr.",
         [ev("meeting", ["AUT", "SVN"], mode="visit", date="2026-03-17")]),
    # ---- standing firm by a side is support
    case("sv-star-fast-vid-sitt-stod", "sv", DAY,
         "– Sverige står fast vid sitt stöd till Ukraina i kriget mot Ryssland, sade försvarsminister Pål "
         "Jonson på tisdagen.",
         [ev("support", ["SWE", "UKR"])]),
    case("no-star-fast-ved-sin-stotte", "no", DAY,
         "Forsvarsminister Tore O. Sandvik sa tirsdag at Norge står fast ved sin støtte til Ukraina.",
         [ev("support", ["NOR", "UKR"])]),
    case("da-star-last-og-brast-med", "da", DAY,
         "Forsvarsminister Troels Lund Poulsen sagde tirsdag, at Danmark står last og brast med Ukraine.",
         [ev("support", ["DNK", "UKR"])]),
    case("nl-pal-achter-blijft-staan", "nl", DAY,
         "Minister van Defensie Ruben Brekelmans zei dinsdag dat Nederland pal achter Oekraïne blijft staan.",
         [ev("support", ["NLD", "UKR"])]),
    case("fi-seisoo-rinnalla", "fi", DAY,
         "Puolustusministeri Antti Häkkänen sanoi tiistaina, että Suomi seisoo Ukrainan rinnalla.",
         [ev("support", ["FIN", "UKR"])]),
    # ---- joint training in the perfect tense is an exercise
    case("da-har-traenet-sammen", "da", DAY,
         "Fire danske F-16-fly har i denne uge trænet sammen med hollandske F-35-fly over Nordsøen.",
         [ev("exercise", ["DNK", "NLD"], date="2026-03")]),
    case("sv-har-tranat-tillsammans", "sv", DAY,
         "Svenska soldater har på måndagen tränat tillsammans med franska soldater i Skåne.",
         [ev("exercise", ["FRA", "SWE"], date="2026-03-16")]),
    case("no-har-trent-sammen", "no", DAY,
         "Fire norske F-35-fly har denne uka trent sammen med nederlandske fly over Nordsjøen.",
         [ev("exercise", ["NLD", "NOR"], date="2026-03")]),
    # ---- a course with the other side's instructors at a military base is training given
    case("da-kursus-hos-instruktorer", "da", "2026-01-13",
         "Omkring 40 ukrainske mekanikere begyndte i mandags på et kursus hos danske instruktører på "
         "Flyvestation Karup.",
         [ev("aid", ["DNK", "UKR"], location="DNK")]),
    case("sv-kurs-hos-instruktorer", "sv", "2026-01-13",
         "Ett trettiotal ukrainska mekaniker inledde på måndagen en kurs hos svenska instruktörer på Luleå "
         "flygflottilj.",
         [ev("aid", ["SWE", "UKR"], location="SWE")]),
    case("no-kurs-hos-instruktorer", "no", "2026-01-13",
         "Rundt 40 ukrainske mekanikere begynte mandag på et kurs hos norske instruktører på Rygge "
         "flystasjon.",
         [ev("aid", ["NOR", "UKR"], location="NOR")]),
    # ---- a company's agreement with a foreign company is no signing of states
    case("sv-bolaget-tecknat-avtal", "sv", DAY,
         "Försvarsminister Pål Jonson träffade på tisdagen sin estniske kollega Hanno Pevkur i Tallinn. "
         "Försvarskoncernen Saab meddelade samma dag att bolaget har tecknat ett samarbetsavtal med ett "
         "estniskt teknikföretag om underhåll av stridsfordon.",
         [ev("meeting", ["EST", "SWE"], mode="visit")]),
    # ---- an invitation to companies to invest is business, no pledge
    case("da-inviterede-virksomheder", "da", DAY,
         "Forsvarsminister Troels Lund Poulsen mødtes tirsdag med sin ukrainske kollega i København. Den "
         "ukrainske minister inviterede danske virksomheder til at investere i Ukraine.",
         [ev("meeting", ["DNK", "UKR"])]),
    case("sv-bjod-in-foretag", "sv", DAY,
         "Försvarsminister Pål Jonson träffade på tisdagen sin ukrainske kollega i Stockholm. Den ukrainske "
         "ministern bjöd in svenska företag att investera i Ukraina.",
         [ev("meeting", ["SWE", "UKR"])]),
    case("no-inviterte-selskaper", "no", DAY,
         "Forsvarsminister Tore O. Sandvik møtte tirsdag sin ukrainske kollega i Oslo. Den ukrainske "
         "ministeren inviterte norske selskaper til å investere i Ukraina.",
         [ev("meeting", ["NOR", "UKR"])]),
    case("nl-nodigde-bedrijven-uit", "nl", DAY,
         "Minister van Defensie Ruben Brekelmans ontmoette dinsdag zijn Oekraïense collega in Den Haag. De "
         "Oekraïense minister nodigde Nederlandse bedrijven uit om in Oekraïne te investeren.",
         [ev("meeting", ["NLD", "UKR"])]),
    # ---- Ukrainian cities in Dutch spelling are places
    case("nl-charkiv-is-ukrainian", "nl", DAY,
         "De Nederlandse minister van Defensie en zijn Oekraïense collega ondertekenden dinsdag in Charkiv "
         "een akkoord over drones.",
         [ev("agreement", ["NLD", "UKR"], location="UKR", date="2026-03-17")]),
    # ---- a Ukrainian city after a name is no part of it
    case("nl-zelensky-in-charkiv-name", "nl", DAY,
         "In maart 2024 sloten de Nederlandse premier Rutte en de Oekraïense president Zelensky in Charkiv "
         "een veiligheidsakkoord over militaire steun.",
         [ev("agreement", ["NLD", "UKR"], persons=["Zelensky"], historical=True)]),
    # ---- Dutch present plural: training given, training together
    case("nl-leiden-militairen-op", "nl", DAY,
         "Nederlandse instructeurs leiden sinds maandag Oekraïense militairen op in Duitsland.",
         [ev("aid", ["NLD", "UKR"], location="DEU")]),
    case("nl-trainen-samen-met", "nl", DAY,
         "Nederlandse militairen trainen deze week samen met Duitse soldaten in Litouwen.",
         [ev("exercise", ["DEU", "NLD"], location="LTU", date="2026-03")]),
    case("nl-x-en-y-trainen-samen", "nl", DAY,
         "Nederlandse en Duitse militairen trainen deze week samen in Litouwen.",
         [ev("exercise", ["DEU", "NLD"], location="LTU", date="2026-03")]),
    # ---- Finnish protocol compounds
    case("fi-yhteistyopoytakirja-is-a-protocol", "fi", DAY,
         "Suomen ja Viron puolustusministerit allekirjoittivat tiistaina yhteistyöpöytäkirjan.",
         [ev("agreement", ["EST", "FIN"], doc_type="protocol", date="2026-03-17")]),
    case("fi-yhteisymmarryspoytakirja-stays-a-memorandum", "fi", DAY,
         "Suomen ja Viron puolustusministerit allekirjoittivat tiistaina yhteisymmärryspöytäkirjan.",
         [ev("agreement", ["EST", "FIN"], doc_type="memorandum", date="2026-03-17")]),
    # ---- the other side received the first items (a day inside the verb group)
    case("sv-har-tagit-emot-de-forsta", "sv", DAY,
         "Ukraina har på tisdagen tagit emot de första tio stridsfordonen från Sverige.",
         [ev("aid", ["SWE", "UKR"], date="2026-03-17")]),
    case("no-har-mottatt-de-forste", "no", DAY,
         "Ukraina har tirsdag mottatt de første ti stridsvognene fra Norge.",
         [ev("aid", ["NOR", "UKR"], date="2026-03-17")]),
    case("da-har-modtaget-de-forste", "da", DAY,
         "Ukraine har tirsdag modtaget de første ti kampvogne fra Danmark.",
         [ev("aid", ["DNK", "UKR"], date="2026-03-17")]),
    case("fi-sai-ensimmaiset", "fi", DAY,
         "Ukraina sai tiistaina Suomelta ensimmäiset kymmenen panssarivaunua.",
         [ev("aid", ["FIN", "UKR"], date="2026-03-17")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_foreign_service_chief_keeps_his_state(extractor: Any) -> None:
    """"Den franske luftvåbenchef, general …" is a title: the general is French, not Danish (the own state of
    the Danish pack)."""
    article = Article(id="case", lang="da", lang_hint="da", published=DAY, title=None,
                      text="Den franske luftvåbenchef, general Jérôme Bellanger, besøgte tirsdag Skrydstrup, "
                           "hvor han blev modtaget af generalmajor Peter Boysen.")
    events = list(extractor.extract(article).events)
    assert [e.type for e in events] == ["meeting"], events
    countries = {p.name: p.country for p in events[0].persons}
    assert countries.get("Jerome Bellanger") == "FRA", countries


# ---- page furniture of these presses: share rows with their platforms, paywall and subscription lines,
# genre labels, cookie notices, related-article headers and the headlines after them
PAGES = [
    ("nl-delen-row", "nl",
     "De Belgische minister van Defensie ontving dinsdag zijn Luxemburgse collega in Brussel.\n\n"
     "Delen: Facebook | LinkedIn | X\n",
     ["ontving dinsdag"], ["Delen: Facebook"]),
    ("sv-dela-prenumerera-genre", "sv",
     "Detta är en nyhetsartikel.\n\n"
     "Sveriges försvarsminister träffade på tisdagen sin danske kollega i Malmö.\n\n"
     "Dela sidan: Facebook | LinkedIn | E-post\n\nPrenumerera på vårt nyhetsbrev om försvar\n",
     ["träffade på tisdagen"], ["nyhetsartikel", "Dela sidan", "Prenumerera"]),
    ("no-del-abonner", "no",
     "Forsvarsministeren møtte tirsdag sin danske kollega i Bergen.\n\nDel: Facebook | LinkedIn | E-post\n\n"
     "Abonner på nyhetsbrevet vårt\n",
     ["møtte tirsdag"], ["Del: Facebook", "Abonner"]),
    ("da-del-siden-paywall", "da",
     "Du har læst en gratis artikel. Bliv abonnent for at læse videre.\n\n"
     "Forsvarsministeren mødtes tirsdag med sin norske kollega i Aalborg.\n\nDel siden\n",
     ["mødtes tirsdag"], ["gratis artikel", "Del siden"]),
    ("fi-jaa-tilaajille-evasteet", "fi",
     "Tilaajille\n\nPuolustusministeri tapasi tiistaina Viron puolustusministerin Turussa.\n\n"
     "Jaa sivu: Facebook | X | LinkedIn\n\nTällä sivustolla käytetään evästeitä.\n",
     ["tapasi tiistaina"], ["Tilaajille", "Jaa sivu", "evästeitä"]),
    ("de-toolbar-weiterlesen-passend", "de",
     "Hören | Merken | Drucken | Teilen\n\n"
     "Die Schweizer Armee und das Bundesheer übten am Dienstag gemeinsam im Rheintal.\n\n"
     "Weiterlesen:\nSchweiz kauft neue Radare in Israel\n\nTeilen | Mehr zum Thema: Armee, Bundesheer\n\n"
     "Diese Website verwendet Cookies.\n\nPASSEND ZUM ARTIKEL\nÖsterreich liefert Helme an die Ukraine\n",
     ["übten am Dienstag"], ["Hören | Merken", "Radare in Israel", "Mehr zum Thema", "Cookies",
                             "Helme an die Ukraine"]),
]


test_page_furniture_is_dropped = cleaning_test(PAGES)
