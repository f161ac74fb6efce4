"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/sahel2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Sahel and West African press of the sahel2
set: the Wolof signing verb borrowed from French ("siiñe nañu ab déggoo", they signed an agreement) and the
exercise held ("amaloon nañu ab tàggatu-xare", they had held a military exercise, which is no training given).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- wo: "siiñe" (French "signer") with "ab déggoo" (an agreement) is a signing
    case("wo-siine-nanu-ab-deggoo-is-an-agreement", "wo", DAY,
         "Ministar bu xarekat yu Gàmbi ak ambasadooru Sinwaa siiñe nañu ab déggoo ci Banjul ci altine ji.",
         [ev("agreement", ["CHN", "GMB"], date="2026-11-30", location="GMB", doc_type="agreement")]),
    # ---- wo: an exercise held ("amaloon nañu ab tàggatu-xare") is no training given to the other side
    case("wo-amaloon-nanu-taggatu-xare-is-an-exercise", "wo", DAY,
         "Ci atum 2023, Gàmbi ak Farãs amaloon nañu ab tàggatu-xare ci Banjul.",
         [ev("exercise", ["FRA", "GMB"], date="2023", location="GMB", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
