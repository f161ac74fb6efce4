"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/indo_pacific5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Indo-Pacific maritime news, the subject
of the indo_pacific5 set:
- tl civil coast guards acting together (the Philippine Coast Guard, a transport agency, with the Japan or
  Korea Coast Guard) are no defense establishment: their joint drill and their agreement are no events
  ("ang PCG at ang Japan Coast Guard", "PCG ... JCG", "ang dalawang coast guard"), as en does; a state's gift
  of boats to the PCG stays aid;
- id a navy officer's rank with his corps in brackets ("Kolonel Laut (P) ...", "Letkol Laut (T) ...") is a
  rank before a name;
- hi officers welcomed at an exercise's opening or closing ceremony ("उद्घाटन समारोह में ... का स्वागत किया") are
  greeted, no meeting;
- vi the five naval regions ("Vùng 4 Hải quân") and "Quân chủng Hải quân", named without the country, are
  Vietnam's: a ship commander's courtesy call on the region's command is a meeting with Vietnam.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- tl: two civil coast guards acting together are no defense establishment
    case("tl-pcg-and-japan-coast-guard-drill-is-no-exercise", "tl", DAY,
         "Nagsagawa ng joint maritime law enforcement exercise ang PCG at ang Japan Coast Guard sa Bataan "
         "noong Martes. Ayon sa tagapagsalita ng PCG na si Rear Admiral Jay Tarriela, sumali sa pagsasanay "
         "ang barko ng JCG na Mizuho. "
         "Lumagda ang dalawang coast guard ng memorandum of cooperation noong 2018.",
         []),
    case("tl-boats-given-to-the-pcg-stay-aid", "tl", DAY,
         "Ibinigay ng Japan sa PCG ang dalawang bagong patrol vessel noong Martes.",
         [ev("aid", ["JPN", "PHL"], date="2026-09-15")]),
    # ---- hi: officers welcomed at an exercise's opening ceremony are greeted, no meeting held
    case("hi-welcome-at-opening-ceremony-is-no-meeting", "hi", DAY,
         "भारत, फ्रांस और ब्रिटेन की नौसेनाओं का संयुक्त अभ्यास मंगलवार को कोच्चि में शुरू हुआ। दक्षिणी नौसेना कमान के "
         "प्रमुख वाइस एडमिरल वी. श्रीनिवास ने उद्घाटन समारोह में विदेशी नौसेनाओं के अधिकारियों का स्वागत किया।",
         [ev("exercise", ["FRA", "GBR", "IND"], location="IND")]),
    # ---- vi: the naval regions of Vietnam's navy named without the country are Vietnam's
    case("vi-courtesy-call-on-naval-region-command-is-a-meeting", "vi", DAY,
         "Chỉ huy tàu INS Sahyadri của Hải quân Ấn Độ đã đến chào xã giao Bộ Tư lệnh Vùng 2 Hải quân.",
         [ev("meeting", ["IND", "VNM"], mode="visit")]),
    # ---- id: a navy officer's corps in brackets after the rank
    case("id-navy-rank-with-corps-in-brackets-before-a-name", "id", DAY,
         "Kolonel Laut (P) Budi Santoso bertemu Panglima Armada Jepang di Yokosuka.",
         [ev("meeting", ["IDN", "JPN"], location="JPN", persons=["Budi Santoso"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
