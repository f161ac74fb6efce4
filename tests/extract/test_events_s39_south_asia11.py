"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/south_asia11.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of South Asian defense-diplomacy news,
the subject of the south_asia11 set:
- bn the past perfect of "to buy" ("… থেকে … কিনেছিল", "ক্রয় করেছিল") is a purchase (aid), as the
  present perfect "কিনেছে" / "ক্রয় করেছে" was (a purchase of a past year, told in the past perfect, is background);
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- bn: the past perfect of "to buy" is a purchase
    case("bn-kinechhilo-is-aid", "bn", DAY,
         "মিয়ানমার নৌবাহিনী ২০১৯ সালে ভারত থেকে একটি সাবমেরিন কিনেছিল।",
         [ev("aid", ["IND", "MMR"], date="2019", historical=True)]),
    case("bn-kroy-korechhilo-is-aid", "bn", DAY,
         "শ্রীলঙ্কা বিমানবাহিনী গত বছর চীন থেকে ছয়টি প্রশিক্ষণ বিমান ক্রয় করেছিল।",
         [ev("aid", ["CHN", "LKA"], date="2025", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
