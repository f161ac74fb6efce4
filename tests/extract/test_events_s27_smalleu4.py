"""The extract stage on short articles in five of Europe's smaller languages written for these tests (none of
these sentences is in tests/data/heldout/smalleu4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording found thin by the smalleu4 set: Irish
training in the lenited past and the trainees "being trained by" the other side (ga "Thraenáil …", "á
dtraenáil ag …"), the Irish verb-first "they" that opens a pledge in a paragraph of its own (ga "D'aontaigh
siad …"), "i" with the eclipsis of the state after it as a place (ga "i gCipir"), Icelandic particle verbs
split by an adverb or the subject (is "fór síðast fram", "tóku þá … þátt"), the Luxembourgish visit noun
(lb "De leschte Visite vun …") and a visit "planned" (lb "ass … geplangt"), the Estonian plural past of
training (et "õpetasid välja"), and Spain's forces as the Galician press names them with the Galician
singular pluperfect (gl "a Brilat participara …").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- ga: training in the lenited past, and the trainees "being trained by" the other side's instructors
    case("ga-thraenail-is-training-given", "ga", DAY,
         "Thraenáil Óglaigh na hÉireann 30 oifigeach ón tSeoirsia ar chúrsa cosanta inné.",
         [ev("aid", ["GEO", "IRL"], date="2026-10-13")]),
    case("ga-a-dtraenail-ag-is-training-given", "ga", DAY,
         "Chríochnaigh 18 saighdiúir ón Mholdóiv cúrsa comhraic in Éirinn inné, á dtraenáil ag oifigigh ó "
         "Óglaigh na hÉireann.",
         [ev("aid", ["IRL", "MDA"], date="2026-10-13")]),
    # ---- ga: a verb-first "they" opens a pledge told in a paragraph of its own, after what was discussed
    case("ga-daontaigh-siad-opens-the-pledge", "ga", DAY,
         "Bhuail an tAire Cosanta lena comhghleacaí ón Eastóin i dTallinn inné.\n\n"
         "Phléigh an bheirt an staid slándála sa Mhuir Bhailt.\n\n"
         "D'aontaigh siad leanúint den chomhoibriú ar chosaint chibearnach.",
         [ev("meeting", ["EST", "IRL"], date="2026-10-13"),
          ev("intent", ["EST", "IRL"], date="2026-10-13")]),
    # ---- ga: "i" eclipses the state after it ("i gCipir"): a place
    case("ga-i-eclipsed-state-is-a-place", "ga", DAY,
         "Chuir Óglaigh na hÉireann oiliúint ar 20 saighdiúir ón Úcráin i gCipir inné.",
         [ev("aid", ["IRL", "UKR"], date="2026-10-13", location="CYP")]),
    # ---- is: particle verbs split by an adverb or by the subject, an earlier edition
    case("is-for-sidast-fram-toku-tha-thatt", "is", DAY,
         "Flotaæfingin hófst í gær við Noreg með herskipum frá Danmörku og Þýskalandi. Æfingin fór síðast "
         "fram árið 2024 og tóku þá skip frá Svíþjóð og Finnlandi þátt.",
         [ev("exercise", ["DEU", "DNK", "NOR"], date="2026-10"),
          ev("exercise", ["FIN", "SWE"], date="2024", historical=True)]),
    # ---- lb: the visit noun alone
    case("lb-visite-noun-is-a-visit", "lb", DAY,
         "Déi éischt Visite vun engem polnesche Verdeedegungsminister zu Lëtzebuerg war am Abrëll 2023.",
         [ev("meeting", ["LUX", "POL"], date="2023-04", location="LUX", historical=True)]),
    # ---- lb: a visit "planned" for a month is a plan, no visit held
    case("lb-ass-geplangt-is-a-plan", "lb", DAY,
         "De polnesche Verdeedegungsminister ass am Januar op Visite zu Lëtzebuerg geplangt.",
         [ev("intent", ["LUX", "POL"])]),
    # ---- et: the plural past of training others
    case("et-opetasid-valja-is-training-given", "et", DAY,
         "Läti kaitseväe instruktorid õpetasid septembris Lätis välja 40 Eesti kaitseväelast.",
         [ev("aid", ["EST", "LVA"], date="2026-09")]),
    # ---- gl: Spain's forces as the Galician press names them, and the singular pluperfect of background
    case("gl-exercito-de-terra-is-spain", "gl", DAY,
         "Militares do Exército de Terra e tropas marroquís remataron onte un exercicio conxunto.",
         [ev("exercise", ["ESP", "MAR"], date="2026-10-13")]),
    case("gl-participara-is-an-earlier-exercise", "gl", DAY,
         "En 2023, a Armada española participara nun exercicio no Exeo xunto a buques gregos.",
         [ev("exercise", ["ESP", "GRC"], date="2023", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
