"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/sea9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Southeast Asian defense-diplomacy
news, the subject of the sea9 set:
- tl the completed (abilitative) na-/nai- forms of the handover and delivery verbs ("naibigay",
  "naipasa", "naipagkaloob", "naihatid", "naipadala") report material handed over (aid), as the
  plain perfective forms ("ibinigay", "ipinasa", "inihatid") did;
- tl the perfective forms of tanggap (receive) "tinanggap" and "tumanggap" with the giver after "mula sa"
  report a delivery (aid), as "natanggap … mula sa" did; an invitation received is no delivery;
- lo an exercise or joint patrol that "was opened" ("ໄດ້ເປີດ", "ເປີດຢ່າງເປັນທາງການ") is held, as its
  opening ceremony ("ພິທີເປີດ") was; "opens the opportunity" ("ເປີດໂອກາດ") is no opening;
- lo the "read more" / "related news" lines of Lao news sites ("ອ່ານຕື່ມ: <headline>", "ຂ່າວທີ່ກ່ຽວຂ້ອງ")
  are furniture: the headline they link names no event of the article (PAGES).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-10-14"  # a Wednesday

# (id, lang, raw page, body lines that must stay, furniture that must go)
PAGES = [
    ("lo-read-more-line", "lo",
     "ໃນວັນທີ 12 ຕຸລາ 2026, ພົນເອກ ຈັນສະໝອນ ຈັນຍາລາດ ໄດ້ຕ້ອນຮັບ ຄະນະຜູ້ແທນກອງທັບໄທ ທີ່ນະຄອນຫຼວງວຽງຈັນ.\n\n"
     "ອ່ານຕື່ມ: ເປີດການຝຶກຊ້ອມຮ່ວມ ລາວ-ຫວຽດນາມ ຢ່າງເປັນທາງການ\n",
     ["ຄະນະຜູ້ແທນກອງທັບໄທ"], ["ລາວ-ຫວຽດນາມ"]),
    ("lo-read-more-news-line", "lo",
     "ກອງທັບປະຊາຊົນລາວ ແລະ ກອງທັບກຳປູເຈຍ ໄດ້ລາດຕະເວນຮ່ວມ ຕາມຊາຍແດນ.\n\n"
     "ອ່ານຂ່າວຕື່ມ : ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ຢ້ຽມຢາມ ຈີນ\n",
     ["ລາດຕະເວນຮ່ວມ"], ["ຢ້ຽມຢາມ ຈີນ"]),
    ("lo-related-news-block", "lo",
     "ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ໄດ້ພົບປະກັບ ເອກອັກຄະລັດຖະທູດ ຍີ່ປຸ່ນ.\n\n"
     "ຂ່າວທີ່ກ່ຽວຂ້ອງ\nທະຫານລາວ-ຈີນ ຝຶກຊ້ອມຮ່ວມ\nຣັດເຊຍ ມອບອຸປະກອນ ໃຫ້ລາວ\n",
     ["ເອກອັກຄະລັດຖະທູດ ຍີ່ປຸ່ນ"], ["ຝຶກຊ້ອມຮ່ວມ", "ມອບອຸປະກອນ"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)


CASES = [
    # ---- tl: na-/nai- completed forms of the aid verbs
    case("tl-naibigay-is-aid", "tl", DAY,
         "Naibigay na ng Japan sa Philippine Navy ang dalawang patrol boat noong Lunes.",
         [ev("aid", ["JPN", "PHL"], date="2026-10-12")]),
    case("tl-naihatid-is-aid", "tl", DAY,
         "Naihatid na ng South Korea sa Philippine Air Force ang dalawang FA-50 fighter jet noong Martes.",
         [ev("aid", ["KOR", "PHL"], date="2026-10-13")]),
    case("tl-naipasa-is-aid", "tl", DAY,
         "Naipasa na ng Estados Unidos sa Philippine Army ang apat na Black Hawk helicopter noong Lunes.",
         [ev("aid", ["PHL", "USA"], date="2026-10-12")]),
    case("tl-naipagkaloob-is-aid", "tl", DAY,
         "Naipagkaloob ng Australia sa Philippine Navy ang tatlong drone noong Lunes.",
         [ev("aid", ["AUS", "PHL"], date="2026-10-12")]),
    # ---- tl: tinanggap / tumanggap … mula sa
    case("tl-tumanggap-mula-sa-is-aid", "tl", DAY,
         "Tumanggap ang Philippine Navy ng isang corvette mula sa South Korea noong Lunes.",
         [ev("aid", ["KOR", "PHL"], date="2026-10-12")]),
    case("tl-tinanggap-mula-sa-is-aid", "tl", DAY,
         "Tinanggap ng Philippine Army ang sampung armored vehicle mula sa Israel noong Martes.",
         [ev("aid", ["ISR", "PHL"], date="2026-10-13")]),
    # guard: an invitation accepted is an intent, no delivery
    case("tl-tinanggap-ang-imbitasyon-is-no-aid", "tl", DAY,
         "Tinanggap ni Defense Secretary Gilberto Teodoro Jr. ang imbitasyon mula sa Japan na "
         "bumisita sa Tokyo "
         "sa susunod na taon.",
         [ev("intent", ["JPN", "PHL"])]),
    # ---- lo: an exercise or joint patrol "was opened"
    case("lo-exercise-daai-poet", "lo", DAY,
         "ການຝຶກຊ້ອມຮ່ວມ ລະຫວ່າງ ກອງທັບປະຊາຊົນລາວ ແລະ ກອງທັບປະຊາຊົນຫວຽດນາມ ໄດ້ເປີດຂຶ້ນຢ່າງເປັນທາງການ "
         "ໃນວັນທີ 12 ຕຸລາ 2026 ທີ່ແຂວງຫົວພັນ.",
         [ev("exercise", ["LAO", "VNM"])]),
    case("lo-opened-the-joint-exercise", "lo", DAY,
         "ກອງທັບປະຊາຊົນລາວ ແລະ ກອງທັບໄທ ໄດ້ເປີດການຝຶກຊ້ອມຮ່ວມ ໃນວັນທີ 12 ຕຸລາ 2026 ທີ່ແຂວງໄຊຍະບູລີ.",
         [ev("exercise", ["LAO", "THA"])]),
    case("lo-joint-patrol-opened-officially", "lo", DAY,
         "ການລາດຕະເວນຮ່ວມ ລະຫວ່າງ ທະຫານລາວ ແລະ ທະຫານກຳປູເຈຍ ຕາມແມ່ນ້ຳຂອງ ເປີດຢ່າງເປັນທາງການ ໃນວັນທີ "
         "12 ຕຸລາ 2026 "
         "ທີ່ແຂວງຈຳປາສັກ.",
         [ev("exercise", ["KHM", "LAO"])]),
    # guard: "will open the opportunity … to train together in future" is a plan, no exercise opened
    case("lo-opens-the-opportunity-is-no-exercise", "lo", DAY,
         "ບົດບັນທຶກດັ່ງກ່າວຈະເປີດໂອກາດໃຫ້ທະຫານລາວ ແລະ ທະຫານໄທ ຝຶກຊ້ອມຮ່ວມກັນໃນອະນາຄົດ.",
         [ev("intent", ["LAO", "THA"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
