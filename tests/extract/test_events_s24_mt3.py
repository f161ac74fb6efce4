"""The extract stage on short machine-translated pages written for these tests (none of these sentences is in
tests/data/heldout/mt3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin what an online translator leaves in English, German and French pages:
the Vietnamese "ngày" before a day and month ("Am Nachmittag ngày 12/11"), Chinese and Japanese dates left as
they are ("Peking, 11月20日 -"), the German genitive of a plan ("der Unterzeichnung des Plans der
Zusammenarbeit"), a supported position with the verb at the end of a German clause ("dass Laos die Position
Chinas … entschieden unterstützt") and a question named after a state ("in der Taiwan-Frage") that is no
place, the French "appuie la position de", the armies as the subject of an exercise they opened ("ont ouvert …
l'exercice conjoint"), and a drill "with the participation of only national elements" (the Turkish "sadece
milli unsurlar") as the home navy's own.

Second round: the online translator's banner over the page ("Aus dem Polnischen übersetzt von Google |
Original anzeigen", "Traduit du polonais par Google Traduction", "Translated from Polish by Google · Show
original", "Rate this translation") is furniture: the source language's name in it makes no state a party.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, describe, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- the Vietnamese "ngày" left before a date
    case("de-ngay-day-month", "de", DAY,
         "Am Vormittag ngày 16/3 in Hanoi hat der Minister für Nationale Verteidigung von Vietnam den "
         "Verteidigungsminister der Mongolei empfangen.",
         [ev("meeting", ["MNG", "VNM"], date="2026-03-16", location="VNM", mode="visit")]),
    case("fr-ngay-day-month", "fr", DAY,
         "Dans l'après-midi ngày 16/3, à Hanoï, le ministre vietnamien de la Défense nationale a reçu "
         "son homologue mongol.",
         [ev("meeting", ["MNG", "VNM"], date="2026-03-16", location="VNM", mode="visit")]),
    # ---- Chinese and Japanese dates left as they are
    case("en-cjk-month-day", "en", DAY,
         "Beijing, 3月16日 - The Chinese defense minister held talks with his Mongolian counterpart in "
         "Beijing.",
         [ev("meeting", ["CHN", "MNG"], date="2026-03-16", location="CHN")]),
    case("de-cjk-year-month-day", "de", DAY,
         "Der japanische Verteidigungsminister hat am 2026年3月16日 in Tokio seinen mongolischen "
         "Amtskollegen empfangen.",
         [ev("meeting", ["JPN", "MNG"], date="2026-03-16", location="JPN")]),
    case("fr-cjk-day-alone", "fr", DAY,
         "Le ministre japonais de la Défense a reçu le 16日 à Tokyo son homologue mongol.",
         [ev("meeting", ["JPN", "MNG"], date="2026-03-16", location="JPN")]),
    # ---- the genitive of a plan
    case("de-unterzeichnung-des-plans", "de", DAY,
         "Die Verteidigungsminister von Estland und Lettland unterzeichneten am Dienstag in Riga die "
         "Unterlagen des Plans für die militärische Zusammenarbeit 2027.",
         [ev("agreement", ["EST", "LVA"], doc_type="plan", date="2026-03-17", location="LVA")]),
    # ---- a position supported at the end of a German clause; a question named after a state is no place
    case("de-position-am-satzende-unterstuetzt", "de", DAY,
         "Der serbische Generalstabschef sagte am Dienstag, dass Serbien die Haltung von Belarus in "
         "dieser Frage voll unterstütze.",
         [ev("support", ["BLR", "SRB"])]),
    case("de-taiwan-frage-is-no-place", "de", DAY,
         "Der chinesische Verteidigungsminister empfing am Dienstag in Peking seinen kambodschanischen "
         "Amtskollegen. Dieser sagte, dass Kambodscha die Position von China in der Taiwan-Frage "
         "entschieden unterstützt.",
         [ev("meeting", ["CHN", "KHM"], mode="visit", location="CHN"),
          ev("support", ["CHN", "KHM"], location="CHN")]),
    # ---- the French "appuie la position de"
    case("fr-appuie-la-position", "fr", DAY,
         "Le ministre roumain de la Défense a déclaré mardi que Bucarest appuie la position de la "
         "Moldavie dans les négociations.",
         [ev("support", ["MDA", "ROU"])]),
    # ---- the armies open an exercise
    case("fr-ont-ouvert-exercice", "fr", DAY,
         "Les armées de terre sénégalaise et marocaine ont ouvert lundi à Thiès l'exercice conjoint « "
         "Lion du désert », qui se poursuivra jusqu'au 27 mars.",
         [ev("exercise", ["MAR", "SEN"], date="2026-03", location="SEN")]),
    # ---- a drill of national elements only is the home forces' own
    case("en-only-national-elements-is-domestic", "en", DAY,
         "The Greek and Turkish defense ministers met in Athens on Monday. The Kartal-2026 exercise, "
         "carried out by the Land Forces with the participation of only national elements in Izmir, "
         "was completed on Tuesday.",
         [ev("meeting", ["GRC", "TUR"], location="GRC", date="2026-03-16")]),
    case("de-nur-nationale-kraefte-is-domestic", "de", DAY,
         "Die Verteidigungsminister Griechenlands und der Türkei trafen sich am Montag in Athen. Die "
         "Landstreitkräfte hielten am Dienstag bei Izmir die Übung Kartal-2026 mit nur nationalen "
         "Kräften ab.",
         [ev("meeting", ["GRC", "TUR"], location="GRC", date="2026-03-16")]),
    case("fr-seuls-elements-nationaux-is-domestic", "fr", DAY,
         "Les ministres grec et turc de la Défense se sont rencontrés lundi à Athènes. L'exercice "
         "Kartal-2026, mené par les forces terrestres avec la participation des seuls éléments "
         "nationaux près d'Izmir, s'est achevé mardi.",
         [ev("meeting", ["GRC", "TUR"], location="GRC", date="2026-03-16")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


BANNERS = [
    ("de", "Aus dem Polnischen übersetzt von Google  |  Original anzeigen",
     "Der litauische Verteidigungsminister hat am Dienstag in Vilnius eine Panzerbrigade besucht und ihr "
     "neue Drohnen übergeben.",
     "Diese Übersetzung bewerten"),
    ("fr", "Traduit du polonais par Google Traduction  –  Afficher l'original",
     "Le ministre lituanien de la Défense a visité mardi à Vilnius une brigade blindée et lui a remis de "
     "nouveaux drones.",
     "Évaluer cette traduction"),
    ("en", "Translated from Polish by Google  ·  Show original  ·  Rate this translation",
     "The Lithuanian defense minister visited an armored brigade in Vilnius on Tuesday and handed it new "
     "drones.",
     "Rate this translation"),
]


@pytest.mark.parametrize(("lang", "banner", "body", "footer"), BANNERS, ids=[b[0] for b in BANNERS])
def test_translator_banner_is_no_state(registry: PackRegistry, extractor: Any, lang: str, banner: str,
                                       body: str, footer: str) -> None:
    """A home minister's visit to his own brigade under a translator's banner naming another language reports
    no event: the banner is dropped, and with it the state its language name would lend."""
    raw = f"{banner}\n\n{body}\n\n{footer}"
    check_cleaning(registry, lang, raw, kept=[body], dropped=[banner, footer])
    text = clean_article(Article(id="t", text=raw), registry.get(lang)).clean_text or ""
    events = list(extractor.extract(Article(id="case", text=text, title=None, published=DAY, lang=lang,
                                            lang_hint=lang)).events)
    assert not events, describe(events)
