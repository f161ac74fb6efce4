"""Engine rules that hold across languages (session 6): each case is an invented short article.

An impersonal agreement right after bilateral talks ("It was also agreed to ...") continues
those talks: an intent of the same two states, although the sentence names at most one of them.
An exercise the states will hold is a plan (an intent), unless the article reports it held or a
signed document is what allows it; a plan's year-less month or day is read forward.
A meeting announced for a month, not a day, is an intent only.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.extract.persons import find_persons
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("de-impersonal-agreement-continues-the-talks", "de", "2024-10-23",
         "Verteidigungsminister Boris Pistorius traf am Mittwoch seinen britischen "
         "Amtskollegen John Healey in "
         "London. Vereinbart wurde auch, deutsche Aufklärungsflugzeuge in Schottland zu stationieren.",
         [ev("meeting", ["DEU", "GBR"], date="2024-10-23", location="GBR"),
          ev("intent", ["DEU", "GBR"])]),
    case("en-impersonal-agreement-continues-the-talks", "en", "2025-05-14",
         "Polish Defence Minister Jan Nowak held talks with his Swedish counterpart Erik Berg "
         "in Warsaw on Tuesday. "
         "It was also agreed to station Swedish air defence units at a base near the coast.",
         [ev("meeting", ["POL", "SWE"], date="2025-05-13", location="POL"),
          ev("intent", ["POL", "SWE"])]),
    case("en-next-paragraph-does-not-continue-the-talks", "en", "2025-05-14",
         "Polish Defence Minister Jan Nowak held talks with his Swedish counterpart Erik Berg in "
         "Warsaw on Tuesday.\n\n"
         "The army plans to station more air defence units near the coast.",
         [ev("meeting", ["POL", "SWE"], date="2025-05-13", location="POL")]),
    case("ru-exercise-they-will-hold-is-a-plan", "ru", "2025-03-12",
         "Россия и Китай проведут совместные военные учения в сентябре, сообщило Минобороны.",
         [ev("intent", ["CHN", "RUS"])]),
    case("vi-exercise-they-will-hold-is-a-plan", "vi", "2025-03-12",
         "Bộ Quốc phòng cho biết Việt Nam và Ấn Độ sẽ tổ chức diễn tập chung vào tháng 9.",
         [ev("intent", ["IND", "VNM"])]),
    case("ru-planned-exercise-already-reported-held", "ru", "2025-03-12",
         "Военнослужащие России и Белоруссии начали совместные военные учения в Брестской области. "
         "Россия и Белоруссия проведут заключительный этап учений на следующей неделе.",
         [ev("exercise", ["BLR", "RUS"], date="2025-03")]),
    case("en-agreement-allowing-exercises-is-the-news", "en", "2025-02-14",
         "The Philippines and Canada on Thursday signed a defence agreement that will "
         "allow their troops to hold "
         "joint exercises in each other's territory.",
         [ev("agreement", ["CAN", "PHL"], date="2025-02-13")]),
    case("en-talks-planned-for-a-month-are-an-intent", "en", "2025-03-12",
         "Defence Minister Richard Marles said Australia and Japan will hold the next round of defence talks "
         "in October.",
         [ev("intent", ["AUS", "JPN"])]),
    case("es-received-the-counterpart-without-names", "es", "2025-03-12",
         "El ministro de Defensa de Chile recibió este lunes en Santiago a su par argentino para firmar un "
         "memorando de entendimiento.",
         [ev("meeting", ["ARG", "CHL"], date="2025-03-10", location="CHL"),
          ev("agreement", ["ARG", "CHL"], doc_type="memorandum")]),
    case("pl-the-pentagon-is-the-united-states", "pl", "2025-03-12",
         "Minister obrony narodowej Władysław Kosiniak-Kamysz spotkał się w "
         "poniedziałek w Warszawie z szefem "
         "Pentagonu.",
         [ev("meeting", ["POL", "USA"], date="2025-03-10", location="POL")]),
    case("de-letter-of-intent-on-a-tank-genitive", "de", "2025-03-12",
         "Frankreich und Deutschland haben eine gemeinsame Absichtserklärung zur "
         "Entwicklung eines Kampfpanzers "
         "unterzeichnet.",
         [ev("agreement", ["DEU", "FRA"], doc_type="letter_of_intent")]),
    case("fr-signing-announced-for-a-weekday-is-the-next-one", "fr", "2025-03-12",
         "Les ministres de la Défense de la France et de l'Inde signeront vendredi un accord de coopération.",
         [ev("agreement", ["FRA", "IND"], date="2025-03-14")]),
    case("es-a-video-call-takes-place-nowhere", "es", "2025-07-24",
         "Los ministros de Defensa de Colombia y Ecuador sostuvieron el martes una videoconferencia sobre la "
         "seguridad fronteriza. Los ministros también repasaron las medidas acordadas "
         "tras el fallo de La Haya.",
         [ev("meeting", ["COL", "ECU"], date="2025-07-22", location=None)]),
    case("en-the-two-leaders-last-met-at-a-venue", "en", "2025-10-14",
         "Defence Secretary Pete Hegseth hosted Australian Deputy Prime Minister Richard "
         "Marles at the Pentagon on "
         "Monday. The two leaders last met in Singapore in May on the margins of the Shangri-La Dialogue.",
         [ev("meeting", ["AUS", "USA"], date="2025-10-13", location="USA"),
          ev("meeting", ["AUS", "USA"], date="2025-05", location="SGP", historical=True)]),
    case("pt-with-the-article-is-no-venue", "pt", "2025-10-14",
         "Em 2014, o Brasil assinou contrato com a Suécia para a aquisição de 36 caças.",
         [ev("agreement", ["BRA", "SWE"], date="2014", location=None, historical=True)]),
    case("ru-wire-dateline-with-the-state-in-slashes", "ru", "2025-06-26",
         "Министр обороны провел переговоры в Циндао\nЦИНДАО /Китай/, 26 июня. /ТАСС/. "
         "Министр обороны России "
         "провел в четверг на полях совещания переговоры с министром обороны Индии.",
         [ev("meeting", ["IND", "RUS"], date="2025-06-26", location="CHN")]),
    case("en-attache-courtesy-call-is-at-the-officials", "en", "2025-12-08",
         "Defence Minister Pavel Novak received the military attache of India in Prague on Monday.",
         [ev("meeting", ["CZE", "IND"], date="2025-12-08", location="CZE", mode=None)]),
    case("ru-attache-courtesy-call-is-at-the-officials", "ru", "2025-12-08",
         "8 декабря Министр обороны Республики Беларусь генерал-лейтенант Виктор Хренин встретился с военным "
         "атташе Китая.",
         [ev("meeting", ["BLR", "CHN"], date="2025-12-08", location="BLR", mode=None)]),
    case("vi-unknown-town-then-its-state", "vi", "2025-11-04",
         "Sáng hôm qua, tại Chandimandir, Ấn Độ, đã diễn ra lễ khai mạc diễn tập gìn "
         "giữ hòa bình song phương "
         "Việt Nam - Ấn Độ.",
         [ev("exercise", ["IND", "VNM"], date="2025-11", location="IND")]),
    case("en-unknown-town-then-its-state", "en", "2025-11-04",
         "The joint exercise between the armies of India and Nepal opened in Pithoragarh, India, on Monday.",
         [ev("exercise", ["IND", "NPL"], date="2025-11", location="IND")]),
    case("de-troops-named-one-sentence-the-exercise-the-next", "de", "2025-09-26",
         "Rund 2000 Soldaten aus Litauen, Lettland, den Niederlanden und Deutschland "
         "trainieren seit Montag auf "
         "dem Truppenübungsplatz Munster.\nDie multinationale Übung dauert noch bis zum "
         "10. Oktober, teilte die "
         "Bundeswehr mit.",
         [ev("exercise", ["DEU", "LTU", "LVA", "NLD"], date="2025-09")]),
    case("id-headline-year-then-the-body-day", "id", "2025-08-26",
         "Latihan Garuda Shield 2025 resmi dibuka\nLatihan bersama Garuda Shield 2025 "
         "resmi dibuka di Baturaja, "
         "Selasa, diikuti prajurit TNI serta militer Amerika Serikat, Australia dan Jepang.",
         [ev("exercise", ["AUS", "IDN", "JPN", "USA"], date="2025-08")]),
    case("vi-undated-sideline-talks-are-of-the-lead-day", "vi", "2025-11-02",
         "Bộ trưởng dự Hội nghị ADMM+\nTTO - Ngày 1/11, tại Kuala Lumpur (Malaysia), Đại "
         "tướng Phan Văn Giang, "
         "Bộ trưởng Bộ Quốc phòng, dẫn đầu Đoàn đại biểu quân sự cấp cao Việt Nam dự Hội nghị ADMM+.\n"
         "Bên lề hội nghị, Đại tướng Phan Văn Giang đã có cuộc gặp song phương với Bộ trưởng Quốc phòng "
         "Nhật Bản.",
         [ev("meeting", ["JPN", "VNM"], date="2025-11-01")]),
    case("vi-talks-on-one-day-of-a-visit", "vi", "2025-09-24",
         "Sáng 23/9, tại Hà Nội, Thượng tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng QĐND Việt Nam chủ trì "
         "hội đàm với Tổng Tư lệnh Lực lượng Quốc phòng Australia nhân dịp thăm chính "
         "thức Việt Nam từ ngày 22 "
         "đến 24/9.",
         [ev("meeting", ["AUS", "VNM"], date="2025-09-23", location="VNM")]),
    case("en-dateline-state-is-the-forums-venue-not-a-party", "en", "2025-06-01",
         "SINGAPORE — The defence ministers of Australia and the Philippines met on "
         "Saturday on the sidelines of "
         "the Shangri-La Dialogue.",
         [ev("meeting", ["AUS", "PHL"], date="2025-05-31", location="SGP", mode="multilateral")]),
    case("en-headline-opening-with-a-state-keeps-it-a-party", "en", "2025-06-01",
         "Vietnam, Laos sign defence cooperation plan\nThe defence ministers of Vietnam and "
         "Laos signed a defence "
         "cooperation plan for 2025 in Hanoi on Saturday.",
         [ev("agreement", ["LAO", "VNM"], date="2025-05-31", location="VNM", doc_type="plan")]),
    case("en-a-warship-is-its-navys-state-not-a-place", "en", "2025-06-16",
         "The Indian destroyer INS Mumbai and a Vietnamese frigate held a joint exercise "
         "off Da Nang on Sunday.",
         [ev("exercise", ["IND", "VNM"], date="2025-06-15", location="VNM")]),
    case("en-warship-prefixes-name-the-navies", "en", "2025-06-16",
         "The destroyers HMAS Sydney and JS Takanami held a joint naval exercise in the "
         "South China Sea on Sunday.",
         [ev("exercise", ["AUS", "JPN"], date="2025-06-15")]),
    case("en-the-state-acted-against-is-no-party", "en", "2025-11-20",
         "The ministers also agreed that British and Dutch ships will train together in "
         "the North Sea next year "
         "to track Chinese submarines.",
         [ev("intent", ["GBR", "NLD"])]),
    case("de-the-state-acted-against-is-no-party", "de", "2025-11-20",
         "Die Verteidigungsminister Deutschlands und Polens vereinbarten am Montag eine "
         "engere Zusammenarbeit "
         "zur Abschreckung Russlands.",
         [ev("intent", ["DEU", "POL"])]),
    case("de-fronted-weekday-of-a-future-meeting", "de", "2025-03-04",
         "Am Freitag wird der französische Verteidigungsminister in Berlin mit Boris "
         "Pistorius zusammentreffen.",
         [ev("meeting", ["DEU", "FRA"], date="2025-03-07", location="DEU")]),
    case("de-trip-to-two-states-then-the-meeting-in-one", "de", "2025-12-02",
         "Verteidigungsminister Boris Pistorius ist zu einem Besuch nach Japan und Südkorea aufgebrochen.\n"
         "Am Donnerstag wird Pistorius in Seoul mit dem südkoreanischen "
         "Verteidigungsminister zusammentreffen.",
         # (session 16: the trip's two stops are a tour, each a visit of the minister: Japan's too)
         [ev("meeting", ["DEU", "KOR"], date="2025-12-04", location="KOR", mode="visit"),
          ev("meeting", ["DEU", "JPN"], mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_a_plans_month_is_read_forward(extractor: Extractor) -> None:
    said = "Russia and China will hold joint naval drills in September, the defence ministry said."
    done = "Russia and China held joint naval drills in September, the defence ministry said."
    ahead = extractor.extract(Article(id="a", text=said, lang="en", published="2025-03-12"))
    back = extractor.extract(Article(id="b", text=done, lang="en", published="2025-03-12"))
    assert [e.type for e in ahead.events] == ["intent"]
    assert [(e.type, e.date) for e in back.events] == [("exercise", "2024-09")]


def test_a_chinese_name_does_not_run_into_a_state(extractor: Extractor) -> None:
    text = "国防部长董军10日在北京会见了来访的巴基斯坦参谋长联席会议主席。"
    events = extractor.extract(Article(id="z", text=text, lang="zh", published="2025-03-12")).events
    assert [(e.type, sorted(e.countries)) for e in events] == [("meeting", ["CHN", "PAK"])]
    assert [p.name for p in events[0].persons] == ["Dong Jun"]


def test_a_chinese_phone_call_is_no_name(extractor: Extractor) -> None:
    text = "中俄两国国防部长通电话。"
    events = extractor.extract(Article(id="z", text=text, lang="zh", published="2025-03-12")).events
    assert [(e.type, sorted(e.countries)) for e in events] == [("meeting", ["CHN", "RUS"])]
    assert events[0].persons == []


@pytest.mark.parametrize(("lang", "text", "role"), [
    ("hi", "थल सेना प्रमुख जनरल उपेंद्र द्विवेदी ने नेपाल का दौरा किया।", "commander of land forces"),
    ("th", "ผู้บัญชาการทหารบก พลเอก สมชาย ใจดี เดินทางเยือนกัมพูชา", "army chief"),
])
def test_an_office_written_before_a_rank_stays_with_the_name(registry: PackRegistry, lang: str, text: str,
                                                             role: str) -> None:
    """Scripts without capitals: "office rank name" keeps both the office and the rank."""
    mentions = find_persons(text, registry.get(lang), [])
    assert [(m.role, m.rank) for m in mentions] == [(role, "general")]
