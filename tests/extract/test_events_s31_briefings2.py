"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/briefings2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording met in spokespeople's briefings and ministry
press conferences, the subject of the briefings2 set:
- en "at the invitation of his counterpart" is the occasion of the visit paid, no invitation of its own (the
  visit is a meeting, no intent beside it; a dated visit still to come is the meeting on its days), and
  "During the visit, the two ministers will hold …" after a visit announced is that visit's programme;
  en "will travel to" with no day is a plan, as "will visit" (it keeps the intent of "will travel to
  Islamabad at the invitation of …", which the invitation no longer gives);
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
    # ---- en: "at the invitation of" is the visit's occasion
    case("en-visit-at-the-invitation-of-is-no-intent", "en", DAY,
         "Indonesian Defence Minister Sjafrie Sjamsoeddin paid an official visit to Japan on Monday at the "
         "invitation of his Japanese counterpart.",
         [ev("meeting", ["IDN", "JPN"], date="2026-09-14", location="JPN", mode="visit",
             actor=["IDN"], recipient=["JPN"])]),
    case("en-dated-visit-to-come-at-the-invitation-of-is-a-meeting", "en", DAY,
         "Malaysian Defence Minister Mohamed Khaled Nordin will pay an official visit to South Korea from 21 "
         "to 23 September at the invitation of his South Korean counterpart.",
         [ev("meeting", ["KOR", "MYS"], date="2026-09", location="KOR", mode="visit")]),
    # ---- en: "During the visit, … will hold" is the programme of the visit told before, no new plan
    case("en-during-the-visit-will-hold-is-no-intent", "en", DAY,
         "Vietnamese Defence Minister Phan Van Giang will pay an official visit to India from 14 to 16 "
         "October. During the visit, the two ministers will hold the annual defence policy dialogue in New "
         "Delhi.",
         [ev("meeting", ["IND", "VNM"], date="2026-10", location="IND", mode="visit")]),
    # ---- en: "will travel to" with no day is a trip still to come, as "will visit": a plan, no meeting today
    case("en-will-travel-to-is-an-intent", "en", DAY,
         "The Thai army chief will travel to Jakarta for talks with his Indonesian counterpart.",
         [ev("intent", ["IDN", "THA"])]),
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
