"""The extract stage on short digest-style items written for these tests (none of these sentences is in
tests/data/heldout/digests.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the press in several languages: a
forum convening ("the contact group meets …, chaired by …") is no talks of its chairs (en); equipment
handed over in the passive ("ont été remis aux forces …") and a shipment named by what it holds ("une
cargaison d'équipements militaires … est arrivée") (fr); "dans l'après-midi" as the day named just before,
"jusqu'à jeudi" as a Thursday to come (fr); "llegaron desde" (es); a trade fair's business total
("подписано контрактов на сумму") is no signing (ru); a parliament debating ("ناقش مجلس النواب") holds no
talks (ar); a weekday written right after a Chinese name ("潘文江周二") is no part of it (zh); the policy of
defense-equipment transfers named as a whole ("防衛装備移転の") and a first export remarked on are no
delivery (ja); "ab Donnerstag" as a Thursday to come (de).

Second round: a digest's own lead-in line ("Главные новости недели — в нашем обзоре") dropped as furniture
(ru); a planned visit to the own troops abroad ("will sie die Soldatinnen und Soldaten … besuchen") and an
army exercising with a number of its own troops ("übt … mit rund 3000 Angehörigen der …") are no event
with another state (de).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.langid import Detector
from milwatch.model import Article
from milwatch.pipeline import prepare
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- en: a forum convening is no talks of its chairs; the talks on its sidelines are
    case("en-contact-group-meets-is-no-talks", "en", DAY,
         "The Ukraine Defense Contact Group meets at Ramstein Air Base on Thursday, chaired by Britain and "
         "Germany.",
         []),
    case("en-sidelines-of-the-contact-group-are-talks", "en", DAY,
         "On the sidelines of the contact group meeting in Brussels on Tuesday, the Dutch defence minister "
         "met his Ukrainian counterpart.",
         [ev("meeting", ["NLD", "UKR"], mode="multilateral", date="2026-03-17")]),
    # ---- fr: handed over in the passive; a shipment named by what it holds
    case("fr-ont-ete-remis-aux-forces", "fr", DAY,
         "Trois hélicoptères de transport français ont été remis mardi aux forces armées sénégalaises.",
         [ev("aid", ["FRA", "SEN"])]),
    case("fr-cargaison-d-equipements-militaires-arrivee", "fr", DAY,
         "Une cargaison d'équipements militaires chinois est arrivée à Bangui.",
         [ev("aid", ["CAF", "CHN"])]),
    # ---- fr: "dans l'après-midi" is the day named before it, "jusqu'à samedi" a Saturday to come
    case("fr-signer-dans-l-apres-midi", "fr", DAY,
         "Le ministre sénégalais des Forces armées reçoit ce mercredi à Dakar son homologue gambien, en "
         "visite jusqu'à samedi. Les deux ministres doivent signer dans l'après-midi un protocole d'accord "
         "sur les patrouilles conjointes.",
         [ev("meeting", ["GMB", "SEN"], mode="visit", date=DAY),
          ev("agreement", ["GMB", "SEN"], doc_type="memorandum", date=DAY)]),
    # ---- es: where delivered hardware came from
    case("es-llegaron-desde", "es", DAY,
         "Seis tanques llegaron desde Rusia a Nicaragua el lunes.",
         [ev("aid", ["NIC", "RUS"], date="2026-03-16")]),
    # ---- ru: a trade fair's business total is no signing between states
    case("ru-podpisano-kontraktov-na-summu", "ru", DAY,
         "На оружейной выставке в Абу-Даби российские и египетские компании подписали контракты. На выставке "
         "подписано контрактов на сумму более 3 млрд долларов, сообщил министр обороны Египта.",
         []),
    # ---- ar: a parliament debating holds no talks with another state
    case("ar-parliament-debates-is-no-talks", "ar", DAY,
         "ناقش مجلس النواب العراقي الثلاثاء موازنة وزارة الدفاع وصفقة طائرات التدريب مع كوريا الجنوبية.",
         []),
    # ---- zh: a weekday right after a name
    case("zh-weekday-after-a-name", "zh", DAY,
         "越南国防部长潘文江周二在河内会见到访的老挝国防部长。",
         [ev("meeting", ["LAO", "VNM"], mode="visit", location="VNM", persons=["Phan Van Giang"])]),
    # ---- de: a planned visit to the own troops abroad; an army exercising with a number of its own troops
    case("de-will-die-soldaten-besuchen-is-no-pledge", "de", DAY,
         "Die Verteidigungsministerin reist am Donnerstag nach Estland. Dort will sie die Soldatinnen und "
         "Soldaten des deutschen Kontingents in Tapa besuchen.",
         [ev("meeting", ["DEU", "EST"], mode="visit")]),
    case("de-uebt-mit-rund-angehoerigen-is-no-partner", "de", DAY,
         "Der polnische Verteidigungsminister hat am Montag in Berlin seinen deutschen Amtskollegen "
         "getroffen. Das Heer übt ab Donnerstag in Niedersachsen mit rund 3000 Angehörigen der 1. "
         "Panzerdivision die Verteidigung von Brücken.",
         [ev("meeting", ["DEU", "POL"], date="2026-03-16")]),
    case("de-uebt-mit-rund-soldaten-aus-is-an-exercise", "de", DAY,
         "Die Bundeswehr übt seit Montag mit rund 300 Soldaten aus Polen und Tschechien in der Lausitz.",
         [ev("exercise", ["CZE", "DEU", "POL"])]),
    # ---- ja: the policy of transfers named as a whole, a first export remarked on
    case("ja-boei-sobi-iten-no-is-no-delivery", "ja", DAY,
         "防衛相は17日、防衛省でインドネシアの国防相と会談した。インドネシアへの哨戒艦の輸出は初めてで、"
         "防衛装備移転の新たな一歩となる。",
         [ev("meeting", ["IDN", "JPN"], date="2026-03-17")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Deutsche und niederländische Pioniere üben ab Donnerstag gemeinsam an der Maas."),
    ("fr", "Des soldats belges et néerlandais s'entraînent ensemble à Bourg-Léopold jusqu'à vendredi."),
])
def test_from_or_until_weekday_lies_ahead(extractor: Any, lang: str, text: str) -> None:
    """"ab Donnerstag" (from Thursday), "jusqu'à vendredi" (until Friday) name a day still to come, never the
    one before the publication day."""
    article = Article(id="case", lang=lang, lang_hint=lang, published=DAY, title=None, text=text)
    events = list(extractor.extract(article).events)
    assert events
    assert all(event.date is None or event.date >= "2026-03" and event.date[:7] == "2026-03"
               and (len(event.date) == 7 or event.date >= DAY) for event in events), [e.date for e in events]


def test_digest_lead_in_is_furniture(extractor: Any) -> None:
    """A Russian digest's own lead-in line ("Главные новости уходящей недели — в нашем обзоре") is dropped as
    site furniture, so the talks keep the day of the paragraph they open (Wednesday), not the day of
    publication."""
    text = ("Итоги недели\n\nГлавные новости уходящей недели — в нашем обзоре.\n\nВ среду в Минске прошло "
            "совещание министров обороны стран ОДКБ. На полях совещания Виктор Хренин провёл переговоры с "
            "министром обороны Армении Суреном Папикяном.")
    article = Article(id="case", lang="ru", lang_hint="ru", published="2026-06-27", title=None, text=text)
    article = prepare(article, extractor.registry, Detector())
    assert "в нашем обзоре" not in (article.clean_text or "")
    events = [e for e in extractor.extract(article).events if e.type == "meeting"]
    assert [(sorted(e.countries), e.date) for e in events] == [(["ARM", "BLR"], "2026-06-24")]
