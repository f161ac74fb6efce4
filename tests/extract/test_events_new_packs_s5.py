"""The extract stage on short articles in the session-5 packs: Kyrgyz, Tajik, Nepali, Tamil and Sinhala
(invented officials, sentences written for these tests).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers
are those of tests/extract/test_events.py.  Kyrgyz and Tajik write case endings onto names
(Өзбекстандын, Русияро); Nepali, Tamil and Sinhala have no capitals, so names are read with the
pack's titles.name_regex next to a title.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

KY = [
    case("ky-meeting-titles", "ky", "2025-03-14",
         "Кыргыз Республикасынын Коргоо министри генерал-лейтенант Бакыт Асанов Бишкекте Өзбекстандын Коргоо "
         "министри генерал-майор Шухрат Халмухамедов менен жолугушту.",
         [ev("meeting", ["KGZ", "UZB"], location="KGZ", persons=["Bakyt Asanov", "Shukhrat Khalmukhamedov"])]),
    case("ky-signing-memorandum", "ky", "2025-03-14",
         "13-мартта Бишкекте Кыргызстандын жана Казакстандын коргоо министрликтеринин ортосунда аскердик "
         "кызматташтык жөнүндө өз ара түшүнүшүү меморандумуна кол коюлду.",
         [ev("agreement", ["KAZ", "KGZ"], date="2025-03-13", doc_type="memorandum", location="KGZ")]),
    case("ky-exercise-held", "ky", "2025-03-14",
         "Ош облусунда Кыргызстан менен Тажикстандын аскер кызматчыларынын биргелешкен тактикалык машыгуусу өттү.",
         [ev("exercise", ["KGZ", "TJK"])]),
    case("ky-aid-handed-over", "ky", "2025-03-14",
         "Кытай Эл Республикасы Кыргызстандын Куралдуу күчтөрүнө аскердик техника жана медициналык жабдууларды "
         "акысыз өткөрүп берди.",
         [ev("aid", ["CHN", "KGZ"])]),
    case("ky-background-signing", "ky", "2025-03-14",
         "Буга чейин, 2019-жылы, Кыргызстан менен Орусия аскердик-техникалык кызматташтык жөнүндө макулдашууга "
         "кол коюшкан болчу.",
         [ev("agreement", ["KGZ", "RUS"], date="2019", doc_type="agreement", historical=True)]),
    case("ky-combat-is-no-event", "ky", "2025-03-14",
         "Баткен облусунда кыргыз-тажик чек арасында атышуу болуп, эки аскер кызматчы жарадар болду.",
         []),
    case("ky-phone-yesterday", "ky", "2025-03-14",
         "Коргоо министри Бакыт Асанов кечээ Түркиянын Улуттук коргоо министри Яшар Гюлер менен телефон аркылуу "
         "сүйлөштү.",
         [ev("meeting", ["KGZ", "TUR"], date="2025-03-13", mode="phone", persons=["Bakyt Asanov", "Yasar Guler"])]),
    case("ky-visit-received", "ky", "2025-03-14",
         "Орусиянын Коргоо министринин орун басары Бишкекке расмий сапар менен келди. Кыргыз Республикасынын "
         "Коргоо министри аны кабыл алды.",
         [ev("meeting", ["KGZ", "RUS"], location="KGZ", mode="visit")]),
]

TG = [
    # "Душанбе" is the capital here, not Monday: the meeting keeps the day of publication
    case("tg-meeting-titles-capital-not-monday", "tg", "2025-03-14",
         "Вазири мудофиаи Ҷумҳурии Тоҷикистон генерал-полковник Шералӣ Раҳимзода дар Душанбе бо вазири "
         "мудофиаи Федератсияи Русия Андрей Белоусов мулоқот кард.",
         [ev("meeting", ["RUS", "TJK"], date="2025-03-14", location="TJK",
             persons=["Sherali Rahimzoda", "Andrei Belousov"])]),
    case("tg-signing-memorandum", "tg", "2025-03-14",
         "13 марти соли 2025 дар Душанбе байни вазоратҳои мудофиаи Тоҷикистон ва Қазоқистон ёддошти тафоҳум "
         "оид ба ҳамкории ҳарбӣ ба имзо расид.",
         [ev("agreement", ["KAZ", "TJK"], date="2025-03-13", doc_type="memorandum", location="TJK")]),
    case("tg-exercise-held", "tg", "2025-03-14",
         "Дар майдони омӯзишии Ҳарбмайдон машқҳои муштараки тактикии қувваҳои мусаллаҳи Тоҷикистон ва "
         "Ӯзбекистон баргузор гардид.",
         [ev("exercise", ["TJK", "UZB"], location="TJK")]),
    case("tg-aid-handed-over", "tg", "2025-03-14",
         "Ҷумҳурии Мардумии Чин ба Қувваҳои мусаллаҳи Ҷумҳурии Тоҷикистон як гурӯҳ техникаи ҳарбӣ ва "
         "таҷҳизоти тиббиро ройгон супорид.",
         [ev("aid", ["CHN", "TJK"])]),
    case("tg-background-signing", "tg", "2025-03-14",
         "Қаблан, соли 2019, Тоҷикистон ва Русия созишнома дар бораи ҳамкории ҳарбию техникӣ имзо карда буданд.",
         [ev("agreement", ["RUS", "TJK"], date="2019", doc_type="agreement", historical=True)]),
    case("tg-combat-is-no-event", "tg", "2025-03-14",
         "Дар марзи Тоҷикистон ва Афғонистон тирпарронӣ рух дод ва ду сарҳадчӣ захмӣ шуданд.",
         []),
    case("tg-phone-yesterday", "tg", "2025-03-14",
         "Вазири мудофиа Шералӣ Раҳимзода дирӯз бо вазири мудофиаи Туркия Яшар Гюлер тавассути телефон "
         "сӯҳбат кард.",
         [ev("meeting", ["TJK", "TUR"], date="2025-03-13", mode="phone", persons=["Sherali Rahimzoda"])]),
    case("tg-visit-received", "tg", "2025-03-14",
         "Муовини вазири мудофиаи Ҳиндустон бо сафари расмӣ ба Душанбе омад. Вазири мудофиаи Тоҷикистон "
         "ӯро қабул кард.",
         [ev("meeting", ["IND", "TJK"], location="TJK", mode="visit")]),
]

CASES = [*KY, *TG]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
