"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/ru_uk7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Russian, Ukrainian and Belarusian
defense-diplomacy news, the subject of the ru_uk7 set:
- ru uk a delivery told only as possible in the passive ("могут быть переданы", "может быть
  поставлена", "можуть бути передані") is no event, as the active "могут передать" was;
- uk the synthetic future of the imperfective giving verbs ("спрямовуватиме", "надаватимуть",
  "передаватиме") is a pledge (intent), as the perfective future "спрямує", "надасть" was;
- ru a friendly or sports match of crews ("дружественные встречи по футболу", "товарищеская встреча",
  "спортивные встречи") is no meeting of officials;
- be the instrumental of the country names in -ія/-ыя ("з Расіяй", "з Турцыяй", "з Індыяй") names the
  state (the name suffix -яй was missing).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- possible deliveries in the passive
    case("ru-mogut-byt-peredany-is-no-event", "ru", DAY,
         "Россия подписала с Алжиром контракт на поставку вертолетов Ми-28. Первые машины могут быть "
         "переданы заказчику уже в 2027 году.",
         [ev("agreement", ["DZA", "RUS"], doc_type="contract")]),
    case("ru-mozhet-byt-postavlena-is-no-event", "ru", DAY,
         "Казахстан заключил с Россией контракт на закупку бронемашин. Первая партия может быть "
         "поставлена заказчику до конца весны.",
         [ev("agreement", ["KAZ", "RUS"], doc_type="contract")]),
    case("uk-mozhut-buty-peredani-is-no-event", "uk", DAY,
         "Польща підписала з Україною угоду про постачання бронетехніки. Перші машини можуть бути "
         "передані ЗСУ вже навесні.",
         [ev("agreement", ["POL", "UKR"], doc_type="agreement")]),
    # ---- uk: imperfective future of giving is a pledge
    case("uk-spriamovuvatyme-is-intent", "uk", DAY,
         "Міністр оборони Латвії заявив, що Латвія спрямовуватиме на військову допомогу Україні 0,3% ВВП.",
         [ev("intent", ["LVA", "UKR"])]),
    case("uk-nadavatymut-is-intent", "uk", DAY,
         "Міністр оборони Норвегії запевнив, що Норвегія надаватиме Україні військову допомогу і в "
         "2027 році.",
         [ev("intent", ["NOR", "UKR"])]),
    # ---- ru: friendly and sports matches of crews are no meeting
    case("ru-druzhestvennye-vstrechi-is-no-meeting", "ru", DAY,
         "Во время стоянки в порту Камрань российские моряки провели дружественные встречи по футболу с "
         "вьетнамскими военнослужащими.",
         []),
    case("ru-tovarishcheskaya-vstrecha-is-no-meeting", "ru", DAY,
         "В Латакии экипаж фрегата провел товарищескую встречу по волейболу с сирийскими военными моряками.",
         []),
    # ---- be: the instrumental in -яй
    case("be-z-rasiyai-is-rus", "be", DAY,
         "Міністэрства абароны Беларусі ў аўторак падпісала з Расіяй кантракт на пастаўку верталётаў.",
         [ev("agreement", ["BLR", "RUS"], date="2026-12-01", doc_type="contract")]),
    case("be-z-turtsyyai-is-tur", "be", DAY,
         "Узброеныя Сілы Беларусі ў панядзелак завяршылі сумесныя вучэнні з Турцыяй на Брэсцкім палігоне.",
         [ev("exercise", ["BLR", "TUR"], location="BLR")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
