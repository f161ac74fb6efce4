"""The extract stage on short articles in English, German, French, Spanish, Russian, Vietnamese,
Portuguese and Arabic, written for these tests (none of these sentences is in
tests/data/heldout/background3.jsonl or in any shared set). Each case is one article and the events
../shared/eval/GUIDELINES.md says it reports; the helpers are those of tests/extract/test_events.py.
They pin general wording of long background pieces:
- a sum in US dollars ("US$ 5,4 bilhões", "US$45 millones") names no United States; the Brazilian air
  force's command (Comando da Aeronáutica, COMAER) is Brazil and signs for it;
- a Vietnamese anniversary of a signing ("kỷ niệm 30 năm Ngày ký kết Hiệp định") signs nothing now,
  nor does a year's tally of documents signed with partners ("đã ký kết nhiều văn kiện");
- a German trip planned without its day ("will im Herbst nach Japan reisen") is an intent, a clause
  that does not reach "nach" ("will … stationieren, dafür reisen …") none; German talks with the
  verb at the end of a subordinate clause ("wo er mit seinem japanischen Amtskollegen … sprach");
- the French pluperfect of a background exercise ("avait réuni des unités des deux armées");
- "that same year" after a dated sentence (es "ese año", pt "no mesmo ano", ru "в том же году", ar
  "في العام نفسه"); es money given for a military programme ("aportó … millones");
- ru a patrol carried out ("совершили совместное воздушное патрулирование"), bombers and warships as
  military words, the two seas of the joint patrols told together ("над Японским и
  Восточно-Китайским морями") as no Japan;
- the pluperfect and imperfective past of a visit name where it went (es "ya había visitado la
  India", pt "já tinha visitado Angola", ru "уже посещал Индию");
- a signing only possible (fr "pourraient signer", es "podrían firmar", pt "poderão assinar", de
  "könnten … unterzeichnen", ru "могут подписать") is no signing; a dated signing stays one;
- "N years ago" as a year (en "two years ago", es "hace dos años", pt "há dois anos", fr "il y a
  deux ans", de "vor zwei Jahren", ru "два года назад", ar "قبل عامين" / "وقبل عامين");
- ar joint drills and the two armies as military words ("أجرت مصر والهند أول مناورات بحرية مشتركة",
  "وشارك الجيشان … في تمرين مشترك").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-05-20"  # a Wednesday

CASES = [
    # ---- a sum in US dollars is no United States; the Brazilian air force command is Brazil
    case("pt-us-dollars-no-usa", "pt", DAY,
         "Em março de 2019, o Ministério da Defesa de Angola assinou com a brasileira Embraer um contrato de "
         "US$ 120 milhões para seis aviões militares Super Tucano.",
         [ev("agreement", ["AGO", "BRA"], date="2019-03", doc_type="contract", historical=True)]),
    case("pt-comando-da-aeronautica", "pt", DAY,
         "O contrato foi assinado em 2021 entre o Comando da Aeronáutica e a empresa sueca Saab para a "
         "manutenção dos caças militares.",
         [ev("agreement", ["BRA", "SWE"], date="2021", doc_type="contract", historical=True)]),
    case("es-us-dollars-no-usa", "es", DAY,
         "En 2023, el Ministerio de Defensa de Uruguay firmó con Chile un contrato por US$45 millones para "
         "la compra de dos buques militares.",
         [ev("agreement", ["CHL", "URY"], date="2023", doc_type="contract", historical=True)]),
    # ---- Vietnamese: the anniversary of a signing signs nothing
    case("vi-anniversary-of-signing", "vi", DAY,
         "Sáng 19-5, tại Hà Nội, Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Campuchia Tea Seiha nhân "
         "dịp kỷ niệm 30 năm Ngày ký kết Hiệp định hợp tác quốc phòng giữa hai nước.",
         [ev("meeting", ["KHM", "VNM"], date="2026-05-19", location="VNM")]),
    # ---- German: a trip planned without its day; talks told in a subordinate clause
    case("de-trip-planned-no-day-intent", "de", DAY,
         "Der österreichische Verteidigungsminister will im Herbst nach Japan reisen, um über die "
         "Rüstungszusammenarbeit zu sprechen.",
         [ev("intent", ["AUT", "JPN"])]),
    case("de-plan-without-nach-no-intent", "de", DAY,
         "Die Bundeswehr will in Litauen weitere Soldaten stationieren, dafür reisen Familien aus ganz "
         "Deutschland an.",
         []),
    case("de-talks-verb-at-clause-end", "de", DAY,
         "Der deutsche Verteidigungsminister war im März 2024 in Tokio, wo er mit seinem japanischen "
         "Amtskollegen über die Rüstungskooperation sprach.",
         [ev("meeting", ["DEU", "JPN"], date="2024-03", location="JPN", historical=True)]),
    # ---- French: the pluperfect of a background exercise
    case("fr-pluperfect-exercise-reunited", "fr", DAY,
         "En octobre 2023, l'exercice Frisian Flag avait réuni des unités des armées française et "
         "néerlandaise aux Pays-Bas.",
         [ev("exercise", ["FRA", "NLD"], date="2023-10", historical=True)]),
    # ---- "that same year" after a dated sentence
    case("es-ese-ano", "es", DAY,
         "En marzo de 2023, Uruguay firmó con España un acuerdo de cooperación en defensa. España aportó ese "
         "año al Uruguay 5 millones de euros para la formación de sus militares.",
         [ev("agreement", ["ESP", "URY"], date="2023-03", historical=True),
          ev("aid", ["ESP", "URY"], date="2023", historical=True)]),
    case("pt-no-mesmo-ano", "pt", DAY,
         "Em abril de 2024, Angola assinou com o Brasil um acordo de cooperação na área da defesa. No mesmo "
         "ano, o Brasil doou a Angola duas lanchas militares.",
         [ev("agreement", ["AGO", "BRA"], date="2024-04", historical=True),
          ev("aid", ["AGO", "BRA"], date="2024", historical=True)]),
    case("ru-v-tom-zhe-godu", "ru", DAY,
         "В апреле 2024 года Россия и Лаос подписали соглашение о военном сотрудничестве. В том же году "
         "Россия передала Лаосу военную технику.",
         [ev("agreement", ["LAO", "RUS"], date="2024-04", historical=True),
          ev("aid", ["LAO", "RUS"], date="2024", historical=True)]),
    case("ar-fi-al-am-nafsih", "ar", DAY,
         "في أبريل 2024 وقّعت مصر والسودان اتفاقية للتعاون العسكري. وفي العام نفسه سلّمت مصر السودان معدات "
         "عسكرية.",
         [ev("agreement", ["EGY", "SDN"], date="2024-04", historical=True),
          ev("aid", ["EGY", "SDN"], date="2024", historical=True)]),
    # ---- Russian: a joint air patrol of bombers over the two seas
    case("ru-joint-air-patrol-bombers", "ru", DAY,
         "В декабре 2024 года дальние бомбардировщики России и Китая совершили совместное воздушное "
         "патрулирование над Японским и Восточно-Китайским морями.",
         [ev("exercise", ["CHN", "RUS"], date="2024-12", historical=True)]),
    # ---- Vietnamese: a tally of documents signed with partners is no signing
    case("vi-tally-of-documents", "vi", "2026-12-28",
         "Trong năm, Bộ Quốc phòng Việt Nam đã ký kết nhiều văn kiện hợp tác quốc phòng với các đối tác, "
         "trong đó có Lào và Campuchia.",
         []),
    # ---- the pluperfect of a visit names where it took place
    case("es-had-visited-location", "es", DAY,
         "La ministra española de Defensa ya había visitado la India en 2023, cuando se reunió con su "
         "homólogo indio.",
         [ev("meeting", ["ESP", "IND"], date="2023", location="IND", historical=True)]),
    case("pt-had-visited-location", "pt", DAY,
         "O ministro da Defesa português já tinha visitado Angola em 2023, quando se reuniu com o seu "
         "homólogo angolano.",
         [ev("meeting", ["AGO", "PRT"], date="2023", location="AGO", historical=True)]),
    case("ru-imperfective-visit-location", "ru", DAY,
         "Министр обороны России уже посещал Индию в 2023 году, когда встретился с индийским коллегой.",
         [ev("meeting", ["IND", "RUS"], date="2023", location="IND", historical=True)]),
    # ---- a signing only possible is no signing; a dated signing stays one
    case("fr-could-sign-no-signing", "fr", DAY,
         "Selon plusieurs sources, Paris et Canberra pourraient signer un accord sur les sous-marins "
         "militaires.",
         []),
    case("es-could-sign-no-signing", "es", DAY,
         "Según varias fuentes, Madrid y Rabat podrían firmar un acuerdo de cooperación militar.",
         []),
    case("pt-could-sign-no-signing", "pt", DAY,
         "Segundo várias fontes, Lisboa e Luanda poderão assinar um acordo de cooperação militar.",
         []),
    case("de-could-sign-no-signing", "de", DAY,
         "Nach Angaben aus Regierungskreisen könnten Berlin und Tokio ein Rüstungsabkommen unterzeichnen.",
         []),
    case("ru-could-sign-no-signing", "ru", DAY,
         "По данным источников, Москва и Ханой могут подписать соглашение о военном сотрудничестве.",
         []),
    case("de-dated-signing-with-koennte-stays", "de", DAY,
         "Am Montag unterzeichneten Deutschland und Indien ein Rüstungsabkommen, das die Zusammenarbeit "
         "stärken könnte.",
         [ev("agreement", ["DEU", "IND"], date="2026-05-18")]),
    # ---- "N years ago" as a year
    case("en-two-years-ago", "en", DAY,
         "India and Vietnam are deepening defence ties. Two years ago, the two navies held their first "
         "joint exercise.",
         [ev("exercise", ["IND", "VNM"], date="2024", historical=True)]),
    case("es-hace-dos-anos", "es", DAY,
         "España y Marruecos refuerzan su cooperación militar. Hace dos años, ambos países realizaron un "
         "ejercicio militar conjunto.",
         [ev("exercise", ["ESP", "MAR"], date="2024", historical=True)]),
    case("pt-ha-dois-anos", "pt", DAY,
         "Portugal e Angola reforçam a cooperação militar. Há dois anos, os dois países realizaram um "
         "exercício militar conjunto.",
         [ev("exercise", ["AGO", "PRT"], date="2024", historical=True)]),
    case("fr-il-y-a-deux-ans", "fr", DAY,
         "La France et le Maroc renforcent leur coopération militaire. Il y a deux ans, les deux armées ont "
         "organisé un exercice conjoint.",
         [ev("exercise", ["FRA", "MAR"], date="2024", historical=True)]),
    case("de-vor-zwei-jahren", "de", DAY,
         "Deutschland und Polen vertiefen ihre militärische Zusammenarbeit. Vor zwei Jahren hielten beide "
         "Armeen eine gemeinsame Übung ab.",
         [ev("exercise", ["DEU", "POL"], date="2024", historical=True)]),
    case("ru-dva-goda-nazad", "ru", DAY,
         "Россия и Лаос укрепляют военное сотрудничество. Два года назад армии двух стран провели совместные "
         "учения.",
         [ev("exercise", ["LAO", "RUS"], date="2024", historical=True)]),
    case("ar-qabla-aamayn", "ar", DAY,
         "تعزز مصر والأردن تعاونهما العسكري. وقبل عامين أجرى جيشا البلدين تمريناً عسكرياً مشتركاً.",
         [ev("exercise", ["EGY", "JOR"], date="2024", historical=True)]),
    # ---- Arabic: joint drills and the two armies are military words
    case("ar-naval-manoeuvres-military", "ar", DAY,
         "وأجرت مصر والهند أول مناورات بحرية مشتركة في عام 2021.",
         [ev("exercise", ["EGY", "IND"], date="2021", historical=True)]),
    case("ar-two-armies-joint-drill", "ar", DAY,
         "وشارك الجيشان المصري والهندي في تمرين مشترك العام الماضي.",
         [ev("exercise", ["EGY", "IND"], date="2025", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
