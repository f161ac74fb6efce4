"""The extract stage on short articles in four languages written for these tests (none of these sentences is
in tests/data/heldout/americas2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Caribbean and Latin American defense news of
the americas2 set: the Caribbean defence forces by their own short forms (en "the JDF", "the GDF", "the
TTDF", "the RBDF"), an offer told in the past ("said Canada was prepared to train"), what donated boats or
aircraft will do, which is no pledge (en "the boats will boost the navy's ability"), a joint patrol with
its kind between (fr "une patrouille fluviale conjointe", es "una patrulla fluvial conjunta", pt
"patrulhas marítimas conjuntas"), training given with an adverb inside (fr "ont également dispensé une
formation") and the participants of an exercise in a sentence of their own (pt "O
exercício contou com navios de …", "A operação reuniu militares de …").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- en: the Jamaica Defence Force by its short form, with no Jamaican place in the sentence
    case("en-jdf-is-jamaica", "en", DAY,
         "Soldiers of the JDF and a British infantry company held a joint exercise on Tuesday.",
         [ev("exercise", ["GBR", "JAM"], date="2026-09-15")]),
    # ---- en: the Guyana Defence Force by its short form, as the receiver of a gift
    case("en-gdf-is-guyana", "en", DAY,
         "Brazil donated four armoured vehicles to the GDF on Tuesday.",
         [ev("aid", ["BRA", "GUY"], date="2026-09-15")]),
    # ---- en: the Trinidad and Tobago and the Royal Bahamas defence forces by their short forms
    case("en-ttdf-rbdf-are-trinidad-and-bahamas", "en", DAY,
         "Troops of the TTDF and the RBDF held a joint exercise on Tuesday.",
         [ev("exercise", ["BHS", "TTO"], date="2026-09-15")]),
    # ---- en: an offer told in the past tense ("was prepared to") is an intent
    case("en-was-prepared-to-train-is-an-intent", "en", DAY,
         "The Mexican defence minister met the Canadian ambassador on Tuesday. The ambassador said Canada "
         "was prepared to train Mexican army engineers next year.",
         [ev("meeting", ["CAN", "MEX"], date="2026-09-15"), ev("intent", ["CAN", "MEX"])]),
    # ---- en: what donated vessels will do is their use, no pledge of either side
    case("en-boats-will-boost-is-no-pledge", "en", DAY,
         "South Korea on Tuesday handed over two patrol boats to the Peruvian Navy.\n"
         "The Korean Ambassador to Peru, Kim Min-jun, handed the documents to the navy commander, Admiral "
         "Luis Ruiz.\nAdmiral Ruiz said the boats will boost the navy's ability to patrol Peru's coast.",
         [ev("aid", ["KOR", "PER"], date="2026-09-15")]),
    # ---- pt: who took part, in a sentence of its own after the exercise ("contou com", "reuniu militares")
    case("pt-contou-com-lists-the-participants", "pt", DAY,
         "A Marinha Portuguesa concluiu na sexta-feira o exercício naval multinacional, realizado desde o "
         "dia 3 de setembro ao largo de Lisboa.\nO exercício contou com navios de Portugal, de Espanha, de "
         "França e de Marrocos.",
         [ev("exercise", ["ESP", "FRA", "MAR", "PRT"])]),
    case("pt-reuniu-militares-lists-the-participants", "pt", DAY,
         "O Exército Brasileiro encerrou no sábado a operação combinada na fronteira, iniciada no dia 1.º de "
         "setembro.\nA operação reuniu militares do Brasil, do Paraguai, da Bolívia e do Peru.",
         [ev("exercise", ["BOL", "BRA", "PER", "PRY"])]),
    # ---- fr: a joint patrol with its kind between the noun and "conjointe"
    case("fr-patrouille-fluviale-conjointe-is-an-exercise", "fr", DAY,
         "Des soldats français et brésiliens ont mené mardi une patrouille fluviale conjointe sur l'Oyapock.",
         [ev("exercise", ["BRA", "FRA"], date="2026-09-15")]),
    # ---- es, pt: a joint patrol with its kind between, as in French
    case("es-patrulla-fluvial-conjunta-is-an-exercise", "es", DAY,
         "Soldados colombianos y ecuatorianos realizaron el martes una patrulla fluvial conjunta en el río "
         "Putumayo.",
         [ev("exercise", ["COL", "ECU"], date="2026-09-15")]),
    case("pt-patrulhas-maritimas-conjuntas-is-an-exercise", "pt", DAY,
         "As marinhas do Brasil e do Uruguai realizaram na terça-feira patrulhas marítimas conjuntas.",
         [ev("exercise", ["BRA", "URY"], date="2026-09-15")]),
    # ---- fr: training given, with an adverb between the auxiliary and the participle
    case("fr-ont-egalement-dispense-une-formation-is-aid", "fr", DAY,
         "Des instructeurs belges ont également dispensé une formation au déminage à des militaires "
         "béninois en août.",
         [ev("aid", ["BEL", "BEN"], date="2026-08")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
