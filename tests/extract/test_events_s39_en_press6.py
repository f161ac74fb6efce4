"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/en_press6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the English-language press outside the
US and UK (South Asia, Africa, Southeast Asia, Oceania, Canada, Ireland, the Gulf) on defense diplomacy, the
subject of the en_press6 set:
- a state that "stands firmly with" (resolutely, solidly, fully) another backs it (support), as "stands with"
  did; standing so with "our allies" in general names no state, nor do troops standing "shoulder to
  shoulder" with their partners in the field;
- backing for another state's "sovereign rights" (at sea, in its exclusive economic zone) is support, as
  backing for its sovereignty was;
- a ship that "sailed with" or "sailed alongside" another navy's ships in an exercise or patrol took part
  in it (exercise held);
- a navy's commander who welcomes a visiting ship's crew meets no official of the other state, nor are the
  sailors' "cross-deck visits" between ships a visit (no meeting);
- a navy that "has committed" a ship or unit to an exercise takes part in it: no pledge of its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- support: standing firmly with another state
    case("en-stands-firmly-with-is-support", "en", DAY,
         "Defence Cabinet Secretary Aden Duale said on Monday that Kenya stands firmly with Somalia as it "
         "rebuilds its national army.",
         [ev("support", ["KEN", "SOM"], date="2026-10-12")]),
    case("en-stands-resolutely-with-is-support", "en", DAY,
         "Australia stands resolutely with Papua New Guinea, the Australian defence minister told "
         "soldiers in Port Moresby on Tuesday.",
         [ev("support", ["AUS", "PNG"], date="2026-10-13")]),
    case("en-stand-firmly-with-our-allies-is-no-support", "en", DAY,
         "The Polish defence minister said on Tuesday that Poland would stand firmly with our allies.",
         []),
    case("en-stood-firmly-with-its-friends-is-no-support", "en", DAY,
         "During talks with the Kenyan army chief on Tuesday, the visiting Turkish general said Ankara stood "
         "firmly with its friends in Africa.",
         [ev("meeting", ["KEN", "TUR"], date="2026-10-13")]),
    case("en-troops-shoulder-to-shoulder-is-no-support", "en", DAY,
         "US and Philippine marines held a joint exercise in Luzon on Tuesday. \"Our soldiers stand shoulder "
         "to shoulder with our Philippine partners,\" a spokesman for the US Marine Corps said.",
         [ev("exercise", ["PHL", "USA"], date="2026-10-13")]),
    # ---- support: backing another state's sovereign rights
    case("en-supports-sovereign-rights-is-support", "en", DAY,
         "The Japanese defence minister said Japan fully supports the Philippines' sovereign rights in its "
         "exclusive economic zone.",
         [ev("support", ["JPN", "PHL"])]),
    case("en-backs-sovereign-rights-is-support", "en", DAY,
         "The Indian defence minister said on Monday in Hanoi that India backs Vietnam's sovereign rights in "
         "the South China Sea.",
         [ev("support", ["IND", "VNM"], date="2026-10-12")]),
    # ---- exercise: a ship that sailed with another navy's ships in an exercise
    case("en-sailed-with-in-exercise-is-exercise", "en", DAY,
         "A Royal Malaysian Navy corvette sailed with Indian Navy ships in a joint exercise off Penang on "
         "Friday.",
         [ev("exercise", ["IND", "MYS"], date="2026-10-09")]),
    case("en-sailed-alongside-in-exercise-is-exercise", "en", DAY,
         "Two Indonesian Navy frigates sailed alongside Australian warships in a passage exercise in the "
         "Arafura Sea on Friday.",
         [ev("exercise", ["AUS", "IDN"], date="2026-10-09")]),
    # ---- no meeting: a commander welcoming a visiting crew
    case("en-welcomed-visiting-crew-is-no-meeting", "en", DAY,
         "The commander of the Kenya Navy welcomed the visiting French crew at Mtongwe on Tuesday.",
         []),
    case("en-welcomed-crew-and-talks-is-meeting", "en", DAY,
         "The Kenyan Navy commander welcomed the visiting French crew and held talks with the French defence "
         "attache on Tuesday.",
         [ev("meeting", ["FRA", "KEN"], date="2026-10-13")]),
    # ---- no meeting: sailors' cross-deck visits between ships
    case("en-cross-deck-visits-is-no-meeting", "en", DAY,
         "The Indian and Omani navies began the exercise Naseem Al Bahr off Muscat on Monday. The commander "
         "of the Omani fleet, Rear Admiral Saif al-Rahbi, said the harbour phase had included cross-deck "
         "visits and a seminar.",
         [ev("exercise", ["IND", "OMN"])]),
    # ---- no pledge: a navy that has committed a ship to an exercise
    case("en-committed-the-frigate-is-no-pledge", "en", DAY,
         "For the exercise, the Royal Navy has committed the frigate HMS Kent and the Royal Navy of Oman two "
         "corvettes.",
         []),
    case("en-committed-frigates-to-exercise-is-exercise", "en", DAY,
         "The Royal Navy and the Omani navy have committed frigates to the joint exercise Khanjar, which "
         "began on Monday.",
         [ev("exercise", ["GBR", "OMN"])]),
    case("en-committed-to-provide-stays-intent", "en", DAY,
         "Britain has committed to provide Oman with training for its navy.",
         [ev("intent", ["GBR", "OMN"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
