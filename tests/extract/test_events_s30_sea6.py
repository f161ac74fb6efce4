"""The extract stage on short articles in four languages written for these tests (none of these sentences is
in tests/data/heldout/sea6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Southeast Asian press of the sea6 set: the
Khmer សមយុទ្ធ (a military exercise, manoeuvre) as a military word, so that a joint exercise of two states named
without their armies is one ("សមយុទ្ធរួមកម្ពុជា-ឥណ្ឌូណេស៊ី"), and ប្រព្រឹត្តទៅ ("took place") as an exercise
held; the Lao ເຄີຍຈັດ ("had held") as an exercise held and ໃຫ້ການຝຶກອົບຮົມ ("gave training") as training given;
and the Malay and Indonesian "Lima" (five, capitalised in names: "Latihan Bersama Lima", "Lima Negara"),
which is no Peruvian place; the Filipino "Ma." (Maria) inside a man's name ("Jose Ma. Ezpeleta"); the Thai
month with the Buddhist era mark before its year ("กรกฎาคม พ.ศ. 2567").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- km: a joint exercise of two states, no army named
    case("km-samayut-of-two-states-is-an-exercise", "km", DAY,
         "កម្ពុជា និងឥណ្ឌូណេស៊ី បានធ្វើសមយុទ្ធរួមគ្នា នៅខេត្តព្រះសីហនុ កាលពីថ្ងៃទី១៤ ខែកញ្ញា ឆ្នាំ២០២៦។",
         [ev("exercise", ["IDN", "KHM"], date="2026-09-14", location="KHM")]),
    # ---- km: "took place" (ប្រព្រឹត្តទៅ) holds the exercise
    case("km-prapruet-tov-holds-the-exercise", "km", DAY,
         "សមយុទ្ធរួមរវាងកងទ័ពកម្ពុជា និងកងទ័ពវៀតណាម បានប្រព្រឹត្តទៅនៅខេត្តរតនគិរី កាលពីខែមិថុនា ឆ្នាំ២០២៥។",
         [ev("exercise", ["KHM", "VNM"], date="2025-06", location="KHM", historical=True)]),
    # ---- lo: "had held" (ເຄີຍຈັດ) a background exercise
    case("lo-kheuy-chat-held-an-exercise", "lo", DAY,
         "ກອງທັບລາວ ແລະ ກອງທັບຈີນ ເຄີຍຈັດການຝຶກຊ້ອມຮ່ວມ ທີ່ແຂວງຫຼວງພະບາງ ໃນປີ 2023.",
         [ev("exercise", ["CHN", "LAO"], date="2023", location="LAO", historical=True)]),
    # ---- lo: "gave training to" (ໃຫ້ການຝຶກອົບຮົມແກ່) is training given
    case("lo-hai-kan-fuek-ophom-is-training-given", "lo", DAY,
         "ວັນທີ 14 ກັນຍາ 2026, ຄູຝຶກຈາກກອງທັບຫວຽດນາມ ໄດ້ໃຫ້ການຝຶກອົບຮົມແກ່ນາຍທະຫານລາວ 20 ສະຫາຍ.",
         [ev("aid", ["LAO", "VNM"], date="2026-09-14")]),
    # ---- ms: "Lima" (five) in an exercise's name is no place in Peru
    case("ms-lima-is-five-not-a-place", "ms", DAY,
         "Latihan Tentera Lima Negara yang melibatkan angkatan tentera Malaysia, Singapura dan New Zealand "
         "berakhir hari ini.",
         [ev("exercise", ["MYS", "NZL", "SGP"], location=None)]),
    # ---- id: the same in Indonesian
    case("id-lima-is-five-not-a-place", "id", DAY,
         "Latihan Bersama Lima Negara yang melibatkan prajurit Indonesia, Malaysia dan Brunei "
         "berakhir hari ini.",
         [ev("exercise", ["BRN", "IDN", "MYS"], location=None)]),
    # ---- tl: "Ma." (Maria) inside a man's name does not end it
    case("tl-ma-inside-a-name", "tl", DAY,
         "Nakipagpulong nitong Martes sa Camp Aguinaldo si Armed Forces chief General Romeo Ma. Santos sa "
         "Australian Defence Minister na si Richard Marles.",
         [ev("meeting", ["AUS", "PHL"], date="2026-09-15", persons=["Romeo Ma. Santos"])]),
    # ---- th: a month with the era mark before its year ("มีนาคม พ.ศ. 2568"), with and without the day
    case("th-month-pho-so-year-with-day", "th", DAY,
         "รัฐมนตรีว่าการกระทรวงกลาโหมอินโดนีเซียเคยเดินทางเยือนไทยอย่างเป็นทางการเมื่อวันที่ 12 มีนาคม พ.ศ. 2568",
         [ev("meeting", ["IDN", "THA"], date="2025-03-12", historical=True)]),
    case("th-month-pho-so-year", "th", DAY,
         "กองทัพเรือไทยและกองทัพเรืออินเดียเคยจัดการฝึกผสมในทะเลอันดามันเมื่อเดือนตุลาคม พ.ศ. 2567",
         [ev("exercise", ["IND", "THA"], date="2024-10", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
