"""The extract stage on short articles in German, Vietnamese and English written for these tests (none of
these sentences is in tests/data/heldout/native9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the native press of the native9 set:
- de officers who attend courses ("dass tschechische Offiziere … Lehrgänge an der Landesverteidigungsakademie
  besuchen können") pay no visit: the agreement is a plan (an intent), no second meeting;
- vi a course held for the other side's people with the word for education courses ("đã tổ chức các khóa đào
  tạo … cho sĩ quan …", "lớp đào tạo … cho") is training given (an aid), as "khóa huấn luyện ~ cho" was;
- de "Am Rande des Treffens …" (on the sidelines of the meeting just told) takes that meeting's day, also when
  other sentences stand between;
- en a target or goal fulfilled ("the Nato target will be met by 2029") is no meeting;
- en a combined training with its kind between ("combined engineering training") is training held together (an
  exercise), as "combined training".
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-26"  # a Thursday

CASES = [
    # ---- de: attending courses is no visit
    case("de-lehrgaenge-besuchen-is-no-visit", "de", DAY,
         "Die österreichische Verteidigungsministerin Klaudia Tanner hat am Mittwoch ihren tschechischen "
         "Amtskollegen in Wien empfangen. Außerdem wurde vereinbart, dass tschechische Offiziere ab dem "
         "kommenden Jahr Lehrgänge an der Landesverteidigungsakademie besuchen können.",
         [ev("meeting", ["AUT", "CZE"], date="2026-11-25", location="AUT", mode="visit"),
          ev("intent", ["AUT", "CZE"])]),
    # ---- vi: an education course held for the other side's people is training given
    case("vi-khoa-dao-tao-cho-is-aid", "vi", DAY,
         "Hàn Quốc đã nhiều lần tổ chức các khóa đào tạo về tiếng Hàn cho sĩ quan Quân đội nhân dân "
         "Việt Nam, gần nhất vào tháng 5/2025 tại Seoul.",
         [ev("aid", ["KOR", "VNM"], date="2025-05", historical=True)]),
    case("vi-lop-dao-tao-cho-is-aid", "vi", DAY,
         "Tháng 9/2025, Ấn Độ đã mở lớp đào tạo về công nghệ thông tin cho cán bộ Quân đội nhân dân Lào tại "
         "Viêng Chăn.",
         [ev("aid", ["IND", "LAO"], date="2025-09", location="LAO", historical=True)]),
    # ---- de: "Am Rande des Treffens" refers to the meeting just told, and takes its day
    case("de-am-rande-des-treffens-takes-its-day", "de", DAY,
         "Die Niederlande wollen Litauen im kommenden Jahr weitere Haubitzen liefern. Das kündigte der "
         "niederländische Verteidigungsminister am Dienstag beim Treffen der Nato-Verteidigungsminister "
         "in Brüssel an.\n\n„Wir müssen schneller werden“, sagte der Minister. Russland hatte in den "
         "vergangenen Wochen erneut Ziele angegriffen.\n\nAm Rande des Treffens sprach der niederländische "
         "Verteidigungsminister mit seinem litauischen Amtskollegen über die Ausbildung.",
         [ev("intent", ["LTU", "NLD"]),
          ev("meeting", ["LTU", "NLD"], date="2026-11-24", mode="multilateral")]),
    # ---- en: a target fulfilled is no meeting
    case("en-target-will-be-met-is-no-meeting", "en", DAY,
         "The German chancellor has said the Nato target will be met by 2029, but defence sources in Kyiv "
         "say Ukraine needs more help now.",
         []),
    # ---- en: a combined training with its kind between is held together
    case("en-combined-kind-training-is-an-exercise", "en", "2026-12-01",
         "Last week Australian Army engineers and Tongan soldiers carried out ten days of combined "
         "engineering training at a camp near Nuku'alofa.",
         [ev("exercise", ["AUS", "TON"], date="2026-11", location="TON")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
