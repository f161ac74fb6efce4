"""The extract stage on short articles in five languages written for these tests (none of these sentences is
in tests/data/heldout/sea5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Southeast Asian native press of the sea5
set: a border committee of two states' forces meeting (ms "Mesyuarat Jawatankuasa Sempadan …", masked before
as a domestic "mesyuarat jawatankuasa"; my "နယ်စပ်ကော်မတီ အစည်းအဝေး", which named no military word), what
delivered equipment will do for the own forces, which is no pledge (id "Kendaraan ini akan memperkuat
mobilitas …"), a province of Laos as the place of a drill (lo "ແຂວງສາລະວັນ"); and a Thai "read related
news" header on a line of its own, whose linked headlines are furniture (th "อ่านข่าวที่เกี่ยวข้อง"; a page
of the clean stage).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ms: a border committee of two states meets (not a domestic committee's meeting)
    case("ms-mesyuarat-jawatankuasa-sempadan-is-a-meeting", "ms", DAY,
         "ALOR SETAR: Mesyuarat Jawatankuasa Sempadan Wilayah Malaysia-Thailand diadakan di Alor Setar "
         "semalam bagi membincangkan keselamatan di kawasan sempadan kedua-dua negara.",
         [ev("meeting", ["MYS", "THA"], date="2026-09-15")]),
    # ---- my: a regional border committee of two states' forces meets
    case("my-nayzat-committee-meeting-is-a-meeting", "my", DAY,
         "မြန်မာ-လာအို နယ်စပ်ကော်မတီ အစည်းအဝေးကို စက်တင်ဘာ ၁၅ ရက်တွင် တာချီလိတ်မြို့၌ ကျင်းပသည်။",
         [ev("meeting", ["LAO", "MMR"], date="2026-09-15")]),
    # ---- id: what delivered equipment will do for the own forces is no pledge between states
    case("id-akan-memperkuat-mobilitas-is-no-intent", "id", DAY,
         "Pemerintah Jepang menyerahkan 20 unit truk militer kepada TNI Angkatan Darat di Jakarta, Selasa "
         "(15/9/2026).\n\nPenyerahan dilakukan oleh Duta Besar Jepang untuk Indonesia Kenji Tanaka "
         "kepada Kepala Staf Angkatan Darat Jenderal TNI Budi Hartono.\n\n\"Truk ini akan memperkuat "
         "mobilitas satuan TNI AD di daerah perbatasan,\" kata Budi.",
         [ev("aid", ["IDN", "JPN"], date="2026-09-15")]),
    # ---- lo: a province of Laos is a place in Laos
    case("lo-khwaeng-salavan-is-in-laos", "lo", DAY,
         "ໃນວັນທີ 15 ກັນຍາ 2026, ພົນເອກ ຄຳມັນ ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ໄດ້ຕ້ອນຮັບ ຄະນະຜູ້ແທນກະຊວງປ້ອງກັນ"
         "ປະເທດ ສສ ຫວຽດນາມ ທີ່ເດີນທາງມາຢ້ຽມຢາມ ສປປ ລາວ.\n\nການຊ້ອມຮົບຮ່ວມ ລາວ-ຫວຽດນາມ ຄັ້ງຫຼ້າສຸດ "
         "ໄດ້ຈັດຂຶ້ນຢູ່ແຂວງສາລະວັນ ໃນເດືອນມີນາ 2025.",
         [ev("meeting", ["LAO", "VNM"], date="2026-09-15", location="LAO", mode="visit"),
          ev("exercise", ["LAO", "VNM"], date="2025-03", location="LAO", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# ---- th: the related-news header on a line of its own and every headline below it are furniture
PAGES = [
    ("th-an-khao-thi-kiao-khong-header-cuts", "th",
     "เมื่อวันที่ 15 ก.ย. ที่กระทรวงกลาโหม รัฐมนตรีว่าการกระทรวงกลาโหม ให้การต้อนรับ รัฐมนตรีว่าการกระทรวงกลาโหม"
     "สิงคโปร์ ซึ่งเดินทางเยือนประเทศไทยอย่างเป็นทางการ เพื่อหารือความร่วมมือด้านการฝึกศึกษาและความมั่นคงทางทะเล\n\n"
     "ทั้งสองฝ่ายเห็นพ้องที่จะส่งเสริมการแลกเปลี่ยนการเยือนระหว่างกองทัพของทั้งสองประเทศต่อไป\n\n"
     "อ่านข่าวที่เกี่ยวข้อง\n"
     "- ทอ. ส่งเครื่องบินร่วมฝึกผสมกับกองทัพอากาศต่างประเทศ\n"
     "- ทบ. จัดฝึกผสมกับมิตรประเทศ ที่ จ.ลพบุรี\n"
     "- ทร. รับมอบเรือตรวจการณ์ลำใหม่",
     ["ทั้งสองฝ่ายเห็นพ้องที่จะส่งเสริมการแลกเปลี่ยนการเยือนระหว่างกองทัพของทั้งสองประเทศต่อไป"],
     ["อ่านข่าวที่เกี่ยวข้อง", "ทอ. ส่งเครื่องบินร่วมฝึกผสม", "ทบ. จัดฝึกผสมกับมิตรประเทศ", "ทร. รับมอบเรือตรวจการณ์ลำใหม่"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)
