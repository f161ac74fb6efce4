"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/briefings2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording met in spokespeople's briefings and ministry
press conferences, the subject of the briefings2 set:
- fr "accord sur le statut des forces en visite" (a visiting forces agreement) names a kind of pact: no visit;
- vi "Trong thời gian thăm, …" opening a sentence looks back at a visit or port call told before: the drill
  told in it is an exercise, no second visit.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- fr: a visiting forces agreement pays no visit
    case("fr-accord-forces-en-visite-is-no-visit", "fr", DAY,
         "L'Australie et la France entendent conclure en 2028 un accord sur le statut des forces en visite.",
         [ev("intent", ["AUS", "FRA"])]),
    # ---- vi: "Trong thời gian thăm," looks back at the port call
    case("vi-trong-thoi-gian-tham-is-no-second-visit", "vi", DAY,
         "Từ ngày 10 đến 13/9, tàu hộ vệ của Hải quân Pháp đã thăm cảng Tiên Sa, Đà Nẵng. "
         "Trong thời gian thăm, hải quân hai nước đã tổ chức diễn tập trên biển PASSEX.",
         [ev("exercise", ["FRA", "VNM"], date="2026-09")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
