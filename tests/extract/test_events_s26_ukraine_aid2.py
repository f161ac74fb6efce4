"""The extract stage on short articles in six languages written for these tests (none of these sentences is in
tests/data/heldout/ukraine_aid2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general press wording of the war-related defense diplomacy of the
ukraine_aid2 set: running totals of aid to Ukraine that deliver nothing new (uk "Загалом … надала", ru "Всего
… предоставила", de "Seit … ausgebildet"), training given by the other side's instructors with words between
verb and trainees (lt "rengia … karius"), the imperfective past of a visit (uk "відвідував"), training and
deliveries as the topic of talks (lv "lai pārrunātu … apmācību", en "focusing on … deliveries"), a pledge to
direct a share of GDP (lv "novirzīs").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- uk: a running total with "загалом" is no delivery
    case("uk-zagalom-nadala-is-a-running-total", "uk", DAY,
         "Міністр оборони України у вівторок провів у Празі переговори з міністром оборони Чехії. "
         "Загалом за час війни Чехія надала Україні понад мільйон боєприпасів.",
         [ev("meeting", ["CZE", "UKR"], date="2026-10-13", location="CZE")]),
    # ---- ru: the same with "всего"
    case("ru-vsego-predostavila-is-a-running-total", "ru", DAY,
         "Министр обороны Эстонии во вторник провел в Киеве переговоры с министром обороны Украины. "
         "Всего с 2023 года Эстония предоставила Украине военную помощь на сумму более 500 млн евро.",
         [ev("meeting", ["EST", "UKR"], date="2026-10-13", location="UKR")]),
    # ---- de: trainees counted since a time are a running total, no training of that time
    case("de-seit-ausgebildet-is-a-running-total", "de", DAY,
         "Am Dienstag haben 80 ukrainische Soldaten in Munster ihre Ausbildung an der Panzerhaubitze 2000 "
         "abgeschlossen, die Ausbilder der Bundeswehr durchgeführt hatten. Seit Anfang 2023 hat die "
         "Bundeswehr insgesamt mehr als 15.000 ukrainische Soldaten ausgebildet.",
         [ev("aid", ["DEU", "UKR"], date="2026-10-13")]),
    # ---- lt: the other side's instructors who train the soldiers, with words between
    case("lt-rengia-ukrainieciu-karius-is-training-given", "lt", DAY,
         "Lenkijos instruktoriai šiuo metu rengia ukrainiečių karius Lietuvoje, pranešė kariuomenė.",
         [ev("aid", ["POL", "UKR"], location="LTU")]),
    # ---- lv: training as the topic of talks is no training given
    case("lv-parrunatu-apmacibu-is-a-topic", "lv", DAY,
         "Aizsardzības ministrs otrdien tikās ar Zviedrijas vēstnieku Latvijā, lai pārrunātu karavīru "
         "apmācību un gaisa aizsardzību.",
         [ev("meeting", ["LVA", "SWE"], date="2026-10-13")]),
    # ---- lv: a pledge to direct a share of GDP to the other side's military support
    case("lv-novirzis-is-a-pledge", "lv", DAY,
         "Igaunijas valdība paziņoja, ka arī nākamgad Ukrainas militārajam atbalstam novirzīs 0,3 % no IKP.",
         [ev("intent", ["EST", "UKR"])]),
    # ---- uk: the imperfective past of a visit ("відвідував") in a background sentence
    case("uk-vidviduvav-is-a-visit", "uk", DAY,
         "Міністр оборони Фінляндії у вівторок провів у Києві переговори з міністром оборони України. "
         "Попередній раз фінський міністр оборони відвідував Київ у травні 2025 року.",
         [ev("meeting", ["FIN", "UKR"], date="2026-10-13", location="UKR"),
          ev("meeting", ["FIN", "UKR"], date="2025-05", location="UKR", historical=True)]),
    # ---- en: deliveries as the topic of a call are no delivery
    case("en-focusing-on-deliveries-is-a-topic", "en", DAY,
         "Polish Defence Minister Jan Nowak said on Tuesday he had held a phone call with his Canadian "
         "counterpart, focusing on ammunition production and deliveries of Canadian armoured vehicles.",
         [ev("meeting", ["CAN", "POL"], mode="phone", date="2026-10-13")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
