"""Engine rules that hold across languages (session 10): each case is an invented short article.

A meeting told with "also" in a sentence of its own, with other officials than the talks told before
("Earlier on Tuesday, X also met Z"), is another meeting of the same states, as a host's second
reception is (assemble._also_met); a partner of a series of bilateral talks the lead announced
completes that series.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("en-earlier-the-guest-also-met-another-official", "en", "2026-05-06",
         "HANOI, May 5 -- Vietnamese Defense Minister Phan Van Giang held talks here on Tuesday with "
         "Brazilian Defense Minister Jose Mucio Monteiro. "
         "Earlier on Tuesday, Mucio also met with Nguyen Tan Cuong, chief of the general staff of the "
         "Vietnam People's Army.",
         [ev("meeting", ["BRA", "VNM"], date="2026-05-05"),
          ev("meeting", ["BRA", "VNM"], date="2026-05-05")]),
    case("de-the-guest-also-met-the-chief-of-staff", "de", "2026-05-06",
         "Verteidigungsminister Boris Pistorius hat am Dienstag in Berlin seinen kanadischen Amtskollegen "
         "David McGuinty empfangen. "
         "McGuinty traf zudem Generalinspekteur Carsten Breuer.",
         [ev("meeting", ["CAN", "DEU"], date="2026-05-05"),
          ev("meeting", ["CAN", "DEU"])]),
    case("en-the-ministers-also-discussed-is-the-same-meeting", "en", "2026-05-06",
         "Defence Minister Richard Marles met his Indonesian counterpart Sjafrie Sjamsoeddin in Canberra on "
         "Tuesday. Marles and Sjafrie also discussed maritime security in their meeting.",
         [ev("meeting", ["AUS", "IDN"], date="2026-05-05")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
