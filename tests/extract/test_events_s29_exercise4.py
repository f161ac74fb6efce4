"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/exercise4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the exercise reports of the exercise4 set: a
joint exercise under way told in the progressive with only its end ahead (zh "联合演习正在上海举行，将持续到
10月20日": held, not planned) and an earlier edition told by its number in the past tense (en "The third
edition was conducted in Egypt in February 2025.").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-20"  # a Tuesday

CASES = [
    # ---- zh: an exercise under way ("正在…举行") that "will last until" a day: held, no plan
    case("zh-zhengzai-juxing-is-held", "zh", "2026-10-14",
         "中国和巴基斯坦海军“海洋卫士-5”联合演习正在上海举行，将持续到10月20日。",
         [ev("exercise", ["CHN", "PAK"], date="2026-10", location="CHN")]),
    # ---- en: the earlier edition told by its number ("The third edition was conducted in …")
    case("en-nth-edition-was-conducted-is-earlier-edition", "en", DAY,
         "Indian and Egyptian special forces began the joint exercise Cyclone on Monday in Rajasthan. "
         "The third edition was conducted in Egypt in February 2025.",
         [ev("exercise", ["EGY", "IND"], date="2026-10", location="IND"),
          ev("exercise", ["EGY", "IND"], date="2025-02", location="EGY", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
