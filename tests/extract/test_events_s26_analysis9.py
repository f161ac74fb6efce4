"""The extract stage on short articles in three languages written for these tests (none of these sentences is
in tests/data/heldout/analysis9.jsonl or in any shared set). Each case is one article and the events
../shared/eval/GUIDELINES.md says it reports; the helpers are those of tests/extract/test_events.py. They
pin general wording of analysis pieces, the genre of the analysis9 set: a past donation told "as part of"
an aid package (sv "som en del av det femtonde stödpaketet") is a delivery, no package announced; what a
signed letter of intent says (sv "en avsiktsförklaring om att Brasilien ska kunna köpa …") is that
document, no pledge of its own; packages handed over in the past in the plural (pl "przekazała … kolejne
pakiety pomocy wojskowej") were delivered, no new package announced; a minister who "said Germany stands by
its pledge" (de "sagte …, Deutschland stehe zu seiner Zusage": the "zu" is that of "stehen zu", no "sagte …
zu") makes no new pledge.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- sv: a past donation told as part of an aid package is a delivery, no package announced
    case("sv-som-en-del-av-stodpaketet-is-a-delivery", "sv", DAY,
         "Förra året skänkte Danmark pansarfordon till Ukraina som en del av det femtonde stödpaketet.",
         [ev("aid", ["DNK", "UKR"], date="2025", historical=True)]),
    # ---- sv: what a signed letter of intent says is that document, no pledge of its own
    case("sv-avsiktsforklaring-om-att-ska-kunna-kopa-is-the-document", "sv", DAY,
         "I måndags undertecknade försvarsminister Pål Jonson och hans brasilianske kollega José Múcio i "
         "Stockholm en avsiktsförklaring om att Brasilien ska kunna köpa ytterligare 20 Gripen-plan.",
         [ev("agreement", ["BRA", "SWE"], date="2026-09-14", doc_type="letter_of_intent")]),
    # ---- pl: packages handed over in the past, in the plural, were delivered
    case("pl-przekazala-kolejne-pakiety-is-a-delivery", "pl", DAY,
         "W 2023 roku Litwa przekazała Ukrainie kolejne pakiety pomocy wojskowej, w tym drony i amunicję.",
         [ev("aid", ["LTU", "UKR"], date="2023", historical=True)]),
    # ---- de: standing by a pledge already made is no new pledge
    case("de-stehe-zu-seiner-zusage-is-no-pledge", "de", DAY,
         "Am Montag traf Verteidigungsminister Boris Pistorius in Tallinn seinen estnischen Amtskollegen. "
         "Pistorius sagte anschließend, Deutschland stehe zu seiner Zusage.",
         [ev("meeting", ["DEU", "EST"], date="2026-09-14", location="EST", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
