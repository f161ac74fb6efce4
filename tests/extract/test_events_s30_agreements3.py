"""The extract stage on short articles in six languages written for these tests (none of these sentences is
in tests/data/heldout/agreements3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the agreements3 set (signed documents): fr "sont
… convenues de" with an adverb inside (a pledge), fr "la dernière session de cette commission" (a joint
commission named again: its past session is a meeting), de "Beide Seiten wollen …" (a pledge of both sides),
es "acordaron … firmar" (a signing agreed on for later is an intent, no signing), es "imparten formación"
(training given, in the present), id "pengaturan teknis" (an arrangement under an agreement is doc type
other), ar "وزيرة الدفاع في مملكة …" before the name (the state's style without the article between the title
and the name), tr "TBMM" (the parliament ratifying is in Türkiye), ar "اتفاقية لترسيم …" (a
boundary-demarcation agreement is no defense signing) and ar "عقدا بقيمة" (the accusative "a contract"
without its tanween).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- fr: "sont d'ailleurs convenues de tenir": the adverb inside the pledge verb
    case("fr-sont-adverbe-convenues-is-an-intent", "fr", DAY,
         "Le ministre sénégalais des Forces armées a reçu lundi à Dakar son homologue portugais. "
         "Les deux parties sont d'ailleurs convenues de tenir la prochaine réunion du comité militaire mixte "
         "à Lisbonne en 2027.",
         [ev("meeting", ["PRT", "SEN"], date="2026-09-14", location="SEN", mode="visit"),
          ev("intent", ["PRT", "SEN"])]),
    # ---- fr: "la dernière session de cette commission": the joint committee named again, a past session
    case("fr-session-de-cette-commission-is-a-past-meeting", "fr", DAY,
         "Le ministre tunisien de la Défense a reçu mardi à Tunis son homologue italien. "
         "Les deux ministres ont passé en revue la coopération militaire, dont le suivi est assuré par une "
         "commission mixte. La dernière session de cette commission avait eu lieu à Rome en mars 2024.",
         [ev("meeting", ["ITA", "TUN"], date="2026-09-15", location="TUN", mode="visit"),
          ev("meeting", ["ITA", "TUN"], date="2024-03", location="ITA", historical=True)]),
    # ---- de: "Beide Seiten wollen …": a pledge of both sides
    case("de-beide-seiten-wollen-is-an-intent", "de", DAY,
         "Der estnische Verteidigungsminister empfing am Dienstag in Tallinn seinen finnischen Amtskollegen. "
         "Beide Seiten wollen bis 2028 ein gemeinsames Ausbildungszentrum für Scharfschützen einrichten.",
         [ev("meeting", ["EST", "FIN"], date="2026-09-15", location="EST", mode="visit"),
          ev("intent", ["EST", "FIN"])]),
    # ---- es: "acordaron también firmar en 2027 un memorando": a signing agreed on for later, no signing
    case("es-acordaron-firmar-is-an-intent-no-signing", "es", DAY,
         "El ministro de Defensa chileno recibió el martes en Santiago a su homólogo peruano. "
         "Ambos ministros acordaron también firmar en 2027 un memorando sobre cooperación en ciberdefensa.",
         [ev("meeting", ["CHL", "PER"], date="2026-09-15", location="CHL", mode="visit"),
          ev("intent", ["CHL", "PER"])]),
    # ---- es: "imparten formación" in the present: training given to the other side's officers
    case("es-imparten-formacion-is-training-given", "es", DAY,
         "El ministro de Defensa uruguayo se reunió el martes en Asunción con su homólogo paraguayo. "
         "Durante la visita, conoció a los militares uruguayos que imparten formación a oficiales "
         "paraguayos en la Escuela de Guerra.",
         [ev("meeting", ["PRY", "URY"], date="2026-09-15", location="PRY", mode="visit"),
          ev("aid", ["PRY", "URY"])]),
    # ---- id: "pengaturan teknis" under an agreement is doc type other
    case("id-pengaturan-teknis-is-doc-type-other", "id", DAY,
         "Menteri Pertahanan Malaysia dan Menteri Pertahanan Brunei menandatangani pengaturan teknis tentang "
         "latihan bersama kedua angkatan laut di Bandar Seri Begawan, Selasa (15/9).",
         [ev("agreement", ["BRN", "MYS"], date="2026-09-15", location="BRN", doc_type="other")]),
    # ---- ar: "وزيرة الدفاع في مملكة هولندا NAME": the state's style between the title and the name
    case("ar-fi-mamlakat-between-title-and-name", "ar", DAY,
         "استقبل وزير الدفاع الكويتي في الكويت أمس وزيرة الدفاع في مملكة هولندا السيدة ماريا فان دايك "
         "والوفد المرافق لها.",
         [ev("meeting", ["KWT", "NLD"], date="2026-09-15", mode="visit", persons=["ماريا فان دايك"])]),
    # ---- tr: the Grand National Assembly approving a treaty: the ratification takes place in Türkiye
    case("tr-tbmm-ratification-is-in-turkiye", "tr", DAY,
         "Türkiye ile Gana arasındaki askeri işbirliği anlaşmasının onaylanmasının uygun bulunduğuna dair "
         "kanun teklifi dün TBMM Genel Kurulunda kabul edildi.",
         [ev("agreement", ["GHA", "TUR"], date="2026-09-15", location="TUR")]),
    # ---- ar: a boundary-demarcation agreement told as background is no defense signing
    case("ar-boundary-demarcation-agreement-is-no-event", "ar", DAY,
         "استقبل وزير الدفاع القبرصي أمس في نيقوسيا نظيره اللبناني. "
         "وكان البلدان قد وقعا عام 2007 اتفاقية لترسيم المنطقة الاقتصادية الخالصة بينهما.",
         [ev("meeting", ["CYP", "LBN"], date="2026-09-15", location="CYP", mode="visit")]),
    # ---- ar: "عقدا بقيمة" (a contract worth) written without its tanween is a contract
    case("ar-aqdan-without-tanween-is-a-contract", "ar", DAY,
         "استقبل رئيس أركان الجيش الجزائري أمس في الجزائر قائد القوات البرية الإيطالية. "
         "وكانت الجزائر قد وقعت في عام 2019 عقدا بقيمة مليار دولار مع إيطاليا لشراء مروحيات عسكرية.",
         [ev("meeting", ["DZA", "ITA"], date="2026-09-15", location="DZA", mode="visit"),
          ev("agreement", ["DZA", "ITA"], date="2019", doc_type="contract", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
