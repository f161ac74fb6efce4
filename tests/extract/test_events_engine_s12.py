"""Engine rules that hold across languages (session 12): each case is an invented short article.

Material or training promised for the future between the two main states of a defense article is a
pledge (an intent, GUIDELINES: "will deliver" is an intent) even when its sentence has no defense word of
its own ("Slovenia will donate two more field hospitals to Ukraine by the end of the year"): the future
must be said before the aid word (anywhere in a verb-final language); rules._main_pair_pledge.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("sl-future-donation-is-a-pledge", "sl", "2025-08-27",
         "Ljubljana, 27. avgusta (STA) - Slovenska vojska je Ukrajini ta mesec predala pošiljko sanitetnega "
         "materiala. Slovenija bo do konca leta Ukrajini podarila še tri reševalna vozila.",
         [ev("aid", ["SVN", "UKR"], date="2025-08"), ev("intent", ["SVN", "UKR"])]),
    case("en-future-donation-is-a-pledge", "en", "2025-08-27",
         "The Estonian Defence Forces handed over a shipment of winter equipment to Ukraine this month. "
         "Estonia is set to hand over three more ambulances to Ukraine by the end of the year.",
         [ev("aid", ["EST", "UKR"], date="2025-08"), ev("intent", ["EST", "UKR"])]),
    case("ja-future-support-is-a-pledge", "ja", "2026-07-02",
         "日本政府は２日、フィリピン海軍に警備艇２隻を引き渡した。"
         "日本政府は来年度以降もフィリピンへの支援を継続する方針だ。",
         [ev("aid", ["JPN", "PHL"], date="2026-07-02"), ev("intent", ["JPN", "PHL"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
