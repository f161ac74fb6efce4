"""Lead's cases of session 17: each an invented short article.

A tour's lead that lists two or more states after the visit word and then tells the talks there with "his
counterparts" ("ha viajado a Letonia y Eslovaquia, donde se ha reunido con sus homólogos", "travelled to
Estonia and Finland, where he met his counterparts") is one meeting per stop with the visitor
(extract/tours.py `tour_stops`).  Before, only a lead whose meeting words were all visit words was a tour;
with a meeting word
of its own the stops became parties of one meeting among themselves, or the visitor's state (named only by an
adjective after the list: "tropas españolas") was paired with the last stop alone.  A host's reception of
"his colleagues from A and B" stays one meeting of them all.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("es-tour-lead-with-talks-with-counterparts", "es", "2026-03-10",
         "España refuerza su presencia en el flanco este. La ministra de Defensa, Margarita Robles, ha "
         "viajado a Letonia y Eslovaquia, donde se ha reunido con sus homólogos para analizar el despliegue "
         "de tropas españolas.",
         [ev("meeting", ["ESP", "LVA"]), ev("meeting", ["ESP", "SVK"])]),
    case("en-tour-lead-with-talks-with-counterparts", "en", "2026-03-10",
         "Defence Secretary John Healey travelled to Estonia and Finland this week, where he met his "
         "counterparts to discuss security in the Baltic Sea region.",
         [ev("meeting", ["EST", "GBR"]), ev("meeting", ["FIN", "GBR"])]),
    case("en-host-of-colleagues-from-two-states", "en", "2026-03-10",
         "British Defence Secretary John Healey met his counterparts from Estonia and Finland in London on "
         "Monday to discuss security in the Baltic Sea region.",
         [ev("meeting", ["EST", "FIN", "GBR"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str, title: str | None, text: str,
                    expected: list) -> None:
    check_case(extractor, lang, published, title, text, expected)
