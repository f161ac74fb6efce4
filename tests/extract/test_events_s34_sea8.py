"""The extract stage on short articles in four languages written for these tests (none of these sentences
is in tests/data/heldout/sea8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Southeast Asian defense news, the subject
of the sea8 set:
- lo the war of the past named as a time ("ທະຫານທີ່ເສຍສະຫຼະໃນໄລຍະສົງຄາມ", soldiers fallen during the war:
  the search for their remains) is no fighting: the pledge to go on searching is read;
- lo the minister OF the Lao ministry ("ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ລາວ") is a party, not the ministry as the
  place: talks he holds abroad take their place from the city named;
- th thanks for the other side's help ("ขอบคุณฝ่ายญี่ปุ่นที่ให้การสนับสนุน…") is no aid;
- vi "on this occasion" ("Dịp này, hai bên đã ký kết …") is the day of the ceremony just told, also when the
  sentence names the period of what is signed ("giai đoạn 2027-2030");
- id what a cooperation will do for the own industry's self-reliance ("akan memperkuat kemandirian industri
  pertahanan") is no pledge between states.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- lo: the war named as a time is no combat
    case("lo-fallen-during-the-war-is-no-combat", "lo", DAY,
         "ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ລາວ ໄດ້ພົບປະກັບ ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ກຳປູເຈຍ ທີ່ນະຄອນຫຼວງວຽງຈັນ "
         "ໃນວັນທີ 15 ກັນຍາ 2026. ສອງຝ່າຍໄດ້ຕົກລົງເຫັນດີ ສືບຕໍ່ຮ່ວມມືກັນໃນການຄົ້ນຫາ ແລະ ສົ່ງກະດູກທະຫານ "
         "ທີ່ເສຍສະຫຼະໃນໄລຍະສົງຄາມ ກັບຄືນສູ່ມາດຕຸພູມ.",
         [ev("meeting", ["KHM", "LAO"], date="2026-09-15", location="LAO"),
          ev("intent", ["KHM", "LAO"], date="2026-09-15")]),
    # ---- lo: the Lao minister's title is no place
    case("lo-minister-of-lao-ministry-is-no-place", "lo", DAY,
         "ໃນວັນທີ 15 ກັນຍາ 2026, ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ລາວ ໄດ້ພົບປະກັບ ລັດຖະມົນຕີປ້ອງກັນປະເທດ ມາເລເຊຍ "
         "ໃນໂອກາດເຂົ້າຮ່ວມກອງປະຊຸມ ADMM ທີ່ນະຄອນຫຼວງມະນີລາ.",
         [ev("meeting", ["LAO", "MYS"], date="2026-09-15", location="PHL", mode="multilateral")]),
    # ---- th: thanks for the other side's support is no aid
    case("th-thanks-for-support-is-no-aid", "th", DAY,
         "เมื่อวันที่ 15 ก.ย. 69 พลเอก ณัฐพล นาคพาณิชย์ รัฐมนตรีว่าการกระทรวงกลาโหม ให้การต้อนรับ "
         "เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย ในโอกาสเข้าเยี่ยมคารวะ  "
         "รมว.กห. ได้กล่าวขอบคุณฝ่ายญี่ปุ่นที่ให้การสนับสนุนกองทัพไทยมาโดยตลอด",
         [ev("meeting", ["JPN", "THA"], date="2026-09-15")]),
    # ---- vi: "Dịp này" takes the day of the ceremony just told
    case("vi-dip-nay-takes-the-ceremony-day", "vi", DAY,
         "Sáng 15/9, tại tỉnh Cao Bằng, Bộ Tư lệnh Quân khu 1 đã trao tặng 2.000 bộ quân phục cho "
         "Quân khu Quảng Tây, Quân đội Trung Quốc. Dịp này, hai bên đã ký kết biên bản ghi nhớ về hợp tác "
         "giữa hai quân khu giai đoạn 2027-2030.",
         [ev("aid", ["CHN", "VNM"], date="2026-09-15"),
          ev("agreement", ["CHN", "VNM"], date="2026-09-15", doc_type="memorandum")]),
    # ---- id: the own industry's self-reliance is no pledge between states
    case("id-akan-memperkuat-kemandirian-is-no-intent", "id", DAY,
         "Menteri Pertahanan RI Sjafrie Sjamsoeddin menerima kunjungan Menteri Pertahanan Jepang di Jakarta, "
         "Selasa (15/9). Menurut Sjafrie, kerja sama ini akan memperkuat kemandirian industri pertahanan "
         "nasional.",
         [ev("meeting", ["IDN", "JPN"], date="2026-09-15", location="IDN", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
