"""The extract stage on short English press articles of the style of South and Southeast Asian, African and
Gulf newspapers, written for these tests (none of these sentences is in tests/data/heldout/en_regional.jsonl
or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general English press wording: a "combined live-firing" or "joint
live-firing" of two armies as an exercise (a live-firing of one navy alone stays none), a plan denied ("had no
plans to send troops") as no pledge, a meeting referred back to for the time of what follows ("shortly after
the meeting of the two chiefs") as no second meeting, a logistics pact's terms ("replenishment of supplies")
as no delivery, and the UK's "Minister for the Armed Forces" as a title before a name. Second round: talks "on
the sidelines of the closing ceremony" (of an exercise, a course) are no multilateral meeting, and deliveries
that "have been delayed" are no delivery. Third round: "The two ministers discussed …, the ministry said on
Tuesday" after the talks of Monday are those talks (a `same_meeting` opening), no second meeting; Cameroon's
regional capitals and garrison towns (Maroua, Garoua, Kousseri …) as places.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- two armies' combined live-firing is an exercise; one navy's live-firing is none
    case("en-combined-live-firing", "en", DAY,
         "British and Bruneian infantry conducted a combined live-firing at Tutong on Monday, the "
         "Royal Brunei Armed Forces said.",
         [ev("exercise", ["BRN", "GBR"], date="2026-03-16")]),
    case("en-joint-live-firing-of-two-armies", "en", DAY,
         "Thai and Malaysian border troops held a joint live-firing near Padang Besar on Tuesday.",
         [ev("exercise", ["MYS", "THA"], date="2026-03-17")]),
    # (a guard, passing before and after: the live-firing words need "combined" or "joint")
    case("en-one-navys-live-firing-is-no-exercise", "en", DAY,
         "Japanese officials said a Russian flotilla had sailed through the Tsugaru Strait last month, "
         "live-firing without warning.",
         []),
    # ---- a plan denied is no pledge
    case("en-no-plans-to-send-troops", "en", DAY,
         "Fiji's Defence Minister Pio Tikoduadua met his New Zealand counterpart in Suva on Monday. On "
         "Tuesday he told parliament that Fiji had no plans to send troops to New Zealand this year.",
         [ev("meeting", ["FJI", "NZL"], date="2026-03-16", location="FJI")]),
    # (a guard: the same pattern with "no intention of", which gave no event before either)
    case("en-no-intention-of-buying", "en", DAY,
         "Ghana's defence minister received the Turkish ambassador in Accra on Monday. The ministry later "
         "said Ghana had no intention of buying Turkish drones.",
         [ev("meeting", ["GHA", "TUR"], date="2026-03-16")]),
    # ---- a meeting referred back to for the time of what follows is no second meeting
    case("en-shortly-after-the-meeting-of", "en", DAY,
         "Kenya's army commander met his Ugandan counterpart in Kampala on Monday. Soldiers of the two "
         "countries started joint border patrols on Tuesday, shortly after the meeting of the two "
         "commanders.",
         [ev("meeting", ["KEN", "UGA"], date="2026-03-16", location="UGA"),
          ev("exercise", ["KEN", "UGA"])]),
    # ---- a logistics pact's terms are no delivery
    case("en-replenishment-of-supplies", "en", DAY,
         "Japan and India signed a logistics pact in 2020 that lets their navies use each other's ports for "
         "refuelling and replenishment of supplies.",
         [ev("agreement", ["IND", "JPN"], date="2020", historical=True)]),
    # ---- the UK's Minister for the Armed Forces before a name
    case("en-uk-minister-for-the-armed-forces", "en", DAY,
         "UK Minister for the Armed Forces Tom Whitby held talks with Ghana's Chief of Defence Staff in "
         "Accra on Monday.",
         [ev("meeting", ["GBR", "GHA"], date="2026-03-16", persons=["Tom Whitby"])]),
    # ---- second round: a ceremony's sidelines are no forum; a delivery delayed is no delivery made
    case("en-sidelines-of-the-closing-ceremony", "en", DAY,
         "On the sidelines of the closing ceremony, Nepal's army chief received India's army chief in "
         "Kathmandu on Monday.",
         [ev("meeting", ["IND", "NPL"], date="2026-03-16", location="NPL", mode="visit")]),
    case("en-deliveries-have-been-delayed", "en", DAY,
         "The Malaysian navy chief met his Thai counterpart in Bangkok on Monday. Officials say deliveries "
         "of patrol boats ordered from France by Malaysia and Thailand have been delayed.",
         [ev("meeting", ["MYS", "THA"], date="2026-03-16", location="THA")]),
    # (a guard, passing before and after: a delay discussed is no delivery either)
    case("en-delays-in-the-delivery-of", "en", DAY,
         "The Malaysian navy chief met his Thai counterpart in Bangkok on Monday. Delays in the delivery of "
         "patrol boats ordered by Thailand from Malaysia were also discussed.",
         [ev("meeting", ["MYS", "THA"], date="2026-03-16", location="THA")]),
    # ---- third round: the officials just told as the subject of "discussed" are those talks, not new ones on
    # the day of the statement that reports them
    case("en-the-two-ministers-discussed-said-on-tuesday", "en", DAY,
         "Ghana's defence minister hosted his Togolese counterpart in Accra on Monday. The two ministers "
         "discussed border security, the ministry said on Tuesday.",
         [ev("meeting", ["GHA", "TGO"], date="2026-03-16", location="GHA")]),
    # ---- Cameroonian regional capitals and garrison towns are places in Cameroon
    case("en-garoua-is-in-cameroon", "en", DAY,
         "Nigeria's army chief met his Cameroonian counterpart in Garoua on Tuesday to discuss border "
         "security.",
         [ev("meeting", ["CMR", "NGA"], date="2026-03-17", location="CMR")]),
    case("en-kousseri-is-in-cameroon", "en", DAY,
         "Chadian and Cameroonian troops held a joint patrol near Kousseri on Monday.",
         [ev("exercise", ["CMR", "TCD"], date="2026-03-16", location="CMR")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
