"""The extract stage on short field-genre articles (exercises and aid) written for these tests (none of these
sentences is in tests/data/heldout/field6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of exercises and aid in Romanian, Greek,
Swedish, Finnish, Hungarian, Czech, Lithuanian and Georgian press: a state that "also" takes part in the
sentence after the exercise (markers `also`: ro "de asemenea", el "επίσης", sv "även", fi "myös", lt "taip
pat"; hu, cs and ka only with taking part or the exercise word, since a bare "is", "také" or "ასევე" also
tells the same visit's talks with one more official); Finnish "aloitti(vat)" (started) an exercise;
Lithuanian "baigė" (ended) an exercise; Swedish "levererades" and the supine "utbildat" with an adverb or the
subject between; an exercise that "samlar" its parties' troops; a Greek hand-over in the future as a pledge;
Lithuania's defence ministry by its full name; the Romanian given name Georgiana as no Georgian; the
Försvarsmakten "Relaterat:" link line as furniture.

Second round: Czech hardware that arrived ("dorazilo … tanků", "tanky … dorazily") as a delivery (cs
`materiel`, and the arrival verb before the hardware in `deliver`). Third round: Lithuanian training areas
and border districts as places ("Lazdijų rajone").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- a state that "also" takes part joins the exercise told just before
    case("ro-de-asemenea-also-takes-part", "ro", DAY,
         "Exercițiul militar Carpathian Shield 2026 a început marți la Cincu, cu militari din România, "
         "Polonia și Spania.\nLa exercițiu participă, de asemenea, o companie din Portugalia.",
         [ev("exercise", ["ESP", "POL", "PRT", "ROU"])]),
    case("el-episis-also-takes-part", "el", DAY,
         "Η στρατιωτική άσκηση «Αιγαίο 2026» ξεκίνησε τη Δευτέρα με τη συμμετοχή δυνάμεων από την Ελλάδα, "
         "την Ιταλία και την Ισπανία.\nΣτην άσκηση συμμετέχει επίσης η Πορτογαλία με ένα πλοίο.",
         [ev("exercise", ["ESP", "GRC", "ITA", "PRT"])]),
    case("sv-aven-also-takes-part", "sv", DAY,
         "Övningen Nordic Shield 2026 inleddes i måndags med soldater från Sverige, Norge och Danmark.\n"
         "Även Polen deltar i övningen med ett kompani.",
         [ev("exercise", ["DNK", "NOR", "POL", "SWE"])]),
    case("fi-myos-also-takes-part", "fi", DAY,
         "Harjoitus Karhu 26 alkoi maanantaina, ja siihen osallistuu sotilaita Suomesta, Ruotsista ja "
         "Norjasta.\nMyös Tanska osallistuu harjoitukseen.",
         [ev("exercise", ["DNK", "FIN", "NOR", "SWE"])]),
    case("hu-is-reszt-vesz-also-takes-part", "hu", DAY,
         "A Danube Shield 2026 gyakorlat hétfőn kezdődött, magyar, lengyel és román katonák részvételével.\n"
         "A gyakorlaton Bulgária is részt vesz.",
         [ev("exercise", ["BGR", "HUN", "POL", "ROU"])]),
    case("cs-rovnez-ucastni-also-takes-part", "cs", DAY,
         "Cvičení Black Bear 2026 začalo v pondělí v Boleticích za účasti vojáků z Česka, Polska a "
         "Rakouska.\nCvičení se rovněž účastní Slovinsko.",
         [ev("exercise", ["AUT", "CZE", "POL", "SVN"])]),
    case("lt-taip-pat-also-takes-part", "lt", DAY,
         "Pirmadienį prasidėjo pratybos „Baltic Bear 2026“, kuriose dalyvauja Lietuvos, Latvijos ir Estijos "
         "kariai.\nPratybose taip pat dalyvauja Suomijos kariai.",
         [ev("exercise", ["EST", "FIN", "LTU", "LVA"])]),
    case("ka-sts-avleba-aseve-also-takes-part", "ka", DAY,
         "ორშაბათს დაიწყო სწავლება „მთის ფარი 2026“, რომელშიც საქართველოს, აშშ-ის და პოლონეთის სამხედროები "
         "მონაწილეობენ.\nსწავლებაში ასევე მონაწილეობს ლიტვის ქვედანაყოფი.",
         [ev("exercise", ["GEO", "LTU", "POL", "USA"])]),
    # (guards: "also" of talks with one more official of the same visit is no second meeting)
    case("hu-bare-is-talks-stay-one-meeting", "hu", DAY,
         "Szalay-Bobrovniczky Kristóf honvédelmi miniszter kedden Pozsonyban tárgyalt szlovák "
         "kollégájával.\nA miniszter a szlovák vezérkari főnökkel is tárgyalt.",
         [ev("meeting", ["HUN", "SVK"])]),
    case("cs-bare-take-talks-stay-one-meeting", "cs", DAY,
         "Ministr obrany Jaromír Zůna v úterý v Bratislavě jednal se slovenským protějškem.\n"
         "Ministr se poté setkal také se slovenským náčelníkem generálního štábu.",
         [ev("meeting", ["CZE", "SVK"])]),
    # ---- fi: an exercise the parties started (transitive "aloitti")
    case("fi-aloittivat-harjoituksen", "fi", DAY,
         "Suomen ja Viron merivoimat aloittivat tiistaina yhteisen harjoituksen Suomenlahdella.",
         [ev("exercise", ["EST", "FIN"])]),
    # ---- lt: an exercise the parties ended ("baigė")
    case("lt-baige-pratybas", "lt", DAY,
         "Latvijos ir Lietuvos kariai antradienį baigė bendras pratybas prie sienos.",
         [ev("exercise", ["LTU", "LVA"])]),
    # ---- sv: delivered (passive past), training given with an adverb between, an exercise that gathers
    case("sv-levererades-till", "sv", DAY,
         "Försvarsmakten uppger att de sista luftvärnssystemen levererades till Ukraina i augusti.",
         [ev("aid", ["SWE", "UKR"])]),
    case("sv-har-i-ar-utbildat-soldater", "sv", DAY,
         "Norska instruktörer har i år utbildat cirka 300 ukrainska soldater i Norge.",
         [ev("aid", ["NOR", "UKR"])]),
    case("sv-ovningen-samlar-soldater-fran", "sv", DAY,
         "Den danska bataljonen i Estland övar sedan i måndags vid Tapa.\nÖvningen samlar omkring 2 000 "
         "soldater från Estland, Danmark, Frankrike och Storbritannien.",
         [ev("exercise", ["DNK", "EST", "FRA", "GBR"])]),
    # ---- el: material handed over in the future is a pledge
    case("el-tha-parachorisei-is-a-pledge", "el", DAY,
         "Ο υπουργός Άμυνας ανακοίνωσε ότι η Ελλάδα θα παραχωρήσει στη Βουλγαρία δέκα τεθωρακισμένα οχήματα.",
         [ev("intent", ["BGR", "GRC"])]),
    # ---- lt: Lithuania's defence ministry by its full name names Lithuania
    case("lt-krasto-apsaugos-ministerija-is-lithuania", "lt", DAY,
         "Krašto apsaugos ministerija informuoja, kad praėjusią savaitę Latvijai perduota nauja paramos "
         "siunta.",
         [ev("aid", ["LTU", "LVA"])]),
    # ---- cs: hardware that arrived is a delivery, the verb first or last (second round)
    case("cs-dorazilo-tanku-verb-first", "cs", DAY,
         "Na Slovensko dorazilo v pondělí prvních 20 tanků z Německa.",
         [ev("aid", ["DEU", "SVK"], date="2026-09-14")]),
    case("cs-tanky-dorazily-materiel-first", "cs", DAY,
         "Prvních 20 tanků z Německa dorazilo v pondělí na Slovensko.",
         [ev("aid", ["DEU", "SVK"], date="2026-09-14")]),
    # (guard: a delegation that arrived is no delivery)
    case("cs-delegace-dorazila-no-aid", "cs", DAY,
         "Do Litvy dorazila v pondělí česká delegace vedená náčelníkem generálního štábu.",
         []),
    # ---- lt: a border district where an exercise is held is Lithuanian ground (third round)
    case("lt-lazdiju-rajone-is-lithuania", "lt", DAY,
         "Lietuvos ir Latvijos kariai antradienį surengė bendras pratybas Lazdijų rajone.",
         [ev("exercise", ["LTU", "LVA"], location="LTU")]),
    # ---- ro: a byline's Georgiana is no Georgian
    case("ro-georgiana-is-a-given-name", "ro", DAY,
         "Autor: Georgiana Marin\nNave ale Forțelor Navale Române au executat trageri de luptă în Marea "
         "Neagră.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# (id, lang, raw page, body lines that must stay, furniture that must go)
PAGES = [
    ("sv-relaterat-link-line", "sv",
     "Hemvärnet övade i helgen på Gotland med 800 soldater.\n\nDela: Facebook | LinkedIn\n"
     "Relaterat: Finska och svenska soldater samlade till övning i Boden",
     ["Hemvärnet övade i helgen på Gotland med 800 soldater."],
     ["Relaterat: Finska och svenska soldater samlade till övning i Boden"]),
]


@pytest.mark.parametrize(("case_id", "lang", "raw", "kept", "dropped"), PAGES, ids=[p[0] for p in PAGES])
def test_page_furniture_is_dropped(registry: PackRegistry, case_id: str, lang: str, raw: str, kept: list[str],
                                   dropped: list[str]) -> None:
    check_cleaning(registry, lang, raw, kept, dropped)
