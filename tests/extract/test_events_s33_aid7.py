"""The extract stage on short articles in six languages written for these tests (none of these sentences
is in tests/data/heldout/aid7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of military aid, the subject of the aid7 set:
- trainees who completed their basic (initial) training with the other side's instructors are training given
  (en "completed basic training with Canadian instructors");
- equipment paid for (funded, financed) by a state that reached or arrived in the other is a delivery
  (en "paid for by Norway arrived in Lithuania");
- sv compound weapon words ("pansarvärnsvapen", "luftvärnsvapen") are military material like "vapen";
- sv "avslutade sin grundutbildning", pl the noun first "szkolenie zakończyło … żołnierzy", da "afsluttede
  uddannelsen af … soldater": training given; nl "mijnenbestrijders" (mine-clearance crews) are troops;
- pl an announced delivery with the day between verb and noun ("zapowiedział w poniedziałek dostawy") is a
  pledge;
- en "frozen Russian assets" whose proceeds pay for aid are no party to it;
- no "gir … millioner/milliarder kroner til" (a sum given for another's purchases) is a pledge.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- en: basic training completed with the other side's instructors is training given
    case("en-completed-basic-training-with-instructors-is-aid", "en", DAY,
         "Some 250 Moldovan soldiers completed basic training with Romanian Army instructors in September.",
         [ev("aid", ["MDA", "ROU"], date="2026-09")]),
    # ---- en: equipment paid for by a state that reached the other is a delivery
    case("en-paid-for-by-arrived-is-a-delivery", "en", DAY,
         "Ten armoured ambulances paid for by Norway arrived in Lithuania in September, the army said.",
         [ev("aid", ["LTU", "NOR"], date="2026-09")]),
    # ---- sv: compound weapon words are military material
    case("sv-compound-vapen-is-materiel", "sv", DAY,
         "Finland skänkte handvapen till Estland i mars 2023.",
         [ev("aid", ["EST", "FIN"], date="2023-03", historical=True)]),
    # ---- training completed with the noun or the object first
    case("sv-avslutade-sin-grundutbildning-is-aid", "sv", DAY,
         "Estniska soldater avslutade sin grundutbildning i Finland i september.",
         [ev("aid", ["EST", "FIN"], date="2026-09")]),
    case("pl-szkolenie-zakonczylo-is-aid", "pl", DAY,
         "We wrześniu na Litwie szkolenie zakończyło 300 łotewskich żołnierzy.",
         [ev("aid", ["LTU", "LVA"], date="2026-09")]),
    case("da-afsluttede-uddannelsen-af-is-aid", "da", DAY,
         "Norske instruktører afsluttede i september uddannelsen af 150 litauiske soldater i Norge.",
         [ev("aid", ["LTU", "NOR"], date="2026-09")]),
    # ---- nl: mine-clearance crews ("mijnenbestrijders") are troops whose training is training given
    case("nl-mijnenbestrijders-opgeleid-is-aid", "nl", DAY,
         "Franse instructeurs hebben in september de opleiding van 30 Roemeense mijnenbestrijders afgerond.",
         [ev("aid", ["FRA", "ROU"], date="2026-09")]),
    # ---- pl: an announced handover or delivery with a day between verb and noun is a pledge, no delivery
    case("pl-zapowiedzial-w-dzien-dostawy-is-an-intent", "pl", DAY,
         "Minister obrony Litwy zapowiedział w poniedziałek dostawy amunicji dla Łotwy.",
         [ev("intent", ["LTU", "LVA"], date="2026-10-12")]),
    # ---- en: frozen Russian assets whose proceeds pay for aid are no party to it
    case("en-frozen-russian-assets-is-no-party", "en", DAY,
         "Canada transferred 500 million dollars from frozen Russian assets to Ukraine for drone "
         "purchases on Monday.",
         [ev("aid", ["CAN", "UKR"], date="2026-10-12")]),
    # ---- no: a state that "gir … millioner kroner til" (gives a sum for) another's purchases pledges aid
    case("no-gir-millioner-kroner-til-is-an-intent", "no", DAY,
         "Norge gir 500 millioner kroner til innkjøp av artilleriammunisjon til Litauen, opplyste "
         "forsvarsdepartementet onsdag.",
         [ev("intent", ["LTU", "NOR"], date="2026-10-14")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
