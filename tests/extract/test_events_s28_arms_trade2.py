"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/arms_trade2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the arms-trade press of the arms_trade2 set:
the place of today's signing retold ("The contract was signed in Tallinn by …" is no background signing),
a delegation received in the passive by an office with no named host (it "Una delegazione … è stata
ricevuta … dal"), negotiations on a supply that are no delivery (it "negoziati sulla fornitura di"), the
letter of offer and acceptance as a contract (pl "umowę (LOA)"), trainees starting their course (tr
"eğitimlerine başladı") at a Turkish military academy (tr "Hava Harp Okulunda"), related headlines under a
bracketed "[관련기사]" (ko), procurement chiefs' titles (de "Rüstungsdirektor", it "direttore degli
armamenti").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- en: the place of today's signing told in a sentence of its own is the same signing, not background
    case("en-was-signed-in-city-by-is-the-same-signing", "en", DAY,
         "Estonia signed a contract with the U.S. government on Tuesday for six more HIMARS launchers. The "
         "contract was signed in Tallinn by the head of the Estonian Centre for Defence Investment and the "
         "U.S. "
         "ambassador.",
         [ev("agreement", ["EST", "USA"], date="2026-09-15", doc_type="contract")]),
    # ---- it: a delegation received in the passive by a host with no name is a visit
    case("it-delegazione-e-stata-ricevuta-is-a-visit", "it", DAY,
         "Una delegazione militare greca è stata ricevuta oggi a Roma dal capo di stato maggiore della "
         "Difesa.",
         [ev("meeting", ["GRC", "ITA"], date="2026-09-16", mode="visit", location="ITA")]),
    # ---- it: negotiations on a supply are talks, no delivery
    case("it-negoziati-sulla-fornitura-is-no-aid", "it", DAY,
         "Il ministro della Difesa greco ha incontrato martedì a Roma il ministro della Difesa italiano per "
         "avviare i negoziati sulla fornitura di quattro pattugliatori.",
         [ev("meeting", ["GRC", "ITA"], date="2026-09-15", location="ITA")]),
    # ---- pl: the letter of offer and acceptance of a US foreign military sale is a contract
    case("pl-umowa-loa-is-a-contract", "pl", DAY,
         "Agencja Uzbrojenia podpisała we wtorek z rządem Stanów Zjednoczonych umowę (LOA) na pociski "
         "Hellfire "
         "dla śmigłowców Apache.",
         [ev("agreement", ["POL", "USA"], date="2026-09-15", doc_type="contract")]),
    # ---- tr: trainees starting "their" course (possessive plural) are training given
    case("tr-egitimlerine-basladi-is-training", "tr", DAY,
         "Gürcistan Silahlı Kuvvetlerinden 25 subay, Türkiye'de eğitimlerine başladı.",
         [ev("aid", ["GEO", "TUR"], location="TUR")]),
    # ---- tr: a Turkish military academy is a place in Turkey
    case("tr-hava-harp-okulu-is-turkey", "tr", DAY,
         "Gürcistan Silahlı Kuvvetlerine mensup 25 subay, Hava Harp Okulunda eğitime başladı.",
         [ev("aid", ["GEO", "TUR"], location="TUR")]),
    # ---- de: the Austrian procurement chief's title names an official
    case("de-ruestungsdirektor-is-an-official", "de", DAY,
         "Die österreichische Delegation unter der Leitung von Rüstungsdirektor Markus Berger traf am "
         "Dienstag "
         "in Rom mit dem italienischen Verteidigungsminister zusammen.",
         [ev("meeting", ["AUT", "ITA"], date="2026-09-15", location="ITA", persons=["Markus Berger"])]),
    # ---- it: "direttore degli armamenti" names an official
    case("it-direttore-degli-armamenti-is-an-official", "it", DAY,
         "Il direttore degli armamenti austriaco Franz Huber ha incontrato martedì a Roma il ministro della "
         "Difesa "
         "italiano.",
         [ev("meeting", ["AUT", "ITA"], date="2026-09-15", location="ITA", persons=["Franz Huber"])]),
]

# ---- ko: related headlines under "[관련기사]" in brackets close the article
PAGES = [
    ("ko-bracketed-related-articles-cut", "ko",
     "방위사업청장이 15일 바르샤바에서 폴란드 국방부 차관과 만나 방산 협력 방안을 논의했다.\n\n[관련기사]\n"
     "▶ 한-필리핀, FA-50 12대 추가 수출 계약 체결\n\nⓒ 뉴스1코리아, 무단전재 및 재배포 금지",
     ["방위사업청장이 15일 바르샤바에서 폴란드 국방부 차관과 만나 방산 협력 방안을 논의했다."],
     ["FA-50 12대 추가 수출 계약 체결"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
