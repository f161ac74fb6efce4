"""The extract stage on short articles in en, fr, de, es, ru, ar, zh and ja, written for these tests
(none of these sentences is in tests/data/heldout/forms_major.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers
are those of tests/extract/test_events.py. They pin general wording that interviews, digests and
releases listing signed documents use: the first person of an interview (ar وقّعنا, اتفقنا; es
firmamos, me reuní, acordamos; fr nous sommes convenus, avons décidé) and the Arabic passive with
its damma (وُقّع, نُفّذ), a contract written with tanween or the article (عقداً, العقد); Japanese
文書 (the documents signed below a release's header) and "…ことも確認しました" (also confirmed a pledge);
Spanish "estuvo … con el ministro" (was somewhere with the other side's official) and "hicieron un
ejercicio"; Russian and German patrols flown ("выполнили совместное патрулирование", "eine
gemeinsame Patrouille geflogen"); the Sea of Japan named in ru, de, fr, es, ar as no party; and
one side's wish told by the Chinese army or addressed to China ("中国军队愿同…", "…愿同中方…") as no pledge
of both; the attendance line closing an Arabic release ("حضر الاستقبال …") as the reception
itself.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-15"  # a Thursday

CASES = [
    # ---- Arabic: the first person of an interview, the passive, the contract
    case("ar-we-signed-a-contract", "ar", DAY,
         "قال رئيس أركان الجيش الأردني: وقّعنا أمس عقداً مع الجانب الإيطالي لتوريد مروحيات عسكرية.",
         [ev("agreement", ["ITA", "JOR"], doc_type="contract", date="2026-10-14")]),
    case("ar-contract-signed-passive", "ar", DAY,
         "وأوضح وزير الدفاع الكويتي أن العقد وُقّع مع فرنسا عام 2023 لتحديث القوات البحرية.",
         [ev("agreement", ["FRA", "KWT"], doc_type="contract", date="2023", historical=True)]),
    case("ar-we-agreed", "ar", DAY,
         "وقال وزير الدفاع التونسي إنه التقى نظيره الجزائري، واتفقنا على تعزيز التعاون العسكري على الحدود.",
         [ev("meeting", ["DZA", "TUN"]), ev("intent", ["DZA", "TUN"])]),
    case("ar-exercise-carried-out-passive", "ar", DAY,
         "نُفّذ التمرين البحري المشترك بين القوات البحرية السعودية والباكستانية في بحر العرب.",
         [ev("exercise", ["PAK", "SAU"])]),
    case("ar-sea-of-japan-no-party", "ar", DAY,
         "نفذت القوات الجوية الروسية والصينية دورية جوية مشتركة فوق بحر اليابان.",
         [ev("exercise", ["CHN", "RUS"])]),
    # ---- Japanese: the documents of a release's list
    case("ja-documents-below-signed", "ja", DAY,
         "日本とインドネシアの防衛相は１５日、ジャカルタで会談し、以下の文書に署名しました。",
         [ev("meeting", ["IDN", "JPN"]), ev("agreement", ["IDN", "JPN"], doc_type="other")]),
    case("ja-also-confirmed-pledge", "ja", DAY,
         "日本とベトナムの防衛相は１４日、ハノイで会談した。また、防衛産業協力を進めることも確認しました。",
         [ev("meeting", ["JPN", "VNM"], date="2026-10-14"), ev("intent", ["JPN", "VNM"])]),
    # ---- Spanish
    case("es-was-there-with-the-minister", "es", DAY,
         "El ministro de Defensa de Chile estuvo el martes en Buenos Aires con el ministro argentino de "
         "Defensa.",
         [ev("meeting", ["ARG", "CHL"], date="2026-10-13", location="ARG")]),
    case("es-they-did-an-exercise", "es", DAY,
         "Las armadas de Colombia y Panamá hicieron un ejercicio conjunto de interdicción marítima en el "
         "Pacífico.",
         [ev("exercise", ["COL", "PAN"])]),
    case("es-sea-of-japan-no-party", "es", DAY,
         "Aviones militares de Rusia y China realizaron un patrullaje conjunto sobre el mar de Japón.",
         [ev("exercise", ["CHN", "RUS"])]),
    # ---- Russian, German, French: patrols flown, seas named after a state
    case("ru-patrol-carried-out", "ru", DAY,
         "Самолёты ВКС России и ВВС Китая выполнили совместное патрулирование над Японским морем.",
         [ev("exercise", ["CHN", "RUS"])]),
    case("ru-two-seas-no-party", "ru", DAY,
         "Корабли ВМФ России и Китая провели совместное патрулирование в акваториях Японского и "
         "Восточно-Китайского морей.",
         [ev("exercise", ["CHN", "RUS"])]),
    case("de-patrol-flown", "de", DAY,
         "Die Luftstreitkräfte Russlands und Chinas haben eine gemeinsame Patrouille über dem Japanischen "
         "Meer geflogen.",
         [ev("exercise", ["CHN", "RUS"])]),
    case("fr-sea-of-japan-no-party", "fr", DAY,
         "Les marines russe et chinoise ont mené une patrouille conjointe en mer du Japon.",
         [ev("exercise", ["CHN", "RUS"])]),
    # ---- capitals as venues (location), in their spelling of each language
    case("ru-vilnius-venue", "ru", DAY,
         "Во вторник в Вильнюсе состоялась встреча министров обороны Польши и Литвы.",
         [ev("meeting", ["LTU", "POL"], location="LTU")]),
    case("ru-rome-venue", "ru", DAY,
         "Министр обороны Италии принял в Риме министра обороны Японии.",
         [ev("meeting", ["ITA", "JPN"], location="ITA")]),
    case("es-vilna-venue", "es", DAY,
         "El martes tuvo lugar en Vilna un encuentro entre los ministros de Defensa de Letonia y Lituania.",
         [ev("meeting", ["LTU", "LVA"], location="LTU")]),
    case("ar-warsaw-venue", "ar", DAY,
         "التقى وزير الدفاع البولندي في وارسو الثلاثاء نظيره الأردني.",
         [ev("meeting", ["JOR", "POL"], location="POL")]),
    case("zh-warsaw-venue", "zh", DAY,
         "波兰国防部长13日在华沙会见了来访的韩国国防部长。",
         [ev("meeting", ["KOR", "POL"], location="POL")]),
    case("ja-warsaw-venue", "ja", DAY,
         "小泉防衛相は１３日、ワルシャワでポーランドの国防相と会談した。",
         [ev("meeting", ["JPN", "POL"], location="POL")]),
    # ---- Chinese: one side's wish is no pledge of both
    case("zh-army-wish-no-pledge", "zh", DAY,
         "国防部长董军15日在北京会见老挝国防部长。董军说，中国军队愿同老方一道，深化人员培训合作。",
         [ev("meeting", ["CHN", "LAO"])]),
    case("zh-wish-towards-china-no-pledge", "zh", DAY,
         "国防部长董军15日在北京会见蒙古国防部长。蒙方表示，坚定奉行一个中国政策，愿同中方加强两军交流。",
         [ev("meeting", ["CHN", "MNG"]), ev("support", ["CHN", "MNG"])]),
    # ---- the first person of an interview (es, fr)
    case("es-we-signed", "es", DAY,
         "El ministro uruguayo de Defensa: «Firmamos el martes con Argentina un acuerdo de cooperación en "
         "defensa».",
         [ev("agreement", ["ARG", "URY"], doc_type="agreement", date="2026-10-13")]),
    case("es-i-met", "es", DAY,
         "El ministro uruguayo de Defensa: «Me reuní el martes en Asunción con mi homólogo paraguayo».",
         [ev("meeting", ["PRY", "URY"], date="2026-10-13", location="PRY")]),
    case("es-we-agreed", "es", DAY,
         "La ministra de Defensa de Ecuador: «Acordamos con Perú reforzar el control militar de la "
         "frontera».",
         [ev("intent", ["ECU", "PER"])]),
    case("fr-we-agreed-no-training-given", "fr", DAY,
         "Le ministre béninois de la Défense : « Nous sommes convenus avec le Togo de renforcer la formation "
         "des officiers. »",
         [ev("intent", ["BEN", "TGO"])]),
    case("fr-we-decided", "fr", DAY,
         "Le ministre nigérien de la Défense : « Nous avons décidé avec le Tchad d'organiser des patrouilles "
         "conjointes. »",
         [ev("intent", ["NER", "TCD"])]),
    # ---- Arabic: the attendance line of a release is the reception it closes
    case("ar-attendance-line-same-reception", "ar", DAY,
         "استقبل وزير الدفاع الكويتي في مكتبه اليوم رئيس أركان القوات المسلحة الباكستانية. "
         "حضر الاستقبال رئيس الأركان العامة للجيش الكويتي وسفير باكستان لدى الكويت.",
         [ev("meeting", ["KWT", "PAK"])]),

]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
