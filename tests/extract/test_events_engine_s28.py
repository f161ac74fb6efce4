"""Lead's cases of session 28: each an invented short article.

An earlier edition with other guests (extract/earlier_editions.py): "The previous edition, in October 2025,
was held at the same base with French and Italian aircraft beside the Spanish ones." names states the current
edition does not have; before, such a sentence was taken for another state's event and dropped. Now, when
it names two states of its own and one of them is a party of the edition just told, it is that series'
earlier edition with those states.

A bare surname beside a known place ("Также в Ташкенте Хренин встретился …", "Ankara'da Güler ile") is a
mention of the official named in full before (`_person_scan._alone`: a capitalised neighbour that is a known
place or state is no part of another name); and the bare surname of an official the registry knows, first
written in full without a title ("Андрей Белоусов провёл переговоры"), is his too (engine: the registry's
full names are handed to `recurring_mentions`). Before, the later sentence named one state only and took
the other party of the talks just told, the guest's state instead of the minister's own.

A count of days is no date (pack `dates.duration_marks` after a day unit, extract/_dates_units.py):
ja "4日間の日程で" (for four days), ko "4일간의 일정으로" were read as the 4th of the month.

A "day word year" span dateparser reads as a time ago is no date (extract/_dates_rules._dateparser: the
parsed year must be the span's own): id "ke-35 tahun 2026" (the 35th, of 2026) was "35 years" before 2026,
1991-12, a background exercise of 1991.

A dateline written with its state ("WARSAW, Poland — … held talks … in Oslo") is passed over whole
(event_places._after_dateline): the state after the city was taken for the venue.

A short month name of a script without capitals is a full name, no abbreviation (_dates_vocab: only cased
scripts abbreviate "sept", "okt"): the Levantine and Iraqi "أيار", "تموز", "شباط", "آب" (added to the ar pack)
were no month without a year after them.

A headline's meeting merged with the body's call takes the call's mode and no place (_merge): "Robles y su
homólogo italiano acuerdan …" (a visit guessed from the pair) over "ha mantenido … una videoconferencia".

A month written without its year that the date finder puts in the months ahead ("im Januar" told in
December) is of the year before in a sentence telling the past (event_dates._year_before_when_past):
"erinnerte an seinen Besuch in Kiew im Januar, bei dem er … gesprochen hatte" was a visit of next January.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("es-earlier-edition-with-other-guests", "es", "2026-11-20",
         "Fuerzas aéreas de España, Alemania y Portugal comenzaron el lunes en la base aérea de Torrejón el "
         "ejercicio internacional Cielo Abierto 2026. "
         "La edición anterior, en octubre de 2025, se celebró en la misma base con la participación de "
         "Francia, Italia y Alemania.",
         [ev("exercise", ["DEU", "ESP", "PRT"], date="2026-11"),
          ev("exercise", ["DEU", "FRA", "ITA"], date="2025-10", historical=True)]),
    case("en-earlier-edition-with-other-guests", "en", "2026-11-20",
         "Polish, Lithuanian and Latvian troops began the exercise Amber Shield on Monday at a training area "
         "near Rukla. "
         "The previous edition was held in Ādaži in September 2024 with Estonian and Polish units.",
         [ev("exercise", ["LTU", "LVA", "POL"], date="2026-11"),
          ev("exercise", ["EST", "POL"], date="2024-09", historical=True)]),
    case("ru-known-official-surname-after-a-place", "ru", "2026-06-27",
         "В среду в Душанбе прошло заседание Совета министров обороны СНГ. "
         "На полях заседания Андрей Белоусов провёл переговоры с министром обороны Армении Сурен Папикяном. "
         "Также в Душанбе Белоусов встретился с министром обороны Казахстана Русланом Жаксылыковым.",
         [ev("meeting", ["ARM", "RUS"]), ev("meeting", ["KAZ", "RUS"])]),
    case("ru-titled-surname-after-a-place", "ru", "2026-06-27",
         "Министр обороны Белоруссии Виктор Хренин в понедельник провёл переговоры с министром обороны "
         "Китая Дун Цзюнем. "
         "Во вторник в Пекине Хренин встретился с министром обороны Пакистана Хаваджей Асифом.",
         [ev("meeting", ["BLR", "CHN"]), ev("meeting", ["BLR", "PAK"])]),
    case("ja-count-of-days-is-no-date", "ja", "2026-11-20",
         "小泉防衛相は4日間の日程でベトナムを訪問し、ファン・バン・ザン国防相と会談した。",
         [ev("meeting", ["JPN", "VNM"], date="2026-11-20")]),
    case("ko-count-of-days-is-no-date", "ko", "2026-11-20",
         "안규백 국방부 장관은 4일간의 일정으로 베트남을 방문해 판반장 베트남 국방부 장관과 회담했다.",
         [ev("meeting", ["KOR", "VNM"], date="2026-11-20")]),
    case("id-edition-number-before-a-year-is-no-date", "id", "2026-12-01",
         "Latihan bersama Safkar Indopura ke-35 tahun 2026 antara TNI AD dan Angkatan Darat Singapura resmi "
         "dibuka di Bandung, Senin (30/11/2026).",
         [ev("exercise", ["IDN", "SGP"], date="2026-11")]),
    case("en-dateline-city-and-state-are-no-venue", "en", "2026-11-25",
         "WARSAW, Poland — Polish Defense Minister Władysław Kosiniak-Kamysz held talks with his Norwegian "
         "counterpart Tore O. Sandvik in Oslo on Tuesday, the ministry said.",
         [ev("meeting", ["NOR", "POL"], date="2026-11-24", location="NOR")]),
    case("ar-levantine-short-month-name", "ar", "2026-12-03",
         "وكان وزيرا الدفاع الأردني والعراقي قد وقّعا في أيار الماضي مذكرة تفاهم للتعاون العسكري.",
         [ev("agreement", ["IRQ", "JOR"], date="2026-05", historical=True)]),
    case("es-body-call-beats-the-headline-mode", "es", "2026-12-03",
         "Ministerio de Defensa - Gobierno de España\nInicio > Prensa > Notas de prensa\n\n"
         "Robles y su homólogo italiano acuerdan reforzar la cooperación naval\n\n"
         "Madrid, 3 de diciembre de 2026\n\n"
         "La ministra de Defensa, Margarita Robles, ha mantenido este miércoles una videoconferencia con su "
         "homólogo italiano, Guido Crosetto, en la que han abordado la seguridad en el Mediterráneo.",
         [ev("meeting", ["ESP", "ITA"], date="2026-12-02", mode="phone", location=None),
          ev("intent", ["ESP", "ITA"])]),
    case("de-past-month-without-year-told-in-december", "de", "2026-12-02",
         "Verteidigungsminister Boris Pistorius ist am Dienstag in Kiew mit seinem ukrainischen Amtskollegen "
         "Denys Schmyhal zusammengetroffen. Pistorius erinnerte an seinen Besuch in Kiew im Januar, "
         "bei dem er mit Schmyhal über Luftverteidigung gesprochen hatte.",
         [ev("meeting", ["DEU", "UKR"], date="2026-12-01"),
          ev("meeting", ["DEU", "UKR"], date="2026-01", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
              expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
