"""The extract stage on short articles in English and Vietnamese written for these tests (none of these
sentences is in tests/data/heldout/native8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the native defence press (native8 set):
- en "is also scheduled to", "is also set to", "are also expected to": the future verb with "also" inside
  reads a weekday after it forward ("is also set to meet … on Monday", said on a Wednesday: the
  coming Monday);
- en a warship that trained or exercised with another navy ("the Dutch frigate trained with the Portuguese
  Navy") exercised with it; it did not train the other side (no aid);
- en a training programme launched for the other side's troops ("launched Operation Interflex to train
  Ukrainian recruits in June 2022") is training given (aid);
- vi a news site's list of other stories under the article ("Các tin khác") is furniture: its headlines
  tell no event.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- "also" inside the future verb: a weekday after it is the coming one
    case("en-is-also-set-to-meet-on-weekday-reads-forward", "en", DAY,
         "Japanese Defense Minister Shinjiro Koizumi is also set to meet his Philippine counterpart in "
         "Manila on Monday.",
         [ev("meeting", ["JPN", "PHL"], date="2026-09-21", location="PHL", mode="visit")]),
    case("en-is-also-scheduled-to-meet-on-weekday-reads-forward", "en", DAY,
         "The Thai army chief is also scheduled to meet his Malaysian counterpart in Kuala Lumpur on Friday.",
         [ev("meeting", ["MYS", "THA"], date="2026-09-18", location="MYS", mode="visit")]),
    # ---- a warship that trained with another navy: an exercise, no training given
    case("en-frigate-trained-with-navy-is-an-exercise", "en", DAY,
         "In September the Dutch frigate trained with the Portuguese Navy off Lisbon.",
         [ev("exercise", ["NLD", "PRT"], date="2026-09", location="PRT")]),
    case("en-corvette-trained-with-navy-is-an-exercise", "en", DAY,
         "Last week a Spanish corvette trained with the Moroccan Navy off Tangier.",
         [ev("exercise", ["ESP", "MAR"], date="2026-09")]),
    # ---- a training programme launched for the other side's troops: training given
    case("en-launched-programme-to-train-soldiers-is-aid", "en", DAY,
         "Canada launched a programme to train Latvian soldiers in 2019.",
         [ev("aid", ["CAN", "LVA"], date="2019", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


PAGES = [
    ("vi-cac-tin-khac-list", "vi",
     "Thượng tướng Nguyễn Tân Cương tiếp Tùy viên Quốc phòng Pháp\n\n"
     "Chiều 10-9, tại Hà Nội, Thượng tướng Nguyễn Tân Cương đã tiếp Tùy viên Quốc phòng Pháp "
     "tại Việt Nam.\n\n"
     "Các tin khác\n"
     "Đoàn cán bộ Bộ Quốc phòng Việt Nam thăm Ấn Độ\n"
     "Hải quân Việt Nam và Hải quân Thái Lan tuần tra chung\n",
     ["Chiều 10-9, tại Hà Nội, Thượng tướng Nguyễn Tân Cương"],
     ["thăm Ấn Độ", "Hải quân Thái Lan tuần tra chung"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)
