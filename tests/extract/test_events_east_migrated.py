"""East packs migrated to concepts (ru, uk, pl, tr, ar) end to end on short invented articles.

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports (invented
officials, dates resolved against `published`).  A case passes when every expected event is found
(same type and country set) with the fields the case states, and no other event is predicted.
Helpers are copied from tests/extract/test_events.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.evaluate.scoring import date_ok, fold_name
from milwatch.extract.engine import Extractor
from milwatch.model import Article, Event
from milwatch.packs import PackRegistry

CHECKED = ("date", "location", "mode", "doc_type", "historical")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(PackRegistry())


def ev(type_: str, countries: list[str], **fields: Any) -> dict[str, Any]:
    return {"type": type_, "countries": countries, **fields}


def case(case_id: str, lang: str, published: str | None, text: str, events: list[dict[str, Any]],
         title: str | None = None, xfail: str | None = None) -> Any:
    marks = [pytest.mark.xfail(strict=False, reason=xfail)] if xfail else []
    return pytest.param(lang, published, title, text, events, id=case_id, marks=marks)


CASES = [
    # --- Russian ------------------------------------------------------------------------------
    case("ru-meeting-visit-plan", "ru", "2024-04-12",
         "Министр обороны Армении Арам Саакян в среду встретился в Москве с министром обороны России Игорем "
         "Беловым. Стороны обсудили военно-техническое сотрудничество и подготовку военных кадров. По итогам "
         "переговоров министры подписали план двустороннего военного сотрудничества.",
         [ev("meeting", ["ARM", "RUS"], date="2024-04-10", location="RUS", mode="visit", actor=["ARM"],
             recipient=["RUS"], persons=["Aram Saakyan"]),
          ev("agreement", ["ARM", "RUS"], doc_type="plan")]),
    case("ru-meeting-phone", "ru", "2024-06-05",
         "Министр обороны Казахстана Ерлан Жаксыбеков во вторник провёл телефонный разговор со своим китайским "
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
             recipient=["UKR"], persons=["Oleg Koval"])]),
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


def _describe(events: list[Event]) -> str:
    return "; ".join(f"{e.type} {e.countries} date={e.date} loc={e.location} mode={e.mode} doc={e.doc_type} "
                     f"hist={e.historical}" for e in events) or "(no events)"


def _problems(expected: dict[str, Any], event: Event) -> list[str]:
    wrong = []
    for key in CHECKED:
        if key not in expected and key != "historical":
            continue
        want, got = expected.get(key, False), getattr(event, key)
        ok = date_ok(want, got) if key == "date" and want else want == got
        if not ok:
            wrong.append(f"{key}: expected {want!r}, got {got!r}")
    for key in ("actor", "recipient"):
        if key in expected and sorted(expected[key]) != sorted(getattr(event, key)):
            wrong.append(f"{key}: expected {expected[key]}, got {getattr(event, key)}")
    found = {fold_name(n) for p in event.persons for n in [p.name, *p.aliases]}
    missing = [n for n in expected.get("persons", []) if fold_name(n) not in found]
    if missing:
        wrong.append(f"persons missing {missing}, got {[p.name for p in event.persons]}")
    return wrong


@pytest.mark.parametrize(("lang", "published", "title", "text", "expected"), CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    article = Article(id="case", text=text, title=title, published=published, lang=lang, lang_hint=lang)
    extraction = extractor.extract(article)
    events = list(extraction.events)
    assert extraction.relevant == bool(expected), _describe(events)
    unmatched = list(events)
    for want in expected:
        candidates = [e for e in unmatched if e.type == want["type"] and sorted(e.countries) == sorted(want["countries"])]
        assert candidates, f"missing {want['type']} {want['countries']}; predicted: {_describe(events)}"
        best = min(candidates, key=lambda e: len(_problems(want, e)))
        problems = _problems(want, best)
        assert not problems, f"{want['type']} {want['countries']}: " + "; ".join(problems)
        unmatched.remove(best)
    assert not unmatched, f"unexpected events: {_describe(unmatched)}"
