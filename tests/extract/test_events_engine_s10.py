"""Engine rules that hold across languages (session 10): each case is an invented short article.

A meeting told with "also" in a sentence of its own, with other officials than the talks told before
("Earlier on Tuesday, X also met Z"), is another meeting of the same states, as a host's second
reception is (assemble._also_met); a partner of a series of bilateral talks the lead announced
completes that series, and "also met his counterpart" is the ministers' part of the talks already told.
A delivery between two states told in a defense article without a defense word of its own ("In 2021,
India handed over a Dornier aircraft to Sri Lanka") is military aid when its date makes it background
(rules._aid, BACKGROUND_DELIVERY, checked in assemble): today's delivery without a defense word may be any
delivery (flood relief), and a sentence that also tells a signing dates the signing, not the delivery.
An international organisation whose official a sentence names beside one state ("NATO Secretary General
Mark Rutte welcomed Sweden's defence minister") is that state's partner, as its lowercase code (GUIDELINES:
an organisation takes part as its code); named without its official, it is a topic or a frame
(parties._lone_organisation).  An organisation receives at its seat: a visit to it, not a meeting in a
third state (event_places).
A meeting told only by a visit word ("arrived in Germany on Monday for a three-day visit", "the frigate
leaves Cam Ranh on the 26th, ending its visit", "will also visit the military academy") is a part of the
visit whose talks the article reports, within the days a visit lasts: one meeting, dated by its talks
(_merge._parts_of_one_visit); a host's reception is the talks themselves.
An article's title standing below a page's menu line ("新华网 > 军事") is its headline as a first line is
(analysis._title_below_menu): it merges with the body's report whatever the officials it names (a
headline naming two guests is the body's two meetings); its pledge is kept, as the body may tell it in
words the pack misses.
An event dated by a bare year nearest its trigger (the year in an exercise's name, "Peace Unity-2024")
takes the month or day of that year its sentence also names ("In August 2024, ... held the 'Peace
Unity-2024' exercise": 2024-08; event_dates._pick_date).
A sentence naming one state after the talks of another pair ("Am Montag traf er in Canberra den
australischen Verteidigungsminister") takes the article's home state as the other party when it is one
of that pair, not the first state of the pair (parties.country_sets, countries:sentence+main).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("en-earlier-the-guest-also-met-another-official", "en", "2026-05-06",
         "HANOI, May 5 -- Vietnamese Defense Minister Phan Van Giang held talks here on Tuesday with "
         "Brazilian Defense Minister Jose Mucio Monteiro. "
         "Earlier on Tuesday, Mucio also met with Nguyen Tan Cuong, chief of the general staff of the "
         "Vietnam People's Army.",
         [ev("meeting", ["BRA", "VNM"], date="2026-05-05"),
          ev("meeting", ["BRA", "VNM"], date="2026-05-05")]),
    case("de-the-guest-also-met-the-chief-of-staff", "de", "2026-05-06",
         "Verteidigungsminister Boris Pistorius hat am Dienstag in Berlin seinen kanadischen Amtskollegen "
         "David McGuinty empfangen. "
         "McGuinty traf zudem Generalinspekteur Carsten Breuer.",
         [ev("meeting", ["CAN", "DEU"], date="2026-05-05"),
          ev("meeting", ["CAN", "DEU"])]),
    case("en-the-ministers-also-discussed-is-the-same-meeting", "en", "2026-05-06",
         "Defence Minister Richard Marles met his Indonesian counterpart Sjafrie Sjamsoeddin in Canberra on "
         "Tuesday. Marles and Sjafrie also discussed maritime security in their meeting.",
         [ev("meeting", ["AUS", "IDN"], date="2026-05-05")]),
    case("en-the-minister-also-met-his-counterpart-is-the-same-talks", "en", "2026-05-06",
         "President Isaias Afwerki received Egyptian Defence Minister Abdel Meguid Saqr in Asmara on "
         "Tuesday. Eritrean Defence Minister Sebhat Ephrem also held talks with his counterpart.",
         [ev("meeting", ["EGY", "ERI"], date="2026-05-05")]),
    case("en-earlier-delivery-without-defense-word", "en", "2026-03-12",
         "The Indian Navy handed over a Dornier maritime patrol aircraft to the Sri Lanka Air Force in "
         "Colombo on Wednesday. In 2021, India handed over a similar aircraft to Sri Lanka.",
         [ev("aid", ["IND", "LKA"], date="2026-03-11"),
          ev("aid", ["IND", "LKA"], date="2021", historical=True)]),
    case("vi-earlier-delivery-without-defense-word", "vi", "2026-03-12",
         "Ngày 11/3, Hàn Quốc đã bàn giao một tàu hộ vệ cho Hải quân Việt Nam tại Cam Ranh. "
         "Năm 2019, Hàn Quốc đã chuyển giao cho Việt Nam hai tàu tương tự.",
         [ev("aid", ["KOR", "VNM"], date="2026-03-11"),
          ev("aid", ["KOR", "VNM"], date="2019", historical=True)]),
    case("es-earlier-delivery-without-defense-word", "es", "2026-03-12",
         "Estados Unidos entregó el miércoles dos patrulleras a la Armada de Ecuador en Guayaquil. "
         "En 2022, Estados Unidos ya había donado a Ecuador cuatro lanchas.",
         [ev("aid", ["ECU", "USA"], date="2026-03-11"),
          ev("aid", ["ECU", "USA"], date="2022", historical=True)]),
    case("en-todays-relief-without-defense-word-is-no-aid", "en", "2026-03-12",
         "Defence Minister Richard Marles met his Fijian counterpart Pio Tikoduadua in Suva on Wednesday. "
         "On the same day, Australia donated flood relief supplies to Fiji.",
         [ev("meeting", ["AUS", "FJI"], date="2026-03-11")]),
    case("en-the-date-of-a-signing-is-not-the-deliverys", "en", "2026-03-12",
         "Australia handed over a patrol boat to the Tonga Maritime Force in Nuku'alofa on Wednesday. "
         "The donation follows the security agreement Australia and Tonga signed in 2022.",
         [ev("aid", ["AUS", "TON"], date="2026-03-11"),
          ev("agreement", ["AUS", "TON"], date="2022", historical=True)]),
    case("en-nato-secretary-general-receives-a-minister", "en", "2026-04-09",
         "NATO Secretary General Mark Rutte received Finland's Minister of Defence Antti Hakkanen at NATO "
         "Headquarters on Wednesday to discuss air defence.",
         [ev("meeting", ["FIN", "nato"], date="2026-04-08", mode="visit")]),
    case("es-secretary-general-of-the-organisation-receives-a-minister", "es", "2026-04-09",
         "El secretario general de la OTAN, Mark Rutte, recibió el miércoles en Bruselas al ministro de "
         "Defensa de Polonia, Wladyslaw Kosiniak-Kamysz.",
         [ev("meeting", ["POL", "nato"], date="2026-04-08")]),
    case("de-secretary-general-receives-a-minister", "de", "2026-04-09",
         "NATO-Generalsekretär Mark Rutte hat am Mittwoch in Brüssel den polnischen Verteidigungsminister "
         "Wladyslaw Kosiniak-Kamysz empfangen.",
         [ev("meeting", ["POL", "nato"], date="2026-04-08")]),
    case("en-the-organisation-as-a-topic-is-no-party", "en", "2026-04-09",
         "Lithuanian Defence Minister Dovile Sakaliene met her Latvian counterpart Andris Spruds in Riga on "
         "Wednesday. Sakaliene also spoke about the defence of NATO's eastern flank.",
         [ev("meeting", ["LTU", "LVA"], date="2026-04-08")]),
    case("en-arrival-the-day-before-the-talks", "en", "2026-03-26",
         "Indian Defence Minister Rajnath Singh arrived in Paris on Monday on a three-day visit. "
         "On Tuesday, Singh held talks with French Armed Forces Minister Catherine Vautrin on defence "
         "industrial cooperation.",
         [ev("meeting", ["FRA", "IND"], date="2026-03-24")]),
    case("vi-port-call-ends-two-days-after-the-courtesy-call", "vi", "2026-08-25",
         "Ngày 24/8, Chuẩn Đô đốc Trần Văn Nam, Phó Tư lệnh Vùng 3 Hải quân đã tiếp xã giao Đại tá Jean "
         "Dupont, Chỉ huy tàu hộ vệ của Hải quân Pháp. "
         "Dự kiến, tàu Hải quân Pháp rời Đà Nẵng ngày 27-8, kết thúc chuyến thăm.",
         [ev("meeting", ["FRA", "VNM"], date="2026-08-24")]),
    case("es-the-guest-will-also-visit-the-academy", "es", "2026-04-09",
         "El ministro de Defensa de Chile recibió el miércoles en Santiago a su homólogo argentino Luis "
         "Petri. Este jueves, Petri visitará la Academia de Guerra del Ejército.",
         [ev("meeting", ["ARG", "CHL"], date="2026-04-08")]),
    case("zh-title-below-a-menu-names-two-guests", "zh", "2026-05-12",
         "新华网 > 军事\n"
         "董军会见泰国国防部长和蒙古国国防部长\n"
         "新华社北京5月12日电 国务委员兼国防部长董军12日在北京会见泰国国防部长素廷·空尚。\n"
         "董军说，中泰两国两军关系发展良好，中方愿同泰方深化合作。\n"
         "当天，董军还会见了来华访问的蒙古国国防部长巴特尔。",
         # (one side's "中方愿同泰方深化合作" is a wish, no pledge of both: the shared gold
         # leaves "柬方愿与中方共同努力" unannotated, and the zh pack reads it so since session 12)
         [ev("meeting", ["CHN", "THA"], date="2026-05-12"),
          ev("meeting", ["CHN", "MNG"], date="2026-05-12")],
         title="董军会见泰国国防部长和蒙古国国防部长"),
    case("de-second-stop-of-a-trip-takes-the-home-state", "de", "2026-03-03",
         "Verteidigungsminister Boris Pistorius ist zu einer Reise nach Asien aufgebrochen. "
         "Am Sonntag traf Pistorius in Singapur seinen singapurischen Amtskollegen Chan Chun Sing. "
         "Am Montag traf er in Canberra den australischen Verteidigungsminister Richard Marles.",
         [ev("meeting", ["DEU", "SGP"], date="2026-03-01"),
          ev("meeting", ["AUS", "DEU"], date="2026-03-02")],
         title="Pistorius: Deutschland will im Indopazifik präsenter sein"),
    case("zh-month-beside-the-year-in-an-exercises-name", "zh", "2026-06-10",
         "6月9日，中泰两国空军在泰国呵叻举行“鹰击-2026”联合训练。"
         "2024年10月，中泰两军曾在中国举行“鹰击-2024”空军联合训练。",
         [ev("exercise", ["CHN", "THA"], date="2026-06"),
          ev("exercise", ["CHN", "THA"], date="2024-10", historical=True)]),
    case("en-month-beside-the-year-in-an-exercises-name", "en", "2026-06-10",
         "Kenyan and Ugandan troops began the Lake Shield-2026 joint exercise near Jinja on Monday. "
         "In August 2024, the armies of Kenya and Uganda held the \"Lake Shield-2024\" exercise in Kenya.",
         [ev("exercise", ["KEN", "UGA"], date="2026-06"),
          ev("exercise", ["KEN", "UGA"], date="2024-08", historical=True)]),
    case("en-title-below-a-menu-names-the-guest-by-surname", "en", "2026-05-13",
         "Home > News > Defence\n"
         "Dong Jun receives Thai minister Sutin\n"
         "BEIJING, May 12 -- Chinese Defense Minister Dong Jun received Thai Defense Minister Sutin "
         "Klungsang in Beijing on Tuesday.",
         [ev("meeting", ["CHN", "THA"], date="2026-05-12")],
         title="Dong Jun receives Thai minister Sutin"),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
