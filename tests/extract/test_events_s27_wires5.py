"""The extract stage on short articles in three languages written for these tests (none of these sentences is
in tests/data/heldout/wires5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the wire digests of the wires5 set: the
Moroccan armed forces named in full (fr "les Forces armées royales"), a visitor received in the passive by
a host of another military title (fr "a été reçu mardi par l'inspecteur général"), Egypt abbreviated in a
pair (zh "中埃两国"), an order placed with another state as a contract (fr "avait commandé … à la France")
and what a pact lets the forces do, which is no exercise held (en "an agreement that allows their forces to
conduct joint exercises").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- fr: the Moroccan armed forces by their full name, with no Moroccan place in the sentence
    case("fr-forces-armees-royales-is-morocco", "fr", DAY,
         "Le chef d'état-major des armées sénégalaises s'est entretenu mardi avec l'inspecteur général des "
         "Forces armées royales de la sécurité au Sahel.",
         [ev("meeting", ["MAR", "SEN"], date="2026-09-15")]),
    # ---- fr: the visitor received, in the passive, by a host with another military title
    case("fr-a-ete-recu-par-l-inspecteur-is-a-visit", "fr", DAY,
         "Le chef d'état-major des armées mauritaniennes a été reçu mardi par l'inspecteur général des "
         "Forces armées royales.",
         [ev("meeting", ["MAR", "MRT"], date="2026-09-15", mode="visit")]),
    # ---- zh: Egypt as one character in a pair of states
    case("zh-zhong-ai-is-china-egypt", "zh", DAY,
         "中埃两国海军“友谊-2026”联合演习14日在地中海举行。",
         [ev("exercise", ["CHN", "EGY"], date="2026-09-14")]),
    # ---- fr: an order placed with another state is a contract signed
    case("fr-avait-commande-a-is-a-contract", "fr", DAY,
         "L'Égypte avait commandé trente avions Rafale supplémentaires à la France en 2021.",
         [ev("agreement", ["EGY", "FRA"], date="2021", doc_type="contract", historical=True)]),
    # ---- en: what a pact lets the forces do is no exercise held
    case("en-allows-forces-to-conduct-exercises-is-no-exercise", "en", DAY,
         "Australia and Papua New Guinea signed a defence treaty in October 2025 that allows their forces to "
         "conduct joint exercises on each other's territory.",
         [ev("agreement", ["AUS", "PNG"], date="2025-10", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
