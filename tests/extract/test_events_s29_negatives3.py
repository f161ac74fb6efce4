"""The extract stage on short articles in four languages written for these tests (none of these sentences is
in tests/data/heldout/negatives3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the near misses of the negatives3 set: police
and justice ministers' cooperation (pt "operação conjunta" of two police forces, "ministros da Justiça"; tr a
police special operations department visited), a drill said to be held at home (tr "yurt içinde"), a foreign
force that did not take part in a domestic drill (ja "参加していない") and a court sending a suspect into
custody (hi "हिरासत में भेजा").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- pt: a joint operation of two police forces and a justice ministers' agreement are no defense events
    case("pt-policia-operacao-conjunta-is-no-exercise", "pt", DAY,
         "A Polícia Federal e a polícia boliviana realizaram nesta terça-feira uma operação conjunta "
         "contra o tráfico de armas em Corumbá. "
         "Os ministros da Justiça do Brasil e da Bolívia assinaram em agosto um acordo de cooperação "
         "contra o crime organizado. "
         "O Exército Brasileiro mantém tropas na faixa de fronteira.",
         []),
    # ---- tr: interior ministers' protocol; the police special operations department visited is no military
    case("tr-polis-ozel-harekat-is-police", "tr", DAY,
         "İçişleri Bakanı, Kırgızistan İçişleri Bakanı ile Ankara'da görüştü. "
         "İki bakan, terörle mücadelede işbirliğini öngören bir protokol imzaladı. "
         "Heyet daha sonra Emniyet Genel Müdürlüğü Özel Harekât Daire Başkanlığını ziyaret etti.",
         []),
    # ---- tr: a drill held at home ("Yurt içinde ise … tatbikatının …"): no exercise with the guest
    case("tr-yurt-icinde-tatbikat-is-domestic", "tr", DAY,
         "Genelkurmay Başkanı, Pakistan Kara Kuvvetleri Komutanı ile Ankara'da görüştü. "
         "Yurt içinde ise \"Kararlılık-2027\" tatbikatının koordinasyon toplantısının Konya'da yapıldığını "
         "belirten sözcü, tatbikatın şubat ayında icra edileceğini kaydetti.",
         [ev("meeting", ["PAK", "TUR"], date="2026-10-14", location="TUR")]),
    # ---- ja: a foreign force that did not take part in a domestic drill
    case("ja-sanka-shiteinai-is-no-exercise", "ja", DAY,
         "航空自衛隊は13日、百里基地で基地警備訓練を報道陣に公開した。"
         "今回の訓練に米空軍は参加していない。",
         []),
    # ---- hi: a court sending a suspect into custody sends nothing to a state
    case("hi-hirasat-mein-bheja-is-no-delivery", "hi", DAY,
         "चीन के लिए जासूसी का आरोप: अदालत ने पूर्व सैनिक को सात दिन की पुलिस हिरासत में भेजा\n"
         "भारतीय सेना से जुड़ी गोपनीय जानकारी चीन की खुफिया एजेंसी को भेजने के आरोप में गिरफ्तार एक पूर्व सैनिक को "
         "मंगलवार को अदालत ने सात दिन की पुलिस हिरासत में भेज दिया।",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
