"""The extract stage on short wire items in three languages written for these tests (none of these sentences
is in tests/data/heldout/wires7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the agency items of the wires7 set: the
editor's line closing a Serbian or Croatian agency item ("Urednik: Milan Petrović", "Urednica: …") is
furniture (its "Milan" had been read as the Italian city and made a party of the item), and the Polish
supply contract with its seller named between ("umowę z rządem USA na dostawę", "umowę z Koreą Południową
na zakup"), a contract like "umowę na dostawę".
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- pl: a supply contract with the seller between "umowę" and "na dostawę"
    case("pl-umowa-z-rzadem-na-dostawe-is-a-contract", "pl", DAY,
         "Warszawa (PAP) - Szef MON podpisał we wtorek w Warszawie umowę z rządem Korei Południowej na "
         "dostawę kolejnych haubic samobieżnych K9.",
         [ev("agreement", ["KOR", "POL"], date="2026-09-15", location="POL", doc_type="contract")]),
    # ---- pl: the same with "na zakup" and a state as the seller
    case("pl-umowa-z-panstwem-na-zakup-is-a-contract", "pl", DAY,
         "Polska zawarła w poniedziałek umowę ze Szwecją na zakup trzech okrętów podwodnych.",
         [ev("agreement", ["POL", "SWE"], date="2026-09-14", doc_type="contract")]),
]

PAGES = [
    # ---- sr: the editor's line of a Tanjug item before the site's cookie sentence (which is body-like, so
    # the editor's line is no closing signature; its "Milan" had been read as the Italian city)
    ("sr-urednik-line", "sr",
     "BEOGRAD, 16. septembra (Tanjug) - Ministar odbrane Dragan Marković obišao je danas pripadnike Druge "
     "brigade Kopnene vojske na vežbi kod Niša.\n\n"
     "Marković je rekao da je Vojska Srbije jača nego ranije i da će nastaviti opremanje novim "
     "naoružanjem.\n\n"
     "(kraj)\n\nUrednik: Milan Jovanović\n\nPročitajte još: Vučić o budžetu za sledeću godinu\n"
     "Ovaj sajt koristi kolačiće radi boljeg iskustva.\n",
     ["Ministar odbrane Dragan Marković", "Vojska Srbije jača"], ["Milan Jovanović"]),
    ("sr-urednik-line-cyrillic", "sr",
     "БЕОГРАД, 16. септембра (Танјуг) - Министар одбране обишао је данас припаднике Друге бригаде Копнене "
     "војске на вежби код Ниша.\n\nУредник: Милан Јовановић\n\nПрочитајте још: Вучић о буџету\n"
     "Овај сајт користи колачиће ради бољег искуства.\n",
     ["Министар одбране обишао"], ["Милан Јовановић"]),
    # ---- hr: the same in a Hina item
    ("hr-urednica-line", "hr",
     "ZAGREB, 16. rujna (Hina) - Ministar obrane Ivo Perić obišao je danas pripadnike Gardijske brigade na "
     "vježbi kod Slunja.\n\n"
     "Perić je rekao da je Hrvatska vojska jača nego ranije i da će nastaviti opremanje novim "
     "naoružanjem.\n\n"
     "Urednica: Milana Kovačević\n\nPročitajte i: Cijene goriva od utorka niže\n"
     "Ova stranica koristi kolačiće za bolje iskustvo.\n",
     ["Ministar obrane Ivo Perić", "Hrvatska vojska jača"], ["Milana Kovačević"]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


test_page_furniture_is_dropped = cleaning_test(PAGES)
