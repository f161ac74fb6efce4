"""The clean and extract stages on short texts in six languages written for these tests (none of these
sentences is in tests/data/heldout/balkan_cee5.jsonl or in any shared set).

Each case pins general press wording met by the balkan_cee5 set: a "related articles" line whose headline runs
long is page furniture (hu "Kapcsolódó cikkek: Honvédség: … gyakorlat"); a warship that "arrived today on a
visit to the port" is no visit of officials (bg "пристигна днес на посещение в пристанище"), the joint drill
told with it is still an exercise; a factory at home that delivered to the own forces (sr/bs "isporučila
domaća fabrika", hr "domaća tvornica") is procurement, no aid of another state the article names; the Pokljuka
training area is a place in Slovenia (sl "Na Pokljuki"), Komárom one in Hungary (hu "Komáromban"). Event cases
follow ../shared/eval/GUIDELINES.md; the helpers are those of tests/extract/test_events.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-10-14"  # a Wednesday

PAGES = [
    ("hu-kapcsolodo-cikkek-long-headline", "hu",
     "Szalay-Bobrovniczky Kristóf kedden Bécsben tárgyalt osztrák kollégájával.\n\n"
     "Kapcsolódó cikkek: Honvédség: befejeződött a többnemzeti gyakorlat a bakonyi lőtéren\n",
     ["tárgyalt osztrák kollégájával"], ["többnemzeti gyakorlat"]),
]


test_page_furniture_is_dropped = cleaning_test(PAGES)


CASES = [
    # ---- bg: a warship that arrived today on a port visit is no visit of officials
    case("bg-pristigna-dnes-na-poseshtenie-v-pristanishte-is-no-meeting", "bg", DAY,
         "Италианската фрегата „Карло Бергамини“ пристигна днес на посещение в пристанище Бургас. "
         "Във вторник корабът проведе съвместна тренировка с българския корвет „Бодри“.",
         [ev("exercise", ["BGR", "ITA"], date="2026-10-13")]),
    # ---- sr, hr, bs: a factory at home that delivered to the own forces is no aid of the other state named
    case("sr-isporucila-domaca-fabrika-is-at-home", "sr", DAY,
         "Pripadnici Vojske Srbije i Vojske Crne Gore izveli su u utorak zajedničku vežbu kod Prijepolja. "
         "Na vežbi su korišćeni minobacači koje je Vojsci Srbije prošle godine isporučila domaća fabrika "
         "„Krušik”.",
         [ev("exercise", ["MNE", "SRB"], date="2026-10-13")]),
    case("hr-isporucila-domaca-tvornica-is-at-home", "hr", DAY,
         "Pripadnici Hrvatske vojske i Slovenske vojske izveli su u utorak zajedničku vježbu kod Slunja. "
         "Na vježbi su korištena oklopna vozila koja je Hrvatskoj vojsci prošle godine isporučila domaća "
         "tvornica „Đuro Đaković”.",
         [ev("exercise", ["HRV", "SVN"], date="2026-10-13")]),
    case("bs-isporucila-domaca-fabrika-is-at-home", "bs", DAY,
         "Pripadnici Oružanih snaga BiH i Vojske Crne Gore izveli su u utorak zajedničku vježbu kod "
         "Nevesinja. Na vježbi su korištene mine koje je Oružanim snagama BiH prošle godine isporučila "
         "domaća fabrika „Pretis”.",
         [ev("exercise", ["BIH", "MNE"], date="2026-10-13")]),
    # ---- sl: the Pokljuka training area is in Slovenia
    case("sl-na-pokljuki-is-in-slovenia", "sl", DAY,
         "Na Pokljuki je v torek potekala skupna zimska vaja pripadnikov Slovenske vojske in avstrijske "
         "vojske.",
         [ev("exercise", ["AUT", "SVN"], date="2026-10-13", location="SVN")]),
    # ---- hu: Komárom is a Hungarian town
    case("hu-komaromban-is-in-hungary", "hu", DAY,
         "A magyar honvédelmi miniszter és cseh kollégája kedden Komáromban tárgyalt.",
         [ev("meeting", ["CZE", "HUN"], date="2026-10-13", location="HUN")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
