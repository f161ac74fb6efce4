"""The extract stage on short articles in four languages written for these tests (none of these sentences
is in tests/data/heldout/agreements4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording around signed and ratified documents, the
subject of the agreements4 set:
- fr a civil treaty approved in the same parliamentary sitting as a defense agreement ("ont aussi approuvé une
  convention fiscale avec le Vietnam et un accord de sécurité sociale avec le Pérou") is no defense document;
  "Samarcande" (the French exonym) is a place in Uzbekistan;
- id a parliament approving a ratification bill ("menyetujui RUU tentang Pengesahan Persetujuan …") ratifies
  the agreement and agrees nothing new: no intent beside the ratification; the plenary ("Rapat Paripurna DPR")
  sits in Indonesia, where the ratification takes place;
- ja the new type a force will field, told by a relative clause ("空軍が導入する次期哨戒機"), names the
  equipment the talks were about: no pledge to deliver.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- fr: a civil treaty approved in the same sitting is no defense document
    case("fr-convention-fiscale-approuvee-is-no-defense-document", "fr", DAY,
         "L'Assemblée nationale a approuvé mardi l'accord de coopération en matière de défense entre "
         "la France et l'Inde. Les députés ont aussi approuvé une convention fiscale avec le Vietnam et "
         "un accord de sécurité sociale avec le Pérou.",
         [ev("agreement", ["FRA", "IND"], date="2026-09-15", doc_type="agreement")]),
    # ---- fr: the French exonym of Samarkand places a signing in Uzbekistan
    case("fr-signe-a-samarcande-is-in-uzbekistan", "fr", DAY,
         "Les ministres de la Défense de la France et de l'Ouzbékistan ont signé mardi à Samarcande "
         "une feuille de route pour la coopération militaire.",
         [ev("agreement", ["FRA", "UZB"], date="2026-09-15", location="UZB", doc_type="plan")]),
    # ---- id: the House approving a ratification bill is the ratification, no intent, in Indonesia
    case("id-menyetujui-ruu-pengesahan-is-no-intent", "id", DAY,
         "Rapat Paripurna DPR RI pada Selasa (15/9/2026) menyetujui RUU tentang Pengesahan Persetujuan "
         "antara Pemerintah Republik Indonesia dan Pemerintah Republik Prancis tentang Kerja Sama di Bidang "
         "Pertahanan menjadi undang-undang.",
         [ev("agreement", ["FRA", "IDN"], date="2026-09-15")]),
    case("id-rapat-paripurna-dpr-is-in-indonesia", "id", DAY,
         "Rapat Paripurna DPR pada Selasa (15/9/2026) mengesahkan RUU tentang Pengesahan Persetujuan "
         "antara Pemerintah Republik Indonesia dan Pemerintah Kerajaan Belanda tentang Kerja Sama di Bidang "
         "Pertahanan.",
         [ev("agreement", ["IDN", "NLD"], date="2026-09-15", location="IDN")]),
    # ---- ja: the equipment a force will field, told by a relative clause, is no pledge
    case("ja-ga-donyu-suru-jiki-is-no-pledge", "ja", DAY,
         "中谷防衛相は15日、来日したニュージーランドのコリンズ国防相と防衛省で会談した。両氏はニュージーランド空軍が"
         "導入する次期哨戒機について意見を交わした。",
         [ev("meeting", ["JPN", "NZL"], date="2026-09-15", location="JPN", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
