"""The extract stage on short articles in four languages written for these tests (none of these sentences
is in tests/data/heldout/support3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of support statements by a defense
establishment, the subject of the support3 set:
- es solidarity stated with its article and the supporter after it ("expresó la solidaridad del pueblo
  boliviano") and backing of the other state's armed forces ("respaldó a las Fuerzas Armadas del Paraguay");
- de support assured for the reform or modernisation of the other's forces ("sicherte … die Unterstützung
  Österreichs bei der Reform der Streitkräfte zu");
- ru mutual support confirmed by both sides ("подтвердили взаимную поддержку");
- en backing of a state's right to defend itself ("we fully support its right to defend its territory");
- en a call told with the time between verb and partner ("spoke earlier today with his Polish counterpart");
- es support sent to a national team before a match ("envió su apoyo a la selección") is no support of a
  state;
- de assistance assured ("sicherte Finnland … den Beistand Deutschlands zu") is support;
- de a question named after a territory ("in der Grönland-Frage") is a subject, no place;
- zh a one-sided wish with the Nepalese side ("愿同尼方加强两军……合作") is no pledge, as "愿同柬方" was none;
- zh personnel training listed with other fields ("在人员培训、灾害救援等领域的合作") is a field of
  cooperation, no training given;
- pt, es the Great Lakes region ("região dos Grandes Lagos", "región de los Grandes Lagos") is no Lagos,
  Nigeria.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- es: solidarity with its article, backing of the other's armed forces
    case("es-respaldo-a-las-fuerzas-armadas-is-support", "es", DAY,
         "En un comunicado difundido el martes, el Ministerio de Defensa de Bolivia expresó la solidaridad "
         "del pueblo boliviano y respaldó a las Fuerzas Armadas del Paraguay en su lucha contra el "
         "narcotráfico.",
         [ev("support", ["BOL", "PRY"], date="2026-09-15")]),
    # ---- de: support for the reform of the other's forces
    case("de-unterstuetzung-bei-der-reform-is-support", "de", DAY,
         "Verteidigungsministerin Klaudia Tanner sicherte Bosnien und Herzegowina am Montag in Sarajevo die "
         "Unterstützung Österreichs bei der Reform der Streitkräfte zu.",
         [ev("support", ["AUT", "BIH"], date="2026-09-14")]),
    # ---- ru: mutual support confirmed
    case("ru-vzaimnaya-podderzhka-is-support", "ru", DAY,
         "Министры обороны Армении и Ирана в понедельник подтвердили взаимную поддержку в вопросах "
         "региональной безопасности.",
         [ev("support", ["ARM", "IRN"], date="2026-09-14")]),
    # ---- en: a state's right to defend itself backed
    case("en-support-its-right-to-defend-is-support", "en", DAY,
         "\"Canada fully supports its right to defend its territory,\" Defence Minister David McGuinty said "
         "of Latvia on Tuesday.",
         [ev("support", ["CAN", "LVA"], date="2026-09-15")]),
    # ---- en: the time between "spoke" and "with his counterpart"
    case("en-spoke-earlier-today-with-his-counterpart-is-a-call", "en", DAY,
         "Australia's Defence Minister Richard Marles spoke on Tuesday with his Japanese counterpart "
         "Shinjiro Koizumi about the Mogami frigate programme.",
         [ev("meeting", ["AUS", "JPN"], date="2026-09-15", mode="phone")]),
    # ---- es: support of a national sports team
    case("es-apoyo-a-la-seleccion-is-no-support", "es", DAY,
         "La Armada de Colombia envió el martes su apoyo a la selección nacional antes del partido contra "
         "Venezuela en Maturín.",
         []),
    # ---- de: assistance assured
    case("de-sichert-beistand-zu-is-support", "de", DAY,
         "Verteidigungsminister Boris Pistorius sicherte Finnland am Dienstag bei einem Besuch in Helsinki "
         "den Beistand Deutschlands zu.",
         [ev("meeting", ["DEU", "FIN"], date="2026-09-15", location="FIN", mode="visit"),
          ev("support", ["DEU", "FIN"], date="2026-09-15")]),
    # ---- de: the "Grönland-Frage" is no place
    case("de-groenland-frage-is-no-place", "de", DAY,
         "Der norwegische Verteidigungsminister Tore O. Sandvik bekräftigte am Montag in der Grönland-Frage "
         "die volle Solidarität Norwegens mit Dänemark.",
         [ev("support", ["DNK", "NOR"], date="2026-09-14", location=None)]),
    # ---- zh: a one-sided wish to the Nepalese side
    case("zh-yuan-tong-ni-fang-is-no-pledge", "zh", DAY,
         "9月15日，国防部长董军在北京会见尼泊尔国防部长。董军表示，中方坚定支持尼方维护国家主权和领土完整，"
         "愿同尼方深化两军在联合训练、装备技术等领域的合作。",
         [ev("meeting", ["CHN", "NPL"], date="2026-09-15", location="CHN"),
          ev("support", ["CHN", "NPL"], date="2026-09-15")]),
    # ---- zh: training listed among the fields of cooperation
    case("zh-peixun-listed-among-fields-is-no-aid", "zh", DAY,
         "9月15日，国防部长董军在北京会见老挝国防部长。董军表示，中方坚定支持老方维护国家主权和领土完整，"
         "愿同老方加强两军在人员培训、医疗卫生等领域的合作。",
         [ev("meeting", ["CHN", "LAO"], date="2026-09-15", location="CHN"),
          ev("support", ["CHN", "LAO"], date="2026-09-15")]),
    # ---- pt, es: the Great Lakes region is no place in Nigeria
    case("pt-grandes-lagos-is-no-nigeria", "pt", DAY,
         "O ministro da Defesa do Ruanda recebeu na terça-feira, em Kigali, o seu homólogo do Burundi. No "
         "encontro, o ministro ruandês reafirmou o apoio do Ruanda à paz e à estabilidade na região dos "
         "Grandes Lagos.",
         [ev("meeting", ["BDI", "RWA"], date="2026-09-15", location="RWA"),
          ev("support", ["BDI", "RWA"], date="2026-09-15", location="RWA")]),
    case("es-grandes-lagos-is-no-nigeria", "es", DAY,
         "El ministro de Defensa de Uganda recibió el martes en Kampala a su homólogo de Burundi. Durante el "
         "encuentro, reiteró el apoyo de Uganda a la soberanía de Burundi y a la paz en la región de los "
         "Grandes Lagos.",
         [ev("meeting", ["BDI", "UGA"], date="2026-09-15", location="UGA"),
          ev("support", ["BDI", "UGA"], date="2026-09-15", location="UGA")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
