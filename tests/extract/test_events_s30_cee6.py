"""The extract stage on short articles in three languages written for these tests (none of these sentences is
in tests/data/heldout/cee6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Central and Eastern European national press
of the cee6 set: the Ohio National Guard, Serbia's partner in the US State Partnership Program, as the United
States (sr "Nacionalne garde Ohaja", "Националне гарде Охаја"), the Romanian verbal noun of a donation
("a aprobat donarea către …") as aid, and the Hungarian counterpart named after a comma
("osztrák kollégájával, Klaudia Tannerrel") as a person of the meeting.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- sr: the Ohio National Guard, Serbia's partner in the State Partnership Program, is the United States
    case("sr-nacionalna-garda-ohaja-is-usa", "sr", DAY,
         "Pripadnici Vojske Srbije i Nacionalne garde Ohaja izveli su u utorak zajedničku vežbu na aerodromu "
         "kod Niša.",
         [ev("exercise", ["SRB", "USA"])]),
    case("sr-cyrillic-nacionalna-garda-ohaja-is-usa", "sr", DAY,
         "Начелник Генералштаба генерал Петар Николић састао се у уторак у Београду са командантом "
         "Националне гарде Охаја.",
         [ev("meeting", ["SRB", "USA"], date="2026-09-15", location="SRB")]),
    # ---- ro: "donarea" (the donating) is a donation
    case("ro-donarea-is-aid", "ro", DAY,
         "Guvernul României a aprobat marți donarea către Republica Moldova a unor vehicule militare de transport.",
         [ev("aid", ["MDA", "ROU"], date="2026-09-15")]),
    # ---- hu: the counterpart named after a comma ("osztrák kollégájával, Klaudia Tannerrel")
    case("hu-counterpart-named-after-comma-is-a-person", "hu", DAY,
         "Kovács Péter honvédelmi miniszter kedden Budapesten tárgyalt osztrák kollégájával, Klaudia "
         "Tannerrel.",
         [ev("meeting", ["AUT", "HUN"], date="2026-09-15", location="HUN", persons=["Klaudia Tanner"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
