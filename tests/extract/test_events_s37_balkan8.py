"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/balkan8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of defense diplomacy in the Balkan and
South-East European press, the subject of the balkan8 set:
- sl a debate in the home parliament ("so razpravljali v DZ", "tema razprave v državnem zboru",
  "parlamentarna razprava") is no meeting with the state the debate was about;
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- sl: a debate in the home parliament is no meeting
    case("sl-razpravljali-v-dz-is-no-meeting", "sl", DAY,
         "Slovenska vojska je Ukrajini v ponedeljek predala 20 oklepnih vozil. O novem paketu pomoči Ukrajini "
         "so v torek razpravljali v DZ, kjer je opozicija opozorila na prazna skladišča Slovenske vojske.",
         [ev("aid", ["SVN", "UKR"], date="2026-10-12")]),
    case("sl-parlamentarna-razprava-is-no-meeting", "sl", DAY,
         "Slovenska vojska je Ukrajini v ponedeljek predala 20 oklepnih vozil. Parlamentarna razprava o "
         "pomoči Ukrajini je v torek razkrila nezadovoljstvo v Slovenski vojski.",
         [ev("aid", ["SVN", "UKR"], date="2026-10-12")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
