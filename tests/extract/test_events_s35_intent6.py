"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/intent6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the intent6 set's languages (pledges, plans and
agreements to cooperate in future, with past events told in the same articles):
- ar a month of a year joined by "من" ("في مارس من العام الماضي", "في يونيو من عام 2024") is one date, the
  month of that year, not the month of this year and a year of its own;
- en the talks a document provides for ("which set the framework for annual staff talks", "the accord
  provides for regular consultations") are a series to come, no meeting of the document's date;
- ru demining named as a field of cooperation ("в том числе в области гуманитарного разминирования", "в
  сфере разминирования", "в области военного образования … и гуманитарного разминирования") is what the
  sides discuss, no demining help given (aid);
- ja what an access agreement governs, written before the document
  ("互いの国を訪れて共同訓練を行う際の手続きを定めた協定"), is no visit and no drill held: visits to
  "each other's countries" and drills in the non-past before 際;
- es a nationwide civil-protection drill ("simulacro nacional de terremoto") the home forces will hold is no
  plan with the states an earlier sentence named;
- pl the short forms "Korei Płd." / "Korei Płn." name South and North Korea, and their dot ends no sentence
  (no person "Płd").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-01"  # a Tuesday

CASES = [
    # ---- ar: month "من" year
    case("ar-month-min-last-year", "ar", DAY,
         "استقبل وزير الدفاع المصري اليوم رئيس أركان الجيش اليوناني في القاهرة. وكانت القوات المصرية "
         "واليونانية قد نفذت تدريبا بحريا مشتركا في مارس من العام الماضي قبالة سواحل كريت.",
         [ev("meeting", ["EGY", "GRC"], date="2026-12-01", location="EGY", mode="visit"),
          ev("exercise", ["EGY", "GRC"], date="2025-03", historical=True)]),
    case("ar-month-min-aam-year", "ar", DAY,
         "وقّعت مصر واليونان في يونيو من عام 2024 مذكرة تفاهم للتعاون العسكري، وفق بيان المتحدث العسكري.",
         [ev("agreement", ["EGY", "GRC"], date="2024-06", doc_type="memorandum", historical=True)]),
    # ---- en: talks a document provides for
    case("en-framework-for-annual-talks", "en", DAY,
         "Australian Defence Minister Richard Marles hosted his Indonesian counterpart Sjafrie "
         "Sjamsoeddin in Canberra on Monday. The two countries signed a defence cooperation agreement in "
         "2024, which set the framework for annual staff talks and officer exchanges.",
         [ev("meeting", ["AUS", "IDN"], date="2026-11-30", location="AUS", mode="visit"),
          ev("agreement", ["AUS", "IDN"], date="2024", doc_type="agreement", historical=True)]),
    case("en-provides-for-regular-consultations", "en", DAY,
         "Greece and Cyprus signed a defence cooperation programme in 2023 that provides for regular "
         "consultations between their general staffs. The chiefs of defence met in Nicosia on Monday.",
         [ev("agreement", ["CYP", "GRC"], date="2023", historical=True),
          ev("meeting", ["CYP", "GRC"], date="2026-11-30", location="CYP")]),
    # ---- ru: demining as a field of cooperation
    case("ru-v-oblasti-razminirovaniya-is-a-field", "ru", DAY,
         "В понедельник в Ереване министр обороны Армении провёл переговоры с начальником Генерального "
         "штаба Вооружённых сил Сербии. Стороны обсудили вопросы двустороннего военного сотрудничества, в "
         "том числе в области гуманитарного разминирования и военной медицины.",
         [ev("meeting", ["ARM", "SRB"], date="2026-11-30", location="ARM", mode="visit")]),
    case("ru-v-sfere-razminirovaniya-is-a-field", "ru", DAY,
         "Министр обороны Таджикистана во вторник в Душанбе провёл переговоры с министром обороны "
         "Киргизии. Стороны обсудили перспективы сотрудничества в сфере гуманитарного разминирования "
         "приграничных районов.",
         [ev("meeting", ["KGZ", "TJK"], date="2026-12-01", location="TJK", mode="visit")]),
    case("ru-v-oblasti-kadrov-i-razminirovaniya-is-a-field", "ru", DAY,
         "Министр обороны Белоруссии в понедельник принял в Минске делегацию Министерства обороны "
         "Вьетнама. Стороны обсудили сотрудничество в области военного образования, военной медицины и "
         "гуманитарного разминирования.",
         [ev("meeting", ["BLR", "VNM"], date="2026-11-30", location="BLR", mode="visit")]),
    # ---- ja: what an access agreement governs
    case("ja-tagai-no-kuni-wo-otozure-okonau-sai", "ja", DAY,
         "防衛大臣は30日、来日中のオーストラリアの国防相と防衛省で会談しました。"
         "日本とオーストラリアは2022年1月、自衛隊とオーストラリア軍が互いの国を訪れて"
         "共同訓練を行う際の手続きを定めた円滑化協定に署名しました。",
         [ev("meeting", ["AUS", "JPN"], date="2026-11-30", location="JPN", mode="visit"),
          ev("agreement", ["AUS", "JPN"], date="2022-01", doc_type="agreement", historical=True)]),
    case("ja-tagai-no-kuni-wo-houmon-jisshi-suru-sai", "ja", DAY,
         "防衛大臣は30日、来日中のイギリスの国防相と防衛省で会談しました。"
         "両国は2023年1月、部隊が互いの国を訪問して演習を実施する際の法的地位を定めた協定に署名しています。",
         [ev("meeting", ["GBR", "JPN"], date="2026-11-30", location="JPN", mode="visit"),
          ev("agreement", ["GBR", "JPN"], date="2023-01", doc_type="agreement", historical=True)]),
    # ---- es: a national civil-protection drill
    case("es-simulacro-nacional-is-domestic", "es", DAY,
         "El ministro de Defensa, Jorge Salinas, dijo que las ofertas del F-16 estadounidense y del "
         "Gripen sueco siguen en evaluación. Salinas anunció además que las Fuerzas Armadas realizarán en "
         "marzo un simulacro nacional de terremoto con 3.000 efectivos.",
         []),
    case("es-simulacros-nacionales-are-domestic", "es", DAY,
         "La ministra de Defensa, Ana Robles, afirmó que sigue analizando las propuestas de helicópteros "
         "de Francia e Italia. Robles informó que el Ejército apoyará la próxima semana los simulacros "
         "nacionales de evacuación ante tsunamis.",
         []),
    # ---- pl: Korea Płd. / Płn.
    case("pl-korei-pln-is-prk", "pl", DAY,
         "Rosja przekazała Korei Płn. kolejne systemy obrony powietrznej, podał w poniedziałek wywiad "
         "Korei Płd.",
         [ev("aid", ["PRK", "RUS"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
