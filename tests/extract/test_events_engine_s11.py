"""Engine rules that hold across languages (session 11): each case is an invented short article.

A year counted from an era named before it (ja 令和6年7月, 平成30年, 令和元年; zh 民國113年12月, as
Japan's and Taiwan's official releases date them) is a Gregorian year (dates.toml `era_names`,
_dates_units._named_era_date), not a bare month of the current year.
A dated sentence about an earlier edition ("The previous edition of this exercise was held in 2024")
is that earlier exercise, not the sentence before it naming the troops of this year's exercise
(rules_exercise: the troops-of-the-sentence-before rule is for a sentence continuing today's report).
An exercise still to come, dated after this month near its exercise word and naming no pair of its own
("The three navies will hold a similar exercise next year"), is the plan of the states of the exercise
told before it (events.next_editions: an intent); one going on ("will run until the 19th") is not.
The plan of an exercise for a later year, in an article that tells that pair's exercise of a past year,
is no repeat of that past exercise (events._earlier): it stays an intent.
"That same year" (dates.toml `same_year`: 同年, 같은 해, cùng năm đó, im selben Jahr) is the year of the last
date written before it, alone or with its month ("同年9月"); a target year after the news ("a vision to
2030") is not what it refers to (dates.find_dates).
In a verb-final language a signing is dated by the date written shortly before its verb, not by a nearer one
after it that dates the next clause ("2024年7月に署名し、協定は2025年9月に発効した": signed in July 2024;
event_dates._pick_date `before`).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.dates import find_dates
from milwatch.extract.engine import Extractor
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("ja", "協定は令和６年７月に署名され、令和７年９月に発効した。", ["2024-07", "2025-09"]),
    ("ja", "令和元年5月1日、平成30年", ["2019-05-01", "2018"]),
    ("zh", "首批戰車於民國113年12月運抵，第二批於民國114年運抵。", ["2024-12", "2025"]),
    ("ja", "協定は2024年7月に署名され、同年9月に発効した。", ["2024-07", "2024-09"]),
    ("ko", "한국은 2024년 2월 계약을 맺었고, 같은 해 9월에는 2차 계약을 체결했다.", ["2024-02", "2024-09"]),
    ("vi", "Năm 2022, hai nước ký Tuyên bố tầm nhìn đến năm 2030. Cũng trong năm đó, hai bên ký thỏa thuận.",
     ["2022", "2030", "2022"]),
    ("en", "The two navies first met in March 2021. That same year, they held a drill.", ["2021-03", "2021"]),
])
def test_named_era_years(lang: str, text: str, values: list[str]) -> None:
    found = [d.value for d in find_dates(text, PackRegistry().get(lang), "2026-05-12")]
    assert found == values


CASES = [
    case("ja-era-year-dates-a-background-signing", "ja", "2026-05-12",
         "木原防衛大臣は１１日、来日したフィリピンのテオドロ国防大臣と防衛省で会談しました。"
         "日比円滑化協定は令和６年７月にマニラで署名されました。",
         [ev("meeting", ["JPN", "PHL"], date="2026-05-11"),
          ev("agreement", ["JPN", "PHL"], date="2024-07", historical=True)]),
    case("fr-previous-edition-after-the-troops-sentence", "fr", "2026-03-21",
         "L'exercice conjoint maroco-sénégalais « Lion du désert 2026 » a pris fin vendredi à Dakhla. "
         "La cérémonie de clôture s'est déroulée en présence de l'Inspecteur général des Forces armées "
         "royales marocaines et du général commandant les forces sénégalaises engagées. "
         "La précédente édition de cet exercice s'était tenue en 2024 dans la région de Thiès.",
         [ev("exercise", ["MAR", "SEN"], date="2026-03"),
          ev("exercise", ["MAR", "SEN"], date="2024", historical=True)]),
    case("en-next-years-edition-is-a-plan", "en", "2026-10-17",
         "The navies of Indonesia, Malaysia and Thailand held a joint maritime exercise in the Strait of "
         "Malacca on Thursday. "
         "The navy said a similar exercise will be held again by the three navies next year.",
         [ev("exercise", ["IDN", "MYS", "THA"], date="2026-10"),
          ev("intent", ["IDN", "MYS", "THA"])]),
    case("en-exercise-running-until-a-day-is-no-plan", "en", "2026-10-17",
         "The navies of Indonesia and Malaysia began a joint maritime exercise in the Strait of Malacca on "
         "Thursday. The exercise will run until October 24.",
         [ev("exercise", ["IDN", "MYS"], date="2026-10")]),
    case("ru-plan-for-a-later-year-beside-a-past-exercise", "ru", "2026-07-08",
         "Министр обороны Белоруссии Виктор Хренин провел переговоры с министром обороны Китая Дун Цзюнем. "
         "Хренин заявил, что в 2027 году Белоруссия и Китай проведут совместное учение на территории КНР. "
         "В июле 2024 года под Брестом прошли белорусско-китайские учения.",
         [ev("meeting", ["BLR", "CHN"]),
          ev("intent", ["BLR", "CHN"]),
          ev("exercise", ["BLR", "CHN"], date="2024-07", historical=True)]),
    case("ja-signing-dated-before-its-verb-not-entry-into-force", "ja", "2026-05-20",
         "陸上自衛隊とフィリピン陸軍は19日、ルソン島で共同訓練を開始した。"
         "日比両政府は2024年7月、部隊の相互訪問を円滑にする円滑化協定にマニラで署名し、協定は2025年9月に発効した。",
         [ev("exercise", ["JPN", "PHL"], date="2026-05"),
          ev("agreement", ["JPN", "PHL"], date="2024-07", historical=True)]),
    case("vi-same-year-dates-a-background-handover", "vi", "2026-11-04",
         "Ngày 3/11, Bộ trưởng Quốc phòng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Ấn Độ Rajnath Singh tại "
         "Hà Nội. Năm 2022, hai nước đã ký Tuyên bố tầm nhìn chung về quan hệ đối tác quốc phòng đến năm "
         "2030. Cũng trong năm đó, Ấn Độ đã bàn giao 12 tàu tuần tra cao tốc cho Bộ đội Biên phòng Việt Nam.",
         [ev("meeting", ["IND", "VNM"], date="2026-11-03"),
          ev("agreement", ["IND", "VNM"], date="2022", historical=True),
          ev("aid", ["IND", "VNM"], date="2022", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
