"""The extract stage on short articles in four languages written for these tests (none of these sentences is
in tests/data/heldout/field16.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of the field genres of the field16 set:
a visitor who "was a guest in" the capital (pl "gościł w Warszawie"), a course led by the other side's
instructors (cs "výcvik vedli … instruktoři", hu "a képzést … oktatói vezették"), a delivery pledged at
the end of a subordinate clause (de "…, die Norwegen bis zum Frühjahr liefern will") and next year's
exercises as the subject of talks, no plan (nl "sprak … over de oefeningen van volgend jaar").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- pl: "gościł w <town>": the subject was a guest there, a visit
    case("pl-goscil-w-is-a-visit", "pl", DAY,
         "W maju 2025 roku dowódca sił zbrojnych Litwy gościł w Warszawie.",
         [ev("meeting", ["LTU", "POL"], date="2025-05", location="POL", mode="visit", historical=True)]),
    # ---- cs: the trainers who led the course
    case("cs-vedli-instruktori-is-training-given", "cs", DAY,
         "Slovenští vojáci ve čtvrtek dokončili kurz obsluhy radarů v Brně. Výcvik vedli čeští instruktoři.",
         [ev("aid", ["CZE", "SVK"])]),
    # ---- hu: the same in Hungarian ("a képzést … oktatói vezették")
    case("hu-oktatoi-vezettek-is-training-given", "hu", DAY,
         "Húsz szerb katona fejezte be kedden a kéthetes egészségügyi tanfolyamot Budapesten. A képzést a "
         "Magyar Honvédség egészségügyi központjának oktatói vezették.",
         [ev("aid", ["HUN", "SRB"], location="HUN")]),
    # ---- nl: next year's exercises as the subject of the talks are no plan of their own
    case("nl-over-de-oefeningen-van-volgend-jaar-is-a-topic", "nl", DAY,
         "Generaal Jan de Vries sprak in Boekarest met zijn Roemeense collega over de oefeningen van "
         "volgend jaar.",
         [ev("meeting", ["NLD", "ROU"], location="ROU", mode="visit")]),
    # ---- de: a delivery pledged at the end of a subordinate clause
    case("de-liefern-will-clause-final-is-a-pledge", "de", DAY,
         "Die litauische Armee erhält zwei weitere Radargeräte, die Norwegen bis zum Frühjahr liefern will.",
         [ev("intent", ["LTU", "NOR"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
