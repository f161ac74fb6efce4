"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/naval3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the naval-diplomacy press of the naval3 set:
Indonesian navy news naming a foreign navy in English ("Royal Australian Navy"), navy-to-navy or staff talks
and their "Record of Discussion"; the Portuguese passive of a reception ("foi recebido … pelo ministro"); an
international fleet review (ja 国際観艦式) with foreign ships; a warship's port call, which is no meeting and
no drill (vi "cập cảng … bắt đầu chuyến thăm", tr "Limanı'nı ziyaret eden"); an order placed with a state
with "déjà" (fr "avait déjà commandé … à la France") and the serials of a drill, which hand nothing over
(fr "transferts de personnel").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- id: a foreign navy by its English name, its staff talks named in English, their minutes signed
    case("id-royal-navy-name-and-navy-to-navy-talks", "id", DAY,
         "TNI AL dan Royal Malaysian Navy menggelar Navy to Navy Talks ke-15 di Surabaya, Selasa (15/9).",
         [ev("meeting", ["IDN", "MYS"], date="2026-09-15")]),
    case("id-staff-talks-record-of-discussion", "id", DAY,
         "Delegasi Angkatan Laut Thailand dan TNI AL menandatangani Record of Discussion pada penutupan "
         "Staff Talks di Jakarta, Selasa (15/9).",
         [ev("meeting", ["IDN", "THA"], date="2026-09-15"),
          ev("agreement", ["IDN", "THA"], date="2026-09-15", doc_type="other")]),
    # ---- pt: the visitor received, in the passive, by the host
    case("pt-foi-recebido-pelo-ministro-is-a-visit", "pt", DAY,
         "O comandante da fragata portuguesa foi recebido na terça-feira pelo ministro da Defesa "
         "cabo-verdiano.",
         [ev("meeting", ["CPV", "PRT"], date="2026-09-15", mode="visit")]),
    # ---- ja: an international fleet review with foreign ships taking part
    case("ja-kokusai-kankanshiki-is-an-exercise", "ja", DAY,
         "インドネシア海軍の国際観艦式が15日、バリ島沖で行われ、海上自衛隊の護衛艦がシンガポール、マレーシアの艦艇とともに参加した。",
         [ev("exercise", ["IDN", "JPN", "MYS", "SGP"], date="2026-09-15")]),
    # ---- vi: a warship's port call, and a warship visiting a city, are no meeting and no drill
    case("vi-cap-cang-chuyen-tham-is-no-event", "vi", DAY,
         "Sáng 15/9, tàu hộ vệ của Hải quân Ấn Độ cập cảng Cam Ranh, bắt đầu chuyến thăm hữu nghị 3 ngày.",
         []),
    case("vi-tau-hai-quan-tham-is-no-meeting", "vi", DAY,
         "Năm 2023, tàu hải quân Pháp thăm Cam Ranh.",
         []),
    # ---- tr: a ship visiting a port (the suffix after an apostrophe) meets no one; its PASSEX is the event
    case("tr-limani-ni-ziyaret-eden-is-no-meeting", "tr", DAY,
         "Pire Limanı'nı ziyaret eden TCG Gökova fırkateyni, 15 Eylül'de Yunanistan Deniz Kuvvetlerine ait "
         "bir hücumbotla geçiş eğitimi (PASSEX) icra etti.",
         [ev("exercise", ["GRC", "TUR"], date="2026-09-15")]),
    # ---- fr: an order placed with a state, "déjà" between auxiliary and participle
    case("fr-avait-deja-commande-a-is-a-contract", "fr", DAY,
         "La Serbie avait déjà commandé douze avions Rafale à la France en août 2024.",
         [ev("agreement", ["FRA", "SRB"], date="2024-08", doc_type="contract", historical=True)]),
    # ---- fr: the serials of a drill ("transferts de personnel") hand nothing over
    case("fr-transferts-de-personnel-is-no-aid", "fr", DAY,
         "Le patrouilleur français a mené mardi un exercice de passage avec une frégate marocaine. Manœuvres "
         "et transferts de personnel par embarcation ont renforcé l'interopérabilité entre les deux marines.",
         [ev("exercise", ["FRA", "MAR"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
