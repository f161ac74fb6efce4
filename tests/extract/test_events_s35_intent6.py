"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/intent6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the intent6 set's languages (pledges,
plans and agreements to cooperate in future, with past events told in the same articles):
- ar a month of a year joined by "من" ("في مارس من العام الماضي", "في يونيو من عام 2024") is one date, the
  month of that year, not the month of this year and a year of its own;
- en the talks a document provides for ("which set the framework for annual staff talks", "the accord provides
  for regular consultations") are a series to come, no meeting of the document's date;
- ru demining named as a field of cooperation ("в том числе в области гуманитарного разминирования", "в сфере
  разминирования") is what the sides discuss, no demining help given (aid).
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
         "Australian Defence Minister Richard Marles hosted his Indonesian counterpart Sjafrie Sjamsoeddin in "
         "Canberra on Monday. The two countries signed a defence cooperation agreement in 2024, which set the "
         "framework for annual staff talks and officer exchanges.",
         [ev("meeting", ["AUS", "IDN"], date="2026-11-30", location="AUS", mode="visit"),
          ev("agreement", ["AUS", "IDN"], date="2024", doc_type="agreement", historical=True)]),
    case("en-provides-for-regular-consultations", "en", DAY,
         "Greece and Cyprus signed a defence cooperation programme in 2023 that provides for regular "
         "consultations between their general staffs. The chiefs of defence met in Nicosia on Monday.",
         [ev("agreement", ["CYP", "GRC"], date="2023", historical=True),
          ev("meeting", ["CYP", "GRC"], date="2026-11-30", location="CYP")]),
    # ---- ru: demining as a field of cooperation
    case("ru-v-oblasti-razminirovaniya-is-a-field", "ru", DAY,
         "В понедельник в Ереване министр обороны Армении провёл переговоры с начальником Генерального штаба "
         "Вооружённых сил Сербии. Стороны обсудили вопросы двустороннего военного сотрудничества, в том числе "
         "в области гуманитарного разминирования и военной медицины.",
         [ev("meeting", ["ARM", "SRB"], date="2026-11-30", location="ARM", mode="visit")]),
    case("ru-v-sfere-razminirovaniya-is-a-field", "ru", DAY,
         "Министр обороны Таджикистана во вторник в Душанбе провёл переговоры с министром обороны Киргизии. "
         "Стороны обсудили перспективы сотрудничества в сфере гуманитарного разминирования приграничных районов.",
         [ev("meeting", ["KGZ", "TJK"], date="2026-12-01", location="TJK", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
