"""The extract stage on short wire items written for these tests (none of these sentences is in
tests/data/heldout/wires9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the national agencies' wires, the subject
of the wires9 set:
- ru the supplier as subject of deliveries still to begin or end ("Россия начнет поставки …", "Москва завершит
  поставки …"): a pledge, no delivery, as "поставки … начнутся" already was;
- ru a session of a pair's working group or commission named by the pair's compound adjective ("заседание
  российско-вьетнамской межправительственной комиссии"): talks, as "заседание рабочей группы" already was;
- de a budget line for aid ("Für die militärische Unterstützung der Republik Moldau sind im Haushalt 2027 …
  veranschlagt") is money set aside at home, no delivery;
- de a company receiving an order from a state ("Diehl Defence erhält einen Auftrag über Flugabwehrsysteme aus
  Estland") is a sale, no material received from that state (the signing told after it is the event);
- pt the Portuguese wire's masthead and copyright line ("Lusa – Agência de Notícias de Portugal", "© 2026
  Lusa - Agência de Notícias de Portugal, S.A.") are furniture: their Portugal is no party of the item.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

# (id, lang, raw page, body lines that must stay, furniture that must go)
PAGES = [
    ("pt-lusa-masthead-and-copyright", "pt",
     "Lusa – Agência de Notícias de Portugal\nLusofonia | Guiné-Bissau\n\n"
     "Bissau, 15 set 2026 (Lusa) – O Brasil entregou ontem às Forças Armadas da Guiné-Bissau seis viaturas "
     "militares.\n\n"
     "© 2026 Lusa - Agência de Notícias de Portugal, S.A. Todos os direitos reservados.\n",
     ["O Brasil entregou ontem"], ["Agência de Notícias de Portugal"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)

CASES = [
    # ---- ru: the supplier will begin or complete deliveries: an intent, no aid
    case("ru-nachnet-postavki-is-an-intent", "ru", DAY,
         "Россия начнет поставки Вьетнаму учебно-боевых самолетов Як-130 в 2027 году.",
         [ev("intent", ["RUS", "VNM"])]),
    case("ru-zavershit-postavki-is-an-intent", "ru", DAY,
         "Москва завершит поставки Индии фрегатов проекта 11356 в будущем году.",
         [ev("intent", ["IND", "RUS"])]),
    # ---- ru: a session of the pair's working group or commission is a meeting
    case("ru-zasedanie-rossiysko-x-komissii-is-a-meeting", "ru", DAY,
         "В пятницу в Ханое состоялось заседание российско-вьетнамской межправительственной комиссии по "
         "военно-техническому сотрудничеству.",
         [ev("meeting", ["RUS", "VNM"], date="2026-09-11", location="VNM")]),
    case("ru-zasedanie-rossiysko-x-rabochey-gruppy-is-a-meeting", "ru", DAY,
         "Заместитель министра обороны России Александр Фомин принял участие во вторник в заседании "
         "российско-лаосской рабочей группы по военному сотрудничеству во Вьентьяне.",
         [ev("meeting", ["LAO", "RUS"], date="2026-09-15", location="LAO")]),
    # ---- de: a budget line for aid is no delivery
    case("de-budget-line-for-aid-is-no-aid", "de", DAY,
         "Der Bundestag hat den Etat des Verteidigungsministeriums beschlossen. Für die militärische "
         "Unterstützung der Republik Moldau sind im Haushalt 2027 zusätzlich 40 Millionen Euro veranschlagt.",
         []),
    # ---- de: a company's order from a state is no aid from that state
    case("de-company-erhaelt-auftrag-aus-is-no-aid", "de", DAY,
         "ÜBERLINGEN (dpa-AFX) - Der deutsche Rüstungskonzern Diehl Defence erhält einen Auftrag über "
         "Flugabwehrsysteme aus Estland. Das estnische Verteidigungsministerium bestellt drei Systeme, wie "
         "das Unternehmen am Mittwoch mitteilte. Den Vertrag unterzeichneten beide Seiten am Dienstag in "
         "Tallinn.",
         [ev("agreement", ["DEU", "EST"], date="2026-09-15", location="EST")],
         title="Diehl erhält Auftrag aus Estland"),
    case("de-company-hat-auftrag-aus-erhalten-is-no-aid", "de", DAY,
         "KASSEL (dpa-AFX) - Der Rüstungskonzern KNDS Deutschland hat einen Großauftrag aus Litauen "
         "erhalten. Das litauische Verteidigungsministerium bestellt 18 Panzerhaubitzen, wie das "
         "Unternehmen am Mittwoch mitteilte. Den Vertrag unterzeichneten beide Seiten am Dienstag in "
         "Vilnius.",
         [ev("agreement", ["DEU", "LTU"], date="2026-09-15", location="LTU")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
