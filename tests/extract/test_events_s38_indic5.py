"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/indic5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of South Asian defense diplomacy news,
the subject of the indic5 set:
- bn a navy's ship prefix in Bengali letters ("বানৌজা", the Bangladesh Navy's own prefix, "আইএনএস",
  "পিএনএস", "এসএলএনএস", "ইউএসএস") names the ship's state, as the Devanagari and Tamil prefixes do;
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- bn: ship prefixes in Bengali letters
    case("bn-banouja-prefix-is-bgd", "bn", DAY,
         "বানৌজা বিজয় গতকাল মালদ্বীপ কোস্ট গার্ডের একটি জাহাজের সঙ্গে যৌথ মহড়া করেছে।",
         [ev("exercise", ["BGD", "MDV"], date="2026-12-01")]),
    case("bn-ins-prefix-is-ind", "bn", DAY,
         "আইএনএস সুমিত্রা গতকাল মোংলা বন্দরে বাংলাদেশ নৌবাহিনীর সঙ্গে যৌথ মহড়া করেছে।",
         [ev("exercise", ["BGD", "IND"], date="2026-12-01")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
