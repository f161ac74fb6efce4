"""The extract stage on short articles in two languages written for these tests (none of these sentences is
in tests/data/heldout/calls2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the call readouts of the calls2 set: two
officials who met told with "begegnen" (de "waren sich zuletzt im Juli … begegnet", "begegneten sich") and
the pair as a pronoun when they last met or spoke (en "They last spoke by phone in June.") and the video
call in the accusative (ar "أجرى … اتصالاً مرئياً مع نظيره").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- de: an earlier meeting on a forum's sidelines told with "sich … begegnet"
    case("de-waren-sich-begegnet-is-a-meeting", "de", DAY,
         "Der polnische Verteidigungsminister hat am Dienstag mit seinem litauischen Amtskollegen "
         "telefoniert. "
         "Persönlich waren sich die beiden Minister zuletzt im Juni am Rande des NATO-Gipfels in Den Haag "
         "begegnet.",
         [ev("meeting", ["LTU", "POL"], date="2026-09-15", mode="phone"),
          ev("meeting", ["LTU", "POL"], date="2026-06", mode="multilateral", historical=True)]),
    # ---- de: "begegneten sich" in the past tense, the visit of the day
    case("de-begegneten-sich-is-a-meeting", "de", DAY,
         "Die Generalstabschefs Polens und Litauens begegneten sich am Montag in Vilnius.",
         [ev("meeting", ["LTU", "POL"], date="2026-09-14", location="LTU")]),
    # ---- en: the pair as "They" when they last spoke
    case("en-they-last-spoke-is-the-pair", "en", DAY,
         "Australian Defence Minister Richard Marles spoke by phone with his Indonesian counterpart on "
         "Tuesday. "
         "They last spoke by phone in June.",
         [ev("meeting", ["AUS", "IDN"], date="2026-09-15", mode="phone"),
          ev("meeting", ["AUS", "IDN"], date="2026-06", mode="phone", historical=True)]),
    # ---- ar: a video call made, in the accusative ("أجرى … اتصالاً مرئياً")
    case("ar-ajra-ittisalan-mariyyan-is-a-video-call", "ar", DAY,
         "أجرى وزير الدفاع المصري اتصالاً مرئياً مع نظيره الأردني يوم الثلاثاء.",
         [ev("meeting", ["EGY", "JOR"], date="2026-09-15", mode="phone")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
