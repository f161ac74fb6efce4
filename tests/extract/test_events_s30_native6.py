"""The extract stage on short articles in three languages written for these tests (none of these sentences is
in tests/data/heldout/native6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the native German, English and Vietnamese press
of the native6 set: troops who are to begin training with another state's forces (en "would begin training
with") as a plan, a unit a state sends to an exercise (de "schickt eine Infanteriekompanie") as no delivery,
a quote given to a paper by phone (de "sagte … der Zeitung am Telefon") as no call, the chairs of a forum's
session told in the passive (de "Geleitet wurde das Treffen der Kontaktgruppe von …") as no talks, talks on
the results of carrying out a plan signed before (vi "trao đổi về kết quả thực hiện Kế hoạch hợp tác") as no
signing, the Patriot air defence named with what it is made of (de "Patriot-Systeme") as military equipment,
and aid as the topic of talks (de "über weitere Militärhilfe … beraten") as no delivery.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- en: troops to begin training with another state's forces: a plan
    case("en-would-begin-training-with-is-an-intent", "en", DAY,
         "The Dutch defence minister said Dutch marines would begin training with the Norwegian Army in the "
         "Arctic from 2028.",
         [ev("intent", ["NLD", "NOR"])]),
    case("en-will-start-training-with-is-an-intent", "en", DAY,
         "Polish pilots will start training with the Italian Air Force at Lecce next year, the ministry "
         "said.",
         [ev("intent", ["ITA", "POL"])]),
    # ---- de: a unit sent to an exercise is no delivery
    case("de-schickt-eine-kompanie-to-an-exercise-is-no-aid", "de", DAY,
         "Seit Dienstag üben estnische und lettische Soldaten gemeinsam auf dem Übungsplatz Ādaži. "
         "Estland schickt eine Infanteriekompanie mit rund 150 Soldaten.",
         [ev("exercise", ["EST", "LVA"], date="2026-09")]),
    # ---- de: a quote given to a paper by phone is no call
    case("de-sagte-der-zeitung-am-telefon-is-no-call", "de", DAY,
         "Seit Montag üben deutsche und tschechische Soldaten gemeinsam in der Oberpfalz. "
         "„Die Zusammenarbeit mit den Tschechen läuft gut“, sagte Oberst Thomas Berger der Zeitung "
         "am Telefon.",
         [ev("exercise", ["CZE", "DEU"])]),
    # ---- de: the chairs of a forum's session, told in the passive, hold no talks
    case("de-geleitet-wurde-das-treffen-der-is-no-talks", "de", DAY,
         "In Brüssel berieten am Dienstag Vertreter von 40 Staaten über Hilfe für die Ukraine. "
         "Geleitet wurde das Treffen der Kontaktgruppe vom italienischen Verteidigungsminister und "
         "seinem spanischen Amtskollegen.",
         []),
    # ---- vi: talks on the results of carrying out a plan signed before sign nothing
    case("vi-trao-doi-ve-ket-qua-thuc-hien-is-no-signing", "vi", DAY,
         "Chiều 15/9, tại Hà Nội, Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Quốc phòng Việt Nam đã "
         "tiếp Đoàn đại biểu Bộ Quốc phòng Campuchia. Hai bên trao đổi về kết quả thực hiện Kế hoạch "
         "hợp tác quốc phòng năm 2026.",
         [ev("meeting", ["KHM", "VNM"], date="2026-09-15", location="VNM")]),
    # ---- de: the Patriot air defence named with what it is made of is military equipment
    case("de-patriot-systeme-handed-over-is-aid", "de", DAY,
         "Im August hatte Deutschland zwei weitere Patriot-Systeme an Polen übergeben.",
         [ev("aid", ["DEU", "POL"], date="2026-08")]),
    # ---- de: aid as the topic of talks is no delivery
    case("de-ueber-weitere-militaerhilfe-beraten-is-no-aid", "de", DAY,
         "Der litauische Verteidigungsminister traf am Dienstag in Vilnius seinen estnischen Amtskollegen. "
         "Die beiden Minister haben dabei auch über weitere Militärhilfe für Moldau beraten.",
         [ev("meeting", ["EST", "LTU"], date="2026-09-15", location="LTU")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
