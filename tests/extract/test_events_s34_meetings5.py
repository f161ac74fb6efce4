"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/meetings5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of meetings,
the subject of the meetings5 set:
- nl a delivery as the subject of talks ("sprak telefonisch met zijn Oekraïense ambtgenoot over de
  levering van extra munitie") is a field of the call, no delivery of its own;
- ru "в тот же день", "на следующий день" date a meeting from the day named before it
  (dates.relative_to_previous), not from the wire's dateline, and the next day's talks of the same pair
  are a meeting of their own;
- Halifax (the Atlantic fleet's base, seat of the yearly security forum) is a place in Canada: talks on the
  forum's sidelines or in the city take place there, not in the state of one of the guests;
- en "earlier in the day", "later in the day" date a second meeting from the day named before it, as "later
  that day" did, not from the publication day.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- nl: "over de levering van" after talks names their subject
    case("nl-telefonisch-over-de-levering-is-no-aid", "nl", DAY,
         "Minister Tuinman sprak dinsdag telefonisch met zijn Oekraïense ambtgenoot over de levering van "
         "extra munitie.",
         [ev("meeting", ["NLD", "UKR"], date="2026-09-15", mode="phone")]),
    case("nl-overleg-over-de-verdere-levering-is-no-aid", "nl", DAY,
         "De Litouwse minister van Defensie overlegde maandag in Den Haag met minister Tuinman over de "
         "verdere levering van munitie aan Oekraïne.",
         [ev("meeting", ["LTU", "NLD"], date="2026-09-14", location="NLD", mode="visit")]),
    # ---- ru: the day named before gives "the same day", "the next day"
    case("ru-na-sleduyushchiy-den-is-the-next-day", "ru", DAY,
         "В понедельник министр обороны Белоруссии Виктор Хренин провёл в Минске переговоры с министром "
         "обороны Вьетнама Фан Ван Зянгом. На следующий день вьетнамская делегация встретилась с начальником "
         "Генштаба Белоруссии Павлом Муравейко.",
         [ev("meeting", ["BLR", "VNM"], date="2026-09-14", location="BLR", mode="visit"),
          ev("meeting", ["BLR", "VNM"], date="2026-09-15", location="BLR", mode="visit")]),
    case("ru-v-tot-zhe-den-after-a-dateline", "ru", DAY,
         "МИНСК, 16 сентября. /БЕЛТА/. Министр обороны Белоруссии Виктор Хренин в понедельник провёл в "
         "Минске переговоры с министром обороны Сербии Братиславом Гашичем. В тот же день Виктор Хренин "
         "встретился с находящимся в Белоруссии с официальным визитом министром обороны Монголии.",
         [ev("meeting", ["BLR", "SRB"], date="2026-09-14", location="BLR", mode="visit"),
          ev("meeting", ["BLR", "MNG"], date="2026-09-14", location="BLR", mode="visit")]),
    # ---- _base: Halifax is in Canada
    case("halifax-forum-sidelines-are-in-canada", "en", DAY,
         "Estonian Defence Minister Hanno Pevkur met his Polish counterpart Wladyslaw Kosiniak-Kamysz on the "
         "sidelines of the Halifax International Security Forum on Saturday.",
         [ev("meeting", ["EST", "POL"], date="2026-09-12", location="CAN")]),
    case("halifax-the-city-is-in-canada", "en", DAY,
         "Japanese Defense Minister Shinjiro Koizumi held talks with Philippine Defense Secretary Gilberto "
         "Teodoro in Halifax on Saturday.",
         [ev("meeting", ["JPN", "PHL"], date="2026-09-12", location="CAN", mode="third-party")]),
    # ---- en: "later in the day" is the day named before, not the publication day
    case("en-later-in-the-day-is-the-day-named-before", "en", DAY,
         "Defence Minister Richard Marles met Indonesian Defence Minister Sjafrie Sjamsoeddin on the "
         "sidelines of the Indo-Pacific forum in Sydney on Saturday. Later in the day, Marles sat down with "
         "Japanese Defense Minister Shinjiro Koizumi.",
         [ev("meeting", ["AUS", "IDN"], date="2026-09-12", location="AUS", mode="multilateral"),
          ev("meeting", ["AUS", "JPN"], date="2026-09-12", location="AUS", mode="multilateral")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
