"""The extract stage on short articles in Chinese and Korean written for these tests (none of these
sentences is in tests/data/heldout/cjk6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the CJK defence press, the subject of
the cjk6 set:
- zh a joint patrol with the place word inside ("联合海上巡航", "聯合海上巡邏") is joint activity held;
- zh a capital written right after a title in a headline ("日越防長河內會談") is the venue, no person's
  name (read as a name it turned the visit around);
- ko a series kept up since some year ("…부터 … 훈련을 이어오고 있다") tells a habit, no exercise held.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-04"  # a Friday

CASES = [
    # ---- zh: "联合海上巡航" (the place word inside the joint patrol) is an exercise
    case("zh-lianhe-haishang-xunhang-is-an-exercise", "zh", DAY,
         "中国和泰国海军首次联合海上巡航于2023年5月举行。",
         [ev("exercise", ["CHN", "THA"], date="2023-05", historical=True)]),
    case("zh-hant-lianhe-haishang-xunluo-is-an-exercise", "zh", DAY,
         "越南與柬埔寨海軍聯合海上巡邏昨天在泰國灣結束。",
         [ev("exercise", ["KHM", "VNM"], date="2026-12-03")]),
    # ---- zh: a capital right after a title in a headline is no name
    case("zh-hant-capital-after-title-in-headline-is-no-name", "zh", DAY,
         "日越防長河內會談 同意擴大防衛合作\n\n日本防衛大臣今天在河內與越南國防部長舉行會談。",
         [ev("meeting", ["JPN", "VNM"], date="2026-12-04", location="VNM", mode="visit",
             actor=["JPN"], recipient=["VNM"])]),
    # ---- ko: a series kept up since some year is a habit, no exercise
    case("ko-buteo-ieoogo-itda-is-no-exercise", "ko", DAY,
         "안규백 국방부 장관은 3일 국방부에서 방한한 호주 국방부 장관과 회담했다. "
         "양국 해군은 2015년부터 연합훈련을 이어오고 있다.",
         [ev("meeting", ["AUS", "KOR"], date="2026-12-03", location="KOR", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
