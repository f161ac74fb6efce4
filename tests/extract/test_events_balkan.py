"""The extract stage on short Romanian, Albanian and Greek articles written for these tests
(invented officials, dates resolved against `published`).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; a case
passes when every expected event is found (type and country set) with the fields it states,
and no other event is predicted.  Same checks as tests/extract/test_events.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- Romanian ----------------------------------------------------------------------------
    case("ro-exercise-observers-named-before-the-word", "ro", "2025-06-12",
         "Militari din România, Bulgaria și Grecia participă la exercițiul militar comun desfășurat la Cincu, "
         "iar Republica Moldova și Georgia participă ca observatori.",
         [ev("exercise", ["BGR", "GRC", "ROU"])]),
    case("ro-meeting-visit", "ro", "2025-03-05",
         "Ministrul apărării naționale, Ion Popescu, l-a primit luni, la sediul MApN din București, pe omologul "
         "său bulgar, Petar Ivanov, aflat în vizită oficială în România. Cei doi miniștri au discutat despre "
         "cooperarea în domeniul apărării și securitatea la Marea Neagră.",
         [ev("meeting", ["BGR", "ROU"], date="2025-03-03", location="ROU", mode="visit",
             persons=["Ion Popescu", "Petar Ivanov"])]),
    case("ro-signing-memorandum-cedilla", "ro", "2025-03-05",
         "Ministrul apărării al Republicii Moldova, Vasile Rusu, şi omologul său român, Ion Popescu, au semnat "
         "marţi, la Chişinău, un memorandum de înţelegere privind cooperarea în domeniul instruirii militare.",
         [ev("agreement", ["MDA", "ROU"], date="2025-03-04", doc_type="memorandum",
             persons=["Vasile Rusu", "Ion Popescu"])]),
    case("ro-exercise", "ro", "2025-03-21",
         "Militari din România, Polonia și Statele Unite au desfășurat în perioada 10–20 martie exercițiul "
         "multinațional Scutul de Foc, în poligonul de la Smârdan.",
         [ev("exercise", ["POL", "ROU", "USA"], date="2025-03", location="ROU")]),
    case("ro-exercise-hyphen-range", "ro", "2025-03-21",
         "Militari din România, Polonia și Statele Unite au desfășurat în perioada 10-20 martie exercițiul "
         "multinațional Scutul de Foc, în poligonul de la Smârdan.",
         [ev("exercise", ["POL", "ROU", "USA"], date="2025-03", location="ROU")]),
    case("ro-aid-donation", "ro", "2025-04-11",
         "Germania a donat Republicii Moldova echipamente militare în valoare de zece milioane de euro, a anunțat "
         "joi Ministerul Apărării de la Chișinău.",
         [ev("aid", ["DEU", "MDA"])]),
    # --- Albanian ----------------------------------------------------------------------------
    case("sq-meeting-visit", "sq", "2025-06-12",
         "Ministri i Mbrojtjes së Shqipërisë, Arben Hoxha, priti të mërkurën në Tiranë homologun e tij grek, "
         "Nikos Petridis, i cili ndodhet në një vizitë zyrtare në Shqipëri. Dy ministrat diskutuan për "
         "bashkëpunimin në fushën e mbrojtjes dhe sigurinë në rajon.",
         [ev("meeting", ["ALB", "GRC"], date="2025-06-11", location="ALB", mode="visit",
             persons=["Arben Hoxha", "Nikos Petridis"])]),
    case("sq-signing-agreement", "sq", "2025-06-12",
         "Ministri i Mbrojtjes i Kosovës, Agim Krasniqi, dhe ministri kroat i Mbrojtjes, Ivan Horvat, "
         "nënshkruan të hënën në Zagreb një marrëveshje për bashkëpunim në fushën e mbrojtjes.",
         [ev("agreement", ["HRV", "XKX"], date="2025-06-09", doc_type="agreement",
             persons=["Agim Krasniqi", "Ivan Horvat"])]),
    case("sq-exercise", "sq", "2025-10-16",
         "Ushtarë nga Shqipëria, Kosova dhe Shtetet e Bashkuara kanë zhvilluar një stërvitje të përbashkët në "
         "poligonin e Bizës, me qëllim forcimin e ndërveprueshmërisë.",
         [ev("exercise", ["ALB", "USA", "XKX"])]),
    case("sq-phone-call", "sq", "2025-10-16",
         "Ministri i Mbrojtjes së Kosovës, Agim Krasniqi, zhvilloi të martën një bisedë telefonike me "
         "sekretarin amerikan të Mbrojtjes, John Miller.",
         [ev("meeting", ["USA", "XKX"], date="2025-10-14", mode="phone",
             persons=["Agim Krasniqi", "John Miller"])]),
    # --- Greek -------------------------------------------------------------------------------
    case("el-meeting-visit", "el", "2025-03-05",
         "Ο Υπουργός Εθνικής Άμυνας Γιώργος Παπαδάκης συναντήθηκε τη Δευτέρα 3 Μαρτίου στην Αθήνα με τον "
         "Γάλλο ομόλογό του Πιερ Μαρτέν, ο οποίος πραγματοποιεί επίσημη επίσκεψη στην Ελλάδα. Οι δύο "
         "υπουργοί συζήτησαν την ενίσχυση της διμερούς αμυντικής συνεργασίας.",
         [ev("meeting", ["FRA", "GRC"], date="2025-03-03", location="GRC", mode="visit")]),
    case("el-signing-memorandum", "el", "2025-03-05",
         "Ο Υπουργός Εθνικής Άμυνας Γιώργος Παπαδάκης και ο Ιταλός ομόλογός του Μάρκο Ρόσι υπέγραψαν χθες "
         "στη Ρώμη μνημόνιο συνεργασίας στον τομέα της αμυντικής βιομηχανίας.",
         [ev("agreement", ["GRC", "ITA"], date="2025-03-04", doc_type="memorandum")]),
    case("el-exercise-parties-over-sentences-observers", "el", "2025-11-20",
         "Η Αίγυπτος και η Ελλάδα ξεκίνησαν την Κυριακή κοινή στρατιωτική άσκηση κοντά στην Αλεξάνδρεια. "
         "Στην άσκηση συμμετέχουν επίσης η Γαλλία, η Κύπρος και η Σαουδική Αραβία, καθώς και ως "
         "παρατηρητές η Ιορδανία και το Κουβέιτ.",
         [ev("exercise", ["CYP", "EGY", "FRA", "GRC", "SAU"], date="2025-11")]),
    case("el-exercise", "el", "2025-11-26",
         "Η ελληνοκυπριακή άσκηση «Αστραπή» διεξήχθη την Τρίτη 18 Νοεμβρίου στην Κρήτη με τη συμμετοχή "
         "μονάδων του Πολεμικού Ναυτικού και της Εθνικής Φρουράς της Κύπρου.",
         [ev("exercise", ["CYP", "GRC"], date="2025-11-18", location="GRC")]),
    case("el-phone-call", "el", "2025-11-26",
         "Τηλεφωνική επικοινωνία με τον Βούλγαρο ομόλογό του Ιβάν Πετρόφ είχε σήμερα ο υπουργός Εθνικής "
         "Άμυνας Γιώργος Παπαδάκης.",
         [ev("meeting", ["BGR", "GRC"], date="2025-11-26", mode="phone")]),
    case("el-ordinal-not-weekday", "el", "2025-11-26",
         "Για τρίτη συνεχή χρονιά, ναυτικές μονάδες της Ελλάδας και της Αιγύπτου διεξήγαγαν κοινή άσκηση στη Μεσόγειο "
         "τον Νοέμβριο.",
         [ev("exercise", ["EGY", "GRC"], date="2025-11")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
