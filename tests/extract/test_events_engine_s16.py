"""Lead's cases of session 16: each an invented short article.

A passive reception with its agent (es "donde será recibido por su comandante", pt "onde foi recebido pelo
comandante") names the host who receives: a meeting with that official, another one than the talks told
before with someone else, so the next day's reception at another command is its own meeting.  Before, the
passive was only a visit word, and the second day merged into the first day's talks as a part of the visit.
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
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str, title: str | None, text: str,
                    expected: list) -> None:
    check_case(extractor, lang, published, title, text, expected)
