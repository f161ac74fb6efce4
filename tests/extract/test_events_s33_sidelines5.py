"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/sidelines5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of forums and the meetings on their
sidelines, the subject of the sidelines5 set:
- vi a contact on the sidelines ("đã tiếp xúc Tư lệnh …") is a meeting (the bare "tiếp xúc" stays masked);
- de a trip next week, no day set ("reist nächste Woche nach …", "Kommende Woche reist … nach …") is a plan;
- ar Munich (ميونخ), the seat of the Munich Security Conference, is in Germany;
- fr a pledge with a phrase after its auxiliary ("a de son côté promis", "ont pour leur part promis");
- ja joint training named as a topic of the talks ("共同訓練の充実について意見交換") is no drill held;
  豪国防軍 and 米インド太平洋軍 name their states;
- en a speech at a forum named a "dialogue" ("Speaking at a plenary session of the Shangri-La Dialogue in
  Singapore") is no talks with its host; ar a speech given to the meeting
  ("ألقى … كلمة أمام الاجتماع") is none;
- ko a headline's "하반기 실시" (to be held in the second half) is still to come; a forum's city
  named with its state ("베트남 하노이에서 열린 … 회의") is the venue, no party of the talks held there.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    case("vi-da-tiep-xuc-is-a-meeting", "vi", DAY,
         "Chiều 15/9, bên lề Hội nghị Tư lệnh Lục quân, Thượng tướng Nguyễn Văn Nam, Thứ trưởng Bộ Quốc "
         "phòng Việt Nam đã tiếp xúc Tư lệnh Lục quân Thái Lan.",
         [ev("meeting", ["THA", "VNM"], date="2026-09-15", mode="multilateral")]),
    case("de-reist-naechste-woche-is-an-intent", "de", DAY,
         "Die dänische Verteidigungsministerin reist nächste Woche nach Estland.",
         [ev("intent", ["DNK", "EST"])]),
    case("de-kommende-woche-reist-is-an-intent", "de", DAY,
         "Die dänische Verteidigungsministerin traf am Dienstag in Kopenhagen ihren lettischen Kollegen. "
         "Kommende Woche reist die dänische Verteidigungsministerin nach Polen.",
         [ev("meeting", ["DNK", "LVA"], date="2026-09-15"), ev("intent", ["DNK", "POL"])]),
    case("ar-munich-is-germany", "ar", DAY,
         "التقى وزير الدفاع القطري أمس نظيره الإيطالي على هامش مؤتمر ميونخ للأمن.",
         [ev("meeting", ["ITA", "QAT"], date="2026-09-15", location="DEU", mode="multilateral")]),
    case("fr-ont-promis-is-an-intent", "fr", DAY,
         "Le Danemark livrera de nouveaux obus à l'Ukraine. La Suède a de son côté promis "
         "500 millions d'euros pour l'achat de munitions destinées aux forces ukrainiennes.",
         [ev("intent", ["DNK", "UKR"]), ev("intent", ["SWE", "UKR"])]),
    case("ja-kunren-ni-tsuite-iken-koukan-is-no-exercise", "ja", DAY,
         "防衛大臣は15日、英国の国防相と会談しました。会談では、日英共同訓練の充実について意見交換を行いました。",
         [ev("meeting", ["GBR", "JPN"])]),
    case("en-speaking-at-a-plenary-session-is-no-talks-with-the-host", "en", DAY,
         "Speaking at a plenary session of the Shangri-La Dialogue in Singapore on Sunday, the Canadian "
         "defence minister said Ottawa would double its naval presence in the region.",
         []),
    case("ar-speech-to-the-meeting-is-no-talks", "ar", DAY,
         "التقى وزير الدفاع الروسي نظيره الهندي على هامش اجتماع وزراء دفاع منظمة شنغهاي للتعاون. وألقى وزير "
         "الدفاع الصيني كلمة أمام الاجتماع دعا فيها إلى تعزيز التنسيق.",
         [ev("meeting", ["IND", "RUS"], mode="multilateral")]),
    case("ja-kou-kokubougun-and-bei-indo-taiheiyougun-are-states", "ja", DAY,
         "自衛隊の統合幕僚長は15日、米インド太平洋軍司令官及び豪国防軍司令官とそれぞれ会談を行いました。",
         [ev("meeting", ["JPN", "USA"], date="2026-09-15"),
          ev("meeting", ["AUS", "JPN"], date="2026-09-15")]),
    case("ko-headline-hangi-silsi-is-no-drill-held", "ko", DAY,
         "국방일보\n\n한미 연합훈련 하반기 실시\n\n한미 국방장관은 15일 서울에서 "
         "회담하고 연합훈련을 하반기에 실시하기로 합의했다.",
         [ev("meeting", ["KOR", "USA"], date="2026-09-15"), ev("intent", ["KOR", "USA"])]),
    case("ko-state-before-its-city-is-the-venue", "ko", DAY,
         "국방부 장관은 15일 베트남 하노이에서 열린 아세안 확대 국방장관회의 계기에 "
         "태국 국방장관과 양자 회담을 했다.",
         [ev("meeting", ["KOR", "THA"], date="2026-09-15", location="VNM", mode="multilateral")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
