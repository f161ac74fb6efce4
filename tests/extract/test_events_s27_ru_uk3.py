"""The extract stage on short articles in three languages written for these tests (none of these sentences is
in tests/data/heldout/ru_uk3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the ru/uk/be/kk press of the ru_uk3 set: drills
held told in the imperfective past (uk "проводили спільні навчання", be "праводзілі сумеснае вучэнне",
"праводзілася") but not a course the other side's instructors ran (uk "навчання проводили інструктори"), a
visit told in the imperfective past, with the state visited as its place (be "наведвала Беларусь"), an
impersonal "it was agreed" opening a paragraph after the talks (ru "Достигнута договоренность", uk "Домовлено,
що", be "Дамоўлена, што"), hardware named before its receiver and "получили" (ru "Первые … вертолета … ВВС
Лаоса получили"), but not hardware that "получил повреждения", a state by its formal name with an
adjective (uk "Хорватської Республіки", so that the name after it is the person), an aid package that
arrived, which is no official arriving (uk "пакет допомоги, який … прибув в Україну"), and the Kazakh
"read also" label with its "also" ("Сондай-ақ оқыңыз:"), whose headline on the next line is no news of the
page.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- uk: drills held, in the imperfective past
    case("uk-provodyly-navchannia-is-held", "uk", DAY,
         "У серпні молдовські та румунські військові проводили спільні навчання на полігоні в Румунії.",
         [ev("exercise", ["MDA", "ROU"], date="2026-08")]),
    # ---- be: drills held, in the imperfective past (plural and reflexive)
    case("be-pravodzili-vuchenne-is-held", "be", DAY,
         "У 2024 годзе беларускія і кітайскія вайскоўцы праводзілі сумеснае вучэнне пад Мінскам.",
         [ev("exercise", ["BLR", "CHN"], date="2024", historical=True)]),
    case("be-pravodzilasia-is-held", "be", DAY,
         "Сумеснае вучэнне Беларусі і Расіі праводзілася ў верасні 2025 года.",
         [ev("exercise", ["BLR", "RUS"], date="2025-09", historical=True)]),
    # ---- be: a visit told in the imperfective past
    case("be-naviedvala-is-a-visit", "be", DAY,
         "Кітайская ваенная дэлегацыя наведвала Беларусь у маі 2025 года.",
         [ev("meeting", ["BLR", "CHN"], date="2025-05", location="BLR", historical=True)]),
    # ---- uk: a course that the other side's instructors ran ("навчання проводили інструктори") is training
    # given, no drill held
    case("uk-navchannia-provodyly-instruktory-is-no-exercise", "uk", DAY,
         "Українські танкісти завершили в Польщі курс підготовки на танках PT-91. Навчання проводили "
         "інструктори Війська Польського.",
         [ev("aid", ["POL", "UKR"], location="POL")]),
    # ---- ru, uk, be: an impersonal "it was agreed" opening a paragraph of its own after the talks is their
    # pledge
    case("ru-dostignuta-dogovorennost-refers-to-the-talks", "ru", DAY,
         "Министр обороны Киргизии во вторник провел в Бишкеке переговоры с министром обороны "
         "Узбекистана.\n\n"
         "Стороны обсудили вопросы безопасности на границе.\n\n"
         "Достигнута договоренность о проведении в 2027 году совместного учения в Узбекистане.",
         [ev("meeting", ["KGZ", "UZB"], date="2026-09-15", mode="visit"),
          ev("intent", ["KGZ", "UZB"], date="2026-09-15")]),
    case("uk-domovleno-refers-to-the-talks", "uk", DAY,
         "Міністр оборони Молдови у вівторок провів у Кишиневі переговори з міністром оборони Румунії.\n\n"
         "Сторони обговорили питання безпеки в регіоні.\n\n"
         "Домовлено, що у 2027 році в Румунії відбудуться спільні навчання.",
         [ev("meeting", ["MDA", "ROU"], date="2026-09-15", mode="visit"),
          ev("intent", ["MDA", "ROU"], date="2026-09-15")]),
    case("be-damoulena-refers-to-the-talks", "be", DAY,
         "Міністр абароны Беларусі ў аўторак правёў у Мінску перамовы з міністрам абароны Казахстана.\n\n"
         "Бакі абмеркавалі пытанні бяспекі ў рэгіёне.\n\n"
         "Дамоўлена, што ў 2027 годзе ў Казахстане пройдзе чарговае сумеснае вучэнне.",
         [ev("meeting", ["BLR", "KAZ"], date="2026-09-15", mode="visit"),
          ev("intent", ["BLR", "KAZ"], date="2026-09-15")]),
    # ---- ru: hardware fronted before its receiver and the verb "получили" is a delivery, damage is not
    case("ru-samolety-poluchili-is-aid", "ru", DAY,
         "Первые четыре вертолета Ми-171 от России ВВС Лаоса получили в марте 2024 года.",
         [ev("aid", ["LAO", "RUS"], date="2024-03", historical=True)]),
    case("ru-samolet-poluchil-povrezhdeniya-is-no-aid", "ru", DAY,
         "Вертолет ВВС Казахстана получил повреждения при посадке в Киргизии.", []),
    # ---- uk: a state by its formal name with an adjective is a state, so the name after it is the person
    case("uk-khorvatskoi-respubliky-is-croatia", "uk", DAY,
         "У вівторок Міністр оборони України Денис Шмигаль провів у Києві зустріч з Міністром оборони "
         "Хорватської Республіки Іваном Анушичем.",
         [ev("meeting", ["HRV", "UKR"], date="2026-09-15", mode="visit", location="UKR",
             persons=["Denys Shmyhal", "Ivan Anusic"])]),
    # ---- uk: an aid package that arrived is a delivery, no official arriving
    case("uk-paket-prybuv-is-aid", "uk", DAY,
         "Міністр оборони України подякував естонській стороні за пакет допомоги, який цього тижня прибув в "
         "Україну.",
         [ev("aid", ["EST", "UKR"], date="2026-09")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


PAGES = [
    # ---- kk: "Сондай-ақ оқыңыз:" (read also) alone on its line, the other story's headline below it
    ("kk-sondai-aq-oqynyz-is-furniture", "kk",
     "Астанада жас офицерлер әскери ант қабылдады.\n\nСондай-ақ оқыңыз:\n"
     "Қазақстан мен Қырғызстан әскерилері бірлескен жаттығу өткізді\n\nБарлық құқықтар қорғалған\n",
     ["әскери ант қабылдады"], ["Сондай-ақ оқыңыз", "бірлескен жаттығу өткізді"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)
