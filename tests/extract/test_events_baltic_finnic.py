"""The extract stage on short Lithuanian, Latvian, Estonian and Finnish articles (invented officials).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the
helpers are those of tests/extract/test_events.py (copied, not imported).  The cases cover
the inflected forms the packs must read: country names in their cases (Lenkijos, Ukrainai,
Soomest, Ruotsin), minister titles in their cases, compounds (kaitsekoostöö, sotaharjoitus,
puolustusyhteistyösopimus) and relative dates (antradienį, otrdien, teisipäeval, tiistaina).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- Lithuanian -------------------------------------------------------------------------
    case("lt-meeting-visit", "lt", "2024-09-20",
         "Lietuvos krašto apsaugos ministras Tomas Petraitis antradienį Vilniuje priėmė Lenkijos gynybos "
         "ministrą Mareką Nowaką. Ministrai aptarė oro gynybos ir karių mokymų bendradarbiavimą.",
         [ev("meeting", ["LTU", "POL"], date="2024-09-17", location="LTU", mode="visit", actor=["POL"],
             recipient=["LTU"], persons=["Tomas Petraitis"])]),
    case("lt-agreement-memorandum", "lt", "2024-03-06",
         "Lietuvos ir Latvijos gynybos ministrai antradienį Rygoje pasirašė bendradarbiavimo memorandumą dėl "
         "karinio mokymo.",
         [ev("agreement", ["LTU", "LVA"], date="2024-03-05", doc_type="memorandum", location="LVA")]),
    case("lt-agreement-full-date", "lt", "2024-03-06",
         "2024 m. kovo 5 d. Rygoje Lietuvos ir Latvijos gynybos ministrai pasirašė bendradarbiavimo "
         "memorandumą dėl karinio mokymo.",
         [ev("agreement", ["LTU", "LVA"], date="2024-03-05", doc_type="memorandum", location="LVA")]),
    case("lt-aid-handover", "lt", "2025-02-14",
         "Lietuva vakar perdavė Ukrainai naują karinės paramos siuntą – šaudmenis ir dronus, pranešė Krašto "
         "apsaugos ministerija.",
         [ev("aid", ["LTU", "UKR"], date="2025-02-13")]),
    case("lt-exercise", "lt", "2024-05-10",
         "Ketvirtadienį Pabradės poligone prasidėjo bendros Lietuvos ir Vokietijos karių pratybos, kuriose "
         "dalyvauja beveik tūkstantis karių.",
         [ev("exercise", ["DEU", "LTU"], location="LTU")]),
    case("lt-meeting-phone", "lt", "2024-11-15",
         "Krašto apsaugos ministras Jonas Kairys trečiadienį telefonu kalbėjosi su JAV gynybos sekretoriumi "
         "Robertu Greenu apie oro gynybą.",
         [ev("meeting", ["LTU", "USA"], date="2024-11-13", mode="phone", persons=["Jonas Kairys"])]),
    case("lt-meeting", "lt", "2025-03-11",
         "Krašto apsaugos ministras Jonas Petrauskas vakar Vilniuje susitiko su Švedijos gynybos ministru "
         "ir aptarė regiono saugumą.",
         [ev("meeting", ["LTU", "SWE"], date="2025-03-10", location="LTU")]),
    case("lt-loi", "lt", "2025-03-11",
         "Lietuva ir Ukraina pirmadienį pasirašė ketinimų protokolą dėl bendros dronų gamybos.",
         [ev("agreement", ["LTU", "UKR"], date="2025-03-10", doc_type="letter_of_intent")]),
    case("lt-aid-train", "lt", "2025-03-11",
         "Lietuvos instruktoriai vasarį apmokė daugiau kaip šimtą Ukrainos karių.",
         [ev("aid", ["LTU", "UKR"])]),
    case("lt-intent", "lt", "2025-03-11",
         "Lietuva įsipareigojo ir kitais metais skirti Ukrainai karinę paramą.",
         [ev("intent", ["LTU", "UKR"])]),
    case("lt-visit", "lt", "2025-03-11",
         "Lietuvos kariuomenės vadas generolas Petras Jonaitis lankėsi Latvijoje, kur susitiko su "
         "Latvijos ginkluotųjų pajėgų vadu.",
         [ev("meeting", ["LTU", "LVA"], mode="visit", location="LVA")]),
    case("lt-pass-sign", "lt", "2025-12-11",
         "Vilniuje vakar buvo pasirašytas Lietuvos ir Švedijos gynybos ministerijų bendradarbiavimo "
         "memorandumas.",
         [ev("agreement", ["LTU", "SWE"], date="2025-12-10", doc_type="memorandum")]),
    case("lt-plan", "lt", "2025-12-11",
         "Lietuvos ir Lenkijos kariuomenių vadai antradienį pasirašė dvišalio bendradarbiavimo planą "
         "kitiems metams.",
         [ev("agreement", ["LTU", "POL"], date="2025-12-09", doc_type="plan")]),
    case("lt-host", "lt", "2025-12-11",
         "Krašto apsaugos ministras trečiadienį Vilniuje priėmė Norvegijos gynybos ministrą ir aptarė "
         "Lietuvos ir Norvegijos bendradarbiavimą.",
         [ev("meeting", ["LTU", "NOR"], date="2025-12-10", location="LTU")]),
    case("lt-handover", "lt", "2025-12-11",
         "Lietuva perdavė Ukrainai dar vieną dronų siuntą.",
         [ev("aid", ["LTU", "UKR"])]),
    case("lt-exercise-held", "lt", "2025-12-11",
         "Lietuvos ir Latvijos karinės jūrų pajėgos praėjusią savaitę Baltijos jūroje surengė bendras "
         "minų paieškos pratybas.",
         [ev("exercise", ["LTU", "LVA"])]),
    case("lt-visit-gen", "lt", "2025-05-20",
         "Krašto apsaugos ministras Jonas Petrauskas gegužės 19 d. lankėsi Vokietijoje, kur susitiko su "
         "Vokietijos gynybos ministru.",
         [ev("meeting", ["DEU", "LTU"], date="2025-05-19", mode="visit")]),
    case("lt-pledge-fut", "lt", "2025-12-11",
         "Krašto apsaugos ministras Jonas Petrauskas sakė, kad Lietuva toliau teiks karinę paramą "
         "Ukrainai.",
         [ev("intent", ["LTU", "UKR"])]),
    case("lt-training-noun", "lt", "2025-12-11",
         "Lietuvoje šią savaitę baigėsi Ukrainos karių apmokymas, kurį vedė Lietuvos kariuomenės "
         "instruktoriai.",
         [ev("aid", ["LTU", "UKR"])]),
    case("lt-exercise-list-after-venue", "lt", "2025-03-11",
         "Praėjusią savaitę Lietuvoje vyko tarptautinės pratybos, kuriose dalyvavo Lietuvos, "
         "Lenkijos ir JAV kariai.",
         [ev("exercise", ["LTU", "POL", "USA"])]),

    # --- Latvian ------------------------------------------------------------------------------
    case("lv-meeting", "lv", "2024-11-15",
         "Latvijas aizsardzības ministrs Jānis Bērziņš otrdien Rīgā tikās ar Igaunijas aizsardzības ministru "
         "Marti Tammu. Ministri pārrunāja pretgaisa aizsardzību un kopīgās mācības.",
         [ev("meeting", ["EST", "LVA"], date="2024-11-12", location="LVA", persons=["Janis Berzins"])]),
    case("lv-agreement-memorandum", "lv", "2024-06-12",
         "Latvija un Polija pirmdien Varšavā parakstīja saprašanās memorandu par sadarbību aizsardzības "
         "jomā.",
         [ev("agreement", ["LVA", "POL"], date="2024-06-10", doc_type="memorandum", location="POL")]),
    case("lv-aid", "lv", "2025-02-14",
         "Latvija šodien nodeva Ukrainai vēl vienu militārās palīdzības sūtījumu ar munīciju un bezpilota "
         "lidaparātiem.",
         [ev("aid", ["LVA", "UKR"], date="2025-02-14")]),
    case("lv-meeting-trilateral", "lv", "2024-11-15",
         "Latvijas, Lietuvas un Igaunijas aizsardzības ministri ceturtdien tikās Viļņā "
         "un pārrunāja pretgaisa "
         "aizsardzības stiprināšanu.",
         [ev("meeting", ["EST", "LTU", "LVA"], date="2024-11-14", location="LTU", mode="multilateral")]),
    case("lv-phone", "lv", "2025-03-08",
         "Aizsardzības ministrs Andris Kalniņš piektdien telefonsarunā ar Lietuvas aizsardzības ministru "
         "pārrunāja sadarbību pretgaisa aizsardzībā.",
         [ev("meeting", ["LTU", "LVA"], date="2025-03-07", mode="phone")]),
    case("lv-loi", "lv", "2025-03-08",
         "Latvijas un Kanādas aizsardzības ministri trešdien Otavā parakstīja nodomu vēstuli par "
         "sadarbību militārās izglītības jomā.",
         [ev("agreement", ["CAN", "LVA"], date="2025-03-05", doc_type="letter_of_intent")]),
    case("lv-exercise", "lv", "2025-03-08",
         "Ādažu poligonā noslēdzās starptautiskās mācības, kurās piedalījās Latvijas, Kanādas un Spānijas "
         "karavīri.",
         [ev("exercise", ["CAN", "ESP", "LVA"])]),
    case("lv-intent", "lv", "2025-03-08",
         "Latvija apņēmās arī nākamgad turpināt militāro atbalstu Ukrainai.",
         [ev("intent", ["LVA", "UKR"])]),
    case("lv-visit", "lv", "2025-03-11",
         "Latvijas aizsardzības ministrs pirmdien ieradās oficiālā vizītē Somijā, kur tikās ar Somijas "
         "aizsardzības ministru.",
         [ev("meeting", ["FIN", "LVA"], date="2025-03-10", mode="visit", location="FIN")]),
    case("lv-pass-sign", "lv", "2025-12-11",
         "Rīgā vakar tika parakstīts Latvijas un Zviedrijas aizsardzības ministriju sadarbības memorands.",
         [ev("agreement", ["LVA", "SWE"], date="2025-12-10", doc_type="memorandum")]),
    case("lv-plan", "lv", "2025-12-11",
         "Latvijas un Polijas bruņoto spēku komandieri otrdien parakstīja divpusējās sadarbības plānu "
         "nākamajam gadam.",
         [ev("agreement", ["LVA", "POL"], date="2025-12-09", doc_type="plan")]),
    case("lv-host", "lv", "2025-12-11",
         "Aizsardzības ministrs trešdien Rīgā uzņēma Norvēģijas aizsardzības ministru, ar kuru pārrunāja "
         "Latvijas un Norvēģijas sadarbību.",
         [ev("meeting", ["LVA", "NOR"], date="2025-12-10", location="LVA")]),
    case("lv-handover", "lv", "2025-12-11",
         "Latvija nodevusi Ukrainai vēl vienu bezpilota lidaparātu sūtījumu.",
         [ev("aid", ["LVA", "UKR"])]),
    case("lv-exercise-held", "lv", "2025-12-11",
         "Latvijas un Igaunijas jūras spēki pagājušajā nedēļā Rīgas jūras līcī rīkoja kopīgas mīnu "
         "meklēšanas mācības.",
         [ev("exercise", ["EST", "LVA"])]),
    case("lv-visit-gen", "lv", "2025-05-20",
         "Latvijas aizsardzības ministrs 19. maijā viesojās Vācijā, kur tikās ar Vācijas aizsardzības "
         "ministru.",
         [ev("meeting", ["DEU", "LVA"], date="2025-05-19", mode="visit")]),
    case("lv-passive-ex", "lv", "2025-12-11",
         "Ādažos pagājušajā nedēļā tika aizvadītas Latvijas un Kanādas karavīru kopīgās mācības.",
         [ev("exercise", ["CAN", "LVA"])]),

    # --- Estonian -----------------------------------------------------------------------------
    case("et-meeting", "et", "2024-09-20",
         "Eesti kaitseminister Mart Kask kohtus teisipäeval Tallinnas Soome "
         "kaitseministri Pekka Virtaseniga. "
         "Ministrid arutasid kaitsekoostööd, õhutõrjet ja ühisõppusi.",
         [ev("meeting", ["EST", "FIN"], date="2024-09-17", location="EST", persons=["Mart Kask"])]),
    case("et-agreement-memorandum", "et", "2024-03-06",
         "Eesti ja Läti kaitseministrid allkirjastasid teisipäeval Riias kaitsekoostöö memorandumi.",
         [ev("agreement", ["EST", "LVA"], date="2024-03-05", doc_type="memorandum", location="LVA")]),
    case("et-aid", "et", "2025-02-14",
         "Eesti andis eile Ukrainale üle järjekordse sõjalise abi saadetise, mis sisaldab "
         "laskemoona ja droone.",
         [ev("aid", ["EST", "UKR"], date="2025-02-13")]),
    case("et-support", "et", "2024-05-10",
         "Kaitseminister Mart Kask kinnitas, et Eesti toetab kindlalt Moldova "
         "suveräänsust ja territoriaalset "
         "terviklikkust.",
         [ev("support", ["EST", "MDA"])]),
    case("et-meeting-visit-host", "et", "2024-11-15",
         "Saksa kaitseminister saabus esmaspäeval Tallinna kahepäevasele visiidile. Kaitseminister Mart Kask "
         "võttis Saksa kolleegi vastu kaitseministeeriumis.",
         [ev("meeting", ["DEU", "EST"], date="2024-11-11", location="EST", mode="visit")]),
    case("et-meeting-2", "et", "2025-03-06",
         "Kaitseminister Mart Kask kohtus teisipäeval Tallinnas Soome kaitseministri Jussi Virtaseniga, "
         "et arutada kaitsekoostööd.",
         [ev("meeting", ["EST", "FIN"], date="2025-03-04", location="EST")]),
    case("et-phone", "et", "2025-03-06",
         "Kaitseminister Mart Kask vestles eile telefoni teel Ukraina kaitseministri Oleksi Bondarenkoga "
         "õhutõrje arendamisest.",
         [ev("meeting", ["EST", "UKR"], date="2025-03-05", mode="phone")]),
    case("et-loi", "et", "2025-03-07",
         "Eesti ja Läti kaitseministrid allkirjastasid neljapäeval Riias kavatsuste protokolli ühise "
         "õhutõrje arendamiseks.",
         [ev("agreement", ["EST", "LVA"], date="2025-03-06", doc_type="letter_of_intent", location="LVA")]),
    case("et-aid-train", "et", "2025-03-11",
         "Eesti kaitseväe instruktorid koolitasid veebruaris Ukraina sõdureid Saksamaal.",
         [ev("aid", ["EST", "UKR"])]),
    case("et-intent", "et", "2025-03-11",
         "Kaitseminister kinnitas, et Eesti jätkab Ukraina toetamist ja annab järgmisel aastal Ukrainale "
         "täiendavat sõjalist abi.",
         [ev("intent", ["EST", "UKR"])]),
    case("et-visit-passive", "et", "2025-03-11",
         "Kaitseväe juhataja kindral Karl Mets viibis eelmisel nädalal ametlikul visiidil Poolas, kus ta "
         "kohtus Poola kindralstaabi ülemaga.",
         [ev("meeting", ["EST", "POL"], mode="visit", location="POL")]),
    case("et-impers-sign", "et", "2025-12-11",
         "Tallinnas allkirjastati eile Eesti ja Rootsi kaitseministeeriumide vaheline koostöömemorandum.",
         [ev("agreement", ["EST", "SWE"], date="2025-12-10", doc_type="memorandum")]),
    case("et-plan", "et", "2025-12-11",
         "Eesti ja Leedu kaitseväe juhatajad kirjutasid teisipäeval Vilniuses alla järgmise aasta "
         "koostöökavale.",
         [ev("agreement", ["EST", "LTU"], date="2025-12-09", doc_type="plan")]),
    case("et-host", "et", "2025-12-11",
         "Kaitseminister võõrustas kolmapäeval Tallinnas Norra kaitseministrit, kellega arutati Eesti ja "
         "Norra kaitsekoostööd.",
         [ev("meeting", ["EST", "NOR"], date="2025-12-10", location="EST")]),
    case("et-handover", "et", "2025-12-11",
         "Eesti andis Ukrainale üle järjekordse abipaketi, mis sisaldab laskemoona ja droone.",
         [ev("aid", ["EST", "UKR"])]),
    case("et-exercise-held", "et", "2025-12-11",
         "Eesti ja Soome mereväed korraldasid eelmisel nädalal Soome lahel ühise miinitõrjeõppuse.",
         [ev("exercise", ["EST", "FIN"])]),
    case("et-continue", "et", "2025-12-11",
         "Kaitseminister Mart Kask kinnitas, et Eesti jätkab Ukraina kaitseväe toetamist ka järgmisel "
         "aastal.",
         [ev("intent", ["EST", "UKR"])]),
    case("et-exercise-list-after-venue", "et", "2025-03-11",
         "Esmaspäeval algas Lõuna-Eestis rahvusvaheline õppus, kus osalevad Eesti, Läti ja "
         "Prantsusmaa kaitseväelased.",
         [ev("exercise", ["EST", "FRA", "LVA"])]),

    # --- Finnish ------------------------------------------------------------------------------
    case("fi-meeting", "fi", "2024-09-20",
         "Suomen puolustusministeri Matti Laine tapasi tiistaina Helsingissä Ruotsin "
         "puolustusministerin Erik "
         "Lundin. Ministerit keskustelivat puolustusyhteistyöstä ja yhteisharjoituksista.",
         [ev("meeting", ["FIN", "SWE"], date="2024-09-17", location="FIN", persons=["Matti Laine"])]),
    case("fi-agreement", "fi", "2024-03-06",
         "Suomi ja Norja allekirjoittivat maanantaina Oslossa puolustusyhteistyösopimuksen.",
         [ev("agreement", ["FIN", "NOR"], date="2024-03-04", doc_type="agreement", location="NOR")]),
    case("fi-aid", "fi", "2025-02-14",
         "Suomi lahjoitti eilen Ukrainalle uuden erän ilmatorjuntaohjuksia ja ampumatarvikkeita, kertoi "
         "puolustusministeriö.",
         [ev("aid", ["FIN", "UKR"], date="2025-02-13")]),
    case("fi-exercise", "fi", "2024-06-12",
         "Suomen ja Viron merivoimat järjestivät viime viikolla Suomenlahdella yhteisen sotaharjoituksen.",
         [ev("exercise", ["EST", "FIN"])]),
    case("fi-meeting-sidelines", "fi", "2024-11-15",
         "Naton puolustusministerikokouksen lomassa Brysselissä puolustusministeri Antti Virtanen tapasi "
         "Viron puolustusministerin Hanno Kaskin.",
         [ev("meeting", ["EST", "FIN"], location="BEL", mode="multilateral", persons=["Antti Virtanen"])]),
    case("fi-meeting-video", "fi", "2024-11-15",
         "Suomen ja Ruotsin puolustusministerit pitivät torstaina videoneuvottelun ja keskustelivat Naton "
         "pohjoisesta puolustuksesta.",
         [ev("meeting", ["FIN", "SWE"], date="2024-11-14", mode="phone")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
