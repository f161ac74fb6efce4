"""The extract stage on short articles in four languages written for these tests (none of these sentences
is in tests/data/heldout/background6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of background beside the news, the subject
of the background6 set:
- de an earlier visit told with the verb at the end of its clause ("Im März war er bereits in Lwiw, wo er
  mit dem ukrainischen Verteidigungsminister … sprach"): talks with any partner, not only "mit seinem
  Amtskollegen";
- ru an adverb opening a sentence before a surname ("Впервые Хренин посетил Казахстан в марте 2024 года") is
  no part of the name: the earlier visit of the official named before is read;
- es "hace diez años" (ten years ago) dates the background signing, as "hace cinco años" did;
- vi a warship leaving port at the end of its call ("rời cảng Tiên Sa, kết thúc chuyến thăm Việt Nam") is no
  visit of officials, as its arrival ("cập cảng … chuyến thăm") is none.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- de: the verb at the end of the clause, any partner
    case("de-wo-er-mit-partner-sprach-is-a-meeting", "de", DAY,
         "Der polnische Verteidigungsminister Władysław Kosiniak-Kamysz reiste am Dienstag nach Kiew. "
         "Im März war er bereits in Lwiw, wo er mit dem ukrainischen Verteidigungsminister Denys Schmyhal "
         "sprach.",
         [ev("meeting", ["POL", "UKR"], date="2026-09-15", location="UKR", mode="visit"),
          ev("meeting", ["POL", "UKR"], date="2026-03", location="UKR", mode="visit", historical=True)]),
    # ---- ru: an adverb opening the sentence is no part of the name after it
    case("ru-vpervye-before-surname-is-no-name", "ru", DAY,
         "Во вторник министр обороны Белоруссии Виктор Хренин провел в Астане переговоры с министром обороны "
         "Казахстана Дауреном Косановым. Впервые Хренин посетил Казахстан в марте 2024 года.",
         [ev("meeting", ["BLR", "KAZ"], date="2026-09-15", location="KAZ", mode="visit"),
          ev("meeting", ["BLR", "KAZ"], date="2024-03", location="KAZ", mode="visit", historical=True)]),
    # ---- es: "hace diez años" is ten years before the news
    case("es-hace-diez-anos-dates-the-signing", "es", DAY,
         "Hace diez años, España y Marruecos firmaron en Rabat un memorando de entendimiento en materia de "
         "defensa.",
         [ev("agreement", ["ESP", "MAR"], date="2016", location="MAR", doc_type="memorandum",
             historical=True)]),
    # ---- vi: a warship leaving port at the end of its call is no visit of officials
    case("vi-roi-cang-ket-thuc-chuyen-tham-is-no-meeting", "vi", DAY,
         "Sáng 5/9, tàu hộ vệ HMNZS Te Kaha của Hải quân New Zealand rời cảng Tiên Sa (Đà Nẵng), kết thúc "
         "chuyến thăm Việt Nam kéo dài 3 ngày.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
