"""The extract stage on short articles in five languages written for these tests (none of these sentences
is in tests/data/heldout/aid5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of military aid, the subject of the aid5 set:
- pl a package being prepared ("przygotowuje 12. pakiet pomocy wojskowej"), with an ordinal and no
  "kolejny"/"nowy", is a pledge, no delivery;
- nl a handover still to come ("zal … overdragen") is a pledge;
- cs training completed by the other side's soldiers ("absolvovali v Česku výcvik") is training given;
- ko negotiations still going on ("계약을 협상 중") and sv ongoing negotiations or talks about a sale
  ("pågår förhandlingar …", "förhandlingar … om försäljning av") are no talks held and no sale made;
- cs a running total counted from a year ("Od roku 2022 poskytlo … vojenský materiál") is no delivery.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- pl: a package being prepared is a pledge
    case("pl-przygotowuje-pakiet-is-an-intent", "pl", DAY,
         "Minister obrony narodowej zapowiedział we wtorek, że Polska przygotowuje 12. pakiet pomocy "
         "wojskowej dla Mołdawii.",
         [ev("intent", ["MDA", "POL"], date="2026-09-15")]),
    # ---- nl: a handover still to come is a pledge
    case("nl-zal-overdragen-is-an-intent", "nl", DAY,
         "Nederland zal volgend jaar drie fregatten aan Indonesië overdragen, zei de minister van Defensie.",
         [ev("intent", ["IDN", "NLD"])]),
    # ---- cs: a course completed in the giver's country is training given
    case("cs-absolvovali-vycvik-is-aid", "cs", DAY,
         "Gruzínští důstojníci absolvovali v Česku výcvik na protitankových zbraních.",
         [ev("aid", ["CZE", "GEO"], location="CZE")]),
    # ---- ko / sv: negotiations going on, or about a sale, are no talks held and no sale
    case("ko-hyeopsang-jung-is-no-meeting", "ko", DAY,
         "방위사업청은 인도네시아와 잠수함 수출 계약을 협상 중이라고 16일 밝혔다.",
         []),
    case("sv-pagar-forhandlingar-is-no-meeting", "sv", DAY,
         "Samtidigt pågår förhandlingar mellan svensk försvarsindustri och Thailand om fler Gripenplan.",
         []),
    case("sv-forhandlingar-om-forsaljning-is-no-aid", "sv", DAY,
         "Det pågår förhandlingar mellan Sverige och Colombia om försäljning av stridsflygplan.",
         []),
    # ---- cs: a running total counted from a year is no delivery
    case("cs-od-roku-poskytlo-is-no-aid", "cs", DAY,
         "Od roku 2022 poskytlo Slovensko Ukrajině vojenský materiál za více než dvě miliardy eur.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
