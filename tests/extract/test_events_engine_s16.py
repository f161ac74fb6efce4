"""Lead's cases of session 16: each an invented short article.

A passive reception with its agent (es "donde será recibido por su comandante", pt "onde foi recebido pelo
comandante") names the host who receives: a meeting with that official, another one than the talks told
before with someone else, so the next day's reception at another command is its own meeting.  Before, the
passive was only a visit word, and the second day merged into the first day's talks as a part of the visit.

In a sentence of talks, a visit or aid, a bare year right after a "since" word counts from it
(since_dates.since_dates): "the first visit by an Indian defence minister since 2019", "la première visite
... depuis 2019", "Since 2022 Lithuania has provided ... worth more than 800 million" tell the news or a
running total, no meeting or aid of 2019 or 2022.  Before, only a date with words
between ("since he took office in October 2024") counted, so each gave a background event of that year.  A
day right after the word may still be an earlier event ("the first call since 18 February"), and so may the
year when a clause after a colon tells what happened then ("seit 2016 ...: Damals hatten ... ein Abkommen").

An upper-case state with a colon opening the text is a dateline, as the Asian and Gulf English press writes
it ("SINGAPORE: ...", "KUWAIT: ..."): where the report was filed, no party.  Before, only the wire forms with
a bracket, a dash, a comma or a slash were, and Singapore became a party of a sideline meeting there.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("es-reception-by-another-host-next-day", "es", "2026-04-16",
         "El ministro de Defensa argentino, Carlos Presti, se reunió el miércoles en el Pentágono con el "
         "secretario de Guerra de Estados Unidos, Pete Hegseth. El jueves, Presti visitará en Miami el "
         "Comando Sur de Estados Unidos, donde será recibido por su comandante.",
         [ev("meeting", ["ARG", "USA"], date="2026-04-15"),
          ev("meeting", ["ARG", "USA"], date="2026-04-16")]),
    case("pt-reception-by-another-host-next-day", "pt", "2026-04-16",
         "O ministro da Defesa do Brasil, José Múcio, reuniu-se na quarta-feira em Lisboa com o ministro da "
         "Defesa Nacional de Portugal, Nuno Melo. Na quinta-feira, Múcio visitará o Estado-Maior-General das "
         "Forças Armadas portuguesas, onde será recebido pelo chefe do Estado-Maior.",
         [ev("meeting", ["BRA", "PRT"], date="2026-04-15"),
          ev("meeting", ["BRA", "PRT"], date="2026-04-16")]),
    case("en-first-visit-since-a-year", "en", "2026-05-10",
         "Indian Defence Minister Rajnath Singh met his Philippine counterpart Gilberto Teodoro in Manila on "
         "Friday. It was the first visit by an Indian defence minister to the Philippines since 2019.",
         [ev("meeting", ["IND", "PHL"], date="2026-05-08")]),
    case("fr-first-visit-since-a-year", "fr", "2026-05-10",
         "Le ministre indien de la Défense a rencontré vendredi à Paris son homologue française. Il s'agit "
         "de la première visite d'un ministre indien de la Défense en France depuis 2019.",
         [ev("meeting", ["FRA", "IND"], date="2026-05-08")]),
    case("en-aid-since-a-year-a-running-total", "en", "2026-04-23",
         "Lithuania delivered military drones and ammunition to Ukraine on Wednesday, the defence ministry "
         "said. Since 2022 Lithuania has provided Ukraine with military aid worth more than 800 million "
         "euros.",
         [ev("aid", ["LTU", "UKR"], date="2026-04-22")]),
    case("de-since-a-year-then-what-happened", "de", "2025-11-19",
         "Verteidigungsminister Boris Pistorius hat am Dienstag seinen niederländischen Amtskollegen Ruben "
         "Brekelmans in Berlin empfangen. Die Marinen beider Länder arbeiten seit 2016 eng zusammen: Damals "
         "hatten die Verteidigungsministerien ein Abkommen über die Eingliederung eines Seebataillons "
         "unterzeichnet.",
         [ev("meeting", ["DEU", "NLD"], date="2025-11-18"),
          ev("agreement", ["DEU", "NLD"], date="2016", historical=True)]),
    case("en-dateline-with-a-colon", "en", "2026-05-31",
         "SINGAPORE: Philippine Defense Secretary Gilberto Teodoro met Japanese Defence Minister Gen "
         "Nakatani on the sidelines of the Shangri-La Dialogue on Saturday.",
         [ev("meeting", ["JPN", "PHL"], date="2026-05-30")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str, title: str | None, text: str,
                    expected: list) -> None:
    check_case(extractor, lang, published, title, text, expected)
