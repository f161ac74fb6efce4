"""The extract stage on short Russian and Ukrainian press articles written for these tests (none of these
sentences is in tests/data/heldout/ru_uk_press2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general Russian and Ukrainian press wording: a staff
training of two armies ("совместная штабная тренировка", "спільне штабне тренування") as an exercise;
"Сторони узгодили" (the parties agreed on) and a state's singular future "продовжить" as
pledges; a sentence opening "В переговорах также участвовал…" as the talks already told, no second
meeting; an expert "в беседе с «Известиями»" (talking to a paper) and accession talks ("переговори про
вступ до ЄС") as no meeting; Ukrainian cities in their cases ("в Одесі", "до Львова") and Scotland as
places.

Second round: "приступили к учению" / "начали учение" (an exercise begun runs on for days: month precision);
a state's formal name with an adjective ("министром национальной обороны Французской Республики") keeps the
official's name; "с лидером страны" as a head of state; a deal under negotiation ("ведет переговоры о
поставках") as no meeting; the purchase of American weapons for a third state (PURL) as no US party; a course
completed that the other side's instructors ran ("завершили … курс …, який … інструктори провели для них")
as training given.

Third round: "Сторони погодили …" (the parties agreed on) and "ухвалила рішення передати" (a state decided to
hand over) as pledges; an invitation to visit in the infinitive ("пригласил коллегу посетить Россию с
официальным визитом") as no visit now; European capitals in their Russian cases ("в Будапешт", "в Праге");
the furniture of Russian and Ukrainian news sites (calls to follow the outlet in Telegram, reuse notices,
"Нашли ошибку?", "Обновлено:", a bare "Теги" line, "Сейчас читают" and "Головне сьогодні" boxes).

Fourth round: drills named by two states' adjectives ("российско-монгольское учение", "польсько-литовські
навчання") are military; material received with words between ("получил от России партию самолетов",
"получила от России батарею зенитных комплексов").

Fifth round: Russia's fleets and military districts name Russia ("корабли Тихоокеанского флота", "Южного
военного округа"); a working group of two ministries that met ("заседание рабочей группы", "засідання робочої
групи") is a meeting; instructors holding classes with the other side's servicemen ("провели занятия с
военнослужащими", "провели заняття з військовослужбовцями") is training given.

Sixth round: "приняли участие в учении" (took part in a drill) says the exercise was held, though the mask
"принял* участие" keeps "принял" from reading as a reception.

Seventh round: uk "відвідала", "відвідали" (the feminine and plural past of visiting) as a visit; demining and
sappers ("засоби розмінування", "средства разминирования") are military.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- a staff training of two armies is an exercise
    case("ru-shtabnaya-trenirovka-is-an-exercise", "ru", DAY,
         "Совместная штабная тренировка войск Армении и России прошла во вторник в Гюмри.",
         [ev("exercise", ["ARM", "RUS"], location="ARM", date="2026-03-17")]),
    case("uk-shtabne-trenuvannia-is-an-exercise", "uk", DAY,
         "Війська Польщі і Литви у вівторок провели спільне штабне тренування поблизу кордону.",
         [ev("exercise", ["LTU", "POL"], date="2026-03-17")]),
    # ---- pledges
    case("uk-uzhodyly-is-a-pledge", "uk", DAY,
         "Міністри оборони Румунії та Молдови узгодили проведення спільних курсів для саперів.",
         [ev("intent", ["MDA", "ROU"])]),
    case("uk-prodovzhyt-is-a-pledge", "uk", DAY,
         "Міністр оборони Канади заявив, що Канада продовжить навчати українських саперів.",
         [ev("intent", ["CAN", "UKR"])]),
    # ---- the talks referred back to: no second meeting
    case("ru-v-peregovorakh-uchastvoval-is-the-same-talks", "ru", DAY,
         "Министр обороны Сербии Милан Петрович, прибывший в Беларусь с визитом, провел в понедельник "
         "в Минске переговоры с президентом страны. В переговорах также участвовал министр обороны "
         "Беларуси Олег Ковалёв.",
         [ev("meeting", ["BLR", "SRB"], location="BLR", date="2026-03-16")]),
    # ---- an expert talking to a paper, accession talks: no meeting
    case("ru-v-besede-s-gazetoi-is-no-meeting", "ru", DAY,
         "Военный эксперт отметил в беседе с «Ведомостями», что Вашингтон пытается изолировать Тегеран "
         "и давить на Иран.",
         []),
    case("uk-perehovory-pro-vstup-is-no-meeting", "uk", DAY,
         "Міністр оборони Литви наголосив, що переговори про вступ України до ЄС мають завершитися "
         "до 2030 року.",
         []),
    # ---- Ukrainian cities in their cases and Scotland are places
    case("uk-v-odesi-is-the-place", "uk", DAY,
         "Міністр оборони Швеції у вівторок провів переговори в Одесі з міністром оборони України.",
         [ev("meeting", ["SWE", "UKR"], location="UKR", date="2026-03-17")]),
    case("uk-do-lvova-is-the-place", "uk", DAY,
         "Міністр оборони Польщі у вівторок прибув з візитом до Львова, де зустрівся з міністром "
         "оборони України.",
         [ev("meeting", ["POL", "UKR"], location="UKR")]),
    case("ru-v-shotlandii-is-the-place", "ru", DAY,
         "Корабли ВМС Норвегии и Германии провели во вторник совместное учение у берегов Шотландии.",
         [ev("exercise", ["DEU", "NOR"], location="GBR")]),
    case("ru-surkhandarya-is-uzbek", "ru", DAY,
         "Военнослужащие Узбекистана и Таджикистана провели во вторник совместное учение в Сурхандарьинской "
         "области.",
         [ev("exercise", ["TJK", "UZB"], location="UZB")]),
    # ---- second round: the formal name of a state keeps its official; the leader of the country
    case("ru-frantsuzskoi-respubliki-keeps-the-name", "ru", DAY,
         "Министр обороны Казахстана встретился с министром национальной обороны Французской Республики "
         "Жаном Дюпоном.",
         [ev("meeting", ["FRA", "KAZ"], persons=["Жаном Дюпоном"])]),
    case("ru-liderom-strany-is-a-head-of-state", "ru", DAY,
         "Министр обороны Камбоджи провел во вторник в Ханое переговоры с лидером страны Нгуен Ван Аном.",
         [ev("meeting", ["KHM", "VNM"], location="VNM", persons=["Нгуен Ван Аном"])]),
    # ---- a deal under negotiation is no meeting
    case("ru-vedet-peregovory-o-postavkakh-is-no-meeting", "ru", DAY,
         "Представитель «Рособоронэкспорта» сообщил, что компания ведет переговоры о поставках вертолетов "
         "Ми-171 в Египет и Индонезию.",
         []),
    # ---- American weapons bought for a third state: no US party
    case("uk-zakupivlia-amerykanskoi-zbroi-no-us-party", "uk", DAY,
         "Норвегія оголосила про виділення 100 млн доларів на закупівлю американської зброї для України.",
         [ev("intent", ["NOR", "UKR"])]),
    # ---- a course the other side's instructors ran is training given
    case("uk-kurs-yakyi-instruktory-provely-is-training", "uk", DAY,
         "Молдовські військові цього тижня завершили двотижневий курс базової підготовки, який румунські "
         "інструктори провели для них.",
         [ev("aid", ["MDA", "ROU"])]),
    case("ru-kurs-kotoryi-proveli-instruktory-is-training", "ru", DAY,
         "Казахстанские военнослужащие завершили трехнедельный курс базовой подготовки, который провели для "
         "них белорусские инструкторы.",
         [ev("aid", ["BLR", "KAZ"])]),
    # ---- third round: pledges, an invitation to visit, capitals in their cases
    case("uk-storony-pohodyly-is-a-pledge", "uk", DAY,
         "Головнокомандувачі збройних сил України та Франції провели телефонну розмову. Сторони погодили "
         "розширення підготовки українських військових у Франції.",
         [ev("meeting", ["FRA", "UKR"], mode="phone"), ev("intent", ["FRA", "UKR"])]),
    case("uk-ukhvalyla-rishennia-is-a-pledge", "uk", DAY,
         "Естонія ухвалила рішення передати Україні ще одну партію боєприпасів.",
         [ev("intent", ["EST", "UKR"])]),
    case("ru-priglasil-posetit-is-no-visit", "ru", DAY,
         "Министр обороны России пригласил индийского коллегу посетить Россию с официальным визитом.",
         [ev("intent", ["IND", "RUS"])]),
    case("ru-v-budapesht-is-the-place", "ru", DAY,
         "Министр обороны Сербии, прибывший в Будапешт с визитом, провел переговоры с министром обороны "
         "Венгрии.",
         [ev("meeting", ["HUN", "SRB"], location="HUN", mode="visit")]),
    # ---- fourth round: drills named by two states' adjectives; material received; weapon designations
    case("ru-rossiisko-mongolskoe-uchenie", "ru", DAY,
         "Российско-монгольское учение «Селенга» завершилось во вторник в Бурятии.",
         [ev("exercise", ["MNG", "RUS"], location="RUS", date="2026-03-17")]),
    case("uk-polsko-lytovski-navchannia", "uk", DAY,
         "Польсько-литовські навчання завершилися у вівторок у Литві.",
         [ev("exercise", ["LTU", "POL"], location="LTU", date="2026-03-17")]),
    case("ru-poluchil-ot-rossii-partiyu", "ru", DAY,
         "Вьетнам получил от России партию учебно-боевых самолетов Як-130.",
         [ev("aid", ["RUS", "VNM"])]),
    case("ru-poluchila-ot-rossii-zenitnye", "ru", DAY,
         "Сербия получила от России вторую батарею зенитных ракетных комплексов.",
         [ev("aid", ["RUS", "SRB"])]),
    # ---- fifth round: fleets and districts, working groups, classes held for the other side
    case("ru-tikhookeanskogo-flota-is-russia", "ru", DAY,
         "Отряд кораблей Тихоокеанского флота провел совместное учение PASSEX с кораблями ВМС Индии.",
         [ev("exercise", ["IND", "RUS"])]),
    case("ru-yuzhnogo-voennogo-okruga-is-russia", "ru", DAY,
         "Военнослужащие Южного военного округа и армии Армении провели совместное учение во вторник.",
         [ev("exercise", ["ARM", "RUS"], date="2026-03-17")]),
    case("ru-zasedanie-rabochei-gruppy-is-a-meeting", "ru", DAY,
         "В Ташкенте прошло заседание рабочей группы по военному сотрудничеству Узбекистана и России.",
         [ev("meeting", ["RUS", "UZB"], location="UZB")]),
    case("uk-zasidannia-robochoi-hrupy-is-a-meeting", "uk", DAY,
         "У Вільнюсі відбулося засідання робочої групи з питань військового співробітництва України "
         "та Литви.",
         [ev("meeting", ["LTU", "UKR"], location="LTU")]),
    case("ru-proveli-zaniatiia-s-voennosluzhashchimi-is-training", "ru", DAY,
         "Российские военные инструкторы провели занятия с военнослужащими Буркина-Фасо.",
         [ev("aid", ["BFA", "RUS"])]),
    case("uk-provely-zaniattia-z-viiskovymy-is-training", "uk", DAY,
         "Литовські інструктори провели заняття з військовослужбовцями Молдови.",
         [ev("aid", ["LTU", "MDA"])]),
    # ---- sixth round: took part in a drill
    case("ru-priniali-uchastie-v-uchenii-is-held", "ru", DAY,
         "Миротворцы Казахстана, Великобритании и США приняли участие в учении «Степной орел».",
         [ev("exercise", ["GBR", "KAZ", "USA"])]),
    case("ru-priniali-uchastie-vmeste-s-is-held", "ru", DAY,
         "Казахстанские миротворцы приняли участие в учениях «Степной орел» вместе с военнослужащими "
         "Великобритании и США.",
         [ev("exercise", ["GBR", "KAZ", "USA"])]),
    case("ru-prinial-uchastie-v-zasedanii-is-no-event", "ru", DAY,
         "Министр обороны Беларуси принял участие в заседании Совета министров обороны СНГ в Москве.",
         []),
    # ---- seventh round: the feminine past of visiting; demining is military
    case("uk-vidvidala-is-a-visit", "uk", DAY,
         "Делегація Міністерства оборони України на чолі з заступником міністра відвідала Швецію.",
         [ev("meeting", ["SWE", "UKR"], location="SWE", mode="visit")]),
    case("uk-zasoby-rozminuvannia-is-military", "uk", DAY,
         "Україна передала Молдові партію засобів розмінування.",
         [ev("aid", ["MDA", "UKR"])]),
    case("ru-sredstva-razminirovaniia-is-military", "ru", DAY,
         "Россия передала Лаосу партию средств разминирования.",
         [ev("aid", ["LAO", "RUS"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize("text", [
    "Военнослужащие Монголии и России приступили во вторник к совместному учению «Селенга» в Бурятии.",
    "Корабли ВМС Египта и России во вторник начали совместное военно-морское учение в Средиземном море.",
])
def test_an_exercise_begun_is_dated_by_its_month(extractor: Any, text: str) -> None:
    """An exercise that "приступили к" or "начали" on a weekday goes on for days: month precision."""
    article = Article(id="case", lang="ru", lang_hint="ru", published=DAY, title=None, text=text)
    events = [e for e in extractor.extract(article).events if e.type == "exercise"]
    assert [e.date for e in events] == ["2026-03"], [(e.countries, e.date) for e in events]


FURNITURE = [
    ("ru", ["обновлено: 18 марта 2026, 12:05", "Подпишитесь на «Вечерние новости» в Telegram",
            "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "Материал дополняется",
            "Полное или частичное использование материалов без ссылки на агентство запрещено",
            "Больше новостей – в Telegram-канале «Вечерних новостей»"],
     ["Теги", "Армия Сербия"], ["Сейчас читают", "В Казани открылась выставка беспилотников"]),
    ("uk", ["Підписуйтесь на «Вечірні новини» в Telegram",
            "Помітили помилку? Виділіть її та натисніть Ctrl+Enter",
            "Більше новин – у Telegram-каналі «Вечірніх новин»", "Реклама:",
            "При цитуванні і використанні будь-яких матеріалів посилання на «Вечірні новини» обов'язкове"],
     ["Теги", "Армія Сербія"], ["Головне сьогодні", "У Львові відкрили виставку безпілотників"]),
]


@pytest.mark.parametrize(("lang", "lines", "tags", "box"), FURNITURE)
def test_news_site_furniture_is_dropped(lang: str, lines: list[str], tags: list[str], box: list[str]) -> None:
    """Calls to follow the outlet, reuse notices, reader widgets and update stamps are dropped line by line; a
    bare "Теги" line ends the article; a box of other stories' headlines goes up to the next blank line."""
    first = {"ru": "Министр обороны Сербии провел в Минске переговоры с министром обороны Беларуси.",
             "uk": "Міністр оборони Польщі провів у Києві переговори з міністром оборони України."}[lang]
    last = {"ru": "Стороны обсудили подготовку офицеров и совместные учения.",
            "uk": "Сторони обговорили підготовку офіцерів і спільні навчання."}[lang]
    raw = "\n\n".join([first, lines[0], *box[:1]]) + "\n" + box[1] + "\n\n" + "\n\n".join(
        [*lines[1:3], last, *lines[3:], "\n".join(tags)])
    text = clean_article(Article(id="t", text=raw), PackRegistry().get(lang)).clean_text or ""
    assert first in text and last in text
    for line in [*lines, *tags, *box]:
        assert line not in text, line
