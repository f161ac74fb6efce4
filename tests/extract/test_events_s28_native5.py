"""The extract stage on short articles in two languages written for these tests (none of these sentences is
in tests/data/heldout/native5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the native press of the native5 set: a visit
still to come with no day set, which is a plan (en "will visit Indonesia early next year"), launchers
received from another state, which are a delivery (en "received eight HIMARS launchers from the United
States"), the sites a visiting delegation "will visit … during its visit" and the rest of a visit under
way ("is in the country for three days and will visit"), which are no plan, and a course held for the
other side's people, which is training provided (vi "đã tổ chức khóa huấn luyện lặn cho 20 thủy thủ Việt
Nam").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- en: a visit to come without a day is an intent (a set day would make it the meeting of that day)
    case("en-will-visit-without-day-is-an-intent", "en", DAY,
         "Malaysia's defence minister will visit Indonesia early next year, the ministry said.",
         [ev("intent", ["IDN", "MYS"], date="2026-09-16")]),
    # ---- en: the sites a visiting delegation will see during its visit are no visit to plan
    case("en-will-visit-sites-during-its-visit-is-no-intent", "en", DAY,
         "The Mongolian defence minister held talks with his Kazakh counterpart in Astana on Tuesday. "
         "The Mongolian delegation will visit the national military museum and a training centre during its "
         "visit to Kazakhstan.",
         [ev("meeting", ["KAZ", "MNG"], date="2026-09-15", mode="visit")]),
    # ---- en: the rest of a visit under way is no visit to plan
    case("en-and-will-visit-during-a-visit-is-no-intent", "en", DAY,
         "Ghana's defence minister held talks with his Nigerian counterpart in Abuja on Tuesday. He is in "
         "the country for three days and will visit the naval base in Lagos.",
         [ev("meeting", ["GHA", "NGA"], date="2026-09-15", mode="visit")]),
    # ---- en: launchers received from another state are a delivery
    case("en-received-launchers-from-is-aid", "en", DAY,
         "The Lithuanian army received eight HIMARS launchers from the United States in May 2025.",
         [ev("aid", ["LTU", "USA"], date="2025-05", historical=True)]),
    case("en-received-patriot-launchers-is-aid", "en", DAY,
         "The Romanian army received two Patriot launchers from the United States on Monday.",
         [ev("aid", ["ROU", "USA"], date="2026-09-14")]),
    # ---- vi: a course held for the other side's people is training provided
    case("vi-khoa-huan-luyen-cho-is-aid", "vi", DAY,
         "Tháng 9/2026, Hải quân Ấn Độ đã tổ chức khóa huấn luyện lặn cho 20 thủy thủ Việt Nam tại Kochi.",
         [ev("aid", ["IND", "VNM"], date="2026-09", location="IND")]),
    case("vi-lop-tap-huan-cho-is-aid", "vi", DAY,
         "Tháng 8/2026, Bộ Quốc phòng Nhật Bản đã mở lớp tập huấn rà phá bom mìn cho 30 sĩ quan Campuchia.",
         [ev("aid", ["JPN", "KHM"], date="2026-08")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
