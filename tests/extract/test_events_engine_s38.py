"""Lead's cases of session 38: each an invented short article.

A meeting or signing set for a day written out after the news day is on that day, also in the present tense
that many languages use for the near future ("ontmoet op maandag 14 december", "trifft am Montag, 14.
Dezember"; GUIDELINES: "A meeting … announced for a stated day is annotated as that event on that day"):
extract/event_dates.py `_pick_date(ahead=…)`.  Not an exercise's last day still to come, nor a day counted
from another ("dans l'après-midi" after "jusqu'à jeudi").

A day written without its month ("8日", "8일") a few days after the news day is of the news' month, a day that
the press writes for the days just ahead; further after it, of the month before (extract/dates.py
`DAYS_AHEAD_IN_MONTH`).

A meeting dated only by the day a statement reported it ("In a statement on Tuesday, the army said the two
chiefs discussed …"), up to three days after current talks of the same states, retells those talks: one
meeting, on the talks' day (extract/_merge.py `_retold_in_a_report`; markers.reported: "in a statement",
"dans un communiqué", "en un comunicado", "em comunicado").

A part of a visit told only by a visit word (a tour of a camp, a plant) on a weekday up to a week from the
talks is part of them, also when a weekday told ahead is read as the one before (extract/_merge.py
`VISIT_DAYS`).

A year and a day on different lines are two dates, not one written year first ("… plan for 2027" as a title,
"14 October" as the dateline below it): extract/_dates_scan.py `_merge`.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.dates import find_dates
from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-10"  # a Thursday

CASES = [
    # ---- a day set ahead, written out, in the present tense
    case("nl-ontmoet-op-maandag-14-december", "nl", DAY,
         "Defensieminister Ruben Brekelmans ontmoet op maandag 14 december in Berlijn zijn Duitse collega "
         "Boris Pistorius.",
         [ev("meeting", ["DEU", "NLD"], date="2026-12-14", historical=False)]),
    case("de-trifft-am-montag-14-dezember", "de", DAY,
         "Verteidigungsminister Boris Pistorius trifft am Montag, 14. Dezember, in Vilnius seinen "
         "litauischen Amtskollegen.",
         [ev("meeting", ["DEU", "LTU"], date="2026-12-14")]),
    case("en-signs-on-15-december", "en", DAY,
         "Estonia and Finland sign a defence cooperation agreement on 15 December in Tallinn, the Estonian "
         "Ministry of Defence announced.",
         [ev("agreement", ["EST", "FIN"], date="2026-12-15")]),
    # ---- nor the last day of a visit told as a span ("đến ngày", until): the talks' day stays
    case("vi-tham-tu-ngay-den-ngay-keeps-the-talks-day", "vi", "2026-04-23",
         "Sáng 22/4, tại Bắc Kinh, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Trung Quốc "
         "Đổng Quân. Cuộc hội đàm diễn ra trong khuôn khổ chuyến thăm chính thức Trung Quốc từ ngày 21 đến "
         "ngày 24/4.",
         [ev("meeting", ["CHN", "VNM"], date="2026-04-22")]),
    # ---- not an exercise's last day still to come: its month
    case("en-exercise-until-a-day-ahead-keeps-its-month", "en", DAY,
         "Finnish and Swedish troops began a joint exercise in Lapland on Monday that runs until 18 "
         "December.",
         [ev("exercise", ["FIN", "SWE"], date="2026-12")]),
    # ---- nor a day counted from a stay's last day
    case("fr-dans-l-apres-midi-after-jusqu-a-samedi", "fr", DAY,
         "La ministre des Armées reçoit ce jeudi son homologue estonien, en visite à Paris jusqu'à samedi. "
         "Les deux ministres doivent signer dans l'après-midi un accord de coopération de défense.",
         [ev("meeting", ["EST", "FRA"], date=DAY), ev("agreement", ["EST", "FRA"], date=DAY)]),
    # ---- talks retold in a statement of a later day: one meeting, on the talks' day
    case("en-talks-retold-in-a-statement-on-tuesday", "en", DAY,
         "MANILA — Philippine armed forces chief Gen. Jose Reyes met his Japanese counterpart Gen. "
         "Kenji Mori "
         "at Camp Aguinaldo on Monday. In a statement on Tuesday, the armed forces said Reyes and Mori "
         "discussed joint training and maritime domain awareness.",
         [ev("meeting", ["JPN", "PHL"], date="2026-12-07")]),
    case("es-reunion-retold-en-un-comunicado", "es", DAY,
         "El ministro de Defensa de Chile se reunió el lunes en Lima con su homólogo peruano. En un "
         "comunicado "
         "difundido el miércoles, el ministerio indicó que ambos ministros conversaron sobre la cooperación "
         "en desminado.",
         [ev("meeting", ["CHL", "PER"], date="2026-12-07")]),
    # ---- a tour of the visit on a weekday told ahead: part of the talks
    case("fr-se-rendra-jeudi-au-camp-is-part-of-the-visit", "fr", "2026-12-02",
         "Le ministre belge de la Défense s'est entretenu mardi à Vilnius avec son homologue lituanienne. "
         "Jeudi, le ministre se rendra au camp de Pabradė, où des militaires belges participent à un "
         "exercice.",
         [ev("meeting", ["BEL", "LTU"], date="2026-12-01")]),
    case("pt-visita-na-quinta-feira-a-escola-is-part-of-the-visit", "pt", "2026-12-02",
         "O ministro da Defesa Nacional de Portugal reuniu-se hoje em Luanda com o homólogo angolano, no "
         "primeiro dia de uma visita oficial a Angola. O ministro visita na quinta-feira a Escola "
         "Superior de "
         "Guerra angolana.",
         [ev("meeting", ["AGO", "PRT"], date="2026-12-02")]),
    # ---- a title's year and the dateline's day below it are two dates
    case("ru-title-year-and-dateline-day", "ru", "2026-10-14",
         "Россия и Китай подписали план военного сотрудничества на 2027 год\n\n14 октября, 17:25\n\n"
         "МОСКВА. /ТАСС/. "
         "Министры обороны России и Китая провели переговоры в Москве. По итогам переговоров министры "
         "подписали план двустороннего военного сотрудничества на 2027 год.",
         [ev("meeting", ["CHN", "RUS"], date="2026-10-14"),
          ev("agreement", ["CHN", "RUS"], date="2026-10-14")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize(("lang", "published", "text", "value"), [
    ("ja", "2026-12-04", "防衛相は8日、来日するオーストラリアの国防相と会談する。", "2026-12-08"),
    ("ko", "2026-12-04", "국방부 장관은 8일 호주 국방장관과 회담할 예정이다.", "2026-12-08"),
    ("ja", "2026-12-02", "防衛相は28日、オーストラリアの国防相と会談した。", "2026-11-28"),
])
def test_day_without_month_ahead(extractor: Extractor, lang: str, published: str, text: str,
                                 value: str) -> None:
    pack = extractor.resources(lang).pack
    assert value in [d.value for d in find_dates(text, pack, published)]


@pytest.mark.parametrize(("lang", "text", "year_first"), [
    ("vi", "Ký kế hoạch hợp tác năm 2027\n\nSáng 27/11 tại Phnom Penh", False),
    ("hu", "A megállapodást 2025. április 1-jén írták alá.", True),
])
def test_year_first_stays_on_its_line(extractor: Extractor, lang: str, text: str, year_first: bool) -> None:
    pack = extractor.resources(lang).pack
    values = [d.value for d in find_dates(text, pack, "2026-11-27")]
    assert ("2025-04-01" in values) is year_first and "2027-11-27" not in values, values


def test_sq_a_day_earlier_counts_from_the_day_told(extractor: Extractor) -> None:
    """sq dates.relative_to_previous: "një ditë më parë" (a day earlier) is the day before the one just told,
    not before the news day (balkan cee9 engine case)."""
    pack = extractor.resources("sq").pack
    text = "Ministrat u takuan të mërkurën në Tiranë. Një ditë më parë, ministri kishte vizituar Durrësin."
    values = [d.value for d in find_dates(text, pack, "2026-11-27")]
    assert values == ["2026-11-25", "2026-11-24"], values
