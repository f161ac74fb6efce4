"""The extract stage on short English articles in the style of wire copy, defense trade press, regional
dailies and think-tank commentary, written for these tests (none of these sentences is in
tests/data/heldout/en_press2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general English of that press: a signing denied or still open ("no
contract had been signed", "has yet to be signed", "have not yet signed") and one that only "could be signed"
are no signing and no pledge; negotiations going on ("is in talks with X over ...", "talks with X on ... were
progressing") are no meeting; the "exercise area" ships sail to is no exercise; states "prompted" to scramble
jets by a joint patrol are no party of it; a joint patrol "flown" is carried out; an order placed with a
foreign maker ("placed an order for", "ordered ... from ... in a deal") is a contract signed; an approval
("has signed off on") is no signing; a sanction or accusation "for supplying" is no delivery; "had spoken
with his ... counterpart" is a call; a visit told by its length ("his four-day visit to Nepal") is a visit;
recurring exercises named without an exercise verb (Freedom Edge, Tiger Balm, Orient Shield ...)
are exercises.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- a signing denied, still open, or only possible: no event
    case("no-contract-had-been-signed", "en", DAY,
         "Egyptian officials said talks with Beijing on the J-10C jets were progressing but no contract had "
         "been signed, the defence ministry said.", []),
    case("no-agreement-had-been-signed", "en", DAY,
         "Indonesian defence officials said no agreement on the sale of the frigates had been signed with "
         "Italy.", []),
    case("has-yet-to-be-signed", "en", DAY,
         "The contract with Brazil for the patrol boats has yet to be signed, the Portuguese defence "
         "ministry "
         "said.", []),
    case("could-be-signed", "en", DAY,
         "Indian defence officials said a contract for the submarines could be signed with France later this "
         "year.", []),
    case("have-not-yet-signed", "en", DAY,
         "Ghana and Togo have not yet signed the defence cooperation agreement, the Ghanaian defence "
         "minister "
         "told parliament.", []),
    # ---- negotiations going on are no meeting
    case("is-in-talks-with", "en", DAY,
         "The Philippine defence department is also in talks with France and South Korea over the purchase "
         "of "
         "submarines for its navy.", []),
    case("in-negotiations-with", "en", DAY,
         "The Peruvian army has been in negotiations with South Korea for a batch of K2 tanks, defence "
         "sources "
         "said.", []),
    case("talks-were-progressing", "en", DAY,
         "Talks with Ankara on the acquisition of Turkish drones were progressing, the Iraqi defence "
         "ministry "
         "said.", []),
    # ---- the area an exercise is held in is no exercise of the state that watches it
    case("exercise-area-no-exercise", "en", DAY,
         "Chinese and Russian navies began a joint exercise on Wednesday. South Korea's defence ministry "
         "said it "
         "had scrambled fighter jets after spotting Chinese and Russian ships passing through the strait on "
         "their way to the exercise area.",
         [ev("exercise", ["CHN", "RUS"], date="2026-03")]),
    # ---- states prompted to react are no party of the patrol
    case("prompting-to-scramble", "en", DAY,
         "Chinese and Russian bombers conducted a joint patrol over the Sea of Japan on Tuesday, prompting "
         "Japan "
         "and South Korea to scramble fighter jets.",
         [ev("exercise", ["CHN", "RUS"], date="2026-03-17")]),
    case("flew-a-joint-patrol", "en", DAY,
         "Chinese and Russian bombers flew a joint patrol over the Sea of Japan on Tuesday, the Chinese "
         "defence "
         "ministry said.",
         [ev("exercise", ["CHN", "RUS"], date="2026-03-17")]),
    # ---- an order placed with a foreign maker is a contract signed
    case("placed-an-order", "en", DAY,
         "Germany and Norway placed an order for six submarines with TKMS in 2021, the Norwegian defence "
         "ministry said.",
         [ev("agreement", ["DEU", "NOR"], date="2021", doc_type="contract", historical=True)]),
    case("ordered-from-in-a-deal", "en", DAY,
         "Greece ordered 24 Rafale jets from France in 2021 in a deal that includes pilot training, the "
         "Greek "
         "defence ministry said.",
         [ev("agreement", ["FRA", "GRC"], date="2021", doc_type="contract", historical=True)]),
    # ---- an approval is no signing
    case("signed-off-on", "en", DAY,
         "The United States has signed off on Australia's submarine deal, the Australian defence minister "
         "said.", []),
    # ---- a sanction or accusation for supplying is no delivery
    case("sanctioned-for-supplying", "en", DAY,
         "Washington sanctioned a dozen Chinese companies on Tuesday for supplying drone components to "
         "Russia's military.", []),
    case("accused-of-supplying", "en", DAY,
         "The Ukrainian defence ministry accused Belarus of supplying fuel and ammunition to Russian "
         "troops.", []),
    # ---- a call told with "spoken with", a visit told by its length
    case("had-spoken-with", "en", DAY,
         "Australian Defence Minister Richard Marles said on Monday he had spoken with his Japanese "
         "counterpart about the frigate programme.",
         [ev("meeting", ["AUS", "JPN"])]),
    case("four-day-visit-to", "en", DAY,
         "The Indian army chief concluded his four-day visit to Nepal on Tuesday, the army said.",
         [ev("meeting", ["IND", "NPL"], mode="visit", location="NPL", date="2026-03-17")]),
    # ---- recurring exercises named without an exercise verb
    case("freedom-edge-named", "en", "2026-09-16",
         "Freedom Edge 2026 brought together the navies of Japan, South Korea and the United States off Jeju "
         "Island on Monday.",
         [ev("exercise", ["JPN", "KOR", "USA"])]),
    case("tiger-balm-named", "en", "2026-09-16",
         "Tiger Balm 2026 saw Singaporean and US soldiers train in Hawaii, the Singapore Army said on "
         "Monday.",
         [ev("exercise", ["SGP", "USA"])]),
    case("orient-shield-named", "en", "2026-09-16",
         "Orient Shield brought Japanese and US troops to Hokkaido this month, the Japanese defence ministry "
         "said.",
         [ev("exercise", ["JPN", "USA"], date="2026-09")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
