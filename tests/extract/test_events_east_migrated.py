"""East packs migrated to concepts (ru, uk, pl, tr, ar) end to end on short invented articles.

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports (invented
officials, dates resolved against `published`).  A case passes when every expected event is found
(same type and country set) with the fields the case states, and no other event is predicted.
Helpers are copied from tests/extract/test_events.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("tr-locative-after-apostrophe", "tr", "2024-06-03",
         "Milli Savunma Bakanı Murat Demir, Azerbaycan'da Azerbaycan Savunma Bakanı Elvin Aliyev ile "
         "görüştü.",
         [ev("meeting", ["AZE", "TUR"], location="AZE")]),
    # --- Russian ------------------------------------------------------------------------------
    case("ru-meeting-visit-plan", "ru", "2024-04-12",
         "Министр обороны Армении Арам Саакян в среду встретился в Москве с министром обороны России Игорем "
         "Беловым. Стороны обсудили военно-техническое сотрудничество и подготовку военных кадров. По итогам "
         "переговоров министры подписали план двустороннего военного сотрудничества.",
         [ev("meeting", ["ARM", "RUS"], date="2024-04-10", location="RUS", mode="visit", actor=["ARM"],
             recipient=["RUS"], persons=["Арам Саакян"]),
          ev("agreement", ["ARM", "RUS"], doc_type="plan")]),
    case("ru-meeting-phone", "ru", "2024-06-05",
         "Министр обороны Казахстана Ерлан Жаксыбеков во вторник провёл телефонный "
         "разговор со своим китайским "
         "коллегой Ли Минем. Министры обсудили вопросы региональной безопасности.",
         [ev("meeting", ["CHN", "KAZ"], date="2024-06-04", mode="phone")]),
    case("ru-exercise", "ru", "2024-08-20",
         "Военнослужащие России и Монголии начали совместные учения на полигоне под Улан-Батором. Учения "
         "продлятся до конца месяца.",
         [ev("exercise", ["MNG", "RUS"], location="MNG")]),
    # --- Ukrainian ----------------------------------------------------------------------------
    case("uk-meeting-visit", "uk", "2024-03-14",
         "Міністр оборони України Олег Коваль у вівторок зустрівся в Києві з міністром оборони Литви Йонасом "
         "Петраускасом. Сторони обговорили співпрацю в галузі оборонної промисловості та підготовку "
         "військовослужбовців.",
         [ev("meeting", ["LTU", "UKR"], date="2024-03-12", location="UKR", mode="visit", actor=["LTU"],
             recipient=["UKR"], persons=["Олег Коваль"])]),
    case("uk-aid", "uk", "2024-07-02",
         "Нідерланди передали Україні партію бронетехніки в межах військової допомоги.",
         [ev("aid", ["NLD", "UKR"])]),
    # --- Polish -------------------------------------------------------------------------------
    case("pl-meeting-letter-of-intent", "pl", "2024-05-16",
         "Minister obrony narodowej Jan Nowak spotkał się w środę w Warszawie z ministrem obrony Estonii "
         "Kaarelem Tammem. Ministrowie podpisali list intencyjny w sprawie współpracy w dziedzinie obrony "
         "powietrznej.",
         [ev("meeting", ["EST", "POL"], date="2024-05-15", location="POL", mode="visit", actor=["EST"],
             recipient=["POL"], persons=["Jan Nowak"]),
          ev("agreement", ["EST", "POL"], doc_type="letter_of_intent")]),
    case("pl-exercise", "pl", "2024-09-10",
         "Żołnierze Polski i Litwy rozpoczęli wspólne ćwiczenia na poligonie w Orzyszu.",
         [ev("exercise", ["LTU", "POL"])]),
    # --- Turkish ------------------------------------------------------------------------------
    case("tr-meeting-visit", "tr", "2024-02-08",
         "Milli Savunma Bakanı Ahmet Yılmaz, Ankara'da Gürcistan Savunma Bakanı Giorgi Beridze ile görüştü. "
         "Görüşmede iki ülke arasındaki askeri işbirliği ele alındı.",
         [ev("meeting", ["GEO", "TUR"], location="TUR", mode="visit", actor=["GEO"], recipient=["TUR"],
             persons=["Ahmet Yilmaz", "Giorgi Beridze"])]),
    case("tr-agreement", "tr", "2024-10-03",
         "Türkiye ile Pakistan arasında savunma sanayii alanında işbirliği anlaşması imzalandı.",
         [ev("agreement", ["PAK", "TUR"], doc_type="agreement")]),
    # --- Arabic (clitics: وبحث, والسعودية) -------------------------------------------------------
    case("ar-meeting-reception", "ar", "2024-11-05",
         "استقبل وزير الدفاع الأردني اللواء سامي الخطيب في عمان أمس نظيره المغربي، وبحث الجانبان سبل تعزيز "
         "التعاون العسكري بين البلدين.",
         [ev("meeting", ["JOR", "MAR"], date="2024-11-04", mode="visit")]),
    case("ar-agreement-memorandum", "ar", "2024-12-01",
         "وقّعت وزارتا الدفاع في مصر والسعودية مذكرتي تفاهم للتعاون في مجال التدريب العسكري.",
         [ev("agreement", ["EGY", "SAU"], doc_type="memorandum")]),
    case("ar-meeting-clitics", "ar", "2024-09-12",
         "والتقى رئيس أركان الجيش الكويتي الفريق خالد الصالح بنظيره العماني في مسقط يوم الثلاثاء، وناقش "
         "الجانبان تطوير التعاون الدفاعي.",
         [ev("meeting", ["KWT", "OMN"], date="2024-09-10")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
