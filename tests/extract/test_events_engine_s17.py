"""Lead's cases of session 17: each an invented short article.

A tour's lead that lists two or more states after the visit word and then tells the talks there with "his
counterparts" ("ha viajado a Letonia y Eslovaquia, donde se ha reunido con sus homólogos", "travelled to
Estonia and Finland, where he met his counterparts") is one meeting per stop with the visitor
(extract/tours.py `tour_stops`).  Before, only a lead whose meeting words were all visit words was a tour;
with a meeting word
of its own the stops became parties of one meeting among themselves, or the visitor's state (named only by an
adjective after the list: "tropas españolas") was paired with the last stop alone.  A host's reception of
"his colleagues from A and B" stays one meeting of them all.

A dated delivery naming one state of the pair whose agreement was just told ("India and the Philippines signed
a contract in January 2022. The first battery was handed over to the Philippines in April 2024") is that
pair's aid (rules_aid.py `_delivery_of_pair_in_focus`; kept, like any delivery without a defense word, only
as background).  Before, a delivery sentence without a defense word needed both states named.  After a
meeting or an aid of the pair it stays no event ("the delivery to Malaysia is the second under OSA, created in
2023").

A Korean range of days after "오는" (the coming: "오는 3일부터 7일까지") is read forward from the publication
day, as one such day ("오는 25일") already was; before, the range lost the word when its two days were joined
(_dates_scan.py `_merge`) and went back to the month before.

A range sign "~" in a pack's `range_words` (ko, zh) is that sign, not the phrase syntax's gap of up to
ten words (_dates_rules.py `trie_regex`): before, "수정 2026.08.10\n한미 군 당국이 17일" was read as one
range from an update stamp to the day of the next line, and the day was lost.

A headline whose line the splitter cuts in two ("한미, 17일부터 연합연습…일부 훈련 9월로 조정") is
still the article's title (analysis.py `_is_headline`): its event merges with the body's report and takes the
body's day.

Support stated by a head of state, a head of government or a foreign minister with no military subject in the
sentence is no event (GUIDELINES; rules.py `_political_support`), also in a defense article; the same words
from a defense minister, or about air defence, still are.

A flag emoji is its state ("🇬🇧🤝🇳🇴", "📍Kyiv 🇺🇦"), a name like any other (countries.py
`CountryFinder._flag_mentions`), as ministries' posts write them.  Before, a post naming the guest's state
only by its flag paired the host with a third state of the post.

A sentence opening on "those talks" ("En esa reunión ambos ministros acordaron", "At that meeting the two
ministers agreed") right after background talks of the same states, in an article that tells no current talks
of them, is of those talks: the same meeting and a pledge of its day, both background (assemble.py
`_earlier_talks`).  Before, it made a second meeting and a pledge of the publication day.  With current
talks of the pair in the article ("the first visit since October 2015. At the talks ..."), it stays of
today's talks.
"""

from __future__ import annotations

import pytest

