"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/readouts2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of ministry readouts, the genre of the
readouts2 set:
- ko: the honour ceremony held before the talks to welcome the guest
  ("회담에 앞서 의장행사를 열어 … 환영했다") is protocol of the talks, no second meeting;
- ko: a foreign given name of six syllables before the surname ("브와디스와프", "콘스탄티노스");
- fr: "y" between the two surnames of a Spanish name ("le général José García y Pérez");
- ja: a ceremony held to hand something over ("引き渡す式典が … 行われた") is a handover,
  and a supply verb that names a scheme in quotes ("無償で供与する「…」に基づき") no future delivery.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ko: the honour ceremony before the talks is protocol, no second meeting
    case("ko-apseo-uijanghaengsa-hwanyeong-is-no-second-meeting", "ko", DAY,
         "김철수 국방부장관은 15일 서울 국방부에서 방한 중인 마르코 로시 이탈리아 국방장관과 회담했다. 로시 "
         "장관은 회담에 앞서 의장행사를 열어 김 장관을 환영했다.",
         [ev("meeting", ["ITA", "KOR"], date="2026-09-15", location="KOR", mode="visit")]),
    # ---- ko: a six-syllable given name stays with the surname
    case("ko-six-syllable-given-name", "ko", DAY,
         "김철수 국방부 장관은 15일 방한 중인 콘스탄티노스 파파스 그리스 국방장관과 회담했다.",
         [ev("meeting", ["GRC", "KOR"], date="2026-09-15", persons=["콘스탄티노스 파파스"])]),
    # ---- fr: "y" between the two surnames of a Spanish name is no conjunction
    case("fr-y-between-spanish-surnames", "fr", DAY,
         "Le général Paul Martin, chef d'état-major de l'armée de Terre, a reçu mardi à Paris le général "
         "José García y Pérez, chef d'état-major de l'armée de Terre espagnole.",
         [ev("meeting", ["ESP", "FRA"], date="2026-09-15", location="FRA", persons=["Jose Garcia y Perez"])]),
    # ---- ja: a ceremony held to hand something over is a handover, no future delivery
    case("ja-hikiwatasu-shikiten-is-a-handover", "ja", DAY,
         "日本の安全保障支援として、ベトナム海軍に警戒監視用のレーダー2基を引き渡す式典が15日、ハノイで行われた。",
         [ev("aid", ["JPN", "VNM"], date="2026-09-15")]),
    # ---- ja: a supply verb naming a scheme in quotes describes the scheme, no future delivery
    case("ja-kyoyo-suru-scheme-is-no-pledge", "ja", DAY,
         "防衛装備品を無償で供与する「安全保障能力強化支援」に基づき、日本はベトナム海軍に巡視艇を引き渡した。",
         [ev("aid", ["JPN", "VNM"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
