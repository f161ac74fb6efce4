"""Lead's cases of session 25: each an invented short article.

A month word that opens a sentence, set off by a comma, is a date (extract/_dates_scan.py `_heads_sentence`):
"Tháng 9, Bộ trưởng … tiếp …" (a review of recent months) was dated by the publication day, as a bare month
word without a prefix ("vào", "hồi") is not read as a date ("3 tháng" is three months); now September.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-20"

CASES = [
    case("vi-month-opening-a-sentence-dates-it", "vi", "2026-10-05",
         "Hoạt động đối ngoại quốc phòng tiếp tục được đẩy mạnh. Tháng 9, Bộ trưởng Quốc phòng Phan Văn "
         "Giang đã tiếp Bộ trưởng Quốc phòng Lào tại Hà Nội.",
         [ev("meeting", ["LAO", "VNM"], date="2026-09")]),
    case("vi-duration-in-months-is-no-date", "vi", DAY,
         "Bộ trưởng Quốc phòng Phan Văn Giang đã tiếp Bộ trưởng Quốc phòng Lào tại Hà Nội hôm thứ Ba. Sau 3 "
         "tháng, hai bên sẽ họp lại.",
         [ev("meeting", ["LAO", "VNM"], date="2026-12-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
              expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
