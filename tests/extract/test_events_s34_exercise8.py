"""The extract stage on short articles in three languages written for these tests (none of these sentences
is in tests/data/heldout/exercise8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of joint drills, the subject of the exercise8
set:
- ja a photo caption opened by its label with a colon ("■写真説明：…（航空自衛隊提供）") is furniture: the
  credit "（…提供）" at its end is no supply (a cleaning case);
- ms the closing idiom with its possessive suffix ("… melabuhkan tirainya hari ini": the drill lowered its
  curtain today) is a drill held, as "melabuhkan tirai" was;
- vi the patrol told as the verb of the two navies ("… và Hải quân Hoàng gia Thái Lan đã tuần tra chung …") is
  a joint patrol held, as "và ~ diễn tập" is a drill held;
- vi the information two patrolling navies exchange at sea ("trao đổi thông tin về tình hình trên biển") is
  part of the joint patrol, no talks of officials.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-10-07"  # a Wednesday

CASES = [
    # ---- ms: "melabuhkan tirainya" closes a drill held
    case("ms-melabuhkan-tirainya-is-a-drill-held", "ms", DAY,
         "Latihan bersama Tentera Darat Malaysia dan Tentera Darat Indonesia di Sarawak melabuhkan tirainya "
         "semalam selepas dua minggu.",
         [ev("exercise", ["IDN", "MYS"], date="2026-10")]),
    # ---- vi: the patrol as the verb of the two navies
    case("vi-da-tuan-tra-chung-is-a-patrol-held", "vi", DAY,
         "Hải quân Việt Nam và Hải quân Hoàng gia Thái Lan đã tuần tra chung trên vùng biển giáp ranh "
         "giữa hai nước từ ngày 3 đến 5-10.",
         [ev("exercise", ["THA", "VNM"], date="2026-10")]),
    # ---- vi: information exchanged on a joint patrol is no meeting
    case("vi-patrol-trao-doi-thong-tin-is-no-meeting", "vi", DAY,
         "Từ ngày 3 đến 5-10, tàu của Vùng 2 Hải quân Việt Nam và Hải quân Hoàng gia Thái Lan tiến "
         "hành tuần tra liên hợp trên vùng biển giáp ranh, trao đổi thông tin về tình hình trên biển và "
         "phối hợp xử lý tàu cá vi phạm.",
         [ev("exercise", ["THA", "VNM"], date="2026-10")]),
]

PAGES = [
    # ---- ja: a photo caption labelled with a colon, its credit at the end
    ("ja-shashin-setsumei-caption-is-furniture", "ja",
     "航空自衛隊は6日、F15戦闘機がオーストラリア空軍のF35戦闘機と北海道周辺の空域で共同訓練を行ったと発表した。\n\n"
     "■写真説明：千歳基地を離陸するF15戦闘機（航空自衛隊提供）\n\n写真説明：共同訓練に参加した豪空軍機（空自提供）",
     ["航空自衛隊は6日、F15戦闘機がオーストラリア空軍のF35戦闘機と北海道周辺の空域で共同訓練を行ったと発表した。"],
     ["千歳基地を離陸するF15戦闘機（航空自衛隊提供）", "共同訓練に参加した豪空軍機（空自提供）"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
