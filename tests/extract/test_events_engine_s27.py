"""Lead's cases of session 27: each an invented short article.

A name of three words or more is also found again by its middle word (`_person_scan.recurring_mentions`):
Portuguese and Spanish officials are often called later by a middle surname ("José Múcio Monteiro" …
"Múcio"; "Margarita Robles Fernández" … "Robles").  Before, the later sentence that names the official
only so named no state of its own, so a second bilateral meeting on a forum's sidelines and the "two
sides agreed" after it were lost.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("pt-middle-surname-names-the-official-again", "pt", "2026-09-16",
         "Tavares se reúne com ministro canadense em Quito\n\n"
         "O ministro da Defesa do Brasil, Paulo Tavares Queiroz, reuniu-se nesta terça-feira (15), em Quito, "
         "com o ministro da Defesa do Canadá, David Morgan. "
         "O encontro ocorreu à margem de uma conferência regional de ministros de Defesa. "
         "Tavares também teve encontro bilateral com o ministro da Defesa do Chile, Rodrigo Salas. "
         "Os dois acertaram a realização de um exercício conjunto no próximo ano.",
         [ev("meeting", ["BRA", "CAN"], date="2026-09-15"),
          ev("meeting", ["BRA", "CHL"], date="2026-09-15"),
          ev("intent", ["BRA", "CHL"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
              expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
