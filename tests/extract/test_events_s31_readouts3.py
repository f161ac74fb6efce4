"""The extract stage on short articles in five languages written for these tests (none of these sentences
is in tests/data/heldout/readouts3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of official readouts that tell several
events of one day, the subject of the readouts3 set:
- one headline naming two bilateral talks or a day's receptions of two guests (ja "…防衛相会談及び…防衛相会談
  について", es "recibe a sus homólogos de A y B") is a series of bilaterals, not one multilateral meeting;
- ru "отметили успешное проведение совместного учения" (its holding noted as a success) says the exercise
  was held;
- ko the one-syllable short name before a US body ("미 합참의장") names the United States;
- en "the four ministers" of a "2+2" are the two states' ministers, the subject of their pledge.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ja: one headline naming two bilateral talks of the day
    case("ja-kaidan-oyobi-headline-is-two-bilaterals", "ja", DAY,
         "日米防衛相会談及び日英防衛相会談について\n"
         "防衛大臣は9月15日午前、防衛省において、来日中の米国の国防長官と会談を行いました。"
         "同日午後、防衛大臣は、来日中の英国の国防大臣と会談しました。",
         [ev("meeting", ["JPN", "USA"], date="2026-09-15", location="JPN", mode="visit"),
          ev("meeting", ["GBR", "JPN"], date="2026-09-15", location="JPN", mode="visit")],
         title="日米防衛相会談及び日英防衛相会談について"),
    # ---- es: a headline of a day's receptions of two guests
    case("es-recibe-a-sus-homologos-de-headline-is-two-bilaterals", "es", DAY,
         "Pérez recibe a sus homólogos de Chile y Uruguay\n"
         "El ministro de Defensa de Argentina, Juan Pérez, se ha reunido este martes en Buenos Aires con el "
         "ministro de Defensa de Chile, Pedro Soto.\n"
         "Por la tarde, Pérez ha recibido al ministro de Defensa de Uruguay, Luis Gómez.",
         [ev("meeting", ["ARG", "CHL"], date="2026-09-15", location="ARG", mode="visit"),
          ev("meeting", ["ARG", "URY"], date="2026-09-15", location="ARG", mode="visit")],
         title="Pérez recibe a sus homólogos de Chile y Uruguay"),
    # ---- ru: the holding of an exercise noted as a success says it was held
    case("ru-otmetili-uspeshnoe-provedenie-is-an-exercise", "ru", DAY,
         "В среду в Минске министры обороны Беларуси и Казахстана провели переговоры. Министры отметили "
         "успешное проведение совместного тактического учения подразделений двух армий.",
         [ev("meeting", ["BLR", "KAZ"], date="2026-09-16", location="BLR"),
          ev("exercise", ["BLR", "KAZ"])]),
    # ---- ko: "미" before a US body names the United States
    case("ko-mi-hapcham-uijang-is-the-usa", "ko", DAY,
         "김성훈 합참의장은 15일 브라이언 스미스 미 합참의장과 화상회의를 갖고 연합방위태세를 점검했다.",
         [ev("meeting", ["KOR", "USA"], date="2026-09-15", mode="phone")]),
    # ---- en: "the four ministers" of a 2+2 pledge for their two states
    case("en-the-four-ministers-of-a-2plus2-is-an-intent", "en", DAY,
         "The Secretary of Defense and the Secretary of State hosted Philippine Defense Secretary Juan Cruz "
         "and Foreign Secretary Maria Reyes at the Pentagon on Tuesday for the U.S.-Philippines 2+2 "
         "ministerial dialogue. At the talks, the four ministers agreed to expand joint maritime patrols in "
         "the Philippines.",
         [ev("meeting", ["PHL", "USA"], date="2026-09-15", mode="visit"),
          ev("intent", ["PHL", "USA"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
