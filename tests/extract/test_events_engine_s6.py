"""Engine rules that hold across languages (session 6): each case is an invented short article.

An impersonal agreement right after bilateral talks ("It was also agreed to ...") continues
those talks: an intent of the same two states, although the sentence names at most one of them.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("de-impersonal-agreement-continues-the-talks", "de", "2024-10-23",
         "Verteidigungsminister Boris Pistorius traf am Mittwoch seinen britischen Amtskollegen John Healey in "
         "London. Vereinbart wurde auch, deutsche Aufklärungsflugzeuge in Schottland zu stationieren.",
         [ev("meeting", ["DEU", "GBR"], date="2024-10-23", location="GBR"),
          ev("intent", ["DEU", "GBR"])]),
    case("en-impersonal-agreement-continues-the-talks", "en", "2025-05-14",
         "Polish Defence Minister Jan Nowak held talks with his Swedish counterpart Erik Berg in Warsaw on Tuesday. "
         "It was also agreed to station Swedish air defence units at a base near the coast.",
         [ev("meeting", ["POL", "SWE"], date="2025-05-13", location="POL"),
          ev("intent", ["POL", "SWE"])]),
    case("en-next-paragraph-does-not-continue-the-talks", "en", "2025-05-14",
         "Polish Defence Minister Jan Nowak held talks with his Swedish counterpart Erik Berg in Warsaw on Tuesday.\n\n"
         "The army plans to station more air defence units near the coast.",
         [ev("meeting", ["POL", "SWE"], date="2025-05-13", location="POL")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
