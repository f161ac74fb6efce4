"""Lead's cases of session 25: each an invented short article.

A month word that opens a sentence, set off by a comma, is a date (extract/_dates_scan.py `_heads_sentence`):
"Tháng 9, Bộ trưởng … tiếp …" (a review of recent months) was dated by the publication day, as a bare month
word without a prefix ("vào", "hồi") is not read as a date ("3 tháng" is three months); now September.

A pledge within two sentences of a current delivery of the article's main pair, naming no other state and no
official, with its future said before its delivery word, announces more of that delivery: an intent of the
pair (rules_aid.py `more_of_the_aid`, countries:aid-continued).  "Les deux derniers navires seront livrés
d'ici la fin de l'année" after "La France a livré lundi à la marine ghanéenne deux patrouilleurs" gave
nothing, as the pledge names no state.  The purpose of what was delivered ("… were provided through … and
will support operations") says its future after the delivery word and stays no event.

A bare year right after "since" in a sentence of a named exercise that names no state ("The navies of the
two countries have held Simbex since 1994") counts the series, as it did for a sentence with an exercise
word (since_dates.py `since_dates`): it gave a historical edition of 1994.

An earlier edition read by the exercise rule with the foreign troops that took part ("Poprzednia edycja …
z udziałem żołnierzy amerykańskich i litewskich") was held with the home state too: the article's own (else
home) state, a party of the current edition, joins it when every state named is one of those parties
(earlier_editions.py `with_the_home_host`, countries:edition-host).

A state body's contract in a language whose pack has no own state is a procurement at home when the one
state named is the body's, named with it before the signing verb ("o Exército Brasileiro assinou com a
Avibras um contrato", _companies.py `_buyer_named`): it was an agreement with the article's other state.  A
state named after the verb ("firmado … con el Gobierno estadounidense") is the seller's and stays.

A state that "also" took part may be told three sentences after the exercise, past two of its details that
name no state (participants.py `PARTICIPANTS_REACH` 2 -> 3).

A drill whose sentence names no state, told after talks or a delivery, is not the other event's pair unless
it is told as joint or as an edition dated by its month or year (rules.py `_exercise`): "Par ailleurs, près
de 3000 soldats participent depuis lundi à l'exercice …, au camp de Mailly" after talks with Ukraine gave a
French-Ukrainian exercise.

A wire dateline's day opening a sentence that also names a weekday or a relative day is the day the report was
filed, which those count from (GUIDELINES), not the deed's (_date_kinds.py `wire_dateline`): "KYIV, Nov 20,
2026 (AFP) - … met … in Berlin on Thursday" was dated the 20th, now the 19th.

A state after a visit word and an attributive particle is the visitor's, not the state visited (venues.py
`visited_state`, `ATTRIBUTIVE`): "会见了来华访问的柬埔寨国防大臣" placed the talks in Cambodia.

A "since" word written after its year (markers.since_after: tr "2016'dan beri", "yılından bu yana", ja/zh
"以来") counts a series in a sentence of talks, a visit, aid or a stateless exercise, as a "since" before
it does (since_dates.py `since_dates`): "İki ülke 2016'dan beri her yıl ortak tatbikat düzenliyor" gave a
historical exercise of 2016.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-20"

CASES = [
    case("vi-month-opening-a-sentence-dates-it", "vi", "2026-10-05",
         "Hoạt động đối ngoại quốc phòng tiếp tục được đẩy mạnh. Tháng 9, Bộ trưởng Quốc phòng Phan Văn "
         "Giang đã tiếp Bộ trưởng Quốc phòng Lào tại Hà Nội.",
         [ev("meeting", ["LAO", "VNM"], date="2026-09")]),
    case("vi-duration-in-months-is-no-date", "vi", DAY,
         "Bộ trưởng Quốc phòng Phan Văn Giang đã tiếp Bộ trưởng Quốc phòng Lào tại Hà Nội hôm thứ Ba. Sau 3 "
         "tháng, hai bên sẽ họp lại.",
         [ev("meeting", ["LAO", "VNM"], date="2026-12-15")]),
    case("fr-the-rest-will-be-delivered", "fr", "2026-06-18",
         "La France a livré lundi à la marine ghanéenne deux patrouilleurs. Les deux derniers navires seront "
         "livrés d'ici la fin de l'année, a précisé le ministère.",
         [ev("aid", ["FRA", "GHA"], date="2026-06-15"), ev("intent", ["FRA", "GHA"])]),
    case("de-more-to-follow-the-delivery", "de", "2026-06-18",
         "Österreich hat am Montag in Sarajevo Schutzausrüstung an die Streitkräfte von Bosnien und "
         "Herzegowina übergeben. Bis zum Jahresende sollen drei weitere Fahrzeuge folgen, die direkt vom "
         "Hersteller ausgeliefert werden.",
         [ev("aid", ["AUT", "BIH"], date="2026-06-15"), ev("intent", ["AUT", "BIH"])]),
    case("en-purpose-of-the-delivery-is-no-pledge", "en", "2026-06-18",
         "The United States on Tuesday handed over two helicopters to the Kenya Defence Forces. The "
         "helicopters were provided through the Foreign Military Financing program and will support "
         "operations against al-Shabaab.",
         [ev("aid", ["KEN", "USA"], date="2026-06-16")]),
    case("en-named-exercise-held-since-a-year-is-the-series", "en", "2026-06-18",
         "Singapore and Indonesia opened their annual air exercise at Pekanbaru on Monday. The air forces of "
         "the two countries have held Elang Indopura since 1980.",
         [ev("exercise", ["IDN", "SGP"], date="2026-06")]),
    case("sk-previous-edition-with-foreign-troops-had-the-host", "sk", "2026-10-16",
         "V piatok sa na Lešti skončilo medzinárodné cvičenie Strážca 2026 za účasti vojakov zo Slovenska, "
         "Česka, Rakúska a Poľska. Predchádzajúci ročník cvičenia sa uskutočnil v roku 2024 za účasti "
         "vojakov z Česka a Rakúska.",
         [ev("exercise", ["AUT", "CZE", "POL", "SVK"]),
          ev("exercise", ["AUT", "CZE", "SVK"], date="2024", historical=True)]),
    case("pt-army-contract-with-a-home-company", "pt", "2026-09-16",
         "Militares do Brasil e do Uruguai iniciaram na segunda-feira um treinamento conjunto em Santana do "
         "Livramento. Na terça-feira, o Exército Brasileiro assinou com a Avibras um contrato para a "
         "modernização de lançadores de foguetes.",
         [ev("exercise", ["BRA", "URY"])]),
    case("es-contract-with-a-foreign-government-stays", "es", "2026-09-16",
         "El ministro de Defensa de Argentina recibió el martes en Buenos Aires al embajador de Estados "
         "Unidos. El contrato, firmado en mayo de 2025 con el Gobierno estadounidense, incluye 24 aviones.",
         [ev("meeting", ["ARG", "USA"], date="2026-09-15"),
          ev("agreement", ["ARG", "USA"], date="2025-05", historical=True)]),
    case("en-also-took-part-three-sentences-on", "en", "2026-08-14",
         "Exercise Southern Reach 2026 came to a close at RAAF Base Tindal on Thursday with aircraft from "
         "Australia, Japan, Singapore and the United States. Over two weeks, crews flew day and night "
         "missions over the range. Exercise Director Group Captain Jane Moss said the training had gone "
         "well and thanked the ground crews. Aircraft of the Royal Thai Air Force also took part for the "
         "first time.",
         [ev("exercise", ["AUS", "JPN", "SGP", "THA", "USA"], date="2026-08-13")]),
    case("fr-stateless-drill-after-talks-is-no-pair-s", "fr", "2026-03-12",
         "Le ministre des Armées a reçu mardi à Paris son homologue ukrainien pour évoquer le soutien de la "
         "France. Par ailleurs, près de 2000 soldats participent depuis lundi à l'exercice Orion Sud, au "
         "camp de Canjuers.",
         [ev("meeting", ["FRA", "UKR"], date="2026-03-10")]),
    case("en-edition-dated-by-its-year-after-talks-keeps-the-pair", "en", "2026-03-12",
         "Defence Minister Richard Marles met his Indonesian counterpart in Canberra on Tuesday. The first "
         "Keris Woomera exercise was held in East Java in November 2024.",
         [ev("meeting", ["AUS", "IDN"], date="2026-03-10"),
          ev("exercise", ["AUS", "IDN"], date="2024-11", historical=True)]),
    case("en-dateline-day-on-the-lead-s-line-weekday-wins", "en", "2026-11-21",
         "VILNIUS, Nov 20, 2026 (AFP) - Lithuania's Defence Minister met his Polish counterpart in Warsaw on "
         "Wednesday, the ministry said.",
         [ev("meeting", ["LTU", "POL"], date="2026-11-18")]),
    case("zh-visit-clause-on-the-visitor-is-no-visit-to-his-state", "zh", "2026-11-21",
         "新华社北京11月20日电 国防部长董军20日会见了来华访问的老挝国防部长占沙蒙，"
         "双方就两军关系交换了意见。",
         [ev("meeting", ["CHN", "LAO"], date="2026-11-20", location="CHN")]),
    case("tr-since-after-the-year-counts-the-series", "tr", "2026-11-20",
         "Türkiye ve Azerbaycan kara kuvvetleri 18 Kasım'da Nahçıvan'da ortak tatbikata başladı. İki ülke "
         "2016'dan beri her yıl ortak tatbikat düzenliyor.",
         [ev("exercise", ["AZE", "TUR"], date="2026-11")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
              expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
