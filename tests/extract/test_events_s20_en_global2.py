"""The extract stage on short English articles in the manner of the press outside the US and the UK, written
for these tests (none of these sentences is in tests/data/heldout/en_global2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general English press wording: a one-sided hope ("hoped to deepen
cooperation") is no pledge; what an exercise, a drill, support or equipment will do ("The exercise will
enhance interoperability", "Australia's support would help the navy respond to disasters") is its purpose,
no pledge; a minister for home affairs (who holds the army in Fiji and other Pacific states) is a title
before a name; recurring exercises named without the word "exercise" (IBSAMAR, Bongosagar, Tiger
Triumph, Naseem Al Bahr) are exercises of the states named with them.

Second round: navies' patrols by their own names (coordinated patrols, CORPAT, a joint EEZ patrol) are
military work without another military word; a session of a Joint Permanent Commission on Defence and Security
is a meeting; "Sri Lanka" after the honorific "Sri" and "Army-to-Army Staff Talks" name no person.
Third round: "expressed the resolve to", "reaffirmed their resolve to" (a readout's pledge of both sides).
Fourth round: arms "inducted" after being "acquired/procured from" a state are its delivery; garrisons and
bases of that press (Kuantan, Lanet, Jhelum ...) are places of their state. Fifth round: an exercise or
patrol told by its length ("a five-day coordinated patrol", "the week-long exercise") is dated to its month.
Sixth round: a document "extended" with its topic between ("extended their defence cooperation MoU") is a
signing.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- a hope is no pledge
    case("en-hoped-to-is-no-pledge", "en", DAY,
         "Kenya's defence secretary met her Ugandan counterpart in Kampala on Tuesday. She said Kenya hoped "
         "to deepen military cooperation with Uganda.",
         [ev("meeting", ["KEN", "UGA"], date="2026-03-17", location="UGA")]),
    case("en-hopes-to-is-no-pledge", "en", DAY,
         "Ghana's army chief called on his Togolese counterpart in Lome on Monday. Ghana hopes to expand "
         "border security cooperation with Togo, a spokesman said.",
         [ev("meeting", ["GHA", "TGO"], date="2026-03-16", location="TGO")]),
    # ---- the purpose or effect of an exercise or of support is no pledge
    case("en-support-would-help-is-no-pledge", "en", DAY,
         "Australian Defence Minister Richard Marles handed over two patrol boats to Tonga in Nuku'alofa on "
         "Tuesday. Marles said Australia's support would help the Tongan navy respond to disasters.",
         [ev("aid", ["AUS", "TON"], date="2026-03-17")]),
    case("en-exercise-will-enhance-is-no-pledge", "en", DAY,
         "Indian and Omani troops began a joint exercise in Rajasthan on Monday. \"The exercise will enhance "
         "interoperability between the two armies,\" an official said.",
         [ev("exercise", ["IND", "OMN"], date="2026-03", location="IND")]),
    case("en-exercise-will-be-held-is-still-a-plan", "en", DAY,
         "Indian and Japanese soldiers will hold a joint exercise in May. The exercise will be held in "
         "Rajasthan.",
         [ev("intent", ["IND", "JPN"])]),
    # ---- a home affairs minister is a title before a name
    case("en-minister-for-home-affairs-is-a-title", "en", DAY,
         "Samoa's Minister for Home Affairs Lemalu Tate Simi received New Zealand's defence minister in Apia "
         "on Tuesday.",
         [ev("meeting", ["NZL", "WSM"], date="2026-03-17", location="WSM", persons=["Lemalu Tate Simi"])]),
    # ---- recurring exercises named without the word "exercise"
    case("en-ibsamar-is-an-exercise", "en", DAY,
         "The navies of India, Brazil and South Africa began IBSAMAR off Goa on Monday.",
         [ev("exercise", ["BRA", "IND", "ZAF"], date="2026-03")]),
    case("en-bongosagar-is-an-exercise", "en", DAY,
         "Bangladesh and India navies began Bongosagar in the Bay of Bengal on Monday.",
         [ev("exercise", ["BGD", "IND"], date="2026-03")]),
    case("en-tiger-triumph-is-an-exercise", "en", DAY,
         "Indian and American sailors and marines began Tiger Triumph off Visakhapatnam on Monday.",
         [ev("exercise", ["IND", "USA"], date="2026-03", location="IND")]),
    case("en-naseem-al-bahr-is-an-exercise", "en", DAY,
         "Omani and Indian warships began Naseem Al Bahr off Muscat on Monday.",
         [ev("exercise", ["IND", "OMN"], date="2026-03", location="OMN")]),
    # ---- navies' patrols by their own names are military work without another military word
    case("en-coordinated-patrols-are-naval", "en", DAY,
         "Malaysia and Indonesia conducted coordinated patrols in the Sulawesi Sea on Tuesday.",
         [ev("exercise", ["IDN", "MYS"], date="2026-03-17")]),
    case("en-corpat-is-naval", "en", DAY,
         "India and Thailand began the 38th CORPAT in the Andaman Sea on Tuesday.",
         [ev("exercise", ["IND", "THA"], date="2026-03")]),
    case("en-joint-eez-patrol-is-naval", "en", DAY,
         "India and Seychelles carried out a joint EEZ patrol on Tuesday.",
         [ev("exercise", ["IND", "SYC"], date="2026-03-17")]),
    # ---- the standing defence commissions of southern and eastern Africa meet
    case("en-jpcds-session-is-a-meeting", "en", DAY,
         "The 12th session of the South Africa-Botswana Joint Permanent Commission on Defence and Security "
         "was held in Gaborone on Tuesday.",
         [ev("meeting", ["BWA", "ZAF"], date="2026-03-17", location="BWA")]),
    # ---- the resolve of both sides is a pledge
    case("en-expressed-the-resolve-is-a-pledge", "en", DAY,
         "The Chinese general met the Pakistani army chief in Rawalpindi on Tuesday. Both sides expressed "
         "the resolve to further enhance defence cooperation, the statement said.",
         [ev("meeting", ["CHN", "PAK"], date="2026-03-17", location="PAK"),
          ev("intent", ["CHN", "PAK"], date="2026-03-17")]),
    case("en-reaffirmed-their-resolve-is-a-pledge", "en", DAY,
         "The Pakistani and Turkish navy chiefs reaffirmed their resolve to deepen naval cooperation at "
         "their meeting in Karachi on Tuesday.",
         [ev("meeting", ["PAK", "TUR"], date="2026-03-17", location="PAK"),
          ev("intent", ["PAK", "TUR"], date="2026-03-17")]),
    # ---- arms bought abroad taken into service are a delivery of the seller
    case("en-inducted-acquired-from-is-a-delivery", "en", DAY,
         "The Pakistan Air Force on Tuesday inducted J-10C fighters acquired from China at a ceremony in "
         "Kamra.",
         [ev("aid", ["CHN", "PAK"], date="2026-03-17", location="PAK")]),
    case("en-inducted-procured-from-is-a-delivery", "en", DAY,
         "The Bangladesh Navy on Tuesday inducted two frigates procured from China into its fleet at "
         "Chattogram.",
         [ev("aid", ["BGD", "CHN"], date="2026-03-17", location="BGD")]),
    case("en-inducted-own-guns-is-no-delivery", "en", DAY,
         "The Indian Army inducted the indigenous ATAGS howitzers on Tuesday.",
         []),
    # ---- garrisons and bases of that press are places of their state
    case("en-kuantan-is-malaysian", "en", DAY,
         "The Royal Malaysian Air Force and the Indian Air Force concluded Exercise Udara Shakti at Kuantan "
         "on Tuesday.",
         [ev("exercise", ["IND", "MYS"], location="MYS")]),
    case("en-lanet-is-kenyan", "en", DAY,
         "Kenyan and British soldiers began a joint exercise at Lanet on Monday.",
         [ev("exercise", ["GBR", "KEN"], date="2026-03", location="KEN")]),
    case("en-jhelum-is-pakistani", "en", DAY,
         "Pakistan and Saudi Arabia concluded the Al-Samsaam exercise in Jhelum on Tuesday.",
         [ev("exercise", ["PAK", "SAU"], location="PAK")]),
    # ---- a document extended with its topic between verb and noun is a signing (GUIDELINES: a renewed or
    # extended agreement is a signing like any other)
    case("en-extended-their-topic-mou-is-a-signing", "en", DAY,
         "India and Mauritius on Tuesday extended their defence cooperation MoU for five years.",
         [ev("agreement", ["IND", "MUS"], date="2026-03-17", doc_type="memorandum")]),
    case("en-extended-the-topic-memorandum-is-a-signing", "en", DAY,
         "Kenya and Uganda extended the military training memorandum of understanding in Nairobi on Monday.",
         [ev("agreement", ["KEN", "UGA"], date="2026-03-16", location="KEN", doc_type="memorandum")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_sri_lanka_and_staff_talks_are_no_name(extractor: Any) -> None:
    """"Sri" is an honorific of Indian and Malaysian names, but "Sri Lanka Army-to-Army Staff Talks" names no
    person: neither "Lanka" nor a service's "Army-to-Army" is part of a name."""
    article = Article(id="case", lang="en", lang_hint="en", published=DAY, title=None,
                      text="The ninth India-Sri Lanka Army-to-Army Staff Talks were held in Colombo on "
                           "Tuesday.")
    events = list(extractor.extract(article).events)
    assert events
    names = [person.name for event in events for person in event.persons]
    assert not any("Lanka" in name or "-to-" in name for name in names), names


@pytest.mark.parametrize(("text", "day"), [
    ("Indian and Thai navies on Friday concluded a five-day coordinated patrol in the Andaman Sea.",
     "2026-03"),
    ("Malaysian and Thai troops on Friday wrapped up a week-long jungle warfare exercise in Perak.",
     "2026-03"),
    # the length of a port call beside the drill is not the drill's: the day stays
    ("The US destroyer and an Indonesian frigate held a passage exercise in the Java Sea on Monday after a "
     "four-day port call in Jakarta.", "2026-03-16"),
])
def test_a_drill_told_by_its_length_is_dated_to_its_month(extractor: Any, text: str, day: str) -> None:
    """An exercise or patrol of more than two days ("a five-day coordinated patrol", "a week-long exercise")
    is dated to its month even when the sentence names the day it ended (GUIDELINES: an event lasting more
    than two days)."""
    article = Article(id="case", lang="en", lang_hint="en", published=DAY, title=None, text=text)
    events = [event for event in extractor.extract(article).events if event.type == "exercise"]
    assert len(events) == 1, events
    assert events[0].date == day, events[0].date
