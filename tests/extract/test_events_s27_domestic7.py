"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/domestic7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording met in the domestic7 set (domestic defence
news that tells one foreign event): troops of two armies that trained "zusammen" (de, the word for
"gemeinsam"); a "partenariat" concluded or signed as the document of a signing (fr); training given told in
the pluperfect (pt "tinham treinado", "já havia formado"); a promise to reach a spending target, which is no
pledge to the state aided in the next sentence, and "the promised" items now delivered, which are no new
pledge (en); a unit's seasonal training (ja "冬季訓練"), the home army's own drill, which took the joint
exercise of the next sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- de: "zusammen geübt" is a joint exercise like "gemeinsam geübt"
    case("de-zusammen-geuebt-is-joint", "de", DAY,
         "Das Panzerbataillon 393 beendete am Montag eine Schießübung in der Altmark. Bereits 2024 hatten "
         "österreichische und tschechische Gebirgsjäger in Tirol zusammen geübt.",
         [ev("exercise", ["AUT", "CZE"], date="2024", location="AUT", historical=True)]),
    # ---- fr: a partnership concluded between two states is a signed document
    case("fr-partenariat-conclu-is-an-agreement", "fr", DAY,
         "Les blindés de l'armée luxembourgeoise ont été présentés lundi à la presse. Ils sont achetés dans "
         "le cadre du partenariat militaire conclu entre le Luxembourg et la Belgique en mars 2021.",
         [ev("agreement", ["BEL", "LUX"], date="2021-03", doc_type="agreement", historical=True)]),
    # ---- pt: training given, told in the pluperfect ("tinham treinado", "já havia formado")
    case("pt-tinham-treinado-is-training-given", "pt", DAY,
         "O Ministério da Defesa apresentou na segunda-feira o orçamento para 2027. Em 2023, instrutores "
         "portugueses tinham treinado 40 oficiais angolanos em Luanda.",
         [ev("aid", ["AGO", "PRT"], date="2023", location="AGO", historical=True)]),
    # ---- en: a promise to reach a spending target is the own budget, no pledge to the aided state
    case("en-promise-to-reach-spending-target-is-no-pledge", "en", DAY,
         "Defence Minister Tore Sandvik opened a new hangar at Bardufoss on Tuesday and said the government "
         "will keep its promise to reach NATO's spending target. Norway has now handed over 12 air-defence "
         "launchers to Ukraine.",
         [ev("aid", ["NOR", "UKR"])]),
    # ---- en: the promised items, now delivered, are no new pledge
    case("en-the-promised-items-delivered-is-no-pledge", "en", DAY,
         "The Dutch defence ministry said on Tuesday that the Netherlands had handed over the last of the "
         "promised patrol boats to Ukraine.",
         [ev("aid", ["NLD", "UKR"])]),
    # ---- ja: a division's winter training is its own drill; the joint one of the next sentence keeps its day
    case("ja-tokikunren-is-domestic", "ja", DAY,
         "陸上自衛隊第2師団は14日、名寄駐屯地で冬季訓練を始めた。一方、海上自衛隊の護衛艦は15日、"
         "オーストラリア海軍のフリゲートと共同訓練を行った。",
         [ev("exercise", ["AUS", "JPN"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
