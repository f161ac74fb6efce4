"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/ru_uk6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of defense news in the Russian,
Ukrainian and Central Asian press, the subject of the ru_uk6 set:
- uk the imperfective past of handing over and providing ("передавала", "передавав", "надавали") is a
  delivery, as the perfective "передала", "надала" was;
- uk firms or states named as suppliers in a relative clause in the past ("компанії, які постачали Росії
  …") deliver nothing now, as the present "які постачають" did not;
- ru a state that counts on, hopes for or is interested in deliveries ("рассчитывает на поставки",
  "надеется на поставки", "заинтересован в поставках") receives none;
- ru armies that "regularly" or "annually" hold drills ("регулярно проводят совместные учения") tell a
  habit, no exercise held;
- ru, uk, uz, kk, be the field marshal ("фельдмаршала Асима Мунира", "feldmarshal") is a rank before a name,
  as "field marshal" is in en;
- kk the weekday in the locative ("сәрсенбіде", "сенбіде": on Wednesday, on Saturday) dates an event as the
  bare name and "сәрсенбі күні" do;
- kk "атап өтті" ("noted", "stressed") is a reporting idiom, no "took place" of an exercise.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- uk: the imperfective past of handing over is a delivery
    case("uk-peredavala-is-aid", "uk", DAY,
         "Восени минулого року Данія передавала Україні самохідні гаубиці та боєприпаси до них.",
         [ev("aid", ["DNK", "UKR"], historical=True)]),
    case("uk-nadavaly-is-aid", "uk", DAY,
         "У 2024 році Норвегія надавала Збройним Силам України зенітні ракети для систем NASAMS.",
         [ev("aid", ["NOR", "UKR"], historical=True)]),
    # ---- uk: suppliers named in a past relative clause deliver nothing now
    case("uk-yaki-postachaly-is-no-aid", "uk", DAY,
         "До нового санкційного списку потрапили фірми з Індії та Китаю, які постачали Росії верстати для "
         "оборонних заводів.",
         []),
    case("uk-shcho-postachala-is-no-aid", "uk", DAY,
         "Уряд запровадив обмеження проти турецької компанії, що постачала російській армії "
         "мікроелектроніку.",
         []),
    # ---- ru: deliveries counted on, hoped for, of interest
    case("ru-rasschityvaet-na-postavki-is-no-aid", "ru", DAY,
         "Министр обороны Сербии заявил, что Белград рассчитывает на новые поставки российских зенитных "
         "комплексов.",
         []),
    case("ru-zainteresovan-v-postavkah-is-no-aid", "ru", DAY,
         "Посол Египта в Москве отметил, что Каир заинтересован в поставках российских истребителей.",
         []),
    case("ru-nadeetsya-na-postavki-is-no-aid", "ru", DAY,
         "В Минобороны Мали надеются на дальнейшие поставки российской бронетехники.",
         []),
    # ---- ru: contracts counted by the number of partner states
    case("ru-kontrakty-bolee-chem-s-stranami-is-no-agreement", "ru", DAY,
         "Министры обороны России и Египта провели переговоры в Каире. По данным ФСВТС, в этом году Россия "
         "заключила контракты на поставку вооружений более чем с 30 странами.",
         [ev("meeting", ["EGY", "RUS"])]),
    case("ru-kontrakty-zaklyucheny-s-bolee-chem-is-no-agreement", "ru", DAY,
         "Министры обороны России и Египта провели переговоры в Каире. Глава «Рособоронэкспорта» "
         "сообщил, что "
         "контракты заключены с более чем 40 странами мира.",
         [ev("meeting", ["EGY", "RUS"])]),
    # ---- ru: demining drilled in an exercise
    case("ru-otrabotali-razminirovanie-is-exercise-only", "ru", DAY,
         "Совместное российско-камбоджийское военное учение завершилось на полигоне в Камбодже. Военные двух "
         "стран отработали вопросы гуманитарного разминирования.",
         [ev("exercise", ["KHM", "RUS"])]),
    case("ru-otrabatyvayut-razminirovanie-is-exercise-only", "ru", DAY,
         "Российско-мьянманское учение завершилось в понедельник в Мьянме. Саперы двух армий отрабатывали "
         "приемы гуманитарного разминирования и эвакуации раненых.",
         [ev("exercise", ["MMR", "RUS"])]),
    case("ru-sapery-razminirovali-still-aid", "ru", DAY,
         "Российские саперы в понедельник завершили гуманитарное разминирование сельскохозяйственных "
         "угодий в Лаосе.",
         [ev("aid", ["LAO", "RUS"])]),
    # ---- ru: drills held as a habit
    case("ru-regulyarno-provodyat-ucheniya-is-no-exercise", "ru", DAY,
         "Вооруженные силы России и Казахстана регулярно проводят совместные учения.",
         []),
    case("ru-ezhegodno-provodyat-ucheniya-is-no-exercise", "ru", DAY,
         "Флоты России и Индии ежегодно проводят совместные маневры в Бенгальском заливе.",
         []),
    case("ru-ucheniya-nachalis-still-exercise", "ru", DAY,
         "В Белоруссии во вторник начались ежегодные совместные учения армий Белоруссии и России.",
         [ev("exercise", ["BLR", "RUS"])]),
    case("ru-ezhegodno-provodimye-nachalis-still-exercise", "ru", DAY,
         "В Индии во вторник начались ежегодно проводимые совместные учения армий Индии и России.",
         [ev("exercise", ["IND", "RUS"])]),
    # ---- ru, uk, uz: the field marshal is a rank before a name
    case("ru-feldmarshal-is-rank", "ru", DAY,
         "Министр обороны России Андрей Белоусов в среду принял в Москве командующего сухопутными войсками "
         "Пакистана фельдмаршала Асима Мунира.",
         [ev("meeting", ["PAK", "RUS"], persons=["Andrei Belousov", "Asim Munir"])]),
    case("uk-feldmarshal-is-rank", "uk", DAY,
         "Міністр оборони України Денис Шмигаль у середу прийняв у Києві начальника штабу армії Пакистану "
         "фельдмаршала Асима Муніра.",
         [ev("meeting", ["PAK", "UKR"], persons=["Asim Munir"])]),
    case("uz-feldmarshal-is-rank", "uz", DAY,
         "O'zbekiston Mudofaa vaziri bugun Pokiston quruqlikdagi qo'shinlar qo'mondoni feldmarshal "
         "Osim Munirni "
         "qabul qildi.",
         [ev("meeting", ["PAK", "UZB"], persons=["Osim Munirni"])]),
    # ---- kk: the weekday in the locative
    case("kk-sarsenbide-is-wednesday", "kk", "2026-12-04",
         "Қазақстан Қорғаныс министрі сәрсенбіде Парижде Франция Қарулы күштер министрімен кездесті.",
         [ev("meeting", ["FRA", "KAZ"], date="2026-12-02")]),
    case("kk-senbide-is-saturday", "kk", "2026-12-07",
         "Қырғызстан Қорғаныс министрі сенбіде Астанада Қазақстан Қорғаныс министрімен келіссөз жүргізді.",
         [ev("meeting", ["KAZ", "KGZ"], date="2026-12-05")]),
    # ---- kk: "атап өтті" (noted) is no exercise held
    case("kk-atap-otti-is-no-exercise", "kk", DAY,
         "Қазақстан мен Қырғызстан қорғаныс министрлері бүгін Бішкекте кездесті. Тараптар әскери білім беру "
         "саласында тәжірибе алмасудың маңыздылығын атап өтті.",
         [ev("meeting", ["KAZ", "KGZ"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
