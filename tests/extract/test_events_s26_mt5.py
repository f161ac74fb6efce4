"""The extract stage on short articles in German and English written for these tests (none of these
sentences is in tests/data/heldout/mt5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin wording of the machine-translated press of the mt5 set: aircraft
that "landed" with the airfield between (de "sind am Montag auf dem Fliegerhorst … gelandet"), what one
state bought from another that landed (de "die … von … gekauft hat, landeten"), the remains of soldiers who
fell in a past war, repatriated under a signed document, that are no combat (de "Überreste … die im Krieg
gefallen sind"), and a course given or taught by the other side's instructors (en "completed the … course
given by", "course taught by").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- de: aircraft that landed, the airfield between subject and participle
    case("de-flugzeuge-gelandet-is-a-delivery", "de", DAY,
         "Vier weitere Kampfflugzeuge aus Schweden sind am Montag auf dem Fliegerhorst Kecskemét in Ungarn "
         "gelandet.",
         [ev("aid", ["HUN", "SWE"], date="2026-09-14")]),
    # ---- de: what one state bought from another that landed
    case("de-gekauft-hat-landeten-is-a-delivery", "de", DAY,
         "Zwölf Transporthubschrauber, die Brasilien von Italien gekauft hat, landeten am Dienstag auf einem "
         "Stützpunkt bei Rio de Janeiro.",
         [ev("aid", ["BRA", "ITA"], date="2026-09-15")]),
    # ---- de: the remains of soldiers fallen in a past war are no combat
    case("de-ueberreste-gefallen-is-no-combat", "de", DAY,
         "Am Dienstag unterzeichneten die Verteidigungsminister von Laos und Vietnam in Vientiane ein "
         "Abkommen über die Rückführung der sterblichen Überreste vietnamesischer Soldaten, die im Krieg "
         "gefallen sind.",
         [ev("agreement", ["LAO", "VNM"], date="2026-09-15", doc_type="agreement")]),
    # ---- en: a course given by the other side's instructors, with "the"
    case("en-completed-the-course-given-by-is-training-given", "en", DAY,
         "Eighty Somali soldiers completed the infantry course given by Ugandan instructors at Bihanga on "
         "Monday.",
         [ev("aid", ["SOM", "UGA"])]),
    # ---- en: a course taught by the other side's experts
    case("en-course-taught-by-is-training-given", "en", DAY,
         "A demining course taught by Japanese experts for 25 Cambodian soldiers ended on Monday in Kampong "
         "Chhnang.",
         [ev("aid", ["JPN", "KHM"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
