"""The extract stage on short articles in eight languages written for these tests (none of these sentences is
in tests/data/heldout/field11.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of exercises and aid, the field genres of
the field11 set: a unit that "also" joins the exercise just told (bg "се присъедини и"), hardware that
arrived with the destination told first (sr "U Srbiju je … stigla nova partija …"), training run by the
other side's instructors (sr "koju su izveli … instruktori", hr "koji su … provodili … instruktori", el "από
… εκπαιδευτές", da "hvor danske instruktører har undervist dem", fi "jonka ovat antaneet … kouluttajat"),
"päättää" that finishes a course and decides nothing (fi), a running total "vuodesta 2022 alkaen" (fi), the
rest of a delivery still to come (ro "Restul … urmează să fie livrate"), a minister who met the trainees
(no "møtte de ukrainske soldatene") and a warship's port call that is no
visit of officials (el "πραγματοποίησε επίσκεψη στο λιμάνι") and the ministry by its acronym ("το ΥΠΕΘΑ
υπέγραψε σύμβαση με …", el) as a state body buying at home.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- bg: a unit that also joins the exercise just told
    case("bg-se-prisaedini-i-joins-the-exercise", "bg", DAY,
         "Съвместното българо-гръцко учение „Сокол 2026“ приключи в петък на полигона Корен. Към учението се "
         "присъедини и мотопехотен взвод от Сърбия.",
         [ev("exercise", ["BGR", "GRC", "SRB"])]),
    # ---- sr: the destination told first, then the arrival and the hardware
    case("sr-u-srbiju-stigla-partija-is-a-delivery", "sr", DAY,
         "U Srbiju je u utorak stigla nova partija ruskih oklopnih vozila, saopštilo je Ministarstvo "
         "odbrane.",
         [ev("aid", ["RUS", "SRB"], date="2026-09-15")]),
    # ---- sr: training run by the other side's instructors
    case("sr-koju-su-izveli-instruktori-is-training-given", "sr", DAY,
         "Pripadnici Vojske Srbije završili su u petak obuku za rukovanje dronovima, koju su u Nišu izveli "
         "beloruski instruktori.",
         [ev("aid", ["BLR", "SRB"])]),
    # ---- hr: the same with "provodili"
    case("hr-provodili-instruktori-is-training-given", "hr", DAY,
         "Pripadnici Hrvatske vojske završili su u petak tečaj za rukovanje dronovima, koji su u Poljskoj "
         "provodili britanski instruktori.",
         [ev("aid", ["GBR", "HRV"], location="POL")]),
    # ---- el: training given by the other side's instructors
    case("el-apo-ekpaideutes-is-training-given", "el", DAY,
         "Είκοσι πιλότοι της Πολεμικής Αεροπορίας ολοκλήρωσαν τον Αύγουστο στη Γαλλία εκπαίδευση στα νέα "
         "αεροσκάφη από Γάλλους εκπαιδευτές. Το ΓΕΑ ανακοίνωσε την ολοκλήρωση του προγράμματος.",
         [ev("aid", ["FRA", "GRC"], date="2026-08")]),
    # ---- el: a warship's port call is no visit of officials
    case("el-episkepsi-sto-limani-is-no-meeting", "el", DAY,
         "Στην άσκηση συμμετείχαν μονάδες της Ελλάδας και της Κύπρου. Την ίδια ημέρα, η ισπανική φρεγάτα "
         "«Méndez Núñez» πραγματοποίησε επίσκεψη στο λιμάνι της Σούδας.",
         [ev("exercise", ["CYP", "GRC"])]),
    # ---- el: the ministry by its acronym signing with a Greek company is procurement at home
    case("el-ypetha-symvasi-is-procurement-at-home", "el", DAY,
         "Στην Ελευσίνα έφτασαν την Τετάρτη δέκα ελικόπτερα που παραχωρούν δωρεάν οι ΗΠΑ στον Ελληνικό "
         "Στρατό. Την Πέμπτη, το ΥΠΕΘΑ υπέγραψε σύμβαση με την Ελληνική Αεροπορική Βιομηχανία για τη "
         "συντήρηση αεροσκαφών.",
         [ev("aid", ["GRC", "USA"], date="2026-09-16")]),
    # ---- da: the other side's instructors who taught the trainees
    case("da-instruktorer-har-undervist-is-training-given", "da", DAY,
         "I sidste uge afsluttede 40 litauiske soldater et kursus i Holstebro, hvor danske instruktører har "
         "undervist dem i minerydning. Forsvaret meddelte det onsdag.",
         [ev("aid", ["DNK", "LTU"])]),
    # ---- fi: "päättää" finishes a course; the instructors who gave it
    case("fi-paattanyt-koulutuksen-is-training-given", "fi", DAY,
         "Noin 40 virolaista sotilasta on päättänyt Suomessa koulutuksen, jonka ovat antaneet suomalaiset "
         "kouluttajat. Puolustusvoimat kertoi asiasta tiistaina.",
         [ev("aid", ["EST", "FIN"], location="FIN")]),
    # ---- fi: a running total since a year is no aid of that year
    case("fi-vuodesta-alkaen-is-a-running-total", "fi", DAY,
         "Suomalaiset kouluttajat kouluttivat elokuussa Britanniassa ukrainalaisia sotilaita. Suomi on "
         "lähettänyt Ukrainalle puolustustarvikeapua vuodesta 2022 alkaen.",
         [ev("aid", ["FIN", "UKR"], date="2026-08")]),
    # ---- no: a minister who met the trainees met no officials of their state
    case("no-motte-de-soldatene-is-no-meeting", "no", DAY,
         "Rundt 300 ukrainske soldater har fullført en opplæring som er gitt av norske instruktører. "
         "Forsvarsministeren besøkte Setermoen onsdag og møtte de ukrainske soldatene.",
         [ev("aid", ["NOR", "UKR"], location="NOR")]),
    # ---- ro: the rest of the delivery still to come is no new pledge
    case("ro-restul-urmeaza-sa-fie-livrate-is-no-pledge", "ro", DAY,
         "Luni, la Chișinău, România a predat Armatei Naționale a Republicii Moldova zece camioane "
         "militare și patru ambulanțe. Restul echipamentelor din pachetul de asistență urmează să fie "
         "livrate în prima jumătate a anului viitor, au precizat oficialii.",
         [ev("aid", ["MDA", "ROU"], date="2026-09-14")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
