"""Lead's cases of session 32: each an invented short article.

A delivery still to come is a pledge, not a delivery: hardware said to arrive in a month or year after
the news ("The first howitzers should arrive in Poland in 2027"), or a delivery of the pair just told, naming
no state, dated after the news ("Les livraisons doivent se poursuivre tout au long de l'année 2027"), is an
intent of that pair (extract/assemble.py `_delivery_to_come`).  A date before the news keeps it a delivery
(the earlier delivery of the pair, background), and a sentence that also names an earlier date is not moved.

A title with no name nor state opening a sentence that names one other state ("Dans l'après-midi, la ministre
s'est entretenue … avec son homologue ukrainien") is the official the article is about, its first titled one,
not the guest of the talks just told (extract/parties.py `_lead_official_state`).

A year-less month said of the future is at most the month before the news ("посетит Белоруссию в октябре",
said in December, is next October: extract/_dates_calendar.py `infer_year`), so the plan is no background.

A wire's dateline is where the report was filed, not where the talks were: also a city closed in the agency's
bracket ("【シドニー共同】") and one followed by the Arabic comma ("أبوظبي، 3 ديسمبر / وام /";
extract/event_places.py `_is_dateline`).
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("fr-deliveries-to-continue-next-year", "fr", "2026-11-20",
         "La France a livré jeudi deux hélicoptères Caracal au Maroc, a annoncé le ministère des Armées. "
         "Les livraisons doivent se poursuivre tout au long de l'année 2027.",
         [ev("aid", ["FRA", "MAR"], date="2026-11-19"), ev("intent", ["FRA", "MAR"])]),
    case("en-hardware-to-arrive-next-year", "en", "2026-11-20",
         "Poland signed a contract with South Korea for 96 K9 howitzers on Thursday. "
         "The first howitzers should arrive in Poland in 2027.",
         [ev("agreement", ["KOR", "POL"], date="2026-11-19"), ev("intent", ["KOR", "POL"])]),
    case("de-earlier-delivery-stays-background", "de", "2026-11-20",
         "Deutschland hat am Donnerstag ein weiteres IRIS-T-System an die Ukraine übergeben. "
         "Das erste System war im Oktober 2022 geliefert worden.",
         [ev("aid", ["DEU", "UKR"], date="2026-11-19"),
          ev("aid", ["DEU", "UKR"], date="2022-10", historical=True)]),
    case("en-arrivals-of-past-years-are-no-pledge", "en", "2026-11-20",
         "Poland signed a contract with South Korea for 96 K9 howitzers on Thursday. "
         "The first howitzers arrived in Poland in 2025 and more followed in 2026.",
         [ev("agreement", ["KOR", "POL"], date="2026-11-19"),
          ev("aid", ["KOR", "POL"], date="2025", historical=True)]),
    case("fr-the-minister-of-the-article-calls-another", "fr", "2026-12-02",
         "La ministre des Armées Catherine Vautrin a reçu mardi matin à Paris son homologue indien "
         "Rajnath Singh. "
         "Les deux ministres ont évoqué la coopération navale.\n"
         "Dans l'après-midi, la ministre s'est entretenue par téléphone avec son homologue ukrainien, "
         "Denys Chmyhal.",
         [ev("meeting", ["FRA", "IND"], date="2026-12-01", location="FRA"),
          ev("meeting", ["FRA", "UKR"], date="2026-12-01", mode="phone")]),
    case("es-the-minister-of-the-article-meets-another", "es", "2026-12-02",
         "El ministro de Defensa argentino, Luis Petri, recibió el martes en Buenos Aires al embajador de "
         "Estados Unidos. Luego, el ministro mantuvo una reunión con su par de Paraguay, Óscar González.",
         [ev("meeting", ["ARG", "USA"], date="2026-12-01"),
          ev("meeting", ["ARG", "PRY"], date="2026-12-01")]),
    case("en-a-named-guest-keeps-his-state", "en", "2026-12-02",
         "Defence Minister Richard Marles hosted Japan's Defense Minister Gen Nakatani in Canberra "
         "on Tuesday. "
         "Later, Nakatani met the Indonesian ambassador.",
         [ev("meeting", ["AUS", "JPN"], date="2026-12-01", location="AUS"),
          ev("meeting", ["IDN", "JPN"])]),
    case("ru-visit-announced-for-next-october", "ru", "2026-12-02",
         "Министр обороны Казахстана посетит Белоруссию в октябре, сообщили в министерстве.",
         [ev("intent", ["BLR", "KAZ"], historical=False)]),
    case("ja-kyodo-bracket-dateline-is-no-venue", "ja", "2026-12-04",
         "【シドニー共同】小泉進次郎防衛相は3日、防衛省でオーストラリアのマールズ副首相兼国防相と会談した。",
         [ev("meeting", ["AUS", "JPN"], date="2026-12-03", location="JPN")]),
    case("ar-dateline-with-arabic-comma-is-no-venue", "ar", "2026-12-04",
         "أبوظبي، 3 ديسمبر / وام / التقى وزير الدولة لشؤون الدفاع الإماراتي "
         "وزير الدفاع المصري في القاهرة اليوم.",
         [ev("meeting", ["ARE", "EGY"], date="2026-12-03", location="EGY")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
