"""The extract stage on short articles in seven languages written for these tests (none of these sentences is
in tests/data/heldout/analysis7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of analyses and weekly reviews, the genre of the
analysis7 set: an analyst's "any discussion of X's security" that is no talks (en), a signing only possible in
a verb-final "dass" clause ("… unterzeichnen könnten", de) or in uk "може бути підписаний", a document "still
not signed" (uk "досі не підписана"), deliveries discussed with the gerund "обсудив поставки" (ru), states
named as suppliers in a relative clause (uk "які постачають") or ramping up deliveries (uk "нарощують
поставки"), a habit of "every visit" (es "en cada visita"), states that watch every delivery (ru "следят за
каждой новой поставкой"), the drill of an attack on a fortified position that is no combat (de "den Angriff
auf eine befestigte Stellung geübt"), a course on maintaining hardware that is training given, no exercise (uk
"навчання з обслуговування"), a course run for the other side's officers and completed (tr "kursunu
tamamladı") and the intruders of an exercise scenario "с территории" a state that takes no part (ru), and an
exercise word without its article before the exercise's name (ar "تدريب «…» المشترك").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- en: an analyst's "any discussion of" is no talks held
    case("en-any-discussion-of-is-no-talks", "en", DAY,
         "For years, any discussion of Vietnam's security began and ended with Russia, whose weapons "
         "still equip most of its army. On Monday, Vietnamese and Indian warships held a joint drill off "
         "Da Nang.",
         [ev("exercise", ["IND", "VNM"], date="2026-09-14")]),
    # ---- de: "unterzeichnen könnten" at the end of a "dass" clause is a signing only possible
    case("de-unterzeichnen-koennten-is-no-signing", "de", DAY,
         "Am Dienstag traf Verteidigungsminister Boris Pistorius in Oslo seinen norwegischen "
         "Amtskollegen. Beobachter erwarten, dass Deutschland und Norwegen im kommenden Jahr ein Abkommen "
         "über gemeinsame U-Boot-Wartung unterzeichnen könnten.",
         [ev("meeting", ["DEU", "NOR"], date="2026-09-15", location="NOR", mode="visit")]),
    # ---- ru: the gerund "обсудив поставки" discusses deliveries and makes none
    case("ru-obsudiv-postavki-is-no-delivery", "ru", DAY,
         "Во вторник в Минске министр обороны Белоруссии Виктор Хренин провел переговоры с министром "
         "обороны Вьетнама, обсудив поставки запчастей и ремонт техники.",
         [ev("meeting", ["BLR", "VNM"], date="2026-09-15", location="BLR")]),
    # ---- ru: the intruders of an exercise scenario come "с территории" a state that takes no part
    case("ru-s-territorii-scenario-state-is-no-party", "ru", DAY,
         "На полигоне Лесной в Киргизии в пятницу завершилось совместное учение российских и киргизских "
         "военнослужащих, в ходе которого отрабатывалось уничтожение банд, проникших с территории "
         "Таджикистана.",
         [ev("exercise", ["KGZ", "RUS"], location="KGZ")]),
    # ---- uk: a contract that "may be signed" in spring is signed by nobody now
    case("uk-mozhe-buty-pidpysanyi-is-no-signing", "uk", DAY,
         "Міністр оборони України провів у понеділок телефонну розмову з міністром оборони Норвегії. "
         "Контракт з Норвегією на постачання гаубиць може бути підписаний уже навесні, вважають експерти.",
         [ev("meeting", ["NOR", "UKR"], date="2026-09-14", mode="phone")]),
    # ---- uk: a document "still not signed"
    case("uk-dosi-ne-pidpysana-is-no-signing", "uk", DAY,
         "Міністр оборони України провів у понеділок телефонну розмову з міністром оборони Норвегії. Чому "
         "угода з Норвегією про гаубиці досі не підписана.",
         [ev("meeting", ["NOR", "UKR"], date="2026-09-14", mode="phone")]),
    # ---- uk: states named as suppliers in a relative clause deliver nothing now
    case("uk-yaki-postachaiut-is-no-delivery", "uk", DAY,
         "Міністр оборони України у вівторок зустрівся в Осло з міністром оборони Норвегії. Велика "
         "Британія та Канада, які постачають Україні гаубиці та бронетехніку, тим часом нарощують власне "
         "виробництво.",
         [ev("meeting", ["NOR", "UKR"], date="2026-09-15", location="NOR", mode="visit")]),
    # ---- uk: a course on maintaining the other side's hardware is training given, no exercise
    case("uk-navchannia-z-obsluhovuvannia-is-training-given", "uk", DAY,
         "У вівторок група з п'ятнадцяти українських механіків розпочала в Норвегії навчання з "
         "обслуговування гаубиць, повідомило Міноборони.",
         [ev("aid", ["NOR", "UKR"], location="NOR")]),
    # ---- tr: a course run for the other side's officers and completed is training given
    case("tr-kursunu-tamamladi-is-training-given", "tr", DAY,
         "Türk Silahlı Kuvvetleri'nden eğitim heyeti geçen hafta Trablus'ta Libya ordusundan 80 "
         "astsubayın katıldığı temel liderlik kursunu tamamladı.",
         [ev("aid", ["LBY", "TUR"], date="2026-09")]),
    # ---- uk: deliveries ramped up as a trend are no delivery made
    case("uk-naroshchuiut-postavky-is-no-delivery", "uk", DAY,
         "Міністр оборони України у вівторок зустрівся в Осло з міністром оборони Норвегії. Канада та "
         "Польща тим часом нарощують власні поставки боєприпасів.",
         [ev("meeting", ["NOR", "UKR"], date="2026-09-15", location="NOR", mode="visit")]),
    # ---- es: a habit of "every visit" is no visit made
    case("es-en-cada-visita-is-no-visit", "es", DAY,
         "El lunes, el ministro de Defensa de Chile recibió en Santiago al jefe del Comando Sur de "
         "Estados Unidos. Perú y Bolivia observan con atención el giro, mientras Rusia mantiene su "
         "presencia en Venezuela, un asunto que el Comando Sur menciona en cada visita.",
         [ev("meeting", ["CHL", "USA"], date="2026-09-14", location="CHL", mode="visit")]),
    # ---- ru: states that watch every new delivery receive none
    case("ru-sledyat-za-postavkoi-is-no-delivery", "ru", DAY,
         "Во вторник в Варшаве министр обороны Польши провел переговоры с министром обороны Южной Кореи. "
         "Турция и Германия за последние годы заметно потеснили США на польском рынке, а Венгрия и Чехия "
         "внимательно следят за каждой новой поставкой.",
         [ev("meeting", ["KOR", "POL"], date="2026-09-15", location="POL", mode="visit")]),
    # ---- de: the drill of an attack on a fortified position is an exercise, no combat
    case("de-angriff-auf-befestigte-stellung-geuebt-is-an-exercise", "de", DAY,
         "Am Montag traf Verteidigungsminister Boris Pistorius in Riga seinen lettischen Amtskollegen "
         "Andris Sprūds. In der vergangenen Woche hatten dänische und lettische Soldaten bei Ādaži "
         "gemeinsam den Angriff auf eine befestigte Stellung geübt.",
         [ev("meeting", ["DEU", "LVA"], date="2026-09-14", location="LVA", mode="visit"),
          ev("exercise", ["DNK", "LVA"], date="2026-09", location="LVA")]),
    # ---- ar: the indefinite exercise word before the exercise's name ("تدريب «…» المشترك")
    case("ar-tadrib-name-almushtarak-is-an-exercise", "ar", DAY,
         "واستقبل رئيس أركان الجيش الباكستاني، يوم الأحد في راولبندي، قائد القوات البحرية السعودية. وكانت "
         "البحريتان قد نفذتا في مارس 2024 تدريب «نسيم البحر» المشترك في بحر العرب.",
         [ev("meeting", ["PAK", "SAU"], date="2026-09-13", mode="visit"),
          ev("exercise", ["PAK", "SAU"], date="2024-03", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
