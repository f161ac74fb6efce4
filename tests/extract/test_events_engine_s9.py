"""Engine rules that hold across languages (session 9): each case is an invented short article.

An exercise the article names ("'Freedom Edge'", "Latihan Keris Strike", «Ласточка») may be told again
by its name alone in a dated sentence with a held verb and no exercise word or other state ("Freedom Edge
was first held in June 2024"): that is the exercise (an earlier edition, by its date), with its parties
(exercise_names.py, rules._same_exercise_by_name).
"The last meeting of the commission was held in Bogotá in November 2023": a dated background sentence
(markers.historical, fed by the background concept) with a meeting or exercise word and no state but its
venue tells the earlier edition of the article's talks or exercise, of the same parties
(parties.country_sets, "countries:earlier-edition").
A bare year of the news or after it names a document or a period ("signed a cooperation plan for 2027"),
not the day of the event: it does not keep the signing undated (event_dates.current_year).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("ko-earlier-edition-by-quoted-name", "ko", "2026-09-17",
         "한미일 3국 해군은 16일 동해 공해상에서 연합훈련 '블루 스톰'을 실시했다. "
         "블루 스톰은 2023년 5월 처음 실시됐으며 올해로 네 번째다.",
         [ev("exercise", ["JPN", "KOR", "USA"], date="2026-09-16"),
          ev("exercise", ["JPN", "KOR", "USA"], date="2023-05", historical=True)]),
    case("ko-earlier-edition-by-quoted-name-with-latin-in-brackets", "ko", "2026-09-17",
         "합동참모본부는 한미 양국 해군이 15일 서해에서 연합훈련 '바다 방패(Sea Shield)'를 "
         "실시했다고 밝혔다. "
         "바다 방패는 2022년 4월 처음 실시됐다.",
         [ev("exercise", ["KOR", "USA"], date="2026-09-15"),
          ev("exercise", ["KOR", "USA"], date="2022-04", historical=True)]),
    case("ms-earlier-edition-by-capitalised-name", "ms", "2025-08-05",
         "Latihan Harimau Timur 2025 antara Angkatan Tentera Malaysia dan Tentera Darat Thailand bermula "
         "di Kuantan semalam. Harimau Timur pertama kali diadakan pada tahun 2004.",
         [ev("exercise", ["MYS", "THA"], date="2025-08"),
          ev("exercise", ["MYS", "THA"], date="2004", historical=True)]),
    case("en-earlier-edition-name-before-the-exercise-word", "en", "2026-03-20",
         "Troops from Kenya and Tanzania held the Savannah Guard exercise near Arusha this week. "
         "Savannah Guard was first conducted in 2015.",
         [ev("exercise", ["KEN", "TZA"], date="2026-03"),
          ev("exercise", ["KEN", "TZA"], date="2015", historical=True)]),
    case("es-last-meeting-of-the-commission-at-a-venue", "es", "2026-03-10",
         "El ministro de Defensa de Colombia recibió ayer en Quito a su homólogo ecuatoriano para la reunión "
         "de la comisión binacional fronteriza. La última reunión de la comisión se había celebrado "
         "en Bogotá en noviembre de 2023.",
         [ev("meeting", ["COL", "ECU"], date="2026-03-09"),
          ev("meeting", ["COL", "ECU"], date="2023-11", historical=True)]),
    case("en-previous-bilateral-summit-in-one-of-them-is-a-visit", "en", "2026-04-16",
         "Portuguese Defence Minister Nuno Melo received his Spanish counterpart in Lisbon on Wednesday. "
         "The previous bilateral summit meeting was held in Madrid in 2023.",
         [ev("meeting", ["ESP", "PRT"], date="2026-04-15"),
          ev("meeting", ["ESP", "PRT"], date="2023", historical=True, mode="visit", location="ESP")]),
    case("en-previous-session-at-a-venue", "en", "2026-03-10",
         "Algerian Defence Minister Said Chanegriha held talks with his Tunisian counterpart in Algiers on "
         "Monday within the joint military commission. The previous meeting of the commission was held "
         "in Tunis in December 2024.",
         [ev("meeting", ["DZA", "TUN"], date="2026-03-09"),
          ev("meeting", ["DZA", "TUN"], date="2024-12", historical=True)]),
    case("en-plan-for-next-year-is-signed-today", "en", "2026-11-12",
         "Bulgaria and Romania signed a bilateral military cooperation plan for 2027, the defence ministry "
         "said.",
         [ev("agreement", ["BGR", "ROU"], date="2026-11-12", doc_type="plan")]),
    case("de-programme-of-this-year-is-signed-today", "de", "2026-03-05",
         "Deutschland und Polen haben das Programm der militärischen Zusammenarbeit für 2026 unterzeichnet, "
         "teilte das Verteidigungsministerium mit.",
         [ev("agreement", ["DEU", "POL"], date="2026-03-05")]),
    case("en-name-without-a-date-is-no-event", "en", "2026-03-20",
         "Troops from Kenya and Tanzania held the Savannah Guard exercise near Arusha this week. "
         "Savannah Guard is held every two years.",
         [ev("exercise", ["KEN", "TZA"], date="2026-03")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)

