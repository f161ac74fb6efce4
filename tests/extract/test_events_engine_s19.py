"""Lead's cases of session 19: each an invented short article.

Hardware arriving is a delivery (rules_aid.py `materiel_arrived`): a word of the packs' `materiel` list
(fighter jets, tanks, air defence systems; no ships, which also arrive on port calls) before an arrival
word of its clause (the concept `arrive`, `meeting_weak`), with no official named and no exercise word,
is an `aid` of the state that receives it and the article's partner, also when the sentence names no
state at all ("The first six jets arrived in December 2025").  Before, "arrived" was only a visit word,
and such background deliveries were lost.  An arrival whose date lies ahead ("should arrive in 2027") is
no delivery; an official arriving is still a visit, and jets arriving for an exercise are the exercise.

The date of a signing referred back to after the talks words ("The two sides also discussed ways to activate
the defence agreement that the two countries signed in Riyadh in September 2025") dates that signing, not
the talks (assemble.py `_dated_by_signing`, rules_aid.py `signing_referred_dates`: a signing verb after a
document word of its clause).  Before, the talks continued in that sentence became a second, historical
meeting of September 2025.  A signing told before the talks word ("the accord signed in 2010 during the
visit of ...") still dates the visit.

The undated news told after a lead takes the one day the lead names, wherever it stands in the lead
("... took part on Tuesday in London in the meeting of the contact group.  During the meeting, Poland
pledged ..."; event_dates.py `lead_day`): before, only a day within the lead's first 30 characters
("Ngày 1/11, tại ...") counted, and the pledge took the publication day.  A day right after a "since" word
("are exercising since Monday") is when an activity under way began, no news day.

The day of a report is not the day of the deed it reports (_date_kinds.py `report_day`, pack markers
`reported`): a date right after a reporting verb ("the ministry said on Tuesday that ... handed over ... on
Monday") or right before one ("…했다고 17일 밝혔다", "…举行" then "…19日宣布") does not date a meeting,
signing, exercise or delivery when the sentence names another date.  Before, the date nearest the trigger
won, often the report's.  A pledge (a statement) is left as it was.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"

CASES = [
    case("en-jets-arrived-with-both-states", "en", DAY,
         "The Norwegian Air Force sold 32 F-16 jets to Romania in 2022. Six more Norwegian fighter jets "
         "arrived in Romania on Tuesday.",
         [ev("aid", ["NOR", "ROU"], date="2026-03-17")]),
    case("en-first-system-arrived-takes-the-pair-of-the-article", "en", DAY,
         "The German army will send two more air defence systems to Lithuania, the defence ministry said on "
         "Monday. The first system arrived in Lithuania in May 2024.",
         [ev("intent", ["DEU", "LTU"]), ev("aid", ["DEU", "LTU"], date="2024-05", historical=True)]),
    case("en-arrival-with-no-state-named", "en", DAY,
         "Poland's army received twelve more K9 howitzers from South Korea on Monday. The first twenty-four "
         "howitzers arrived in December 2022.",
         [ev("aid", ["KOR", "POL"], date="2026-03-16"),
          ev("aid", ["KOR", "POL"], date="2022-12", historical=True)]),
    case("en-arrival-ahead-is-no-delivery", "en", DAY,
         "South Korea will deliver twelve FA-50 jets to the Philippine Air Force. The first aircraft should "
         "arrive in 2027.",
         [ev("intent", ["KOR", "PHL"])]),
    case("en-official-arriving-is-still-a-visit", "en", DAY,
         "Defence Minister Richard Marles arrived in Manila on Monday for talks on fighter jets.",
         [ev("meeting", ["AUS", "PHL"], mode="visit")]),
    case("de-separable-arrival-of-systems", "de", DAY,
         "Die Bundeswehr gibt der Slowakei weitere Flugabwehrsysteme ab. Im Januar trafen zwei Systeme aus "
         "Beständen der Luftwaffe in der Slowakei ein.",
         [ev("aid", ["DEU", "SVK"], date="2026-01", historical=True)]),
    case("es-planes-landed", "es", DAY,
         "La Fuerza Aérea de Uruguay compró seis aviones de combate a Brasil en 2024. Los dos primeros "
         "aviones aterrizaron en Uruguay en enero de 2025.",
         [ev("aid", ["BRA", "URY"], date="2025-01", historical=True)]),
    case("fr-planes-arrived", "fr", DAY,
         "L'armée de l'air grecque a commandé 24 Rafale à la France. Les premiers avions sont arrivés en "
         "Grèce en janvier 2021.",
         # the order placed with France is a contract (fr pack `sign`, session 27, as en "ordered ~ from")
         [ev("aid", ["FRA", "GRC"], date="2021-01", historical=True),
          ev("agreement", ["FRA", "GRC"], doc_type="contract")]),
    case("ru-kit-arrived", "ru", DAY,
         "Россия поставляет армии Индии зенитные системы. Первый комплект прибыл в Индию в декабре "
         "2021 года.",
         [ev("aid", ["IND", "RUS"], date="2021-12", historical=True)]),
    case("en-talks-about-an-accord-signed-earlier-are-the-talks-told", "en", DAY,
         "Saudi Defense Minister Khalid bin Salman received Pakistan's army chief Asim Munir in Riyadh on "
         "Monday. The two sides also discussed ways to activate the defense agreement that the two countries "
         "signed in Riyadh in September 2025.",
         [ev("meeting", ["PAK", "SAU"], date="2026-03-16"),
          ev("agreement", ["PAK", "SAU"], date="2025-09", historical=True)]),
    case("es-talks-about-an-accord-signed-earlier-are-the-talks-told", "es", DAY,
         "El ministro de Defensa de Chile recibió el lunes en Santiago a su homólogo de Perú. Ambos "
         "ministros analizaron además la aplicación del acuerdo que los dos países firmaron en Lima en marzo "
         "de 2024.",
         [ev("meeting", ["CHL", "PER"], date="2026-03-16"),
          ev("agreement", ["CHL", "PER"], date="2024-03", historical=True)]),
    case("en-undated-news-takes-the-day-of-the-lead", "en", DAY,
         "Polish Deputy Defence Minister Pawel Zalewski took part on Tuesday in London in the meeting of the "
         "Ukraine Defence Contact Group. During the meeting, Poland pledged a new military aid package to "
         "Ukraine.",
         [ev("meeting", ["POL", "UKR"], date="2026-03-17"), ev("intent", ["POL", "UKR"], date="2026-03-17")]),
    case("pl-undated-news-takes-the-day-of-the-lead", "pl", DAY,
         "Wiceminister obrony narodowej uczestniczył we wtorek w Brukseli w posiedzeniu grupy kontaktowej. "
         "Podczas spotkania Polska zadeklarowała przekazanie Ukrainie kolejnego pakietu pomocy wojskowej.",
         [ev("meeting", ["POL", "UKR"], date="2026-03-17"), ev("intent", ["POL", "UKR"], date="2026-03-17")]),
    case("en-the-day-an-exercise-began-is-no-news-day", "en", DAY,
         "Spanish and French troops have been holding a joint exercise in the Pyrenees since Monday. The "
         "commanders of the two armies agreed to repeat the exercise next year in France.",
         [ev("exercise", ["ESP", "FRA"]), ev("intent", ["ESP", "FRA"], date=DAY)]),
    case("en-the-day-it-was-said-is-not-the-day-of-the-handover", "en", DAY,
         "The defence ministry said on Tuesday that the Indian Navy had handed over a patrol vessel to "
         "Mozambique on Monday.",
         [ev("aid", ["IND", "MOZ"], date="2026-03-16")]),
    case("ko-the-day-it-was-said-is-not-the-day-of-the-drill", "ko", DAY,
         "해군은 16일 경북 포항 동방 해상에서 영국 해군과 연합 해상훈련을 했다고 17일 밝혔다.",
         [ev("exercise", ["GBR", "KOR"], date="2026-03-16")]),
    case("zh-the-day-it-was-announced-is-not-the-day-of-the-talks", "zh", DAY,
         "中国国防部17日宣布，中美两军海上军事安全磋商于本月12日在檀香山举行。",
         [ev("meeting", ["CHN", "USA"], date="2026-03-12")]),
    case("en-a-pledge-is-dated-when-it-is-said", "en", DAY,
         "Germany will deliver two more air defence systems to Ukraine in May, the defence ministry said on "
         "Tuesday.",
         [ev("intent", ["DEU", "UKR"])]),
    case("zh-tanks-shipped-arrived", "zh", DAY,
         "美国向台湾陆军交付了第二批坦克。首批战车于2024年12月运抵台湾。",
         [ev("aid", ["TWN", "USA"], date=DAY),
          ev("aid", ["TWN", "USA"], date="2024-12", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str, title: str | None, text: str,
                    expected: list) -> None:
    check_case(extractor, lang, published, title, text, expected)
