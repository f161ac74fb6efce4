"""Lead's cases of session 30: each an invented short article.

An organisation's exercise whose states are listed by the sentence after it ("… учения государств-членов ШОС
«…» начались … В них участвуют военнослужащие России, Китая, …") is the organisation's too
(extract/exercise_owners.py): the parties were listed, not guessed from the article.

A year that a "since" word counts from ("The exercise, held every year since 1995, …") is the first year of
the series, not the year in the exercise's name (extract/exercise_names.named_exercise_years), so an exercise
told without a date of its own is the exercise of the news, not of 1995.

English: the other forms of the verbs that say an exercise is carried out ("have begun a joint exercise",
"are holding a joint exercise", "the ongoing … exercise", not "ongoing efforts"; pack en,
concepts.exercise_held); a lake named after a state is no party ("in the Lake Chad region"; pack en,
countries.names, as fr "lac Tchad").
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("ru-organisation-exercise-with-participants-after", "ru", "2026-10-14",
         "Совместные командно-штабные учения государств-членов ШОС «Мирная миссия-2026» начались в "
         "понедельник на полигоне под Оренбургом. В них участвуют военнослужащие России, Китая, Индии, "
         "Казахстана и Узбекистана.",
         [ev("exercise", ["CHN", "IND", "KAZ", "RUS", "UZB", "sco"], date="2026-10", location="RUS")]),
    case("en-since-year-is-not-the-exercise-year", "en", "2026-11-05",
         "Some 1,800 Malaysian troops have wrapped up Exercise Harimau Muda with the Australian Army in "
         "Queensland. The exercise, held every year since 1995, also involved 60 armoured vehicles.",
         [ev("exercise", ["AUS", "MYS"], date="2026-11", location="AUS")]),
    case("en-have-begun-a-joint-exercise", "en", "2026-11-05",
         "The Dutch and Belgian armies have begun a joint exercise near Zeebrugge.",
         [ev("exercise", ["BEL", "NLD"], date="2026-11", location="BEL")]),
    case("en-are-holding-a-joint-exercise", "en", "2026-11-05",
         "Dutch and Belgian troops are holding a joint exercise near Zeebrugge.",
         [ev("exercise", ["BEL", "NLD"], date="2026-11", location="BEL")]),
    case("en-lake-chad-is-no-party", "en", "2025-11-21",
         "Nigerian and Cameroonian troops have begun joint patrols along the border in the Lake Chad region.",
         [ev("exercise", ["CMR", "NGA"])]),
    case("en-the-ongoing-exercise-is-held", "en", "2026-11-05",
         "The defence ministers of Kazakhstan and Uzbekistan watched the ongoing Steppe Shield joint "
         "military exercise near Termez.",
         [ev("exercise", ["KAZ", "UZB"], date="2026-11", location="UZB")]),
    case("en-ongoing-efforts-hold-no-exercise", "en", "2026-11-05",
         "U.S. Defense Secretary Pete Hegseth spoke with Philippine Defense Secretary Gilberto Teodoro by "
         "phone today to discuss ongoing efforts to strengthen the alliance, including joint patrols in the "
         "South China Sea.",
         [ev("meeting", ["PHL", "USA"])]),
    case("en-holding-talks-on-a-later-exercise-is-no-exercise", "en", "2026-11-05",
         "The two navies are holding talks on a joint exercise next year.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
