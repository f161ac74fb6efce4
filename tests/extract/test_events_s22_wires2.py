"""The extract stage on short agency-style articles written for these tests (none of
these sentences is in tests/data/heldout/wires2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports;
the helpers are those of tests/extract/test_events.py. They pin general wording of
news agencies' foreign-language services. Chinese: weapon names holding the word for
"attack" (攻击机, 攻击直升机) as no combat, "还确认" / "也商定" (also confirmed, also agreed) as one
more pledge, a contract expected to be signed ("预计明年签署") as no signing, "北京时间"
(Beijing time) before a time as no place, "在防卫省" (at Japan's defense ministry) as a
place in Japan, opposing others' drills ("反对…举行联合军演") as no exercise. Arabic:
Anadolu's month pair "يوليو/ تموز" (a space after the slash only) as one month name,
capitals as places (فيينا, بنوم بنه …), joint drills without the article and with the
branch between ("تدريبات بحرية مشتركة"), "قبالة سواحل" (off the coast of) before the
place, a ship's port visit ("زيارة للفرقاطة") as no meeting, "قصفت" (bombed) and
"محذرا" (warning) as combat. English: a collective-defense clause ("an attack on
either country is considered an attack on both") as no attack; Mogadishu's Aden Adde
airport in Somalia. Spanish: a foreign ministry's backing ("la Cancillería expresó su
respaldo al …") as no support. Cleaning: agency pages' related headlines under a bare
"Noticias relacionadas" (es) or "Articles liés :" (fr). Joint drills with their kind
between "joint" and the drill word: ru "совместное стратегическое учение", zh 联合空中训练,
es "ejercicio aeronaval combinado", fr "exercice aéroterrestre conjoint", pt
"exercício aeronaval combinado".
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- a weapon named with "attack" (攻击机) is no combat that would cancel the pledge
    case("zh-attack-aircraft-is-no-combat", "zh", DAY,
         "泰国国防部长18日在曼谷会见到访的韩国国防部长官。双方同意加强在采购攻击直升机和轻型攻击机方面的合作。",
         [ev("meeting", ["KOR", "THA"], mode="visit"), ev("intent", ["KOR", "THA"])]),
    # ---- "also confirmed" after a first pledge is one more pledge
    case("zh-also-confirmed-is-another-pledge", "zh", DAY,
         "新西兰国防部长18日在惠灵顿与来访的新加坡国防部长举行会谈，双方同意扩大军官交流。"
         "两位部长还确认将在海上安全领域深化合作。",
         [ev("meeting", ["NZL", "SGP"], mode="visit"), ev("intent", ["NZL", "SGP"]),
          ev("intent", ["NZL", "SGP"])]),
    # ---- a contract expected to be signed is no signing
    case("zh-contract-expected-to-be-signed", "zh", DAY,
         "挪威国防大臣18日在奥斯陆会见到访的波兰国防部长。两国的潜艇采购合同预计明年初签署。",
         [ev("meeting", ["NOR", "POL"], mode="visit")]),
    # ---- Japan's defense ministry (防卫省) as the venue
    case("zh-at-the-japanese-defense-ministry", "zh", DAY,
         "日本防卫大臣18日在防卫省与来访的英国国防大臣举行会谈，双方讨论了防务合作。",
         [ev("meeting", ["GBR", "JPN"], location="JPN", mode="visit")]),
    # ---- Beijing time in the time line of a foreign agency is no place
    case("zh-beijing-time-is-no-place", "zh", DAY,
         "北京时间3月18日15时，印度尼西亚国防部长在雅加达与来访的马来西亚国防部长举行会谈，讨论边境安全问题。",
         [ev("meeting", ["IDN", "MYS"], location="IDN", mode="visit")]),
    # ---- opposing others' drills (反对…举行联合军演) reports no exercise, and the critic is no party
    case("zh-opposing-others-drills-is-no-exercise", "zh", DAY,
         "俄方坚决反对美日在日本海举行联合军演。",
         []),
    # ---- Arabic: Anadolu's month pair with a space after the slash only ("يوليو/ تموز الماضي")
    case("ar-month-pair-slash-space", "ar", DAY,
         "أجرى وزير الدفاع الأردني الثلاثاء في عمّان مباحثات مع رئيس أركان الجيش العراقي. "
         "وفي يوليو/ تموز الماضي، وقعت تركيا والعراق في بغداد مذكرة تفاهم للتعاون في مجال التدريب العسكري.",
         [ev("meeting", ["IRQ", "JOR"]),
          ev("agreement", ["IRQ", "TUR"], date="2025-07", historical=True, doc_type="memorandum")]),
    # ---- a joint drill without the article, the branch between ("تدريبات بحرية مشتركة"); "off the coast of"
    case("ar-joint-naval-drill-indefinite", "ar", DAY,
         "أجرت روسيا ومصر تدريبات بحرية مشتركة قبالة سواحل الإسكندرية يوم الاثنين.",
         [ev("exercise", ["EGY", "RUS"], location="EGY", date="2026-03-16")]),
    case("ar-off-the-coast-of-algiers", "ar", DAY,
         "نفذت القوات البحرية الإيطالية والجزائرية أمس تدريبات مشتركة قبالة سواحل الجزائر العاصمة.",
         [ev("exercise", ["DZA", "ITA"], location="DZA")]),
    # ---- a ship's port visit is no meeting
    case("ar-frigate-port-visit-is-no-meeting", "ar", DAY,
         "أجرت فرقاطة روسية أمس تدريبات بحرية مشتركة مع البحرية الجزائرية.\n\n"
         "وجاءت التدريبات في ختام زيارة للفرقاطة إلى الجزائر استمرت ثلاثة أيام.",
         [ev("exercise", ["DZA", "RUS"])]),
    # ---- a war in which a state bombed ("قصفت") is no exercise
    case("ar-war-with-bombing-is-no-exercise", "ar", DAY,
         "بدأت القوات البحرية الروسية والإيرانية مناورات مشتركة في بحر قزوين أمس. "
         "وتأتي المناورات بعد حرب استمرت أسبوعين بين إيران وإسرائيل في يونيو 2025، "
         "وقصفت خلالها الولايات المتحدة مواقع إيرانية.",
         [ev("exercise", ["IRN", "RUS"])]),
    # ---- Arabic: capitals named as the place (في فيينا, في بنوم بنه)
    case("ar-vienna-is-the-place", "ar", DAY,
         "أجرى وزير الدفاع الأردني اليوم مباحثات مع نظيرته النمساوية في فيينا تناولت التعاون العسكري.",
         [ev("meeting", ["AUT", "JOR"], location="AUT")]),
    case("ar-phnom-penh-is-the-place", "ar", DAY,
         "وسلمت الصين اليوم الجيش الكمبودي دفعة من المعدات العسكرية في حفل أقيم في بنوم بنه.",
         [ev("aid", ["CHN", "KHM"], location="KHM")]),
    # ---- English: a collective-defense clause retold is no attack; Mogadishu's airport is in Somalia
    case("en-collective-defense-clause-is-no-attack", "en", DAY,
         "Qatar's defense minister held talks with his Turkish counterpart in Ankara on Tuesday. "
         "Qatar and Turkey signed the agreement in Doha on March 2, under which an attack on either country "
         "is considered an attack on both.",
         [ev("meeting", ["QAT", "TUR"], mode="visit", location="TUR"),
          ev("agreement", ["QAT", "TUR"], date="2026-03-02", location="QAT")]),
    case("en-aden-adde-airport-is-somalia", "en", DAY,
         "Two Turkish military transport planes carrying armored vehicles landed at Aden Adde International "
         "Airport on Monday, Somalia's army said.",
         [ev("aid", ["SOM", "TUR"], location="SOM")]),
    # ---- Spanish: a foreign ministry's backing has no military subject
    case("es-foreign-ministry-backing-is-no-support", "es", DAY,
         "El ministro de Defensa de Bolivia recibió al agregado militar de Venezuela. "
         "En La Paz, la Cancillería de Nicaragua expresó este martes su respaldo al gobierno venezolano.",
         [ev("meeting", ["BOL", "VEN"])]),
    # ---- round 3: joint drills with their kind between "joint" and the drill word
    case("ru-joint-strategic-exercise", "ru", DAY,
         "Белоруссия и Россия в феврале провели совместное стратегическое учение «Запад-2026».",
         [ev("exercise", ["BLR", "RUS"], date="2026-02")]),
    case("ru-joint-counter-sabotage-exercises", "ru", DAY,
         "Армения и Иран провели совместные противодиверсионные учения на границе.",
         [ev("exercise", ["ARM", "IRN"])]),
    case("zh-joint-air-training", "zh", DAY,
         "中国和泰国空军17日在泰国举行联合空中训练。",
         [ev("exercise", ["CHN", "THA"], date="2026-03-17", location="THA")]),
    case("zh-condemning-a-joint-air-training-is-no-exercise", "zh", DAY,
         "朝鲜外务省发言人17日发表谈话，谴责美韩日近期在朝鲜半岛附近举行的联合空中训练。",
         []),
    case("es-combined-air-naval-exercise", "es", DAY,
         "Perú y Ecuador realizaron el martes un ejercicio aeronaval combinado.",
         [ev("exercise", ["ECU", "PER"], date="2026-03-17")]),
    case("fr-joint-air-land-exercise", "fr", DAY,
         "Le Sénégal et la Gambie ont mené mardi un exercice aéroterrestre conjoint.",
         [ev("exercise", ["GMB", "SEN"], date="2026-03-17")]),
    case("pt-combined-air-naval-exercise", "pt", DAY,
         "Angola e Namíbia realizaram nesta terça-feira um exercício aeronaval combinado.",
         [ev("exercise", ["AGO", "NAM"], date="2026-03-17")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str, title: str | None, text: str,
                         expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


ES_RELATED = """BOGOTÁ, 18 mar (Xinhua) -- Los ejércitos de Colombia y Ecuador realizaron hoy un \
patrullaje conjunto en la frontera común, informó el Ministerio de Defensa colombiano en un comunicado.

