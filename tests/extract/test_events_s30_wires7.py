"""The extract stage on short wire items in four languages written for these tests (none of these sentences is
in tests/data/heldout/wires7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the agency items of the wires7 set: "Milan", the
common given name of the Serbian, Croatian and Slovenian press (an editor's or spokesman's name: "Urednik: Milan
Petrović"), which is no mention of the Italian city (the city is "Milano" in these languages), and the
Polish supply contract with its seller named between ("umowę z rządem USA na dostawę", "umowę z Koreą
Południową na zakup"), a contract like "umowę na dostawę".
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- sr: the editor's given name is no Italian city (it had made an intent SRB-ITA of "će nastaviti")
    case("sr-urednik-milan-is-no-city", "sr", DAY,
         "BEOGRAD, 16. septembra (Tanjug) - Ministar odbrane Dragan Marković obišao je danas pripadnike Druge "
         "brigade Kopnene vojske na vežbi kod Niša.\n\n"
         "Marković je rekao da je Vojska Srbije jača nego ranije i da će nastaviti opremanje novim "
         "naoružanjem.\n\nUrednik: Milan Jovanović",
         []),
    # ---- hr: the same with a Croatian editor
    case("hr-urednik-milan-is-no-city", "hr", DAY,
         "ZAGREB, 16. rujna (Hina) - Ministar obrane Ivo Perić obišao je danas pripadnike Gardijske brigade na "
         "vježbi kod Slunja.\n\n"
         "Perić je rekao da je Hrvatska vojska jača nego ranije i da će nastaviti opremanje novim "
         "naoružanjem.\n\nUrednik: Milan Kovačević",
         []),
    # ---- sl: a Slovenian spokesman named Milan
    case("sl-tiskovni-predstavnik-milan-is-no-city", "sl", DAY,
         "LJUBLJANA, 16. septembra (STA) - Minister za obrambo je danes obiskal vojašnico v Postojni in dejal, "
         "da bo Slovenska vojska nadaljevala posodabljanje.\n\nIzjavo je posredoval tiskovni predstavnik Milan "
         "Kranjc.",
         []),
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


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
