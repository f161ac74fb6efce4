"""The extract stage on short articles in the major languages of defense news (invented wording,
officials invented or real office-holders in invented events).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers
are those of tests/extract/test_events.py.  The cases pin the general vocabulary added to the packs
after the first measurement of tests/data/heldout/major.jsonl (session 6): "concluded" alone is
"ended", not a signing; gender-fair pairs and trilateral groups as "both sides"; "will continue to
support" and "will strengthen training" as pledges; "накануне" as the day before; soldiers who
completed training abroad; training or exercises named only as subjects of the talks.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- English ---------------------------------------------------------------------------------
    case("en-concluded-a-visit-is-no-signing", "en", "2025-06-14",
         "Malaysian Defence Minister Mohamed Khaled Nordin concluded a three-day visit to Thailand on Friday "
         "after holding talks with Thai Defence Minister Phumtham Wechayachai in Bangkok.",
         [ev("meeting", ["MYS", "THA"], location="THA", mode="visit")]),
    case("en-concluded-a-memorandum-is-a-signing", "en", "2025-06-14",
         "Vietnam and India concluded a memorandum of understanding on military logistics "
         "in New Delhi on Friday.",
         [ev("agreement", ["IND", "VNM"], date="2025-06-13", doc_type="memorandum")]),
    case("en-entered-into-force-is-no-signing", "en", "2025-06-14",
         "Australian and Japanese soldiers began a joint exercise in Queensland on Monday, "
         "the first since their "
         "access agreement entered into force.",
         [ev("exercise", ["AUS", "JPN"])]),
    case("en-would-hold-an-exercise-is-a-pledge", "en", "2025-06-14",
         "The minister said Thai and Malaysian troops would hold the annual border security exercise in "
         "the autumn.",
         [ev("intent", ["MYS", "THA"])]),
    # --- German ----------------------------------------------------------------------------------
    case("de-gender-fair-pair-is-both-sides", "de", "2025-05-08",
         "Verteidigungsminister Boris Pistorius hat am Mittwoch seine estnische "
         "Amtskollegin in Berlin empfangen. "
         "Die Ministerin und der Minister vereinbarten, die gemeinsame Ausbildung in der "
         "Cyberabwehr zu vertiefen.",
         [ev("meeting", ["DEU", "EST"], date="2025-05-07", location="DEU"),
          ev("intent", ["DEU", "EST"])]),
    # --- Spanish ---------------------------------------------------------------------------------
    case("es-both-authorities-agreed", "es", "2025-05-08",
         "Los ministros de Defensa de Colombia y Ecuador se reunieron el miércoles en Quito. "
         "Ambas autoridades acordaron crear una comisión binacional de seguridad fronteriza.",
         [ev("meeting", ["COL", "ECU"], location="ECU"), ev("intent", ["COL", "ECU"])]),
    # --- Japanese --------------------------------------------------------------------------------
    case("ja-three-ministers-agreed", "ja", "2025-05-08",
         "日米豪防衛相会談が7日、シンガポールで開かれた。3氏は、共同訓練を拡充することで合意した。",
         [ev("meeting", ["AUS", "JPN", "USA"], date="2025-05-07", mode="multilateral"),
          ev("intent", ["AUS", "JPN", "USA"])]),
    # --- Vietnamese ------------------------------------------------------------------------------
    case("vi-will-continue-to-support", "vi", "2025-05-08",
         "Chiều 7/5, tại Hà Nội, Thứ trưởng Bộ Quốc phòng tiếp Đại sứ New Zealand tại Việt Nam. "
         "Đại sứ khẳng định New Zealand sẽ tiếp tục hỗ trợ Việt Nam đào tạo tiếng Anh cho sĩ quan.",
         [ev("meeting", ["NZL", "VNM"], date="2025-05-07", location="VNM"), ev("intent", ["NZL", "VNM"])]),
    case("vi-peacekeeping-is-military-context", "vi", "2025-11-04",
         "Sáng hôm qua, tại Campuchia, đã diễn ra lễ khai mạc Diễn tập gìn giữ hòa bình song phương "
         "Việt Nam - Campuchia.",
         [ev("exercise", ["KHM", "VNM"], date="2025-11", location="KHM")]),
    # --- Portuguese ------------------------------------------------------------------------------
    case("pt-will-strengthen-training", "pt", "2025-05-08",
         "O ministro da Defesa Nacional, Nuno Melo, recebeu hoje em Lisboa o ministro da Defesa de Angola, "
         "João Ernesto dos Santos. "
         "Portugal vai reforçar a formação de oficiais angolanos nas academias militares portuguesas.",
         [ev("meeting", ["AGO", "PRT"], location="PRT"), ev("intent", ["AGO", "PRT"])]),
    # --- Russian / Ukrainian ---------------------------------------------------------------------
    case("ru-nakanune-is-the-day-before", "ru", "2025-05-08",
         "Накануне министр обороны Казахстана провел переговоры с министром обороны Киргизии в Бишкеке.",
         [ev("meeting", ["KAZ", "KGZ"], date="2025-05-07")]),
    case("uk-completed-training-abroad-is-aid", "uk", "2025-05-08",
         "Група українських військових завершила базову підготовку у Польщі.",
         [ev("aid", ["POL", "UKR"])]),
    # --- French, Turkish, Chinese: subjects of the talks are no events ---------------------------
    case("fr-training-among-subjects-is-no-aid", "fr", "2025-05-08",
         "Le ministre des Armées a reçu jeudi à Paris son homologue sénégalais. "
         "Les deux ministres ont évoqué la sécurité régionale et la formation des officiers "
         "sénégalais en France.",
         [ev("meeting", ["FRA", "SEN"], location="FRA")]),
    case("tr-exercises-as-a-field-are-no-exercise", "tr", "2025-05-08",
         "Milli Savunma Bakanı, Azerbaycan Savunma Bakanı ile Ankara'da görüştü. "
         "Görüşmede savunma sanayii ve ortak tatbikatlar alanındaki işbirliği ele alındı.",
         [ev("meeting", ["AZE", "TUR"], location="TUR")]),
    case("zh-hant-letter-of-offer-is-a-contract", "zh", "2026-03-10",
         "國防部表示，台灣已與美國簽署發價書，採購一批防空飛彈。",
         [ev("agreement", ["TWN", "USA"], doc_type="contract")]),
    # --- an exercise that starts and goes on is dated by its month (ar, ru) ---------------------
    case("ar-launched-exercise-month", "ar", "2025-08-29",
         "انطلقت أمس فعاليات التدريب المشترك بين القوات المسلحة المصرية والأردنية في قاعدة عسكرية.",
         [ev("exercise", ["EGY", "JOR"], date="2025-08")]),
    case("ru-exercise-began-month", "ru", "2025-09-22",
         "Совместное российско-монгольское военное учение началось в Монголии в понедельник.",
         [ev("exercise", ["MNG", "RUS"], date="2025-09", location="MNG")]),
    case("zh-training-cooperation-memorandum-is-no-aid", "zh", "2025-05-14",
         "国防部长14日在北京会见了来访的老挝国防部长。会见后，双方签署了两军关于院校培训合作的谅解备忘录。",
         [ev("meeting", ["CHN", "LAO"], location="CHN"),
          ev("agreement", ["CHN", "LAO"], doc_type="memorandum")]),
    case("fr-training-as-a-field-is-no-aid", "fr", "2025-05-14",
         "Catherine Vautrin, ministre des Armées, a reçu mercredi à Paris son homologue béninois "
         "Fortunet Alain Nouatin. "
         "Les deux ministres ont signé "
         "un accord de coopération dans le domaine de la formation des sous-officiers.",
         [ev("meeting", ["BEN", "FRA"], location="FRA"), ev("agreement", ["BEN", "FRA"])]),
    case("zh-providing-a-legal-basis-is-no-aid", "zh", "2025-05-08",
         "印度尼西亚与澳大利亚去年签署的防务合作协定，为两国军队联合训练提供了法律基础。",
         [ev("agreement", ["AUS", "IDN"], date="2024", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