El patrullaje contó con la participación de unos 300 militares de ambos países, que recorrieron la \
zona durante ocho horas.

Noticias relacionadas
Colombia y Perú firman acuerdo de cooperación naval en Cartagena de Indias
Ecuador recibe un lote de vehículos militares de Estados Unidos en Guayaquil

Copyright © 2000-2026 XINHUANET.com"""

FR_RELATED = """LOMÉ, 18 mars (Xinhua) -- Les armées du Togo et du Bénin ont mené mardi une patrouille \
conjointe le long de leur frontière commune, a annoncé l'état-major togolais.

Une centaine de soldats des deux pays ont pris part à l'opération, qui a duré deux jours.

Articles liés :
Le Togo et le Ghana signent un accord de défense à Accra pour lutter contre le terrorisme
Le Bénin reçoit des véhicules blindés offerts par la France pour l'armée de terre"""


@pytest.mark.parametrize(("lang", "raw", "kept", "dropped"), [
    # a bare "Noticias relacionadas" label drops all the headlines under it, not only the first
    ("es", ES_RELATED, ["durante ocho horas."], ["Cartagena de Indias", "Guayaquil"]),
    # "Articles liés :" closes an agency page
    ("fr", FR_RELATED, ["qui a duré deux jours."], ["accord de défense à Accra", "offerts par la France"]),
])
def test_related_headlines_are_dropped(registry: PackRegistry, lang: str, raw: str, kept: list[str],
                                       dropped: list[str]) -> None:
    check_cleaning(registry, lang, raw, kept, dropped)
