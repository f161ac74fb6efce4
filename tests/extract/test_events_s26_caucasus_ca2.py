"""The extract stage on short articles in nine languages written for these tests (none of these sentences is
in tests/data/heldout/caucasus_ca2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general press wording of the Caucasus and Central Asian agencies, the
genres of the caucasus_ca2 set: a month written in its "in" case with no word before it (hy "հոկտեմբերին", uz
"oktyabrda", "oktyabr oyida", ka "ოქტომბერში", kk "қазан айында", ky "октябрда", az "oktyabrda", tg "дар моҳи
октябр"), hardware the receiving side "received" (ka "აღჭურვილობა მიიღეს"), aid that "will be allocated" (ka
"გამოუყოფს", a pledge), the Shanghai Cooperation Organisation named in full and inflected (ru "Шанхайской
организации сотрудничества", ky "Шанхай кызматташтык уюмуна"), which is no Chinese venue, a month in the
dative with no year word before it (mn "8 дугаар сард", "наймдугаар сард"), and a purchase contract "about"
the buying (az "alınması barədə müqavilə").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- hy: the month in its dative-locative case ("in October") dates the training
    case("hy-month-in-case-dates-the-event", "hy", DAY,
         "Հայաստանի զինված ուժերի 12 սպա հոկտեմբերին Հունաստանում ավարտել է դասընթաց, որը վարել են հույն "
         "հրահանգիչները:",
         [ev("aid", ["ARM", "GRC"], date="2026-10")]),
    # ---- uz: the month with its locative ending ("oktyabrda")
    case("uz-month-locative-dates-the-delivery", "uz", DAY,
         "Turkiya oktyabrda Oʻzbekiston Mudofaa vazirligiga harbiy texnika yetkazib berdi.",
         [ev("aid", ["TUR", "UZB"], date="2026-10")]),
    # ---- uz: the month with "oyida" ("in the month of")
    case("uz-month-oyida-dates-the-delivery", "uz", "2026-10-05",
         "Hindiston sentyabr oyida Oʻzbekiston Mudofaa vazirligiga harbiy texnika yetkazib berdi.",
         [ev("aid", ["IND", "UZB"], date="2026-09")]),
    # ---- ru: the SCO named in full and inflected is the organisation, no Shanghai (China) as the venue
    case("ru-shanhajskoj-organizacii-is-no-chinese-venue", "ru", DAY,
         "На полях заседания Совета министров обороны государств — членов Шанхайской организации "
         "сотрудничества министры обороны Казахстана и Китая провели во вторник переговоры.",
         [ev("meeting", ["CHN", "KAZ"], date="2026-11-17", mode="multilateral", location=None)]),
    # ---- ky: the same in Kyrgyz, with its case ending
    case("ky-shanhai-kyzmattashtyk-uyumu-is-no-chinese-venue", "ky", DAY,
         "Шанхай кызматташтык уюмуна мүчө мамлекеттердин коргоо министрлеринин кеңешмесинин алкагында "
         "Кыргызстан менен Кытайдын коргоо министрлери шейшемби күнү сүйлөштү.",
         [ev("meeting", ["CHN", "KGZ"], date="2026-11-17", mode="multilateral", location=None)]),
    # ---- mn: the month in the dative ("8 дугаар сард", "наймдугаар сард") with no "оны" before it
    case("mn-month-dative-dates-the-exercise", "mn", "2026-09-02",
         "Монгол, Японы цэргүүдийн хамтарсан дадлага сургууль 8 дугаар сард Говь-Алтай аймагт болов.",
         [ev("exercise", ["JPN", "MNG"], date="2026-08")]),
    case("mn-month-word-dative-dates-the-exercise", "mn", "2026-09-02",
         "Монгол, Японы цэргүүдийн хамтарсан дадлага сургууль наймдугаар сард Говь-Алтай аймагт болов.",
         [ev("exercise", ["JPN", "MNG"], date="2026-08")]),
    # ---- az: a contract "about" the purchase is a contract
    case("az-alinmasi-barede-muqavile-is-a-contract", "az", "2026-09-11",
         "Azərbaycan Müdafiə Nazirliyi sentyabrın 10-da Türkiyənin “Aselsan” şirkəti ilə radiolokasiya "
         "stansiyalarının alınması barədə müqavilə imzalayıb.",
         [ev("agreement", ["AZE", "TUR"], date="2026-09-10", doc_type="contract")]),
    # ---- ka: hardware the receiving side "received" with the giver's support, and the month "in" (-ში)
    case("ka-aghchurviloba-miighes-is-a-delivery", "ka", DAY,
         "ოქტომბერში საქართველოს თავდაცვის ძალებმა პოლონეთის მხარდაჭერით ახალი სამედიცინო აღჭურვილობა "
         "მიიღეს.",
         [ev("aid", ["GEO", "POL"], date="2026-10")]),
    # ---- ka: aid "will be allocated" to the recipient (the future with the recipient marked) is a pledge
    case("ka-gamouqofs-is-a-pledge", "ka", DAY,
         "თურქეთი საქართველოს თავდაცვის ძალებს 2027 წელს 50 მილიონი ლირის ოდენობის სამხედრო დახმარებას "
         "გამოუყოფს.",
         [ev("intent", ["GEO", "TUR"])]),
    case("ka-month-in-dates-the-exercise", "ka", DAY,
         "საქართველოს და აზერბაიჯანის სამხედროებმა ოქტომბერში ერთობლივი სწავლება ჩაატარეს.",
         [ev("exercise", ["AZE", "GEO"], date="2026-10")]),
    # ---- kk, ky, az, tg: the month in its locative, with no prefix word
    case("kk-month-aiynda-dates-the-exercise", "kk", DAY,
         "Қазақстан мен Өзбекстан әскерилері қазан айында бірлескен оқу-жаттығу өткізді.",
         [ev("exercise", ["KAZ", "UZB"], date="2026-10")]),
    case("ky-month-locative-dates-the-exercise", "ky", DAY,
         "Кыргызстан менен Казакстандын аскерлери октябрда биргелешкен машыгуу өткөрүштү.",
         [ev("exercise", ["KAZ", "KGZ"], date="2026-10")]),
    case("az-month-locative-dates-the-exercise", "az", DAY,
         "Azərbaycan və Gürcüstan hərbçiləri oktyabrda birgə təlim keçiriblər.",
         [ev("exercise", ["AZE", "GEO"], date="2026-10")]),
    case("tg-dar-mohi-dates-the-exercise", "tg", DAY,
         "Ҳарбиёни Тоҷикистон ва Қазоқистон дар моҳи октябр машқҳои муштарак гузарониданд.",
         [ev("exercise", ["KAZ", "TJK"], date="2026-10")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
