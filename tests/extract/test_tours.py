"""A visit to two or more states listed after the visit word is a tour (extract/tours.py; session 16, lead).

"Defence Secretary visits Estonia and Finland", "Robles visita Letonia y Eslovaquia", "посетил Лаос и
Камбоджу": the states are the stops of one official's trip, each met by the visitor, never parties of one
meeting among themselves.  The visitor is the state of an official or a state named before the visit word,
else the article's own state; with none, the sentence gives no meeting (the body tells each stop).  The
stops then stand as a series, so a later sentence set at one stop ("In Stockholm the minister talked with
the Swedish minister") pairs that stop with the visitor.  Before, the headline gave a meeting of the two
visited states, and a later stop's talks took the other stop as partner.  A visitor's state followed by
the host's ("the visit of Serbia's minister to Belarus") is no list of stops.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("en-headline-stops-unknown-visitor", "en", "2026-05-21",
         "Defence Minister visits Estonia and Finland\n\n"
         "The Dutch Defence Minister Ruben Brekelmans met his Estonian counterpart Hanno Pevkur in Tallinn "
         "on Tuesday. On Wednesday he flew to Helsinki, where he held talks with Finnish Defence Minister "
         "Antti Häkkänen.",
         [ev("meeting", ["EST", "NLD"], date="2026-05-19"), ev("meeting", ["FIN", "NLD"], date="2026-05-20")],
         title="Defence Minister visits Estonia and Finland"),
    case("es-headline-stops", "es", "2026-06-10",
         "Robles visita Letonia y Eslovaquia\n\n"
         "La ministra de Defensa, Margarita Robles, se reunió el lunes en Riga con su homólogo letón, Andris "
         "Sprūds. El martes viajó a Bratislava, donde mantuvo un encuentro con el ministro eslovaco de "
         "Defensa, Robert Kaliňák.",
         [ev("meeting", ["ESP", "LVA"], date="2026-06-08"), ev("meeting", ["ESP", "SVK"], date="2026-06-09")],
         title="Robles visita Letonia y Eslovaquia"),
    case("ru-tour-of-two-states", "ru", "2026-03-06",
         "Заместитель Министра обороны Российской Федерации генерал-полковник Александр Фомин со 2 по 5 "
         "марта посетил Лаос и Камбоджу.",
         [ev("meeting", ["LAO", "RUS"], date="2026-03"), ev("meeting", ["KHM", "RUS"], date="2026-03")]),
    case("pl-later-stop-pairs-with-visitor", "pl", "2026-11-25",
         "Minister obrony narodowej Władysław Kosiniak-Kamysz odbył w poniedziałek i wtorek wizyty w Szwecji "
         "i Finlandii. W poniedziałek w Sztokholmie szef MON rozmawiał ze szwedzkim ministrem obrony Pålem "
         "Jonsonem.",
         [ev("meeting", ["POL", "SWE"], date="2026-11-23"), ev("meeting", ["FIN", "POL"])]),
    case("ru-visitor-then-host-no-stops", "ru", "2026-11-25",
         "Министр обороны Белоруссии Виктор Хренин принял в Минске министра обороны Сербии Братислава "
         "Гашича. Предыдущий визит министра обороны Сербии в Беларусь состоялся в 2019 году.",
         [ev("meeting", ["BLR", "SRB"], date="2026-11-25"),
          ev("meeting", ["BLR", "SRB"], date="2019", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_tour_case(extractor: Extractor, lang: str, published: str, title: str | None, text: str,
                   expected: list) -> None:
    check_case(extractor, lang, published, title, text, expected)
