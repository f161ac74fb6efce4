"""The extract stage on short articles written for these tests in the wording of machine-translated
defense news (none of these sentences is in tests/data/heldout/mt12.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the mt12 set (news from vi zh ru ar ko
tr fa run through online translation into en de fr es):
- fr a joint sitting of two sides' boards or commissions ("la séance conjointe du collège des ministères
  de la Défense", the Russian "совместное заседание коллегии" as translated) is a meeting, as "réunion
  conjointe" was.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-01"  # a Tuesday

CASES = [
    # ---- fr: "séance conjointe" brings the two sides together
    case("fr-seance-conjointe-is-a-meeting", "fr", DAY,
         "Mardi à Erevan, les ministres de la Défense de l'Arménie et de l'Iran ont présidé la séance "
         "conjointe des commissions militaires des deux pays.",
         [ev("meeting", ["ARM", "IRN"], date="2026-12-01", location="ARM")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
