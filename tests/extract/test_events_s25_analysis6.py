"""The extract stage on short articles in four languages written for these tests (none of these sentences is
in tests/data/heldout/analysis6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the analysis genre of the analysis6 set: a
"Más información" label alone on its line over another story's headline (es), the vocalized passive
"اختُتم" of an exercise that ended (ar), "more than a year since the signing" looking back on a signing (ar),
a document that "must be approved" (ru), what a transfer would need and a transfer "in view" (ja).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- es: Morocco's defense minister named after his whole title
    case("es-encargado-de-la-defensa-nacional-is-a-title", "es", DAY,
         "La ministra española de Defensa, Margarita Robles, se reunió el martes en Rabat con el ministro "
         "delegado marroquí encargado de la Administración de la Defensa Nacional, Abdellatif Loudiyi, para "
         "hablar de la vigilancia del Estrecho.",
         [ev("meeting", ["ESP", "MAR"], date="2026-09-15", persons=["Abdellatif Loudiyi"])]),
    # ---- ar: the passive "اختُتم" written with its damma tells the exercise held
    case("ar-ikhtutima-vocalized-is-held", "ar", DAY,
         "اختُتم يوم الثلاثاء في الأردن التمرين العسكري المشترك «سيف الصحراء» بين القوات المسلحة الأردنية "
         "والقوات البرية الإماراتية.",
         [ev("exercise", ["ARE", "JOR"], date="2026-09")]),
    # ---- ar: "more than a year since the signing" looks back, no signing today
    case("ar-akthar-min-am-ala-tawqi-is-no-signing", "ar", DAY,
         "بعد أكثر من عام على توقيع اتفاقية التعاون العسكري بين قطر وتركيا، يرى خبراء أن الشراكة لم تحقق "
         "كل أهدافها بعد.",
         []),
    # ---- ru: a programme that "must be approved" is approved by nobody yet
    case("ru-dolzhna-byt-utverzhdena-is-no-signing", "ru", DAY,
         "Новая программа военного сотрудничества с Индией должна быть утверждена до конца года, сообщил "
         "источник в Минобороны России.",
         []),
    # ---- ja: what a transfer would need, and a transfer only "in view", transfer nothing
    case("ja-iten-niwa-is-no-transfer", "ja", DAY,
         "中古護衛艦のベトナムへの移転には、防衛省と国会の承認が必要となる。",
         []),
    case("ja-iten-mo-shiya-is-no-transfer", "ja", DAY,
         "防衛省は護衛艦のフィリピンへの移転も視野に入れている。",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_es_mas_informacion_label_drops_the_headline(registry: Any) -> None:
    """"Más información" alone on its line: the headline under it (with a figure, so the generic headline rule
    keeps it) is another story, dropped with the label."""
    raw = ("El Ministerio de Defensa ha aprobado un plan para modernizar los cuarteles del Ejército de "
           "Tierra en Andalucía, con una inversión de 300 millones de euros hasta 2030.\n\n"
           "Más información\n"
           "España recibe los primeros 8 helicópteros de Estados Unidos\n\n"
           "Archivado En: Defensa")
    check_cleaning(registry, "es", raw, kept=["El Ministerio de Defensa ha aprobado un plan"],
                   dropped=["España recibe los primeros 8 helicópteros"])
