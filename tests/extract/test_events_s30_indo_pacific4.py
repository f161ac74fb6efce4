"""The extract stage on short articles in four languages written for these tests (none of these sentences is
in tests/data/heldout/indo_pacific4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Indo-Pacific press of the indo_pacific4 set:
police forces and civil coast guards acting alone (en "police co-operation", "Police Commissioner", "National
Police", "Fiji, Tonga police sign MoU", "the Philippine Coast Guard and the Japan Coast Guard", "PCG", "JCG")
are no defense establishment; a Korean navy drill "against enemy provocation" (ko "적 도발 대비") is the
navy's own; thanks for fulfilling a commitment (zh "履行對台安全承諾") is no new pledge; Perth in
Taiwanese writing (zh "伯斯"); a visit told as "came to India" (hi "भारत आए थे"), with India its place.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- en: police chiefs signing a memorandum are no defense establishment
    case("en-police-commissioner-and-national-police-signing-is-no-event", "en", DAY,
         "Tonga and Malaysia have signed a memorandum of understanding to strengthen police co-operation on "
         "cybercrime.\n\n"
         "Police Commissioner Shane McLennan and the Chief of the Royal Malaysia Police, General Razarudin "
         "Husain of the National Police, signed the memorandum in Kuala Lumpur on Monday.",
         []),
    # ---- en: a headline of two police forces signing
    case("en-police-sign-headline-is-no-agreement", "en", DAY,
         "Tonga, Samoa police sign MoU on drug smuggling\n\n"
         "Samoan police will also host 15 Tongan officers for investigation training in Apia next year.",
         []),
    # ---- en: civil coast guards drilling together are no defense establishment
    case("en-philippine-and-japan-coast-guard-drill-is-no-exercise", "en", DAY,
         "The Philippine Coast Guard and the Japan Coast Guard held a joint search and rescue drill off "
         "Batangas on Tuesday.\n\n"
         "PCG commandant Admiral Ronnie Gil Gavan said the exercise involved the JCG cutter Mizuho and three "
         "PCG vessels.",
         []),
    # ---- en: the same in a headline with the abbreviation
    case("en-pcg-korea-coast-guard-headline-is-no-exercise", "en", DAY,
         "PCG, Korea Coast Guard hold joint search and rescue drill off Manila\n\n"
         "Rear Admiral Jay Tarriela said the drill would be held every year.",
         []),
    # ---- en: a state's gift to a civil coast guard stays aid (a guard for the narrowing of the coast-guard
    # words: fails with the first, broad "philippine coast guard" of 19316539)
    case("en-boats-handed-to-the-philippine-coast-guard-stay-aid", "en", DAY,
         "South Korea handed over three patrol boats to the Philippine Coast Guard in Manila on Tuesday.",
         [ev("aid", ["KOR", "PHL"], date="2026-12-01", location="PHL")]),
    # ---- ko: a fleet's drill against enemy provocation is its own, the North's launch no partner
    case("ko-jeok-dobal-daebi-drill-is-domestic", "ko", DAY,
         "해군1함대는 1일 동해 작전구역에서 적 도발 대비 해상기동훈련을 실시했다.\n\n"
         "북한은 지난달 28일 동해상으로 단거리 탄도미사일 3발을 발사했다.",
         []),
    # ---- zh: thanks for fulfilling a commitment is no new pledge
    case("zh-lvxing-chengnuo-is-no-pledge", "zh", DAY,
         "美國國務院1日批准對台出售「魚叉」海岸防衛系統，總金額約3億美元。\n\n"
         "國防部今天表示，感謝美方履行對台安全承諾。",
         [ev("aid", ["TWN", "USA"], date="2026-12-01")]),
    # ---- zh: Perth as Taiwan writes it
    case("zh-bosi-is-perth", "zh", DAY,
         "日本防衛大臣與澳洲國防部長1日在伯斯會談，雙方同意擴大聯合演習。",
         [ev("meeting", ["AUS", "JPN"], date="2026-12-01", location="AUS"),
          ev("intent", ["AUS", "JPN"])]),
    # ---- hi: "came to India" tells an earlier visit
    case("hi-bharat-aae-the-is-a-visit", "hi", DAY,
         "इससे पहले फिलीपींस के रक्षा मंत्री मार्च 2024 में राष्ट्रपति के साथ भारत आए थे।",
         [ev("meeting", ["IND", "PHL"], date="2024-03", historical=True)]),
    # ---- hi: ... and India is where that visit took place
    case("hi-bharat-aae-the-gives-the-place", "hi", DAY,
         "इससे पहले मलेशिया के रक्षा मंत्री अक्टूबर 2023 में भारत आए थे।",
         [ev("meeting", ["IND", "MYS"], date="2023-10", location="IND", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
