"""The extract stage on short field reports of exercises and aid in eight languages, written for these tests
(none of these sentences is in tests/data/heldout/field4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of the press:
- ar the present of taking part ("ويشارك في التمرين …", "تشارك فيه قوات من …") as the verb that says an
  exercise is held, so the participants sentence of a multinational exercise gives it its states;
- pl the modal passive "ma zostać przekazany" (is to be handed over) as a pledge, no delivery; the people as
  troops ("ćwiczyli z Amerykanami i Kanadyjczykami") as states; an arms group ("Polska Grupa Zbrojeniowa",
  "grupa zbrojeniowa") as a company, whose deal with a foreign firm is no agreement of states;
- it the trainees as subject of the passive ("sono stati addestrati", "erano stati addestrati") and a course
  given "a favore di" the other side's forces as training given.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-04-14"  # a Tuesday

CASES = [
    # ---- ar: the participants of an exercise told with the present of taking part
    case("ar-yusharik-fi-al-tamrin", "ar", DAY,
         "انطلقت اليوم فعاليات التمرين العسكري البحري المشترك في ميناء العقبة. ويشارك في التمرين إلى جانب "
         "القوات البحرية الأردنية، قطع بحرية من فرنسا وإيطاليا واليونان.",
         [ev("exercise", ["FRA", "GRC", "ITA", "JOR"])]),
    case("ar-tusharik-fihi-quwwat", "ar", DAY,
         "تشارك في المناورات العسكرية الجوية قوات من باكستان والمملكة العربية السعودية ومصر.",
         [ev("exercise", ["EGY", "PAK", "SAU"])]),
    # ---- pl: the modal passive of a delivery still to come is a pledge
    case("pl-ma-zostac-przekazany-is-intent", "pl", DAY,
         "Sprzęt saperski ma zostać przekazany łotewskiej armii do końca roku – poinformowało polskie "
         "Ministerstwo Obrony Narodowej.",
         [ev("intent", ["LVA", "POL"])]),
    case("pl-maja-zostac-dostarczone-is-intent", "pl", DAY,
         "Polskie drony rozpoznawcze mają zostać dostarczone estońskiej armii jesienią.",
         [ev("intent", ["EST", "POL"])]),
    # ---- pl: the people as troops
    case("pl-z-amerykanami-i-kanadyjczykami", "pl", DAY,
         "Polscy saperzy ćwiczyli w zeszłym tygodniu na poligonie w Orzyszu z Amerykanami i Kanadyjczykami.",
         [ev("exercise", ["CAN", "POL", "USA"])]),
    case("pl-z-litwinami-i-lotyszami", "pl", DAY,
         "Polscy żołnierze ćwiczyli w marcu w Orzyszu z Litwinami i Łotyszami.",
         [ev("exercise", ["LTU", "LVA", "POL"])]),
    # ---- pl: an arms group is a company; its deal with a foreign firm is no agreement of states
    case("pl-grupa-zbrojeniowa-is-a-company", "pl", DAY,
         "Polska Grupa Zbrojeniowa podpisała w poniedziałek z rumuńską firmą umowę o produkcji amunicji.",
         []),
    # ---- it: the trainees as subject of the passive
    case("it-erano-stati-addestrati", "it", DAY,
         "A marzo 30 piloti albanesi erano stati addestrati dall'Aeronautica Militare italiana presso la "
         "base di Lecce.",
         [ev("aid", ["ALB", "ITA"])]),
    case("it-sono-stati-addestrati", "it", DAY,
         "Nei mesi scorsi 25 sommozzatori della Marina montenegrina sono stati addestrati dagli istruttori "
         "italiani a La Spezia.",
         [ev("aid", ["ITA", "MNE"])]),
    # ---- it: a course given for the other side's forces
    case("it-corso-a-favore-di", "it", DAY,
         "Si è concluso ieri a Tirana il corso di addestramento di tre settimane condotto da istruttori "
         "dell'Esercito italiano a favore di 30 militari delle Forze Armate albanesi.",
         [ev("aid", ["ALB", "ITA"], date="2026-04-13")]),
    case("it-attivita-addestrative-a-favore", "it", DAY,
         "I carabinieri italiani hanno svolto attività addestrative a favore della polizia militare somala a "
         "Mogadiscio.",
         [ev("aid", ["ITA", "SOM"])]),
    # ---- guards: the reflexive "si sono addestrati" stays an exercise
    case("it-si-sono-addestrati-stays-exercise", "it", DAY,
         "I militari italiani e albanesi si sono addestrati insieme a Valona.",
         [ev("exercise", ["ALB", "ITA"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
