"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/en_press4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the English-language press of the
world (South Asia, Africa, the Gulf, South-East Asia, the Pacific, the Caribbean, Canada), the subject of
the en_press4 set:
- en what a signed document will do, told after its signing ("the memorandum would help the Defence
  Industries Corporation of Ghana acquire technology", "the deal would also help") is its purpose, no pledge
  of either side, as it was for an exercise or a boat;
- en equipment that "will help them/us/you protect (guard, secure, patrol, defend, monitor)" is its use, no
  pledge, as "will help protect" was;
- en a supply, sale or transfer whose possibility or prospect is discussed ("discussed the possibility of
  South Korea supplying howitzers") is no delivery;
- en the Sulawesi (Celebes) Sea and the Gulf of Aden are no place of Indonesia or Yemen, as the Gulf of
  Guinea and the Philippine Sea were;
- en a force that "received (receives) ~" one patrol boat, patrol vessel, patrol ship, helicopter, frigate,
  corvette, submarine or radar, or "its (their) ~ vessel/ship/boat", has a delivery, as one that received
  several had;
- en a capital as the subject of a stance ("Washington remains committed", "Beijing stood with") is its
  government, no venue of the talks the sentence tells;
- en Tema and Sekondi, the seats of the Ghana Navy's Eastern and Western Naval Commands, are places of Ghana.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- a signed document's purpose is no pledge
    case("en-memorandum-would-help-is-purpose", "en", DAY,
         "Ghana and the Czech Republic signed a memorandum of understanding on defence industry cooperation "
         "in Accra on Tuesday. Speaking after the signing, a Ghanaian "
         "official said the memorandum would help the Defence Industries Corporation of Ghana acquire new "
         "technology.",
         [ev("agreement", ["CZE", "GHA"], date="2026-10-13", doc_type="memorandum")]),
    case("en-agreement-will-help-is-purpose", "en", DAY,
         "Sri Lanka and Japan signed a defence equipment transfer agreement in Colombo on Monday. At the "
         "signing ceremony, the navy chief said the agreement will help Sri Lanka improve its maritime "
         "surveillance.",
         [ev("agreement", ["JPN", "LKA"], date="2026-10-12", doc_type="agreement")]),
    case("en-deal-would-also-help-is-purpose", "en", DAY,
         "Kenya and Uganda inked a defence pact in Kampala on Monday. After the signing, "
         "officials said the deal would also help Kenya and Uganda fight cattle rustlers along the common "
         "border.",
         [ev("agreement", ["KEN", "UGA"], date="2026-10-12")]),
    # ---- equipment that will help you/them protect
    case("en-will-help-them-protect-is-use", "en", DAY,
         "New Zealand's defence minister Judith Collins handed over two patrol boats to Fiji at a ceremony "
         "in Suva on Monday. \"These boats belong to the people of Fiji and will help them guard their "
         "waters,\" Ms Collins said.",
         [ev("aid", ["FJI", "NZL"], date="2026-10-12")]),
    case("en-would-help-us-protect-is-use", "en", DAY,
         "Japan donated three coastal radars to the Philippine Navy in Manila on Tuesday. The Philippine "
         "navy chief said the radars were Japan's gift to the Philippines and would help us protect our "
         "shores.",
         [ev("aid", ["JPN", "PHL"], date="2026-10-13")]),
    # ---- a possible supply, sale or transfer
    case("en-possibility-of-supplying-is-no-aid", "en", DAY,
         "South Korea's defence minister met his Thai counterpart in Bangkok on Monday. The two ministers "
         "also discussed the possibility of South Korea supplying howitzers to the Royal Thai Army.",
         [ev("meeting", ["KOR", "THA"], date="2026-10-12", location="THA")]),
    case("en-prospect-of-supplying-is-no-aid", "en", DAY,
         "India's army chief held talks with Vietnam's defence minister in Hanoi on Monday. They explored "
         "the prospect of India supplying BrahMos missiles to Vietnam, officials said.",
         [ev("meeting", ["IND", "VNM"], date="2026-10-12", location="VNM")]),
    # ---- the naval bases of Ghana
    case("en-tema-is-gha", "en", DAY,
         "Ghanaian and Nigerian warships held a joint anti-piracy drill off the coast of Tema on Monday.",
         [ev("exercise", ["GHA", "NGA"], date="2026-10-12", location="GHA")]),
    case("en-sekondi-is-gha", "en", DAY,
         "The naval chiefs of Nigeria and Togo met at the Western Naval Command in Sekondi on Tuesday on the "
         "margins of a Gulf of Guinea maritime security workshop.",
         [ev("meeting", ["NGA", "TGO"], date="2026-10-13", location="GHA")]),
    # ---- seas named after a region of one state
    case("en-sulawesi-sea-is-no-place", "en", DAY,
         "Malaysian and Philippine navy ships held a coordinated patrol in the Sulawesi Sea on Monday.",
         [ev("exercise", ["MYS", "PHL"], date="2026-10-12", location=None)]),
    case("en-gulf-of-aden-is-no-place", "en", DAY,
         "Japanese and Indian warships held a joint anti-piracy drill in the Gulf of Aden on Monday.",
         [ev("exercise", ["IND", "JPN"], date="2026-10-12", location=None)]),
    # ---- one vessel or aircraft received
    case("en-received-patrol-boat-is-aid", "en", DAY,
         "Tonga received its first Guardian-class patrol boat from Australia in 2019.",
         [ev("aid", ["AUS", "TON"], date="2019", historical=True)]),
    case("en-received-patrol-vessel-is-aid", "en", "2017-03-10",
         "The Ghana Navy received a new offshore patrol vessel from China at a ceremony in Tema on Thursday.",
         [ev("aid", ["CHN", "GHA"], date="2017-03-09")]),
    case("en-receives-helicopter-is-aid", "en", DAY,
         "The Kenya Air Force receives its first Bell 412 helicopter from the United States today.",
         [ev("aid", ["KEN", "USA"], date="2026-10-14")]),
    case("en-received-its-vessel-is-aid", "en", DAY,
         "Fiji received its third Guardian-class vessel from Australia in 2023, the navy said.",
         [ev("aid", ["AUS", "FJI"], date="2023", historical=True)]),
    # ---- a capital as the subject of a stance is its government, no venue
    case("en-washington-remains-is-no-venue", "en", DAY,
         "During a meeting with the Guyanese army chief on Monday, the visiting US general said Washington "
         "remains committed to the security of the region.",
         [ev("meeting", ["GUY", "USA"], date="2026-10-12", location=None)]),
    case("en-beijing-stood-is-no-venue", "en", DAY,
         "During talks with the Cambodian army chief on Monday, the visiting Chinese general said Beijing "
         "stood firmly with its friends in the region.",
         [ev("meeting", ["CHN", "KHM"], date="2026-10-12", location=None)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
