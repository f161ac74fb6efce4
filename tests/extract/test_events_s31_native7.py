"""The extract stage on short articles in Italian and Portuguese written for these tests (none of these
sentences is in tests/data/heldout/native7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the native Romance-language press, the
subject of the native7 set:
- pt Morocco's navy head by the title the Portuguese press gives him ("o inspetor-geral da Marinha Real") is a
  defense official: a guest received by him is a meeting;
- running totals are no event of their own: it soldiers trained "dal 2014 … ha formato … soldati" (as fr
  "depuis … a formé"), pt deliveries counted "até agora … recebeu" (as es "ya son … recibidos").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- pt: Morocco's navy head as host
    case("pt-inspetor-geral-da-marinha-is-a-meeting", "pt", DAY,
         "Na sexta-feira, o comandante do navio-patrulha português foi recebido em Rabat pelo inspetor-geral "
         "da Marinha Real marroquina.",
         [ev("meeting", ["MAR", "PRT"], date="2026-09-11", location="MAR", mode="visit")]),
    # ---- running totals: no training or delivery of their own
    case("it-dal-ha-formato-soldati-is-a-running-total", "it", DAY,
         "Il contingente italiano ha consegnato martedì alle Forze armate somale dieci veicoli. "
         "Dal 2014 la missione ha formato più di 5.000 soldati somali.",
         [ev("aid", ["ITA", "SOM"], date="2026-09-15")]),
    case("pt-ate-agora-recebeu-is-a-running-total", "pt", DAY,
         "O ministro da Defesa do Brasil recebeu nesta terça-feira, em Brasília, o ministro da Defesa da "
         "Suécia. "
         "Até agora, a Força Aérea Brasileira recebeu oito caças suecos.",
         [ev("meeting", ["BRA", "SWE"], date="2026-09-15", location="BRA", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
