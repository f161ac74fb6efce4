"""The extract stage on short articles written for these tests (none of these sentences
is in tests/data/heldout/africa12.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the African press, the subject of the
africa12 set:
- ar a course at the hands of the other side's instructors, with the singular "يد" ("على يد مدربين من
  الجيش المصري"), is training given, as "على أيدي مدربين".
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ar: a course at the hands (singular) of the other side's instructors is training given
    case("ar-ala-yad-mudarribin-is-aid", "ar", DAY,
         "أنهى ضباط من الجيش الصومالي أمس دورة في مكافحة الإرهاب على يد مدربين من الجيش المصري.",
         [ev("aid", ["EGY", "SOM"], date="2026-09-15")]),
    case("ar-ala-yad-mudarribi-construct-is-aid", "ar", DAY,
         "أتم ضباط من الجيش الليبي أمس دورة في الهندسة العسكرية على يد مدربي الجيش التركي.",
         [ev("aid", ["LBY", "TUR"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
