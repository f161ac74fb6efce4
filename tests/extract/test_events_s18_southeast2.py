"""The extract stage on short articles in Romanian, Serbian (Latin and Cyrillic), Bosnian, Albanian,
Macedonian and Greek, written for these tests (none of these sentences is in
tests/data/heldout/southeast2.jsonl or in any shared set), and the clean stage on their "read also" blocks.

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of these languages' press: "the ministers / the two
generals" opening a sentence after the talks as both sides (ro "Miniștrii au convenit", sr/bs "Dvojica
generala", sq "Të dy gjeneralët"), an exercise that "brought together" troops (ro "a reunit") or that troops
"carried out" (bs "izvodili su"), Macedonian support of the other's EU integration, thanks for help with
training, an officer who receives a donation, a running total "досега," as no events, a third state disputing
sovereign rights as no support (el), a proposal the Bosnian or Serbian presidency did not agree on as no
pledge and no exercise, a bare "read also" line with the headlines under it as furniture (ro, sq, el), weapon
types named by their designations (F-16, CV90 "бойни машини", Страјкер, C-27J, IRIS-T) as defense context, the
Greek pluperfect "είχε επισκεφθεί", the terms of a signed agreement (ro "prevede ca … să fie instruiți", sr/bs
"predviđa da se … obučavaju", sq "parashikon që … të trajnohen") as no training given, and the case forms of
names shaped as adjectives (Turskoj, Грчкој, Hrvatskoj, Slovaško) as the state visited after "u (zvaničnoj)
posjeti", "obiskal"; a running total since a year ("od 2023. godine do sada", "От 2022 г. досега", "që nga
viti") or "so far" (doslej, досега, μέχρι σήμερα, deri tani) as no delivery; a signing between two companies
(bg "фирма", "компания"; bs "kompanija", "firma") as no agreement of their states; observers attending a joint
exercise (присъстваха, prisustvovali, присуствуваа) as a sign that it was held; a joint exercise the two
states will hold (el "θα διεξαγάγουν κοινή άσκηση", mk "ќе спроведат заедничка вежба", sl "bosta izvedli
skupno vajo") as a pledge; training of the other's pilots (mk "пилоти") or of "OS BiH" (bs, written with a
space) as aid.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2025-10-15"  # a Wednesday

CASES = [
    # ---- "the ministers / the two generals" after the talks are both sides
    case("ro-ministers-agreed", "ro", DAY,
         "Ministrul apărării naționale l-a primit pe ministrul apărării al Poloniei la București.\n\n"
         "Miniștrii au convenit să organizeze cursuri comune pentru piloții de elicopter.",
         [ev("meeting", ["POL", "ROU"]), ev("intent", ["POL", "ROU"])]),
    case("sr-two-generals-agreed-latin", "sr", DAY,
         "Načelnik Generalštaba Vojske Srbije sastao se u Beogradu sa načelnikom Generalštaba Grčke.\n\n"
         "Dvojica generala dogovorila su da se proširi saradnja u obuci pilota.",
         [ev("meeting", ["GRC", "SRB"]), ev("intent", ["GRC", "SRB"])]),
    case("sr-two-generals-agreed-cyrillic", "sr", DAY,
         "Начелник Генералштаба Војске Србије састао се у Београду са начелником Генералштаба Египта.\n\n"
         "Двојица генерала договорила су да се прошири сарадња у области војног образовања.",
         [ev("meeting", ["EGY", "SRB"]), ev("intent", ["EGY", "SRB"])]),
    case("bs-two-generals-agreed", "bs", DAY,
         "Načelnik Zajedničkog štaba OS BiH sastao se u Sarajevu sa načelnikom Generalštaba Austrije.\n\n"
         "Obojica generala dogovorila su da se nastavi saradnja u deminiranju.",
         [ev("meeting", ["AUT", "BIH"]), ev("intent", ["AUT", "BIH"])]),
    case("sq-two-generals-agreed", "sq", DAY,
         "Shefi i Shtabit të Përgjithshëm të Shqipërisë u takua në Tiranë me shefin e Shtabit të "
         "Përgjithshëm të Kroacisë.\n\n"
         "Të dy gjeneralët ranë dakord të zgjerojnë stërvitjet e përbashkëta të forcave speciale.",
         [ev("meeting", ["ALB", "HRV"]), ev("intent", ["ALB", "HRV"])]),
    # ---- exercises "brought together" or "carried out"
    case("ro-exercise-brought-together", "ro", DAY,
         "Exercițiul „Scutul Carpaților” a reunit militari din România, Ungaria și Slovacia.",
         [ev("exercise", ["HUN", "ROU", "SVK"])]),
    case("bs-troops-carried-out-exercise", "bs", DAY,
         "Pripadnici Oružanih snaga BiH i vojnici iz Italije izvodili su zajedničku vježbu na poligonu "
         "Glamoč.",
         [ev("exercise", ["BIH", "ITA"])]),
    # ---- Macedonian
    case("mk-support-eu-integration", "mk", DAY,
         "Министерот за одбрана на Словенија ја изрази поддршката на Словенија за евроинтеграцијата на "
         "Северна Македонија.",
         [ev("support", ["MKD", "SVN"])]),
    case("mk-thanks-for-training-help-no-aid", "mk", DAY,
         "Министерот за одбрана на Северна Македонија се сретна во Скопје со министерот за одбрана на "
         "Италија.\n\n"
         "Тој се заблагодари за италијанската помош при обуката на македонските пилоти на хеликоптери.",
         [ev("meeting", ["ITA", "MKD"])]),
    case("mk-officer-receives-donation-hosts-no-one", "mk", DAY,
         "Германија ѝ донираше на Армијата на Северна Македонија 15 санитетски возила.\n\n"
         "Донацијата ја прими командантот на Логистичката база, бригаден генерал Петар Стојановски.",
         [ev("aid", ["DEU", "MKD"])]),
    case("mk-running-total-no-aid", "mk", DAY,
         "Министерот за одбрана на Северна Македонија го прими амбасадорот на Велика Британија.\n\n"
         "Од 2019 година досега, Велика Британија обезбеди над 20 милиони фунти воена помош за Армијата.",
         [ev("meeting", ["GBR", "MKD"])]),
    # ---- Greek: a third state disputing sovereign rights
    case("el-disputing-sovereign-rights-no-support", "el", DAY,
         "Ο υπουργός Εθνικής Άμυνας συναντήθηκε στην Αθήνα με τον Γάλλο ομόλογό του.\n\n"
         "Ο υπουργός σημείωσε ότι η Τουρκία αμφισβητεί κυριαρχικά δικαιώματα της Ελλάδας στο Αιγαίο.",
         [ev("meeting", ["FRA", "GRC"])]),
    # ---- a proposal the presidency did not agree on
    case("bs-no-agreement-on-proposal", "bs", DAY,
         "Predsjedništvo BiH nije postiglo saglasnost o prijedlogu Ministarstva odbrane da pripadnici "
         "Oružanih snaga BiH učestvuju na vježbi u Poljskoj.",
         []),
    case("sr-no-agreement-on-proposal", "sr", DAY,
         "Vlada nije postigla saglasnost o predlogu Ministarstva odbrane da pripadnici Vojske Srbije "
         "učestvuju na vežbi u Mađarskoj.",
         []),
    # ---- weapon types named by their designations are defense context (as the en pack lists them)
    case("ro-f16-delivered", "ro", DAY,
         "Olanda a livrat României încă trei avioane F-16.",
         [ev("aid", ["NLD", "ROU"])]),
    case("bg-combat-vehicles-handed-over", "bg", DAY,
         "Швеция предаде на България бойни машини CV90.",
         [ev("aid", ["BGR", "SWE"])]),
    case("mk-stryker-handed-over", "mk", DAY,
         "САД предадоа на Северна Македонија возила Страјкер.",
         [ev("aid", ["MKD", "USA"])]),
    case("sq-c27j-handed-over", "sq", DAY,
         "Italia i dorëzoi Shqipërisë dy avionë C-27J.",
         [ev("aid", ["ALB", "ITA"])]),
    case("sl-iris-t-handed-over", "sl", DAY,
         "Nemčija je Sloveniji predala dva sistema IRIS-T.",
         [ev("aid", ["DEU", "SVN"])]),
    case("el-f16-handed-over", "el", DAY,
         "Οι ΗΠΑ παρέδωσαν στην Ελλάδα δύο ακόμη F-16.",
         [ev("aid", ["GRC", "USA"])]),
    # ---- Greek pluperfect visit told as background
    case("el-had-visited", "el", DAY,
         "Ο Γάλλος υπουργός Άμυνας είχε επισκεφθεί την Ελλάδα τον Ιανουάριο του 2024.",
         [ev("meeting", ["FRA", "GRC"], mode="visit", date="2024-01", historical=True)]),
    # ---- the case forms of names shaped as adjectives name the state visited
    case("bs-official-visit-to-croatia", "bs", DAY,
         "Ministar odbrane BiH boravio je u zvaničnoj posjeti Hrvatskoj, gdje se sastao s hrvatskim "
         "ministrom odbrane.",
         [ev("meeting", ["BIH", "HRV"], mode="visit", location="HRV")]),
    case("sr-official-visit-to-greece-cyrillic", "sr", DAY,
         "Министар одбране Србије боравио је у званичној посети Грчкој, где се састао са грчким министром "
         "одбране.",
         [ev("meeting", ["GRC", "SRB"], mode="visit", location="GRC")]),
    case("sr-visit-to-turkey-latin", "sr", DAY,
         "Ministar odbrane Srbije boravio je u poseti Turskoj, gde se sastao s turskim ministrom odbrane.",
         [ev("meeting", ["SRB", "TUR"], mode="visit", location="TUR")]),
    case("sl-visited-slovakia", "sl", DAY,
         "Načelnik Generalštaba Slovenske vojske je obiskal Slovaško, kjer se je sestal s slovaškim "
         "načelnikom generalštaba.",
         [ev("meeting", ["SVK", "SVN"], mode="visit", location="SVK")]),
    # ---- the terms of a signed agreement are no training given
    case("ro-agreement-terms-no-training", "ro", DAY,
         "Ministrul apărării s-a întâlnit la București cu omologul italian.\n\n"
         "Acordul prevede ca piloții români să fie instruiți în Italia.",
         [ev("meeting", ["ITA", "ROU"])]),
    case("sr-agreement-terms-no-training", "sr", DAY,
         "Sporazum predviđa da se srpski oficiri obučavaju u Italiji.",
         []),
    case("bs-agreement-terms-no-training", "bs", DAY,
         "Sporazum predviđa da se oficiri OS BiH obučavaju u Italiji.",
         []),
    case("sq-agreement-terms-no-training", "sq", DAY,
         "Marrëveshja mes Shqipërisë dhe Italisë parashikon që pilotët shqiptarë të trajnohen në Itali.",
         []),
    # ---- a running total since a year or "so far" is no delivery
    case("bg-running-total-since", "bg", DAY,
         "От 2022 г. досега България е предоставила на Грузия военна помощ за 50 милиона лева.",
         []),
    case("sr-running-total-since", "sr", DAY,
         "Od 2023. godine do sada Mađarska je Srbiji isporučila vojnu pomoć vrednu 30 miliona evra.",
         []),
    case("bs-running-total-since", "bs", DAY,
         "Od 2019. godine do sada Katar je Oružanim snagama BiH donirao opremu vrijednu 15 miliona maraka.",
         []),
    case("sl-running-total-so-far", "sl", DAY,
         "Slovenija je Moldaviji doslej namenila za več kot 5 milijonov evrov vojaške pomoči.",
         []),
    case("sq-running-total-since", "sq", DAY,
         "Që nga viti 2021, Italia i ka dhuruar deri tani Shqipërisë pajisje ushtarake me vlerë 8 milionë "
         "euro.",
         []),
    case("mk-running-total-so-far", "mk", DAY,
         "Германија досега ѝ донираше на Северна Македонија воена опрема во вредност од 40 милиони евра.",
         []),
    case("el-running-total-so-far", "el", DAY,
         "Η Γαλλία έχει στείλει μέχρι σήμερα στην Κύπρο στρατιωτική βοήθεια αξίας 50 εκατ. ευρώ.",
         []),
    # ---- a signing between two companies is no agreement of their states; a ministry's contract is
    case("bg-companies-only-signing", "bg", DAY,
         "Българската фирма „Арсенал“ и италианската компания „Леонардо“ подписаха споразумение за "
         "производство на боеприпаси.",
         []),
    case("bs-companies-only-signing", "bs", DAY,
         "Bosanskohercegovačka kompanija Pretis i njemačka firma Diehl potpisale su ugovor o proizvodnji "
         "municije.",
         []),
    case("bg-ministry-contract-with-company", "bg", DAY,
         "Министерството на отбраната на България подписа договор с италианската компания „Леонардо“ за "
         "доставка на хеликоптери.",
         [ev("agreement", ["BGR", "ITA"], doc_type="contract")]),
    # ---- attending a joint exercise tells it was held (the observers' states are no parties)
    case("bg-observers-attended-exercise", "bg", DAY,
         "На съвместното учение на българските и гръцките военни присъстваха като наблюдатели офицери от "
         "Кипър.",
         [ev("exercise", ["BGR", "GRC"])]),
    case("sr-observers-attended-exercise", "sr", DAY,
         "Zajedničkoj vežbi Vojske Srbije i Oružanih snaga Kipra prisustvovali su kao posmatrači oficiri iz "
         "Egipta.",
         [ev("exercise", ["CYP", "SRB"])]),
    case("bs-observers-attended-exercise", "bs", DAY,
         "Zajedničkoj vježbi OS BiH i austrijskih vojnika kao posmatrači prisustvovali su oficiri iz "
         "Slovenije.",
         [ev("exercise", ["AUT", "BIH"])]),
    case("mk-observers-attended-exercise", "mk", DAY,
         "На заедничката вежба на македонските и италијанските војници како набљудувачи присуствуваа офицери "
         "од Косово.",
         [ev("exercise", ["ITA", "MKD"])]),
    # ---- a joint exercise the two states will hold is a pledge
    case("el-will-hold-joint-exercise", "el", DAY,
         "Ελλάδα και Βουλγαρία θα διεξαγάγουν κοινή άσκηση τον επόμενο χρόνο.",
         [ev("intent", ["BGR", "GRC"])]),
    case("mk-will-hold-joint-exercise", "mk", DAY,
         "Северна Македонија и Црна Гора ќе спроведат заедничка вежба следната година.",
         [ev("intent", ["MKD", "MNE"])]),
    case("sl-will-hold-joint-exercise", "sl", DAY,
         "Slovenija in Madžarska bosta prihodnje leto izvedli skupno vajo.",
         [ev("intent", ["HUN", "SVN"])]),
    # ---- training given to the other's pilots or to "OS BiH" written with a space
    case("mk-trained-pilots", "mk", DAY,
         "Италија обучи 12 македонски пилоти.",
         [ev("aid", ["ITA", "MKD"])]),
    case("bs-trained-os-bih", "bs", DAY,
         "Austrija je obučila pripadnike OS BiH.",
         [ev("aid", ["AUT", "BIH"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize(("lang", "raw", "kept", "dropped"), [
    ("ro", "Ministrul apărării a vizitat unitatea din Caracal.\n\nCitește și:\nExercițiu comun cu militari "
           "bulgari la Smârdan\nNoi blindate pentru Forțele Terestre\n\nVizita a durat două ore.",
     ["Ministrul apărării a vizitat unitatea din Caracal.", "Vizita a durat două ore."],
     ["Noi blindate pentru Forțele Terestre"]),
    ("sq", "Ministri i Mbrojtjes vizitoi repartin në Zall-Herr.\n\nLexo edhe:\nStërvitje e përbashkët me "
           "Greqinë në Vlorë\nForca Detare merr dy anije patrullimi nga Italia\n\nVizita zgjati dy orë.",
     ["Ministri i Mbrojtjes vizitoi repartin në Zall-Herr.", "Vizita zgjati dy orë."],
     ["Forca Detare merr dy anije patrullimi nga Italia"]),
    ("el", "Ο υπουργός επισκέφθηκε τη μονάδα στον Έβρο.\n\nΔιαβάστε επίσης:\nΚοινή άσκηση με την Ιταλία "
           "στο Ιόνιο\nΔύο νέες φρεγάτες από τη Γαλλία\n\nΗ επίσκεψη διήρκεσε δύο ώρες.",
     ["Ο υπουργός επισκέφθηκε τη μονάδα στον Έβρο.", "Η επίσκεψη διήρκεσε δύο ώρες."],
     ["Δύο νέες φρεγάτες από τη Γαλλία"]),
])
def test_read_also_block_is_furniture(registry: PackRegistry, lang: str, raw: str, kept: list[str],
                                      dropped: list[str]) -> None:
    check_cleaning(registry, lang, raw, kept, dropped)
