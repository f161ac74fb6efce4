"""Agreements signed by companies (session 12): each case is an invented short article.

GUIDELINES count defense companies acting for a state: a ministry, agency or armed force signing with a
(foreign) company is an agreement between the two states. Two companies signing with each other, with no
official, no government body (markers.state_body) and no state named except as a company's home, is no event
(markers.company; _companies.companies_only). The company sentences follow a meeting so that the article stays
relevant: only the meeting is expected.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

MEETING_EN = ("Polish Defence Minister Jan Nowak met his Norwegian counterpart Ola Berg in Warsaw on Monday "
              "to discuss defence cooperation. ")

CASES = [
    case("en-company-company-no-agreement", "en", "2026-05-12",
         MEETING_EN + "Separately, the Norwegian defence company Nordvik signed a cooperation agreement with "
         "the Polish shipyard Baltica on Tuesday.",
         [ev("meeting", ["NOR", "POL"])]),
    case("en-ministry-company-is-agreement", "en", "2026-05-12",
         "Poland's Armament Agency signed a contract with the Norwegian company Nordvik on Tuesday for the "
         "delivery of coastal defence missiles.",
         [ev("agreement", ["NOR", "POL"])]),
    case("es-company-company-no-agreement", "es", "2026-05-12",
         "El ministro de Defensa de España, Juan Pérez, se reunió el lunes en Madrid con su homólogo "
         "italiano, Marco Rossi, para hablar de cooperación en defensa. Por otra parte, la empresa "
         "española Talleres Sur y la italiana Aeroblu firmaron un acuerdo de cooperación para fabricar "
         "drones.",
         [ev("meeting", ["ESP", "ITA"])]),
    case("ms-company-company-no-agreement", "ms", "2026-05-12",
         "Menteri Pertahanan Malaysia, Ahmad Ismail, bertemu rakan sejawatnya dari Jepun, Taro Sato, di "
         "Kuala Lumpur pada hari Isnin untuk membincangkan kerjasama pertahanan. Secara berasingan, "
         "syarikat tempatan Maju Marin dan sebuah syarikat perkapalan Jepun menandatangani perjanjian "
         "kerjasama pertahanan pada hari Selasa.",
         [ev("meeting", ["JPN", "MYS"])]),
    # a ministry signing with a foreign company stays an agreement (the short forms "Минобороны", "Kemhan",
    # "MoD" are state bodies too: tests/extract/test_events_h10_am.py id-perancis fails without "kemhan")
    case("ru-short-ministry-company-is-agreement", "ru", "2026-05-12",
         "Минобороны Сербии подписало контракт с российской компанией на поставку зенитных ракетных "
         "комплексов.",
         [ev("agreement", ["RUS", "SRB"], doc_type="contract")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
