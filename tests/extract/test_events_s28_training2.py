"""The extract stage on short articles in seven languages written for these tests (none of these sentences is
in tests/data/heldout/training2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of military training cooperation in the training2 set:
graduates of a course with a day between them and the training (sw "walihitimu Jumanne mafunzo"), instructors
sent to train the other side's troops (fr "pour former des soldats"), the other side's personnel trained, in
the passive (pt "oficiais … foram formados"), officers who attended the other side's military schools (en
"attended … military schools"), a course planned with no day (es "está previsto un curso", fr "un stage … est
prévu"), practical exercises inside a course, which are no exercise held (ar "تمارين عملية"), places offered
at a state's schools (fr "accueillera … officiers"), a course graduated for the other side's officers (ar
"بتخريج دورة"), a joint training course (ar "دورة تدريبية مشتركة"), a centre named for joint training, which
holds no exercise (ar "مركز التدريب المشترك"), and a singular future of widening places (es "ampliará …
becas").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- sw: a day between the graduates and their training
    case("sw-walihitimu-day-mafunzo-is-training-given", "sw", DAY,
         "Wanajeshi 200 wa Sudan Kusini walihitimu Jumanne mafunzo ya uhandisi yaliyotolewa na Jeshi la "
         "Ulinzi la Uganda mjini Jinja.",
         [ev("aid", ["SSD", "UGA"], date="2026-09-15")]),
    # ---- fr: instructors sent to train the other side's troops
    case("fr-arrives-pour-former-des-soldats-is-training-given", "fr", DAY,
         "Une trentaine d'instructeurs turcs sont arrivés lundi au Niger pour former des soldats nigériens "
         "au pilotage de drones.",
         [ev("aid", ["NER", "TUR"], date="2026-09-14")]),
    # ---- pt: the other side's officers trained, in the passive
    case("pt-oficiais-foram-formados-is-training-given", "pt", DAY,
         "Em 2024, mais de 30 oficiais cabo-verdianos foram formados em escolas militares portuguesas.",
         [ev("aid", ["CPV", "PRT"], date="2024", historical=True)]),
    # ---- en: officers who attended the other side's military schools
    case("en-attended-military-schools-is-training-given", "en", DAY,
         "Some 150 Zambian officers attended British military schools in 2025.",
         [ev("aid", ["GBR", "ZMB"], date="2025", historical=True)]),
    # ---- es: a course planned with no day
    case("es-esta-previsto-un-curso-is-an-intent", "es", DAY,
         "Para el próximo año está previsto un curso de buceo táctico en Paraguay con instructores chilenos.",
         [ev("intent", ["CHL", "PRY"])]),
    # ---- fr: a course planned with no day
    case("fr-un-stage-est-prevu-is-an-intent", "fr", DAY,
         "Un stage de tir de précision avec des instructeurs sénégalais est prévu en 2027 au profit de "
         "l'armée gambienne.",
         [ev("intent", ["GMB", "SEN"])]),
    # ---- ar: practical exercises inside a course are no exercise held
    case("ar-tamarin-amaliya-is-no-exercise", "ar", DAY,
         "ودرّبت القوات المسلحة المصرية ضباطا سودانيين في دورة تضمنت محاضرات نظرية وتمارين عملية في "
         "التخطيط العسكري.",
         [ev("aid", ["EGY", "SDN"])]),
    # ---- fr: places at its schools offered for a coming year
    case("fr-accueillera-des-officiers-is-an-intent", "fr", DAY,
         "L'an prochain, le Maroc accueillera vingt officiers mauritaniens à l'École d'état-major de "
         "Kénitra.",
         [ev("intent", ["MAR", "MRT"])]),
    # ---- ar: a course graduated for the other side's officers
    case("ar-takhrij-dawra-is-training-given", "ar", DAY,
         "احتفل معهد المشاة في الجيش المصري اليوم بتخريج دورة متخصصة لعشرين ضابطا من الجيش الليبي.",
         [ev("aid", ["EGY", "LBY"], date="2026-09-16")]),
    # ---- ar: a joint training course held
    case("ar-dawra-tadribiya-mushtaraka-is-an-exercise", "ar", DAY,
         "نظمت القوات المسلحة الأردنية والجيش الإيطالي دورة تدريبية مشتركة في مجال الإسعاف الميداني.",
         [ev("exercise", ["ITA", "JOR"])]),
    # ---- es: one side will widen what it gives (third person singular future)
    case("es-ampliara-las-becas-is-an-intent", "es", DAY,
         "El embajador anunció que Estados Unidos ampliará las becas militares para oficiales paraguayos.",
         [ev("intent", ["PRY", "USA"])]),
    # ---- ar: a centre named for joint training is no joint exercise held
    case("ar-markaz-al-tadrib-al-mushtarak-is-no-exercise", "ar", DAY,
         "احتفل مركز التدريب المشترك في الجيش المصري اليوم بتخريج دورة متخصصة لعشرين ضابطا من الجيش الليبي.",
         [ev("aid", ["EGY", "LBY"], date="2026-09-16")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
