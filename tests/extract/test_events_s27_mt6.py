"""The extract stage on short articles in two languages written for these tests (none of these sentences
is in tests/data/heldout/mt6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the machine-translated news of the mt6 set:
troops carried to another state by transport aircraft, which deliver nothing (en "arrived in … by military
transport aircraft"); training support given to the other side's forces as a ministry's briefing words it
(en "training and advisory support to the … Armed Forces continues"); the delivery a contract is for, which
is no delivery made (fr "un contrat pour la livraison de"), with the present of the headlines as a signing
(fr "signe avec … un contrat"); forces ready to answer an aggression, a threat and no pledge (fr "est prête
à répondre … à toute agression"); a hope that cooperation will expand, no pledge either (en "expressed the
hope that … will expand"). The page furniture case pins the bracketed label over the related headlines of
the Chinese state sites (en "[Related]").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- en: troops flown in by transport aircraft are passengers, no hardware delivered
    case("en-arrived-by-transport-aircraft-is-no-delivery", "en", DAY,
         "Uzbek servicemen arrived in Kazakhstan by military transport aircraft on Tuesday.",
         []),
    # ---- en: the training support given to the other side's forces is aid
    case("en-training-and-advisory-support-to-is-aid", "en", DAY,
         "Italy's training and advisory support to the Lebanese Armed Forces continues, the ministry said on "
         "Tuesday.",
         [ev("aid", ["ITA", "LBN"])]),
    # ---- fr: the delivery a contract is for is no delivery made; the present "signe" is the signing
    case("fr-signe-avec-un-contrat-pour-la-livraison-is-a-contract", "fr", DAY,
         "La Corée du Sud signe avec le Pérou un contrat pour la livraison de chars K2.",
         [ev("agreement", ["KOR", "PER"], doc_type="contract")]),
    case("fr-signe-avec-un-contrat-pour-la-fourniture-is-a-contract", "fr", DAY,
         "Le Maroc signe avec la France un contrat pour la fourniture de 12 hélicoptères Caracal.",
         [ev("agreement", ["FRA", "MAR"], doc_type="contract")]),
    # ---- fr: forces ready to answer any aggression is a threat, no pledge
    case("fr-prete-a-repondre-a-toute-agression-is-no-intent", "fr", DAY,
         "Le chef d'état-major a affirmé mardi que l'armée égyptienne est prête à répondre fermement à toute "
         "agression d'Israël.",
         []),
    # ---- en: a hope is no pledge
    case("en-expressed-the-hope-that-will-expand-is-no-intent", "en", DAY,
         "The Thai defence minister expressed the hope that the cooperation of Thailand and Japan will "
         "expand to fields such as defence technology.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


PAGES = [
    ("en-bracketed-related-label-cuts-the-headlines", "en",
     "Kenya, India hold naval talks in Mombasa\n\nKenyan and Indian naval officers held staff talks in "
     "Mombasa on Tuesday.\n\n(Reporter: Wang Lin)\n\n[Related]\nChinese and Pakistani navies hold joint "
     "drill\nDefense spokesperson answers questions",
     ["Kenyan and Indian naval officers held staff talks in Mombasa on Tuesday."],
     ["Chinese and Pakistani navies hold joint drill"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)
