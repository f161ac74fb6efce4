"""The extract stage on short articles in four languages written for these tests (none of these sentences is
in tests/data/heldout/field15.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of exercises and training, the field genres
of the field15 set: an earlier edition named by its year (es "En la edición de 2024, …", ro "Ediția din
2024 …"), the passive of training completed under the other side's team (tr "… eğitim timi tarafından
eğitimleri tamamlanan … personeli"), a course run by the other side's instructors (ar "نفذها مدربون …") and
officers counted in the singular accusative after a number (ar "25 ضابطاً").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- es: an earlier edition named by its year
    case("es-edicion-de-year-is-an-earlier-edition", "es", DAY,
         "El ejercicio naval «Galerna 26» comenzó el lunes en Cartagena con militares de España, Grecia y "
         "Francia. En la edición de 2024, celebrada en Creta, tomaron parte unidades de España y Grecia.",
         [ev("exercise", ["ESP", "FRA", "GRC"], date="2026-09"),
          ev("exercise", ["ESP", "GRC"], date="2024", historical=True)]),
    # ---- ro: the same in Romanian
    case("ro-editia-din-year-is-an-earlier-edition", "ro", DAY,
         "Exercițiul „Scutul Dunării 26” a început luni la Smârdan. La exercițiu participă militari din "
         "România, Polonia și Ungaria. Ediția din 2024 a fost găzduită de Polonia și a reunit militari din "
         "România și Polonia.",
         [ev("exercise", ["HUN", "POL", "ROU"]),
          ev("exercise", ["POL", "ROU"], date="2024", historical=True)]),
    # ---- tr: the passive of the MSB briefings, training completed under the other side's team
    case("tr-egitimleri-tamamlanan-is-training-given", "tr", DAY,
         "Azerbaycan'da Türk eğitim timi tarafından eğitimleri tamamlanan 120 Azerbaycan Ordusu personeli "
         "14 Eylül'de mezun oldu.",
         [ev("aid", ["AZE", "TUR"], date="2026-09-14")]),
    # ---- ar: a course run by the other side's instructors, the trainees named with the army
    case("ar-nafadhaha-mudarribun-is-training-given", "ar", DAY,
         "أنهى ضباط من الجيش الليبي في طرابلس دورة تدريبية على الإسعافات الميدانية نفذها مدربون إيطاليون.",
         [ev("aid", ["ITA", "LBY"])]),
    # ---- ar: officers counted in the singular accusative after a number
    case("ar-dabitan-counted-is-military", "ar", DAY,
         "أنهى 25 ضابطاً عراقياً الأسبوع الماضي دورة تدريبية على تشغيل الرادارات على أيدي مدربين فرنسيين.",
         [ev("aid", ["FRA", "IRQ"])]),
    # ---- ar: a republic named formally is a place ("أقيمت في الجمهورية التونسية")
    case("ar-al-jumhuriya-is-a-place", "ar", DAY,
         "اختتمت اليوم في عمّان فعاليات التمرين العسكري المشترك الأردني التونسي. وكانت النسخة السابقة من "
         "التمرين قد أقيمت في الجمهورية التونسية عام 2024.",
         [ev("exercise", ["JOR", "TUN"], location="JOR"),
          ev("exercise", ["JOR", "TUN"], date="2024", location="TUN", historical=True)]),
    # ---- pt: a month told as a span ("ao longo de agosto")
    case("pt-ao-longo-de-month-is-the-month", "pt", DAY,
         "Quarenta militares angolanos concluíram ao longo de agosto um curso de manutenção dado por "
         "instrutores portugueses em Lisboa. O Exército anunciou-o na terça-feira.",
         [ev("aid", ["AGO", "PRT"], date="2026-08")]),
    # ---- tr: an exercise still being prepared is not held (the port call before it is no exercise either)
    case("tr-tatbikati-hazirliklari-is-pending", "tr", DAY,
         "Azerbaycan ve Türkiye'nin ortak tatbikatı 14 Eylül'de Bakü'de tamamlandı. TCG Heybeliada korveti "
         "10 Eylül'de Tunus limanına liman ziyareti gerçekleştirdi. Kara Kuvvetleri'nin Kış-2026 tatbikatı "
         "hazırlıkları Kars'ta sürüyor.",
         [ev("exercise", ["AZE", "TUR"], date="2026-09-14")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
