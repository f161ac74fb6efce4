"""The extract stage on short English articles written for these tests (none of these sentences is in
tests/data/heldout/en_regional3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin the wording of the regional English-language press (Australia, the
Pacific, South and Southeast Asia, Africa, the Caribbean) that the en_regional3 set tests: the "Other related
releases" list closing a ministry's page, a domestic drill of one state in an article about another, police
forces and civil maritime agencies acting alone (no defense establishment), an exercise referred back to as
"the first since" an earlier signing, a donation "received" at its ceremony (no reception of a visitor), and a
pledge "agreed during the talks to".
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- a domestic drill takes no partner from the rest of the article
    case("en-domestic-exercise-takes-no-partner", "en", DAY,
         "Australian Defence Minister Richard Marles met Japanese Defence Minister Shinjiro Koizumi "
         "in Canberra "
         "on Monday. The Australian Army also wrapped up a domestic live-fire exercise near "
         "Townsville last week, "
         "the department said.",
         [ev("meeting", ["AUS", "JPN"], date="2026-09-14")]),
    # ---- police forces signing or drilling with each other: no defense establishment
    case("en-police-service-signing-is-no-event", "en", DAY,
         "The Kenya Police Service and the Uganda Police Force signed a security cooperation "
         "agreement in Kampala "
         "on Monday.",
         []),
    case("en-gardai-and-psni-take-no-partner", "en", DAY,
         "Ireland's Defence Forces Chief of Staff received the Dutch Chief of Defence in Dublin on "
         "Monday. Gardaí "
         "and the PSNI also held a joint counter-terrorism exercise near Dundalk last week.",
         [ev("meeting", ["IRL", "NLD"], date="2026-09-14", location="IRL")]),
    case("en-constabulary-drill-is-no-event", "en", DAY,
         "Officers of the Royal Bahamas Police Force and the Jamaica Constabulary Force took part in a joint "
         "hostage-rescue drill in Nassau last week.",
         []),
    # ---- a civil maritime agency's patrols are no naval cooperation
    case("en-maritime-enforcement-agency-is-no-navy", "en", DAY,
         "The Malaysian Maritime Enforcement Agency and the Philippine Coast Guard will begin coordinated "
         "patrols in the Sulu Sea next month.",
         []),
    # ---- "The exercise is the first since ...": the exercise already told, the signing is the background
    case("en-the-exercise-is-the-first-since", "en", DAY,
         "Indian and Omani troops began a joint counter-terrorism exercise near Salalah on Monday. "
         "The exercise "
         "is the first since the two countries signed a defence cooperation memorandum in Muscat in 2022.",
         [ev("exercise", ["IND", "OMN"], date="2026-09"),
          ev("agreement", ["IND", "OMN"], date="2022", doc_type="memorandum", historical=True)]),
    # ---- a donation received at its ceremony is no reception of the donor
    case("en-receiving-the-vehicles-is-no-reception", "en", DAY,
         "Britain donated 15 armoured vehicles to the Kenya Defence Forces on Tuesday. Receiving "
         "the vehicles, the "
         "Chief of Defence Forces said they would be deployed on the Somali border.",
         [ev("aid", ["GBR", "KEN"], date="2026-09-15")]),
    # ---- "agreed during the talks to": the pledge of those talks
    case("en-agreed-during-the-talks-to-is-a-pledge", "en", DAY,
         "Indonesian Defence Minister Sjafrie Sjamsoeddin met his Malaysian counterpart Mohamed "
         "Khaled Nordin in "
         "Jakarta on Monday. The two sides agreed during the talks to step up joint patrols along "
         "the land border "
         "in Borneo.",
         [ev("meeting", ["IDN", "MYS"], date="2026-09-14", location="IDN"),
          ev("intent", ["IDN", "MYS"])]),
    # ---- a minister back from a ministers' meeting: the forum, no talks told
    case("en-returned-from-ministers-meeting-is-no-talks", "en", DAY,
         "Canadian Defence Minister David McGuinty, who returned on Friday from the NATO defence "
         "ministers' meeting in Brussels, said Ottawa would buy more drones.",
         []),
    # ---- a choice still open between two foreign yards is no pledge of either state
    case("en-which-of-will-build-is-no-pledge", "en", DAY,
         "Canada's defence minister said Ottawa will choose next year which of the two German and South "
         "Korean shipyards will build its new submarines.",
         []),
    case("en-which-of-will-supply-is-no-pledge", "en", DAY,
         "Australia will decide by March which of the Japanese and German designs will supply the navy's "
         "new frigates, Defence Minister Richard Marles said on Tuesday.",
         []),
    # ---- what the bidders of a tender offer is no state's offer
    case("en-bidders-had-offered-is-no-pledge", "en", DAY,
         "Defence Minister David McGuinty said Tuesday that Germany's TKMS and Spain's Navantia remain in "
         "the running for the Canadian frigates. McGuinty said both bidders had offered to build parts of "
         "the fleet in Canada.",
         []),
    # ---- "the two discussed" after a courtesy call: those talks, not talks on the day of the signing
    case("en-the-two-discussed-is-the-call-just-told", "en", DAY,
         "Thai Defence Minister Sutin Klungsang received a courtesy call from the Australian ambassador in "
         "Bangkok on Monday. The two discussed the implementation of the Defence Cooperation Arrangement, "
         "which was signed in Canberra in March 2024.",
         [ev("meeting", ["AUS", "THA"], date="2026-09-14", mode=None),
          ev("agreement", ["AUS", "THA"], date="2024-03", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_other_related_releases_is_furniture(registry: Any) -> None:
    """An Australian minister's page closes with "Other related releases" and other releases' headlines."""
    raw = ("Minister for Defence Richard Marles today welcomed the Japanese Minister of Defense to "
           "Canberra for "
           "talks on undersea warfare.\n\nMedia contact: Defence Media\n\nOther related releases\n"
           "India and Japan conclude Exercise Dharma Guardian\nNew sovereign guided weapons "
           "contract announced")
    check_cleaning(registry, "en", raw,
                   kept=["Minister for Defence Richard Marles today welcomed the Japanese Minister "
                         "of Defense"],
                   dropped=["India and Japan conclude Exercise Dharma Guardian"])
