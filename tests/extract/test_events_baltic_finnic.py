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

    # --- Latvian ------------------------------------------------------------------------------
    case("lv-meeting", "lv", "2024-11-15",
         "Latvijas aizsardzības ministrs Jānis Bērziņš otrdien Rīgā tikās ar Igaunijas aizsardzības ministru "
         "Marti Tammu. Ministri pārrunāja pretgaisa aizsardzību un kopīgās mācības.",
         [ev("meeting", ["EST", "LVA"], date="2024-11-12", location="LVA", persons=["Janis Berzins"])]),
    case("lv-agreement-memorandum", "lv", "2024-06-12",
         "Latvija un Polija pirmdien Varšavā parakstīja saprašanās memorandu par sadarbību aizsardzības jomā.",
         [ev("agreement", ["LVA", "POL"], date="2024-06-10", doc_type="memorandum", location="POL")]),
    case("lv-aid", "lv", "2025-02-14",
         "Latvija šodien nodeva Ukrainai vēl vienu militārās palīdzības sūtījumu ar munīciju un bezpilota "
         "lidaparātiem.",
         [ev("aid", ["LVA", "UKR"], date="2025-02-14")]),
    case("lv-meeting-trilateral", "lv", "2024-11-15",
         "Latvijas, Lietuvas un Igaunijas aizsardzības ministri ceturtdien tikās Viļņā un pārrunāja pretgaisa "
         "aizsardzības stiprināšanu.",
         [ev("meeting", ["EST", "LTU", "LVA"], date="2024-11-14", location="LTU", mode="multilateral")]),

    # --- Estonian -----------------------------------------------------------------------------
    case("et-meeting", "et", "2024-09-20",
         "Eesti kaitseminister Mart Kask kohtus teisipäeval Tallinnas Soome kaitseministri Pekka Virtaseniga. "
         "Ministrid arutasid kaitsekoostööd, õhutõrjet ja ühisõppusi.",
         [ev("meeting", ["EST", "FIN"], date="2024-09-17", location="EST", persons=["Mart Kask"])]),
    case("et-agreement-memorandum", "et", "2024-03-06",
         "Eesti ja Läti kaitseministrid allkirjastasid teisipäeval Riias kaitsekoostöö memorandumi.",
         [ev("agreement", ["EST", "LVA"], date="2024-03-05", doc_type="memorandum", location="LVA")]),
    case("et-aid", "et", "2025-02-14",
         "Eesti andis eile Ukrainale üle järjekordse sõjalise abi saadetise, mis sisaldab laskemoona ja droone.",
         [ev("aid", ["EST", "UKR"], date="2025-02-13")]),
    case("et-support", "et", "2024-05-10",
         "Kaitseminister Mart Kask kinnitas, et Eesti toetab kindlalt Moldova suveräänsust ja territoriaalset "
         "terviklikkust.",
         [ev("support", ["EST", "MDA"])]),
    case("et-meeting-visit-host", "et", "2024-11-15",
         "Saksa kaitseminister saabus esmaspäeval Tallinna kahepäevasele visiidile. Kaitseminister Mart Kask "
         "võttis Saksa kolleegi vastu kaitseministeeriumis.",
         [ev("meeting", ["DEU", "EST"], date="2024-11-11", location="EST", mode="visit")]),

    # --- Finnish ------------------------------------------------------------------------------
    case("fi-meeting", "fi", "2024-09-20",
         "Suomen puolustusministeri Matti Laine tapasi tiistaina Helsingissä Ruotsin puolustusministerin Erik "
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
