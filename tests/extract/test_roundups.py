"""The extract stage on round-ups written for these tests (session 14, lead).

A round-up's title lists several news, an item each between commas ("Marles in Jakarta, frigates for
Norway, Teodoro hosts Koizumi"): states of different items are no pair of one event.  A title that names
one pair as a list ("Ukraine, Netherlands agree to ...") still tells that pair's event.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

EN_TITLE = "The week in defence: Marles in Jakarta, frigates for Norway, Teodoro hosts Koizumi"
DE_TITLE = "Die Woche: Pistorius in Warschau, Eurofighter für die Türkei, Tanner empfängt Kaliňák"
PAIR_TITLE = "Ukraine, Netherlands agree to co-produce long-range drones"

CASES = [
    case("en-round-up-title-items", "en", "2026-11-27",
         f"{EN_TITLE}\n\nAustralian Defence Minister Richard Marles held talks with his Indonesian "
         "counterpart in Jakarta on Monday.\n\nOn Thursday, Philippine Defense Secretary Gilberto Teodoro "
         "received Japanese Defense Minister Shinjiro Koizumi in Manila.",
         [ev("meeting", ["AUS", "IDN"], date="2026-11-23"),
          ev("meeting", ["JPN", "PHL"], date="2026-11-26")], title=EN_TITLE),
    case("de-round-up-title-items", "de", "2026-11-28",
         f"{DE_TITLE}\n\nVerteidigungsminister Boris Pistorius traf am Montag in Warschau seinen polnischen "
         "Amtskollegen.\n\nDie österreichische Verteidigungsministerin Klaudia Tanner empfing am Mittwoch in "
         "Wien den slowakischen Verteidigungsminister Robert Kaliňák.",
         [ev("meeting", ["DEU", "POL"], date="2026-11-23"),
          ev("meeting", ["AUT", "SVK"], date="2026-11-25")], title=DE_TITLE),
    case("en-a-pair-listed-in-a-title-is-one-item", "en", "2026-11-17",
         f"{PAIR_TITLE}\n\nUkraine and the Netherlands agreed on Monday to co-produce long-range drones, the "
         "two defence ministries said.",
         [ev("intent", ["NLD", "UKR"])], title=PAIR_TITLE),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
