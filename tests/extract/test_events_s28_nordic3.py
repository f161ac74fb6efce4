"""The extract stage on short articles in three languages written for these tests (none of these sentences is
in tests/data/heldout/nordic3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Nordic press of the nordic3 set: a sea
named by the coast it lies off, which is the place and no party (da "ud for Estland"), money a state puts
towards another's army's purchases, which is aid (is "leggur … króna til kaupa á … fyrir … herinn"), and a
joint missile firing, which is an exercise held (fi "harjoittelivat yhteistä ohjusammuntaa").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- da: the state a drill is held off is its place, no party
    case("da-ud-for-is-the-place", "da", DAY,
         "Danske og tyske minerydningsfartøjer øvede i sidste uge sammen ud for Estland.",
         [ev("exercise", ["DEU", "DNK"], location="EST")]),
    # ---- is: money put towards purchases for another state's army is aid
    case("is-leggur-kronur-til-kaupa-is-aid", "is", DAY,
         "Ísland leggur 300 milljónir króna til kaupa á skotfærum fyrir úkraínska herinn.",
         [ev("aid", ["ISL", "UKR"], date="2026-09-16")]),
    # ---- fi: a joint missile firing is an exercise held
    case("fi-ohjusammunta-is-an-exercise", "fi", DAY,
         "Suomen ja Ruotsin merivoimat harjoittelivat elokuussa yhteistä ohjusammuntaa Perämerellä.",
         [ev("exercise", ["FIN", "SWE"], date="2026-08")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
