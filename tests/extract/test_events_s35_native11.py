"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/native11.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of native German, Vietnamese and English
defence press, the subject of the native11 set:
- de a navy or air force that sends its ships or aircraft ("Die dänische Marine schickte eine Korvette",
  "die Luftwaffe entsandte vier Eurofighter") deploys its own forces, as to an exercise: no delivery (aid);
  a state that sends material to another ("Deutschland schickte der Ukraine …") still delivers;
- de the naval ranks of the colonel grades ("Kapitän zur See", "Fregattenkapitän", as "Oberstleutnant"
  is) introduce an officer's name, and a unit noun after his post ("der Kommandeur des deutschen
  Verbandes") is no name;
- de the noun of a trip to a state ("Seine erste Reise nach Japan hatte er im Mai 2024 unternommen",
  "eine Reise in die Türkei") is a visit, as "Besuch in" is;
- vi the previous round of a dialogue or of talks ("Đối thoại lần trước diễn ra tại Canberra năm 2024",
  "Phiên tham vấn kỳ trước") is the earlier edition of the talks just told, with their parties, as
  "Kỳ trước" alone is;
- vi, de a site's menu or breadcrumb line that starts at the home page ("Trang chủ | Chính trị | Quốc
  phòng", "Trang chủ > Tin tức > Đối ngoại quốc phòng", "Startseite > Aktuelles > Sicherheitspolitik") is
  furniture (PAGES): left in, it pushes the headline copied under it out of the lines where the headline
  is looked for.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- de: a navy or air force sending its own ships or aircraft is no delivery
    case("de-marine-schickte-is-no-aid", "de", DAY,
         "Dänische und deutsche Soldaten übten am Dienstag gemeinsam vor Fehmarn die Abwehr von "
         "Seeminen. Die dänische Marine schickte eine Korvette und zwei Minenjagdboote.",
         [ev("exercise", ["DEU", "DNK"], date="2026-12-01")]),
    case("de-luftwaffe-entsandte-is-no-aid", "de", DAY,
         "Deutsche und rumänische Kampfpiloten übten am Montag gemeinsam über dem Schwarzen Meer. Die "
         "rumänische Luftwaffe entsandte dazu sechs F-16.",
         [ev("exercise", ["DEU", "ROU"], date="2026-11-30")]),
    case("de-staat-schickte-is-still-aid", "de", DAY,
         "Deutschland schickte der Ukraine am Montag vier weitere Panzerhaubitzen aus Beständen der "
         "Bundeswehr.",
         [ev("aid", ["DEU", "UKR"], date="2026-11-30")]),
    # ---- de: naval ranks of the colonel grades
    case("de-fregattenkapitaen-is-an-officer", "de", DAY,
         "Deutsche und niederländische Fregatten übten am Montag gemeinsam in der Nordsee. Geführt wurde "
         "der Verband von Fregattenkapitän Jonas Keller, dem Kommandeur des deutschen Geschwaders.",
         [ev("exercise", ["DEU", "NLD"], date="2026-11-30", persons=["Jonas Keller"])]),
    case("de-kapitaen-zur-see-is-an-officer", "de", DAY,
         "Deutsche und niederländische Fregatten übten am Montag gemeinsam in der Nordsee, sagte Kapitän "
         "zur See Anna Vogt, die Kommandeurin des Verbandes.",
         [ev("exercise", ["DEU", "NLD"], date="2026-11-30", persons=["Anna Vogt"])]),
    # ---- de: the noun of a trip to a state is a visit
    case("de-reise-nach-is-a-visit", "de", DAY,
         "Der Bundesverteidigungsminister traf am Montag in Tokio seinen japanischen Amtskollegen. Seine "
         "erste Reise nach Japan hatte er im Mai 2024 unternommen.",
         [ev("meeting", ["DEU", "JPN"], date="2026-11-30", location="JPN", mode="visit"),
          ev("meeting", ["DEU", "JPN"], date="2024-05", historical=True)]),
    case("de-reise-in-die-is-a-visit", "de", DAY,
         "Der Bundesverteidigungsminister sprach am Montag in Ankara mit seinem türkischen Amtskollegen. "
         "Eine Reise in die Türkei hatte er zuletzt im Herbst 2024 unternommen.",
         [ev("meeting", ["DEU", "TUR"], date="2026-11-30", location="TUR", mode="visit"),
          ev("meeting", ["DEU", "TUR"], date="2024", historical=True)]),
    # ---- vi: the previous round of a dialogue is an earlier edition of the talks
    case("vi-doi-thoai-lan-truoc-is-earlier-edition", "vi", DAY,
         "Ngày 1/12, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng và Thứ trưởng "
         "Bộ Quốc phòng New Zealand đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam - New Zealand "
         "lần thứ 5. Đối thoại lần trước diễn ra tại Wellington vào tháng 9/2024.",
         [ev("meeting", ["NZL", "VNM"], date="2026-12-01", location="VNM"),
          ev("meeting", ["NZL", "VNM"], date="2024-09", location="NZL", historical=True)]),
    case("vi-tham-van-ky-truoc-is-earlier-edition", "vi", DAY,
         "Ngày 1/12, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã chủ trì Tham "
         "vấn quốc phòng Việt Nam - Ấn Độ với Thứ trưởng Quốc phòng Ấn Độ. Phiên tham vấn kỳ trước được "
         "tổ chức tại New Delhi vào tháng 6/2025.",
         [ev("meeting", ["IND", "VNM"], date="2026-12-01", location="VNM"),
          ev("meeting", ["IND", "VNM"], date="2025-06", location="IND", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


BODY_VI = ("Chiều 1/12, tại Kuala Lumpur, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã có "
           "cuộc gặp song phương với Thứ trưởng Quốc phòng Singapore.")
BODY_DE = "Der Generalinspekteur hat am Montag in Berlin den Chef des polnischen Generalstabs empfangen."

PAGES = [
    ("vi-trang-chu-menu-line", "vi",
     f"Báo Điện tử Quân đội\nTrang chủ | Chính trị | Quốc phòng | Quốc tế\nThứ Tư, 02/12/2026\n\n{BODY_VI}",
     [BODY_VI], ["Trang chủ | Chính trị"]),
    ("vi-trang-chu-breadcrumb", "vi",
     f"Cổng thông tin Bộ Quốc phòng\nTrang chủ > Tin tức > Đối ngoại quốc phòng\n\n{BODY_VI}",
     [BODY_VI], ["Trang chủ > Tin tức"]),
    ("vi-trang-nhat-menu-line", "vi",
     f"Trang nhất / Thời sự / Quân sự\n\n{BODY_VI}",
     [BODY_VI], ["Trang nhất / Thời sự"]),
    ("de-startseite-breadcrumb", "de",
     f"Bundeswehr\nStartseite > Aktuelles > Sicherheitspolitik\n\n{BODY_DE}",
     [BODY_DE], ["Startseite > Aktuelles"]),
    ("de-startseite-menu-line", "de",
     f"Startseite | Politik | Ausland | Bundeswehr\n\n{BODY_DE}",
     [BODY_DE], ["Startseite | Politik"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)
