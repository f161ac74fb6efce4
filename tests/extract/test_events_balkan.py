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
    case("ro-unnamed-own-minister-and-foreign-counterpart", "ro", "2025-03-05",
         "Ministrul apărării naționale a avut o convorbire telefonică cu omologul său francez.",
         [ev("meeting", ["FRA", "ROU"], mode="phone")]),
    case("ro-exercise-observers-named-before-the-word", "ro", "2025-06-12",
         "Militari din România, Bulgaria și Grecia participă la exercițiul militar "
         "comun desfășurat la Cincu, "
         "iar Republica Moldova și Georgia participă ca observatori.",
         [ev("exercise", ["BGR", "GRC", "ROU"])]),
    case("ro-meeting-visit", "ro", "2025-03-05",
         "Ministrul apărării naționale, Ion Popescu, l-a primit luni, la sediul MApN din "
         "București, pe omologul "
         "său bulgar, Petar Ivanov, aflat în vizită oficială în România. Cei doi miniștri au discutat despre "
         "cooperarea în domeniul apărării și securitatea la Marea Neagră.",
         [ev("meeting", ["BGR", "ROU"], date="2025-03-03", location="ROU", mode="visit",
             persons=["Ion Popescu", "Petar Ivanov"])]),
    case("ro-signing-memorandum-cedilla", "ro", "2025-03-05",
         "Ministrul apărării al Republicii Moldova, Vasile Rusu, şi omologul său român, "
         "Ion Popescu, au semnat "
         "marţi, la Chişinău, un memorandum de înţelegere privind cooperarea în domeniul instruirii "
         "militare.",
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
         "Germania a donat Republicii Moldova echipamente militare în valoare de zece "
         "milioane de euro, a anunțat "
         "joi Ministerul Apărării de la Chișinău.",
         [ev("aid", ["DEU", "MDA"])]),
    case("ro-phone", "ro", "2025-12-11",
         "Ministrul apărării naționale, Ion Popescu, a avut miercuri o convorbire telefonică cu omologul "
         "său polonez, în cadrul căreia au discutat despre cooperarea militară.",
         [ev("meeting", ["POL", "ROU"], date="2025-12-10", mode="phone")]),
    case("ro-loi", "ro", "2025-12-11",
         "România și Franța au semnat ieri la Paris o scrisoare de intenție privind cooperarea în "
         "domeniul apărării.",
         [ev("agreement", ["FRA", "ROU"], date="2025-12-10", doc_type="letter_of_intent")]),
    case("ro-aid", "ro", "2025-12-11",
         "România a livrat Republicii Moldova echipamente militare donate de Ministerul Apărării "
         "Naționale.",
         [ev("aid", ["MDA", "ROU"])]),
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
         "Ushtarë nga Shqipëria, Kosova dhe Shtetet e Bashkuara kanë zhvilluar një "
         "stërvitje të përbashkët në "
         "poligonin e Bizës, me qëllim forcimin e ndërveprueshmërisë.",
         [ev("exercise", ["ALB", "USA", "XKX"])]),
    case("sq-phone-call", "sq", "2025-10-16",
         "Ministri i Mbrojtjes së Kosovës, Agim Krasniqi, zhvilloi të martën një bisedë telefonike me "
         "sekretarin amerikan të Mbrojtjes, John Miller.",
         [ev("meeting", ["USA", "XKX"], date="2025-10-14", mode="phone",
             persons=["Agim Krasniqi", "John Miller"])]),
    case("sq-receive", "sq", "2025-03-11",
         "Ministri i Mbrojtjes, Arben Hoxha, priti sot në Tiranë homologun e tij italian, Marco Rossi, i "
         "cili ndodhet në një vizitë zyrtare në Shqipëri.",
         [ev("meeting", ["ALB", "ITA"], date="2025-03-11", mode="visit", location="ALB")]),
    case("sq-memo", "sq", "2025-03-11",
         "Shqipëria dhe Kosova nënshkruan të hënën në Prishtinë një memorandum mirëkuptimi për "
         "bashkëpunim në fushën e mbrojtjes.",
         [ev("agreement", ["ALB", "XKX"], date="2025-03-10", doc_type="memorandum")]),
    case("sq-exercise-2", "sq", "2025-03-11",
         "Forcat e Armatosura të Shqipërisë dhe ushtarë amerikanë zhvilluan javën e kaluar një stërvitje "
         "të përbashkët në Bizë.",
         [ev("exercise", ["ALB", "USA"])]),
    case("sq-aid", "sq", "2025-03-11",
         "Turqia i dhuroi Forcës së Sigurisë së Kosovës automjete ushtarake dhe pajisje.",
         [ev("aid", ["TUR", "XKX"])]),
    case("sq-intent", "sq", "2025-03-11",
         "Ministrat e Mbrojtjes të Shqipërisë dhe Malit të Zi ranë dakord të thellojnë bashkëpunimin në "
         "fushën e trajnimit ushtarak.",
         [ev("intent", ["ALB", "MNE"])]),
    case("sq-loi", "sq", "2025-03-11",
         "Ministria e Mbrojtjes e Kosovës dhe ajo e Kroacisë kanë nënshkruar një letër qëllimi për "
         "bashkëpunim në fushën e mbrojtjes.",
         [ev("agreement", ["HRV", "XKX"], doc_type="letter_of_intent")]),
    case("sq-perf-sign", "sq", "2025-12-11",
         "Ministria e Mbrojtjes e Shqipërisë dhe ajo e Turqisë kanë nënshkruar dje në Ankara planin e "
         "bashkëpunimit ushtarak për vitin 2026.",
         [ev("agreement", ["ALB", "TUR"], date="2025-12-10", doc_type="plan")]),
    case("sq-pass-sign", "sq", "2025-12-11",
         "U nënshkrua sot në Tiranë marrëveshja për bashkëpunim në fushën e mbrojtjes ndërmjet Shqipërisë "
         "dhe Bullgarisë.",
         [ev("agreement", ["ALB", "BGR"], date="2025-12-11", doc_type="agreement")]),
    case("sq-visit", "sq", "2025-12-11",
         "Shefi i Shtabit të Përgjithshëm të Forcave të Armatosura të Shqipërisë zhvilloi një vizitë "
         "zyrtare në Greqi, ku u takua me homologun e tij grek.",
         [ev("meeting", ["ALB", "GRC"], mode="visit", location="GRC")]),
    case("sq-ex-held", "sq", "2025-12-11",
         "Ushtarë shqiptarë dhe italianë kanë zhvilluar një stërvitje të përbashkët në Shqipëri.",
         [ev("exercise", ["ALB", "ITA"])]),
    case("sq-handover", "sq", "2025-12-11",
         "Shtetet e Bashkuara i dorëzuan sot Forcave të Armatosura të Shqipërisë automjete ushtarake.",
         [ev("aid", ["ALB", "USA"])]),
    case("sq-kosovo-def", "sq", "2025-12-11",
         "Ministri i Mbrojtjes i Kosovës takoi dje në Prishtinë ambasadorin e Gjermanisë, me të cilin "
         "diskutuan bashkëpunimin në fushën e mbrojtjes.",
         [ev("meeting", ["DEU", "XKX"], date="2025-12-10")]),
    case("sq-intent-perf", "sq", "2025-12-11",
         "Ministri i Mbrojtjes së Kosovës Arben Krasniqi tha se Kosova dhe Shqipëria janë zotuar të "
         "forcojnë bashkëpunimin ushtarak.",
         [ev("intent", ["ALB", "XKX"])]),
    case("sq-nodiacritic", "sq", "2025-12-11",
         "Ministri i Mbrojtjes se Kosoves, Arben Krasniqi, priti dje ne Prishtine ambasadorin e Frances, "
         "me te cilin diskutuan bashkepunimin ne fushen e mbrojtjes.",
         [ev("meeting", ["FRA", "XKX"], date="2025-12-10")]),
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
         "Για τρίτη συνεχή χρονιά, ναυτικές μονάδες της Ελλάδας και της Αιγύπτου διεξήγαγαν "
         "κοινή άσκηση στη Μεσόγειο "
         "τον Νοέμβριο.",
         [ev("exercise", ["EGY", "GRC"], date="2025-11")]),
    case("el-phone", "el", "2025-03-06",
         "Ο Υπουργός Εθνικής Άμυνας Νίκος Παππάς είχε χθες τηλεφωνική επικοινωνία με τον Γάλλο ομόλογό "
         "του Ζαν Μαρτέν, με τον οποίο συζήτησαν θέματα αμυντικής συνεργασίας.",
         [ev("meeting", ["FRA", "GRC"], date="2025-03-05", mode="phone")]),
    case("el-loi", "el", "2025-03-06",
         "Την Τρίτη υπεγράφη στη Λευκωσία Επιστολή Προθέσεων μεταξύ των Υπουργείων Άμυνας της Ελλάδας και "
         "της Κύπρου για τη συνεργασία στον τομέα της εκπαίδευσης.",
         [ev("agreement", ["CYP", "GRC"], date="2025-03-04", doc_type="letter_of_intent")]),
    case("el-exercise-2", "el", "2025-03-07",
         "Ολοκληρώθηκε την Πέμπτη η κοινή αεροναυτική άσκηση των Ενόπλων Δυνάμεων της Ελλάδας και της "
         "Αιγύπτου στην Ανατολική Μεσόγειο.",
         [ev("exercise", ["EGY", "GRC"])]),
    case("el-pledge", "el", "2025-03-07",
         "Ο Έλληνας υπουργός Άμυνας δεσμεύτηκε ότι η Ελλάδα θα στηρίξει τον εκσυγχρονισμό των ενόπλων "
         "δυνάμεων της Αρμενίας.",
         [ev("intent", ["ARM", "GRC"])]),
    case("el-background", "el", "2025-03-07",
         "Ο υπουργός Άμυνας της Ελλάδας συναντήθηκε σήμερα με τον Ισραηλινό ομόλογό του στην Αθήνα. "
         "Υπενθυμίζεται ότι το 2019 οι δύο χώρες είχαν υπογράψει συμφωνία αμυντικής συνεργασίας.",
         [ev("meeting", ["GRC", "ISR"], date="2025-03-07"),
          ev("agreement", ["GRC", "ISR"], historical=True)]),
    case("el-visit-passive", "el", "2025-05-13",
         "Ο Αρχηγός ΓΕΕΘΑ Στρατηγός Γιώργος Νικολάου πραγματοποίησε τη Δευτέρα 12 Μαΐου επίσημη επίσκεψη "
         "στη Ρουμανία, όπου συναντήθηκε με τον Αρχηγό του Γενικού Επιτελείου Άμυνας της Ρουμανίας.",
         [ev("meeting", ["GRC", "ROU"], date="2025-05-12", mode="visit", location="ROU")]),
    case("el-perf-sign", "el", "2025-05-20",
         "Μνημόνιο Συνεργασίας στον τομέα της αμυντικής βιομηχανίας έχουν υπογράψει την 19η Μαΐου η "
         "Ελλάδα και η Ινδία.",
         [ev("agreement", ["GRC", "IND"], doc_type="memorandum")]),
    case("el-met-gen", "el", "2025-05-20",
         "Συνάντηση με τον Υπουργό Άμυνας της Σερβίας είχε στις 15 Μαΐου ο Έλληνας Υφυπουργός Εθνικής "
         "Άμυνας.",
         [ev("meeting", ["GRC", "SRB"], date="2025-05-15")]),
    case("el-plan", "el", "2025-12-11",
         "Το Πρόγραμμα Στρατιωτικής Συνεργασίας για το 2026 υπέγραψαν χθες στην Αθήνα εκπρόσωποι των "
         "Γενικών Επιτελείων της Ελλάδας και της Βουλγαρίας.",
         [ev("agreement", ["BGR", "GRC"], date="2025-12-10", doc_type="plan")]),
    case("el-donation", "el", "2025-12-11",
         "Η Ελλάδα παρέδωσε στον Λίβανο στρατιωτικά οχήματα στο πλαίσιο της στρατιωτικής βοήθειας προς "
         "τις Ένοπλες Δυνάμεις του Λιβάνου.",
         [ev("aid", ["GRC", "LBN"])]),
    case("el-grant", "el", "2025-12-11",
         "Η Ελλάδα χορήγησε στην Αρμενία στρατιωτικό υλικό για τις ανάγκες των ενόπλων δυνάμεων της "
         "χώρας.",
         [ev("aid", ["ARM", "GRC"])]),
    case("el-exercise-list-with-articles", "el", "2025-12-11",
         "Στην άσκηση, που διεξήχθη στη Σούδα, συμμετείχαν πολεμικά πλοία της Ελλάδας, της "
         "Γαλλίας και της Ιταλίας.",
         [ev("exercise", ["FRA", "GRC", "ITA"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