from milwatch.extract.dates import find_dates
from milwatch.extract.engine import Extractor
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("es-tour-lead-with-talks-with-counterparts", "es", "2026-03-10",
         "España refuerza su presencia en el flanco este. La ministra de Defensa, Margarita Robles, ha "
         "viajado a Letonia y Eslovaquia, donde se ha reunido con sus homólogos para analizar el despliegue "
         "de tropas españolas.",
         [ev("meeting", ["ESP", "LVA"]), ev("meeting", ["ESP", "SVK"])]),
    case("en-tour-lead-with-talks-with-counterparts", "en", "2026-03-10",
         "Defence Secretary John Healey travelled to Estonia and Finland this week, where he met his "
         "counterparts to discuss security in the Baltic Sea region.",
         [ev("meeting", ["EST", "GBR"]), ev("meeting", ["FIN", "GBR"])]),
    case("en-host-of-colleagues-from-two-states", "en", "2026-03-10",
         "British Defence Secretary John Healey met his counterparts from Estonia and Finland in London on "
         "Monday to discuss security in the Baltic Sea region.",
         [ev("meeting", ["EST", "FIN", "GBR"])]),
    case("ko-headline-cut-in-two-takes-the-bodys-day", "ko", "2026-08-10",
         "한미, 17일부터 연합연습…일부 훈련 9월로 조정\n한미 군 당국이 오는 17일부터 27일까지 연합연습을 "
         "실시한다고 합동참모본부가 10일 밝혔다.",
         [ev("exercise", ["KOR", "USA"], date="2026-08")],
         title="한미, 17일부터 연합연습…일부 훈련 9월로 조정"),
    case("en-prime-ministers-support-is-no-event", "en", "2026-05-05",
         "Indian Defence Minister Rajnath Singh met his Armenian counterpart in New Delhi on Monday. Prime "
         "Minister Narendra Modi reaffirmed India's support for the sovereignty and territorial integrity of "
         "Armenia.",
         [ev("meeting", ["ARM", "IND"])]),
    case("fr-presidents-support-is-no-event", "fr", "2026-05-05",
         "Le ministre des Armées a reçu lundi à Paris son homologue moldave. Le président Emmanuel Macron a "
         "réaffirmé le soutien de la France à la souveraineté de la Moldavie.",
         [ev("meeting", ["FRA", "MDA"])]),
    case("en-defence-ministers-support-stays-an-event", "en", "2026-05-05",
         "Indian Defence Minister Rajnath Singh met his Armenian counterpart in New Delhi on Monday. Defence "
         "Minister Rajnath Singh reaffirmed India's support for the sovereignty and territorial integrity of "
         "Armenia.",
         [ev("meeting", ["ARM", "IND"]), ev("support", ["ARM", "IND"])]),
    case("en-post-with-the-guests-flag", "en", "2026-05-05",
         "Defence Secretary @UKDefSec hosted 🇩🇰 Defence Minister Troels Lund Poulsen in London today. The "
         "two ministers agreed to expand joint patrols to track Russian submarines in the Baltic. 🇬🇧🤝🇩🇰",
         [ev("meeting", ["DNK", "GBR"]), ev("intent", ["DNK", "GBR"])]),
    case("uk-post-with-two-flags", "uk", "2026-05-05",
         "🇺🇦🇱🇹 Провів зустріч з міністром оборони Литви у Києві. Обговорили посилення ППО. 📍Київ",
         [ev("meeting", ["LTU", "UKR"])]),
    case("es-at-those-earlier-talks", "es", "2026-07-20",
         "El ministro de Defensa de Colombia, Pedro Sánchez, viajó en octubre de 2025 a Brasilia, donde se "
         "reunió con su homólogo brasileño, José Múcio. En esa reunión ambos ministros acordaron crear un "
         "grupo de trabajo sobre la Amazonía.",
         [ev("meeting", ["BRA", "COL"], date="2025-10", historical=True),
          ev("intent", ["BRA", "COL"], date="2025-10", historical=True)]),
    case("en-at-that-earlier-meeting", "en", "2026-07-20",
         "Colombian Defence Minister Pedro Sánchez met his Brazilian counterpart José Múcio in Brasília in "
         "October 2025. At that meeting the two ministers agreed to set up a working group on the Amazon.",
         [ev("meeting", ["BRA", "COL"], date="2025-10", historical=True),
          ev("intent", ["BRA", "COL"], date="2025-10", historical=True)]),
    case("en-at-the-talks-of-today-after-an-earlier-visit", "en", "2026-07-20",
         "Colombian Defence Minister Pedro Sánchez met his Brazilian counterpart José Múcio in Brasília on "
         "Monday. He last visited Brazil in October 2025. At the talks the two ministers agreed to set up a "
         "working group on the Amazon.",
         [ev("meeting", ["BRA", "COL"], date="2026-07-20"), ev("intent", ["BRA", "COL"], date="2026-07-20")]),
    case("en-delivery-after-the-pairs-contract", "en", "2026-05-10",
         "Defence ministers of India and the Philippines met in Manila. India and the Philippines signed a "
         "contract for BrahMos missiles in January 2022. The first battery was handed over to the "
         "Philippines in April 2024.",
         [ev("meeting", ["IND", "PHL"]), ev("agreement", ["IND", "PHL"], date="2022-01", historical=True),
          ev("aid", ["IND", "PHL"], date="2024-04", historical=True)]),
    case("fr-delivery-after-the-pairs-contract", "fr", "2026-05-10",
         "Le ministre des Armées a rencontré son homologue indien. En 2016, la France et l'Inde ont signé un "
         "contrat pour 36 Rafale. Le premier appareil a été livré à l'Inde en juillet 2020.",
         [ev("meeting", ["FRA", "IND"]), ev("agreement", ["FRA", "IND"], date="2016", historical=True),
          ev("aid", ["FRA", "IND"], date="2020-07", historical=True)]),
    case("en-delivery-after-the-pairs-aid-is-no-second-aid", "en", "2026-05-10",
         "Japan handed over two patrol boats to Malaysia's navy on Monday under its Official Security "
         "Assistance. The programme was created in 2023, and the delivery to Malaysia is the second.",
         [ev("aid", ["JPN", "MYS"], date="2026-05-04")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str, title: str | None, text: str,
                    expected: list) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize(("text", "value", "until"), [
    ("한미 군 당국이 오는 3일부터 7일까지 연합연습을 실시한다.", "2026-06", "2026-06-07"),
    ("한미 군 당국이 오는 3일부터 4일까지 연합연습을 실시한다.", "2026-06-03", "2026-06-04"),
    # without "오는" a range of days after the publication day stays in the month before, as before
    ("한미 군 당국이 25일부터 29일까지 연합연습을 실시했다.", "2026-04", "2026-04-29"),
])
def test_a_korean_coming_range_of_days_is_read_forward(registry: PackRegistry, text: str, value: str,
                                                      until: str) -> None:
    found = find_dates(text, registry.get("ko"), "2026-05-20")
    assert [(d.value, d.until) for d in found] == [(value, until)]


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("ko", "수정 2026.08.10\n한미 군 당국이 17일 연합연습을 실시했다.",
     [("2026.08.10", "2026-08-10"), ("17일", "2026-07-17")]),
    ("ko", "한미 군 당국이 17일~27일 연합연습을 실시했다.", [("17일~27일", "2026-07")]),
    ("zh", "双方于5月18日~21日举行联合演习。", [("5月18日~21日", "2026-05")]),
])
def test_a_tilde_range_sign_joins_only_its_two_days(registry: PackRegistry, lang: str, text: str,
                                                    found: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in find_dates(text, registry.get(lang), "2026-08-10")] == found
