"""The extract stage on short English articles in the style of the Indian, Pakistani, Philippine, Nigerian,
Kenyan, Australian, Singaporean and Gulf press, written for these tests (none of these sentences is in
tests/data/heldout/en_world.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general English of that press: an appeal "called on X to ..." is no
courtesy call; a national news agency named with its state in the possessive ("Turkey's Anadolu Agency") and
an accusation "Indian-sponsored" / "Iran-backed" name no party; the Philippine "turned over" is a hand-over (a
change of command is not); instructors who "began training" the other side's recruits give training; bare
"Related:" headline lines are furniture; a navy that "undertook" a passage exercise held it, and "bilateral
exercise" is military; a pilot's mark "(Pilot)" between rank and name, ranks written out ("Captain", "Wing
Commander", "Lieutenant Colonel"), the US service secretaries, Kenya's "Defence CS" and "Prime Ministers X and
Y" introduce officials; "the visiting Commander of the Jordan Armed Forces" names no venue; military stations,
ranges and training areas of these states are places.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- an appeal is no courtesy call
    case("called-on-state-to-is-no-call", "en", DAY,
         "Ghanaian Defence Minister Kofi Mensah held talks with his Togolese counterpart in Accra on "
         "Tuesday. Mr Mensah also called on Nigeria to respect the border accord.",
         [ev("meeting", ["GHA", "TGO"], date="2026-03-17", location="GHA")]),
    # ---- a state's news agency and a state accused of sponsoring militants are no parties
    case("possessive-state-agency-no-party", "en", DAY,
         "The Defence Minister of Ghana held talks with his Togolese counterpart in Lome on Tuesday. "
         "Turkiye's Anadolu Agency quoted a Ghanaian military officer as describing the talks as productive.",
         [ev("meeting", ["GHA", "TGO"], date="2026-03-17")]),
    case("indian-sponsored-is-no-party", "en", DAY,
         "\"The operation will continue to eliminate any other Indian-sponsored terrorist in the area,\" the "
         "military said, adding that the security forces of Pakistan were determined to wipe out terrorism.",
         []),
    case("iran-backed-is-no-party", "en", DAY,
         "The Iraqi army said it had launched an operation against Iran-backed militias near Baghdad and was "
         "determined to restore order.",
         []),
    # ---- the Philippine "turned over"; a change of command is no hand-over
    case("turned-over-is-a-handover", "en", DAY,
         "The United States on Tuesday formally turned over two patrol aircraft to the Ghana Air Force.",
         [ev("aid", ["GHA", "USA"], date="2026-03-17")]),
    case("turnover-ceremony", "en", DAY,
         "Japan's ambassador attended the turnover ceremony of three coastal radars to the Philippine Navy "
         "at Subic Bay on Monday.",
         [ev("aid", ["JPN", "PHL"], date="2026-03-16")]),
    # ---- instructors who began training the other side's recruits
    case("began-training-recruits", "en", DAY,
         "New Zealand Army instructors have begun training the first intake of 120 Republic of Fiji Military "
         "Forces recruits at a camp near Suva.",
         [ev("aid", ["FJI", "NZL"])]),
    case("started-training-soldiers", "en", DAY,
         "A team of French instructors has started training Beninese soldiers in counter-IED techniques.",
         [ev("aid", ["BEN", "FRA"])]),
    # ---- officials
    case("pilot-mark-between-rank-and-name", "en", DAY,
         "Doha, March 17 (QNA) - HE Minister of Defence of Ghana Kofi Mensah met today with HE Chief of "
         "Staff of the Qatar Armed Forces Lt. General (Pilot) Ali bin Saad Al Kuwari.",
         [ev("meeting", ["GHA", "QAT"], persons=["Kofi Mensah", "Ali bin Saad Al Kuwari"])]),
    case("us-secretary-of-the-army", "en", DAY,
         "Ghana's Minister for Defence Industry Kofi Mensah and US Secretary of the Army John Millard signed "
         "a co-production agreement in Washington on Tuesday.",
         [ev("agreement", ["GHA", "USA"], persons=["Kofi Mensah", "John Millard"])]),
    case("kenya-defence-cabinet-secretary", "en", DAY,
         "Defence Cabinet Secretary Grace Wanjiru on Tuesday held talks with the visiting Ugandan Minister "
         "of Defence, Jacob Okello, in Nairobi.",
         [ev("meeting", ["KEN", "UGA"], persons=["Grace Wanjiru", "Jacob Okello"])]),
    case("kenya-defence-cs", "en", DAY,
         "Kenya's Defence CS Grace Wanjiru met the Rwandan Minister of Defence in Kigali on Tuesday.",
         [ev("meeting", ["KEN", "RWA"], persons=["Grace Wanjiru"])]),
    # ---- a navy's release: "undertook a Passage Exercise (PASSEX) with ..."
    case("undertook-a-passage-exercise", "en", DAY,
         "The Indian Navy ship undertook a passage exercise with the Sri Lanka Navy off Trincomalee on "
         "Monday.",
         [ev("exercise", ["IND", "LKA"], date="2026-03-16")]),
    # ---- "bilateral exercise" and "passage exercise" are military words
    case("bilateral-exercise-is-military", "en", DAY,
         "India and Oman began a bilateral exercise near Muscat on Monday.",
         [ev("exercise", ["IND", "OMN"], date="2026-03")]),
    # ---- military stations and ranges as places
    case("indian-station-is-a-place", "en", DAY,
         "Indian and Egyptian special forces began a joint exercise at Jodhpur on Monday.",
         [ev("exercise", ["EGY", "IND"], location="IND")]),
    case("australian-range-is-a-place", "en", DAY,
         "Japanese and Singaporean troops held a combined live-fire drill at Shoalwater Bay on Monday.",
         [ev("exercise", ["JPN", "SGP"], location="AUS")]),
    # ---- "the visiting Commander of the Jordan Armed Forces" names the guest's state, not the venue
    case("visiting-title-of-state-is-no-venue", "en", DAY,
         "KUWAIT, March 16 (KUNA) -- Kuwait's Chief of General Staff received the visiting Commander of the "
         "Jordan Armed Forces on Monday.",
         [ev("meeting", ["JOR", "KWT"], location="KWT", date="2026-03-16")]),
    case("is-visiting-state-is-the-venue", "en", DAY,
         "Indonesia's defence minister, who is visiting Japan, met his Japanese counterpart on Monday.",
         [ev("meeting", ["IDN", "JPN"], location="JPN")]),
    # ---- aircraft and weapons named by their types are military
    case("super-tucano-delivery-of-a-past-year", "en", DAY,
         "Ghana took delivery of six Super Tucano aircraft from Brazil in 2023.",
         [ev("aid", ["BRA", "GHA"], date="2023", historical=True)]),
    case("jf-17-delivery", "en", DAY,
         "Iraq took delivery of its first JF-17 Thunder jets from Pakistan on Monday.",
         [ev("aid", ["IRQ", "PAK"], date="2026-03-16")]),
    case("fa-50-delivery", "en", DAY,
         "Malaysia received its first FA-50 jets from South Korea on Monday.",
         [ev("aid", ["KOR", "MYS"], date="2026-03-16")]),
    case("ranks-written-out-before-a-name", "en", DAY,
         "The ship's commanding officer, Captain Arjun Nair of the Indian Navy, called on the Commander of "
         "the Sri Lanka Navy in Colombo on Tuesday.",
         [ev("meeting", ["IND", "LKA"], persons=["Arjun Nair"])]),
    case("air-force-ranks-before-a-name", "en", DAY,
         "Wing Commander Bilal Khan of the Pakistan Air Force met Squadron Leader Omar Haddad of the Royal "
         "Jordanian Air Force in Amman on Tuesday.",
         [ev("meeting", ["JOR", "PAK"], persons=["Bilal Khan", "Omar Haddad"])]),
    # ---- a hyphenated kind of patrol
    case("joint-cross-border-patrol", "en", DAY,
         "Kenyan and Tanzanian troops on Monday launched a joint cross-border patrol against rustlers.",
         [ev("exercise", ["KEN", "TZA"], date="2026-03")]),
    # ---- Kenyan training areas
    case("laikipia-is-kenya", "en", DAY,
         "British and Kenyan soldiers on Monday began a joint exercise in Laikipia county.",
         [ev("exercise", ["GBR", "KEN"], location="KEN")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize("line", ["Related: Ghana's defence minister receives French army chief",
                                  "Related content: Ghana lists priorities for its next defence budget"])
def test_related_headline_lines_are_furniture(registry: PackRegistry, line: str) -> None:
    body = ("The Chief of Army Staff of Ghana received the visiting Chief of Army Staff of Togo in Accra on "
            "Tuesday.")
    raw = "\n".join([body, "", line, "", "The two discussed border security."])
    text = clean_article(Article(id="t", text=raw), registry.get("en")).clean_text or ""
    assert body in text and "border security" in text
    assert line not in text
