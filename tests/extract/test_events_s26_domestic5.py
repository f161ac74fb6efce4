"""The extract stage on short articles in four languages (hu, it, pt, nl) written for these tests (none of
these sentences is in tests/data/heldout/domestic5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of the domestic5 set's genre, domestic
defense news that names foreign states in passing: training given to the other side's troops told with a
past tense of its own (hu "képzett ki") or by "the" instructors (it "tenuto dagli istruttori"); a foreign unit
that trains with the home troops, a joint exercise (pt "treina com"); a delivery schedule from a year on (nl
"die vanaf 2028 worden geleverd") and a delivery that funds "will ensure" (pt "garantirá a entrega"), no
delivery done.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- hu: "képzett ki" (trained), the past tense of kiképez, is training given
    case("hu-kepzett-ki-is-training-given", "hu", DAY,
         "Szabó Péter honvédelmi miniszter szerdán Szarajevóban tárgyalt bosnyák kollégájával. A Honvédség "
         "tavaly májusban bosnyák katonákat képzett ki Szolnokon.",
         [ev("meeting", ["BIH", "HUN"], date=DAY, location="BIH"),
          ev("aid", ["BIH", "HUN"], date="2025-05", historical=True)]),
    # ---- it: a course run by "the" instructors of the other side
    case("it-tenuto-dagli-istruttori-is-training-given", "it", DAY,
         "Ieri il generale ha assistito alla cerimonia di chiusura di un corso di tiro tenuto dagli "
         "istruttori italiani a 40 soldati somali.",
         [ev("aid", ["ITA", "SOM"], date="2026-09-15")]),
    # ---- pt: a foreign unit that trains with the home army joins the exercise
    case("pt-treina-com-is-a-joint-exercise", "pt", DAY,
         "Cerca de dois mil militares portugueses participam desde segunda-feira no exercício Lusitano 26, "
         "em Tancos. Uma companhia do Exército espanhol treina com o Exército português a defesa de pontes.",
         [ev("exercise", ["ESP", "PRT"], location="PRT")]),
    # ---- pt: a delivery that funds will ensure is still to come
    case("pt-garantira-a-entrega-is-no-delivery", "pt", DAY,
         "O ministro da Defesa recebeu nesta terça-feira em Brasília o ministro da Defesa do Chile. Segundo "
         "o relator, a liberação de recursos garantirá a entrega de mais dois cargueiros KC-390 à Força "
         "Aérea Brasileira em 2027.",
         [ev("meeting", ["BRA", "CHL"], date="2026-09-15", location="BRA")]),
    # ---- nl: a delivery schedule from a year on is no delivery
    case("nl-vanaf-worden-geleverd-is-no-delivery", "nl", DAY,
         "Minister Jansen sprak dinsdag in Tallinn met zijn Estse ambtgenoot over luchtverdediging. "
         "Nederland koopt daarnaast nieuwe pantservoertuigen bij het Zweedse BAE Systems Hägglunds, die "
         "vanaf 2029 worden geleverd.",
         [ev("meeting", ["EST", "NLD"], date="2026-09-15", location="EST")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)

