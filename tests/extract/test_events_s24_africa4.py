"""The extract stage on short articles of the African press in French, Portuguese, Arabic and English,
written for these tests (none of these sentences is in tests/data/heldout/africa4.jsonl or in any shared
set; the officials are invented).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of that press: the two officials of an
audience named by what they are as the subject of a pledge in a paragraph of its own ("Les deux
personnalités", "Les deux officiers généraux"); ECOWAS by its French acronym ("la Cédéao") as no handover
("cédé*"); two defense ministers after one plural title ("Os ministros da Defesa Nacional de …, …, e de
…, …"); the ministries named with their veterans ("the Minister of Defence and Veteran Affairs, …");
Somaliland ("أرض الصومال") as no Somalia; pt "ofereceu … às Forças Armadas" (gave) as a donation; ar
"تحادث" (talked) and "حل … ضيفا على" (was the guest of) as talks, "دعم بلاده لوحدة …" as support;
African Lion, Bright Star and Nile Protectors by their Arabic names and Phoenix Express by its name as
exercises.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- the two officials of an audience as the subject of a pledge, in a paragraph of its own
    case("fr-les-deux-personnalites-ont-convenu", "fr", DAY,
         "Le ministre nigérien de la Défense a reçu lundi à Niamey son homologue tchadien.\n\n"
         "Les deux personnalités ont convenu d'intensifier les patrouilles le long de la frontière commune.",
         [ev("meeting", ["NER", "TCD"], date="2026-03-16", mode="visit"),
          ev("intent", ["NER", "TCD"], date="2026-03-16")]),
    case("fr-les-deux-officiers-generaux-ont-decide", "fr", DAY,
         "Le chef d'état-major général des armées béninoises a reçu mardi à Cotonou son homologue "
         "togolais.\n\n"
         "Les deux officiers généraux ont convenu de créer un centre conjoint de renseignement.",
         [ev("meeting", ["BEN", "TGO"], date="2026-03-17", mode="visit"),
          ev("intent", ["BEN", "TGO"], date="2026-03-17")]),
    # ---- ECOWAS by its French acronym is no handover ("cédé*")
    case("fr-cedeao-is-no-handover", "fr", DAY,
         "Les Forces armées nigériennes ont mené plusieurs opérations dans la région de Tillabéri. Le Niger, "
         "le Mali et le Burkina Faso ont quitté la Cédéao en janvier 2025.",
         []),
    # ---- two defense ministers after one plural title
    case("pt-os-ministros-da-defesa-nacional-de-x-e-de-y", "pt", DAY,
         "Os ministros da Defesa Nacional de Moçambique, Armando Tembe, e de Portugal, Rui Castro, assinaram "
         "ontem, em Lisboa, um memorando de entendimento sobre formação militar.",
         [ev("agreement", ["MOZ", "PRT"], date="2026-03-17", doc_type="memorandum",
             persons=["Armando Tembe", "Rui Castro"])]),
    # ---- a defense ministry named with its veterans
    case("en-minister-of-defence-and-war-veterans-affairs", "en", DAY,
         "Zimbabwe and Zambia on Tuesday signed a memorandum of understanding on defence cooperation in "
         "Harare. "
         "It was signed by the Minister of Defence and War Veterans Affairs, Grace Moyo, and the Zambian "
         "Minister of Defence, Peter Banda.",
         [ev("agreement", ["ZMB", "ZWE"], date="2026-03-17", doc_type="memorandum",
             persons=["Grace Moyo", "Peter Banda"])]),
    # ---- "ofereceu" with the armed service that receives the gift is a donation; an offer to help is none
    case("pt-ofereceu-as-forcas-armadas", "pt", DAY,
         "A Turquia ofereceu ontem 12 viaturas blindadas às Forças Armadas da Guiné-Bissau.",
         [ev("aid", ["GNB", "TUR"], date="2026-03-17")]),
    case("pt-ofereceu-ao-exercito", "pt", DAY,
         "A Espanha ofereceu ao Exército de Cabo Verde material de engenharia, numa cerimónia na Cidade da "
         "Praia.",
         [ev("aid", ["CPV", "ESP"])]),
    # ---- the Algerian press's "تحادث" (talked) and "حل ضيفا على" (was the guest of) are talks
    case("ar-tahadath-ma-is-talks", "ar", DAY,
         "تحادث وزير الدفاع الموريتاني أمس بنواكشوط مع نظيره المالي حول تأمين الحدود المشتركة.",
         [ev("meeting", ["MLI", "MRT"], date="2026-03-17")]),
    case("ar-halla-dayfan-ala-is-a-visit", "ar", DAY,
         "حل قائد القوات البرية الإسبانية أمس ضيفا على رئيس أركان الجيش المغربي بالرباط.",
         [ev("meeting", ["ESP", "MAR"], date="2026-03-17", mode="visit")]),
    # ---- support of a state's unity with the supporter's own noun; "لوحدة" for a unit of troops is none
    case("ar-dam-biladihi-li-wahdat", "ar", DAY,
         "جدد وزير الدفاع القطري دعم بلاده لوحدة الصومال خلال لقائه سفير الصومال في الدوحة.",
         [ev("meeting", ["QAT", "SOM"]), ev("support", ["QAT", "SOM"])]),
    # ---- recurring exercises by their Arabic names, and AFRICOM's Phoenix Express
    case("ar-al-asad-al-ifriqi-by-name", "ar", DAY,
         "انطلقت أمس بطانطان فعاليات الأسد الإفريقي بمشاركة المغرب والولايات المتحدة والسنغال.",
         [ev("exercise", ["MAR", "SEN", "USA"])]),
    case("ar-hamat-al-nil-by-name", "ar", DAY,
         "اختتمت أمس فعاليات حماة النيل بمشاركة عناصر من مصر والسودان.",
         [ev("exercise", ["EGY", "SDN"])]),
    case("en-phoenix-express-by-name", "en", DAY,
         "Phoenix Express 2026 got under way off Bizerte on Monday with ships from Tunisia, Algeria and "
         "Greece.",
         [ev("exercise", ["DZA", "GRC", "TUN"])]),
    # ---- Somaliland is no Somalia
    case("ar-ard-al-sumal-is-no-somalia", "ar", DAY,
         "وقعت إثيوبيا في يناير 2024 مذكرة تفاهم عسكرية مع إقليم أرض الصومال تمنحها قاعدة بحرية.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
