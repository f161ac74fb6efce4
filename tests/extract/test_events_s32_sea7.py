"""The extract stage on short articles in Southeast Asian languages written for these tests (none of these
sentences is in tests/data/heldout/sea7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin where an event took place, as the Southeast Asian press
writes it:
- th, lo: a venue named with the word "country" before the state ("ที่ประเทศอินเดีย", "ຢູ່ປະເທດຫວຽດນາມ"), as km
  "នៅប្រទេស" already reads it: the state is the place (an earlier edition held abroad);
- ms, id: waters or a compass side between "di" and the state ("di perairan selatan Thailand", "di perairan
  Filipina") make the state the place, also after a dateline of the own capital ("Kuala Lumpur:");
- id: Kompas's byline and time line without a colon ("Penulis X | Editor Y", "Kompas.com - 16/09/2026, 10:00
  WIB") are furniture: dropped, the lead's dateline ("JAKARTA, KOMPAS.com -") is again a dateline and the
  signing's place is the one the sentence names.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- th, lo: "at the country X": X is the place
    case("th-ti-prathet-names-the-place", "th", DAY,
         "กองทัพเรือไทยและกองทัพเรืออินเดีย จัดพิธีปิดการฝึกผสม เมื่อวันที่ 15 กันยายน 2569 ที่ฐานทัพเรือสัตหีบ "
         "จังหวัดชลบุรี\nทั้งนี้ การฝึกครั้งก่อนจัดขึ้นที่ประเทศอินเดียเมื่อปี 2567",
         [ev("exercise", ["IND", "THA"], date="2026-09-15", location="THA"),
          ev("exercise", ["IND", "THA"], date="2024", location="IND", historical=True)]),
    case("lo-yu-prathet-names-the-place", "lo", DAY,
         "ວັນທີ 15 ກັນຍາ 2026, ທີ່ນະຄອນຫຼວງວຽງຈັນ ໄດ້ມີພິທີປິດການຝຶກແອບຮ່ວມ ລະຫວ່າງ ກອງທັບປະຊາຊົນລາວ ແລະ "
         "ກອງທັບປະຊາຊົນຫວຽດນາມ. ການຝຶກແອບຮ່ວມຄັ້ງກ່ອນ ໄດ້ຈັດຂຶ້ນຢູ່ປະເທດຫວຽດນາມ ໃນປີ 2025.",
         [ev("exercise", ["LAO", "VNM"], date="2026-09-15", location="LAO"),
          ev("exercise", ["LAO", "VNM"], date="2025", location="VNM", historical=True)]),
    # ---- ms, id: "di perairan (selatan) X" after the own capital's dateline
    case("ms-di-perairan-selatan-names-the-place", "ms", DAY,
         "Kuala Lumpur: Kapal-kapal TLDM dan Tentera Laut Diraja Thailand mengadakan latihan bersama "
         "di perairan selatan Thailand pada Selasa.",
         [ev("exercise", ["MYS", "THA"], date="2026-09-15", location="THA")]),
    case("id-di-perairan-names-the-place", "id", DAY,
         "Jakarta - KRI Bung Hatta dan kapal perang Angkatan Laut Filipina menggelar latihan bersama "
         "di perairan Filipina pada Selasa (15/9).",
         [ev("exercise", ["IDN", "PHL"], date="2026-09-15", location="PHL")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# articles with their site furniture: cleaned as the pipeline cleans them, then read
CLEANED_CASES = [
    # ---- id: Kompas furniture before the dateline
    case("id-kompas-byline-and-time-line-are-furniture", "id", DAY,
         "KOMPAS.com\nNews | Nasional | Global | Regional | Money | Tekno\n"
         "Kompas.com - 16/09/2026, 10:05 WIB\nKemhan Teken Kontrak Enam Helikopter Caracal di Prancis\n"
         "Penulis Rina Kusuma | Editor Dani Prasetyo\n"
         "JAKARTA, KOMPAS.com - Kementerian Pertahanan RI menandatangani kontrak pembelian enam helikopter "
         "H225M Caracal dengan Airbus Helicopters di Marignane, Prancis, Selasa (15/9).",
         [ev("agreement", ["FRA", "IDN"], date="2026-09-15", location="FRA", doc_type="contract")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CLEANED_CASES)
def test_cleaned_event_case(extractor: Any, registry: PackRegistry, lang: str, published: str | None,
                            title: str | None, text: str, expected: list[dict[str, Any]]) -> None:
    cleaned = clean_article(Article(id="case", text=text, title=title, published=published, lang=lang),
                            registry.get(lang))
    check_case(extractor, lang, published, title, cleaned.clean_text, expected)
